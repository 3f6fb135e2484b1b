import { describe, expect, it } from 'vitest';
import { executeRun, runPool } from '../../runners/run.js';
import type { ItemResult, ModelTarget, WorkerTask } from '../../runners/types.js';
import type { Suite } from '../../suites/types.js';
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

describe('a pool started ahead of the run', () => {
  const model: ModelTarget = { id: 'm', adapter: { kind: 'mock', model: 'm', mock: { fallback: '答案：B' } }, params: {}, concurrency: 2 };
  const suite = memorySuite('s', 3);
  const task: WorkerTask = {
    item: { key: 's/q0/m/0', suiteId: 's', sample: { id: 'q0', input: 'question 0', choices: ['a', 'b', 'c', 'd'], target: 'B' }, modelId: 'm', repeat: 0 },
    messages: [{ role: 'user', content: 'question 0' }],
    promptHash: 'p'.repeat(64),
    timeoutMs: 5000,
  };

  it('is sized for the run: every model and suite, threads × tasks covering the total concurrency', async () => {
    const pool = runPool({ suites: [suite], models: [model, { ...model, id: 'n', concurrency: 5 }], threads: 2 });
    try {
      expect(pool.threads).toBe(2);
      expect(await pool.run(task)).toMatchObject({ ok: true, result: { scores: [{ scorer: 'multiple-choice', value: 1 }] } });
      expect(await pool.run({ ...task, item: { ...task.item, modelId: 'n', key: 's/q0/n/0' } })).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });

  it('boots before its suites are known and runs tasks on every thread once they arrive', async () => {
    let provide: (suites: readonly Suite[]) => void = () => undefined;
    const later = new Promise<readonly Suite[]>((resolve) => {
      provide = resolve;
    });
    const pool = runPool({ suites: later, models: [model], threads: 2 });
    try {
      // Tasks sent before the suites arrive wait for them instead of failing.
      const early = Array.from({ length: 6 }, (_, index) => pool.run({ ...task, item: { ...task.item, key: `s/q${index}/m/0` } }));
      setTimeout(() => provide([suite]), 50);
      const outcomes = await Promise.all(early);
      expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('closes promptly when its suites never arrive (the run failed while loading them)', async () => {
    const pool = runPool({ suites: new Promise<readonly Suite[]>(() => undefined), models: [model], threads: 1 });
    await pool.close();
    await expect(pool.run(task)).rejects.toThrow('the worker pool is closed');
  });

  it('is taken over by executeRun, which closes it when the run ends; closing again is harmless', async () => {
    const pool = runPool({ suites: [suite], models: [model], threads: 1 });
    const results: ItemResult[] = [];
    const outcome = await executeRun({
      suites: [suite],
      models: [model],
      limits: { maxAttempts: 1, timeoutMs: 5000, backoffBaseMs: 1, backoffMaxMs: 2 },
      threads: 1,
      pool,
      onEvent: (event) => {
        if (event.type === 'item-finished') results.push(event.result);
      },
    });
    expect(outcome.counts).toMatchObject({ items: 3, errors: 0 });
    expect(results.every((result) => result.scores[0]?.value === 1)).toBe(true);
    // The run closed it: a task now fails instead of running.
    await expect(pool.run(task)).rejects.toThrow('the worker pool is closed');
    await pool.close();
  });
});
