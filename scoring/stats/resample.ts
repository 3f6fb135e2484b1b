import { PingceError } from '../../common/errors.js';
import { seededUniform, type Seed } from './prng.js';

export interface BootstrapOptions {
  /** Required: a bootstrap is only reproducible with a fixed seed. */
  readonly seed: Seed;
  /** Number of resamples; default 2000. */
  readonly resamples?: number;
}

export const DEFAULT_RESAMPLES = 2000;

export function checkResamples(options: BootstrapOptions): number {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1) throw new PingceError('STATS_INPUT', `resamples must be a positive whole number, got ${resamples}`);
  return resamples;
}

export function checkFinite(values: readonly number[], what: string): void {
  for (const value of values) {
    if (!Number.isFinite(value)) throw new PingceError('STATS_INPUT', `${what} must be finite numbers, got ${value}`);
  }
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The means of `resamples` resamples drawn with replacement, sorted ascending.
 * Indices come from the seeded stream in a fixed order, so the same input and
 * seed give the same means on every machine.
 */
export function bootstrapMeans(values: readonly number[], seed: Seed, resamples: number): Float64Array {
  const random = seededUniform(seed);
  const n = values.length;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += values[Math.floor(random() * n)] ?? 0;
    means[r] = sum / n;
  }
  return means.sort();
}

/**
 * The q-quantile of sorted values with linear interpolation between order
 * statistics (Hyndman & Fan type 7, numpy's and R's default), so the percentile
 * interval does not jump when `resamples` changes by one.
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

/** The 2.5th and 97.5th percentiles: a 95% percentile interval. */
export function percentileInterval95(sorted: Float64Array): readonly [number, number] {
  return [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)];
}
