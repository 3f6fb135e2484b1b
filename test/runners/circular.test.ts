import { describe, expect, it } from 'vitest';
import { askedForms, circularTallies } from '../../runners/circular.js';
import { countPlan, planModelItems } from '../../runners/plan.js';
import { executeRun } from '../../runners/run.js';
import type { ItemResult, WorkItem } from '../../runners/types.js';
import type { Sample, Suite } from '../../suites/types.js';
import { memorySuite } from '../helpers/memory-suite.js';

function circularSuite(count: number): Suite {
  return { ...memorySuite('circ', count), circular: true };
}

async function plan(suite: Suite, options: Parameters<typeof planModelItems>[2] = {}): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for await (const item of planModelItems([suite], 'm', options)) items.push(item);
  return items;
}

describe('planning a circular suite', () => {
  it('asks every sample once per rotation, the rotation in the key and the sample', async () => {
    const items = await plan(circularSuite(2));
    expect(items.map((item) => item.key)).toEqual([
      'circ/q0/m/0', 'circ/q0@r1of4/m/0', 'circ/q0@r2of4/m/0', 'circ/q0@r3of4/m/0',
      'circ/q1/m/0', 'circ/q1@r1of4/m/0', 'circ/q1@r2of4/m/0', 'circ/q1@r3of4/m/0',
    ]);
    // memorySuite's target is B ("b"): rotation r shows it at letter (1 − r) mod 4.
    expect(items.slice(0, 4).map((item) => item.sample.target)).toEqual(['B', 'A', 'D', 'C']);
    expect(items[1]?.sample.choices).toEqual(['b', 'c', 'd', 'a']);
  });

  it('counts rotations in the totals, times repeats', async () => {
    expect(await countPlan([circularSuite(3)], ['m', 'n'], { repeats: 2 })).toEqual({ m: 24, n: 24 });
  });

  it('limits, samples and shards by sample, so all rotations of a sample stay together', async () => {
    expect(await plan(circularSuite(10), { limit: 2 })).toHaveLength(8);
    const shards = await Promise.all([0, 1, 2].map((index) => plan(circularSuite(20), { shard: { index, count: 3 } })));
    const bySample = new Map<string, Set<number>>();
    shards.forEach((items, shard) => {
      for (const item of items) {
        const base = item.sample.id.replace(/@r\d+of\d+$/, '');
        bySample.set(base, (bySample.get(base) ?? new Set()).add(shard));
      }
    });
    expect(bySample.size).toBe(20);
    for (const shardsOfSample of bySample.values()) expect(shardsOfSample.size).toBe(1);
    expect(shards.reduce((sum, items) => sum + items.length, 0)).toBe(80);
  });

  it('resumes rotation by rotation', async () => {
    const done = new Set(['circ/q0/m/0', 'circ/q0@r2of4/m/0']);
    const items = await plan(circularSuite(1), { skip: (key) => done.has(key) });
    expect(items.map((item) => item.key)).toEqual(['circ/q0@r1of4/m/0', 'circ/q0@r3of4/m/0']);
  });

  it('leaves non-circular suites and other tasks alone', () => {
    const sample: Sample = { id: 'x', input: 'q', choices: ['a', 'b'], target: 'A' };
    expect(askedForms({ task: 'multiple-choice' }, sample)).toEqual([sample]);
    expect(askedForms({ task: 'classification', circular: true }, sample)).toEqual([sample]);
    expect(askedForms({ task: 'multiple-choice', circular: true }, sample)).toHaveLength(2);
  });
});

function item(sampleId: string, outcome: 1 | 0 | null | 'error', options: { repeat?: number; model?: string } = {}): ItemResult {
  const base = { key: `circ/${sampleId}/${options.model ?? 'm'}/${options.repeat ?? 0}`, suiteId: 'circ', sampleId, modelId: options.model ?? 'm', repeat: options.repeat ?? 0, promptHash: 'p', attempts: 1 };
  if (outcome === 'error') return { ...base, status: 'error', error: { kind: 'transient', message: 'x' }, scores: [] };
  return { ...base, status: 'ok', output: 'A', scores: [{ scorer: 'multiple-choice', value: outcome }] };
}

