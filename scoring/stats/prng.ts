import { unitInterval } from '../../common/hash.js';

/** A seed as the statistics take it: any number or string; equal seeds give equal streams. */
export type Seed = number | string;

/**
 * A uniform stream in [0, 1) from a seed: mulberry32 (32-bit state, period 2^32).
 * Statistics must be reproducible on every machine, so they never touch
 * Math.random; the 32-bit state is derived from the seed through `unitInterval`
 * (sha256), so nearby seeds (0, 1, 2 …) still give unrelated streams.
 */
export function seededUniform(seed: Seed): () => number {
  return mulberry32(Math.floor(unitInterval('pingce-stats', String(seed)) * 2 ** 32));
}

/** mulberry32 from a raw 32-bit state: the same number always gives the same stream (benchmark data, replayable test cases). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
