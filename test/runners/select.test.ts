import { describe, expect, it } from 'vitest';
import { inShard, parseShard, selectSamples } from '../../runners/select.js';
import { memorySuite } from '../helpers/memory-suite.js';

async function ids(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const sample of iterable) out.push(sample.id);
  return out;
}

describe('parseShard', () => {
  it('accepts I/N with 0 ≤ I < N and rejects the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['4/4', '1/0', 'a/b', '1', '-1/3']) expect(() => parseShard(bad)).toThrow(/--shard must be INDEX\/COUNT/);
  });
});

describe('selectSamples', () => {
  it('splits a suite into disjoint shards that together are the whole suite', async () => {
    const suite = memorySuite('s', 200);
    const all = await ids(suite.samples());
    const parts = await Promise.all([0, 1, 2].map((index) => ids(selectSamples(suite, { shard: { index, count: 3 } }))));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(200);
    for (const part of parts) expect(part.length).toBeGreaterThan(40);
    expect(inShard({ index: 0, count: 1 }, 's', 'anything')).toBe(true);
  });

  it('draws the same seeded sample every time, in file order, and another with another seed', async () => {
    const suite = memorySuite('s', 500);
    const first = await ids(selectSamples(suite, { sample: { size: 25, seed: 7 } }));
    const again = await ids(selectSamples(suite, { sample: { size: 25, seed: 7 } }));
    const other = await ids(selectSamples(suite, { sample: { size: 25, seed: 8 } }));
    expect(first).toHaveLength(25);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    const positions = first.map((id) => Number(id.slice(1)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(Math.max(...positions)).toBeGreaterThan(250);
  });

  it('shards of a sampled run add up to the sampled run; --limit takes the first N', async () => {
    const suite = memorySuite('s', 300);
    const sampled = await ids(selectSamples(suite, { sample: { size: 40, seed: 1 } }));
    const shards = await Promise.all([0, 1].map((index) => ids(selectSamples(suite, { sample: { size: 40, seed: 1 }, shard: { index, count: 2 } }))));
    expect(shards.flat().sort()).toEqual([...sampled].sort());
    expect(await ids(selectSamples(suite, { limit: 3 }))).toEqual(['q0', 'q1', 'q2']);
  });
});
