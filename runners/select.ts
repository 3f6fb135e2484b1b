import { unitInterval } from '../common/hash.js';
import { UsageError } from '../common/errors.js';
import type { Sample, Suite } from '../suites/types.js';

/** `--shard i/n`: this process runs shard `index` (0-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) {
    throw new UsageError('USAGE', `--shard must be INDEX/COUNT with 0 ≤ INDEX < COUNT (e.g. 0/4 … 3/4), not "${text}"`);
  }
  return { index, count };
}

/**
 * Which shard a sample belongs to: a hash of suite and sample id, so every
 * machine agrees, all models and repeats of a sample stay together, and
 * adding a suite does not move the samples of another.
 */
export function inShard(shard: Shard, suiteId: string, sampleId: string): boolean {
  return Math.floor(unitInterval('shard', suiteId, sampleId) * shard.count) === shard.index;
}

/** Which samples the plan takes from a suite. */
export interface SampleSelection {
  /** The first N samples in file order. */
  readonly limit?: number | undefined;
  /** N samples chosen by seeded hash, the same on every machine, kept in file order. */
  readonly sample?: { readonly size: number; readonly seed: number } | undefined;
  readonly shard?: Shard | undefined;
}

/**
 * Streams the selected samples of a suite. Seeded sampling reads the suite twice
 * (choose, then yield in file order) and holds only the chosen ids, never the samples.
 */
export async function* selectSamples(suite: Suite, selection: SampleSelection): AsyncGenerator<Sample> {
  const chosen = selection.sample ? await chooseSeeded(suite, selection.sample.size, selection.sample.seed) : undefined;
  let taken = 0;
  for await (const sample of suite.samples()) {
    if (selection.limit !== undefined && taken >= selection.limit) return;
    if (chosen && !chosen.has(sample.id)) continue;
    if (selection.shard && !inShard(selection.shard, suite.id, sample.id)) continue;
    taken += 1;
    yield sample;
  }
}

/**
 * The `size` samples with the smallest seeded hash. Sampling picks from the
 * whole suite before sharding, so shards of a sampled run add up to the sampled run.
 */
async function chooseSeeded(suite: Suite, size: number, seed: number): Promise<Set<string>> {
  // A max-heap of the best `size` (hash, id) pairs seen so far.
  const heap: { rank: number; id: string }[] = [];
  const up = (index: number) => {
    for (let child = index; child > 0; ) {
      const parent = (child - 1) >> 1;
      const a = heap[child];
      const b = heap[parent];
      if (!a || !b || a.rank <= b.rank) return;
      heap[child] = b;
      heap[parent] = a;
      child = parent;
    }
  };
  const down = () => {
    for (let parent = 0; ; ) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let largest = parent;
      if ((heap[left]?.rank ?? -1) > (heap[largest]?.rank ?? -1)) largest = left;
      if ((heap[right]?.rank ?? -1) > (heap[largest]?.rank ?? -1)) largest = right;
      if (largest === parent) return;
      const a = heap[parent];
      const b = heap[largest];
      if (!a || !b) return;
      heap[parent] = b;
      heap[largest] = a;
      parent = largest;
    }
  };
  for await (const sample of suite.samples()) {
    const rank = unitInterval('sample', seed, suite.id, sample.id);
    if (heap.length < size) {
      heap.push({ rank, id: sample.id });
      up(heap.length - 1);
    } else if (rank < (heap[0]?.rank ?? 0)) {
      heap[0] = { rank, id: sample.id };
      down();
    }
  }
  return new Set(heap.map((entry) => entry.id));
}