const rotations = (id: string, outcomes: readonly (1 | 0 | null | 'error')[], options: { repeat?: number; model?: string } = {}) =>
  outcomes.map((outcome, rotation) => item(rotation === 0 ? id : `${id}@r${rotation}of${outcomes.length}`, outcome, options));

describe('circularTallies', () => {
  const scorers = new Map([['circ', 'multiple-choice']]);

  it('counts a sample correct only when every rotation is', () => {
    const items = [...rotations('a', [1, 1, 1, 1]), ...rotations('b', [1, 1, 0, 1]), ...rotations('c', [1, null, 1, 1]), ...rotations('d', [1, 1])];
    expect(circularTallies(items, scorers)).toEqual([{ suiteId: 'circ', modelId: 'm', n: 4, errors: 0, incomplete: 0, correct: 2 }]);
  });

  it('leaves out samples with an errored or missing rotation', () => {
    const items = [...rotations('a', [1, 'error', 1, 1]), ...rotations('b', [1, 1, 1, 1]).slice(0, 3), item('c', 1), ...rotations('d', [1, 1, 1, 1]).slice(1)];
    expect(circularTallies(items, scorers)).toEqual([{ suiteId: 'circ', modelId: 'm', n: 4, errors: 1, incomplete: 3, correct: 0 }]);
  });

  it('groups by model and repeat, and ignores other suites', () => {
    const items = [
      ...rotations('a', [1, 1], { repeat: 0 }),
      ...rotations('a', [1, 0], { repeat: 1 }),
      ...rotations('a', [1, 1], { model: 'n' }),
      { ...item('a', 1), suiteId: 'other' },
    ];
    expect(circularTallies(items, scorers)).toEqual([
      { suiteId: 'circ', modelId: 'm', n: 2, errors: 0, incomplete: 0, correct: 1 },
      { suiteId: 'circ', modelId: 'n', n: 1, errors: 0, incomplete: 0, correct: 1 },
    ]);
  });
});

describe('running a circular suite (scheduling only)', () => {
  it('renders each rotation as its own prompt, cached and hashed apart', async () => {
    const cache = new Map<string, unknown>();
    const prompts: string[] = [];
    const results: ItemResult[] = [];
    await executeRun({
      suites: [circularSuite(1)],
      models: [{ id: 'm', adapter: { kind: 'mock', model: 'm' }, params: {}, concurrency: 1 }],
      limits: { maxAttempts: 1, timeoutMs: 1000, backoffBaseMs: 1, backoffMaxMs: 1 },
      threads: 1,
      cache: { access: { get: () => undefined, put: (key, value) => void cache.set(key, value) }, mode: 'use' },
      dispatch: async (task) => {
        prompts.push(task.messages.at(-1)?.content ?? '');
        const { item } = task;
        // A model that always answers A: right only where the rotation put the key under A.
        const value = item.sample.target === 'A' ? 1 : 0;
        return { ok: true, result: { key: item.key, suiteId: item.suiteId, sampleId: item.sample.id, modelId: item.modelId, repeat: item.repeat, promptHash: task.promptHash, status: 'ok', output: 'A', scores: [{ scorer: 'multiple-choice', value }] } };
      },
      onEvent: (event) => {
        if (event.type === 'item-finished') results.push(event.result);
      },
    });
    expect(new Set(prompts).size).toBe(4);
    expect(prompts[1]).toBe('question 0\nA. b\nB. c\nC. d\nD. a');
    expect(cache.size).toBe(4);
    expect(new Set(results.map((result) => result.promptHash)).size).toBe(4);
    expect(circularTallies(results, new Map([['circ', 'multiple-choice']]))).toEqual([{ suiteId: 'circ', modelId: 'm', n: 1, errors: 0, incomplete: 0, correct: 0 }]);
    expect(results.filter((result) => result.scores[0]?.value === 1)).toHaveLength(1);
  });
});
