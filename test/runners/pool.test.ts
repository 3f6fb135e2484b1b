import { describe, expect, it } from 'vitest';
import { createWorkerPool, prestartWorkerPool } from '../../runners/pool.js';
import { executeRun, suiteDefinition } from '../../runners/run.js';
import type { ItemResult, ModelTarget, WorkerSetup, WorkerTask } from '../../runners/types.js';
import { memorySuite } from '../helpers/memory-suite.js';

describe('executeRun on the piscina worker pool', () => {
  it('renders, calls and scores in worker threads, for several models at once', async () => {
    const models: ModelTarget[] = [
      { id: 'right', adapter: { kind: 'mock', model: 'r', mock: { fallback: '故选B。' } }, params: {}, concurrency: 4 },
      { id: 'wrong', adapter: { kind: 'mock', model: 'w', mock: { rules: [{ contains: 'question 3', reply: '答案：B' }], fallback: '答案：C' } }, params: {}, concurrency: 2 },
    ];
    const results: ItemResult[] = [];
    const outcome = await executeRun({
      suites: [memorySuite('s', 10)],
      models,
      limits: { maxAttempts: 2, timeoutMs: 5000, backoffBaseMs: 1, backoffMaxMs: 2 },
      threads: 2,
      onEvent: (event) => {
        if (event.type === 'item-finished') results.push(event.result);
      },
    });
    expect(outcome.counts).toMatchObject({ items: 20, errors: 0, retries: 0, cached: 0 });
    const correct = (modelId: string) => results.filter((result) => result.modelId === modelId && result.scores[0]?.value === 1).length;
    expect(correct('right')).toBe(10);
    expect(correct('wrong')).toBe(1);
  });
});

describe('prestartWorkerPool', () => {
  const model: ModelTarget = { id: 'm', adapter: { kind: 'mock', model: 'm', mock: { fallback: '答案：B' } }, params: {}, concurrency: 2 };
  const suite = memorySuite('s', 1);
  const setup = (): WorkerSetup => ({ suites: [suiteDefinition(suite)], models: [model] });
  const task: WorkerTask = {
    item: { key: 's/q0/m/0', suiteId: 's', sample: { id: 'q0', input: 'question 0', choices: ['a', 'b', 'c', 'd'], target: 'B' }, modelId: 'm', repeat: 0 },
    messages: [{ role: 'user', content: 'question 0' }],
    promptHash: 'p'.repeat(64),
    timeoutMs: 5000,
  };

  it('hands its threads to the next pool created with an equal setup; the clean-up then leaves them alone', async () => {
    const discard = prestartWorkerPool(setup(), { threads: 1, tasksPerThread: 2 });
    const pool = createWorkerPool(setup(), { threads: 1, tasksPerThread: 2 });
    await discard();
    try {
      expect(await pool.run(task)).toMatchObject({ ok: true, result: { scores: [{ scorer: 'multiple-choice', value: 1 }] } });
    } finally {
      await pool.close();
    }
  });

  it('is not taken over by a different setup, which gets a pool of its own', async () => {
    const discard = prestartWorkerPool({ suites: [], models: [] }, { threads: 1, tasksPerThread: 2 });
    const pool = createWorkerPool(setup(), { threads: 1, tasksPerThread: 2 });
    try {
      expect(await pool.run(task)).toMatchObject({ ok: true });
    } finally {
      await Promise.all([discard(), pool.close()]);
    }
  });

  it('ends its threads when nothing took them over', async () => {
    const discard = prestartWorkerPool(setup(), { threads: 1, tasksPerThread: 2 });
    await discard();
    // A later pool starts fresh rather than adopting the discarded one.
    const pool = createWorkerPool(setup(), { threads: 1, tasksPerThread: 2 });
    try {
      expect(await pool.run(task)).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });
});
