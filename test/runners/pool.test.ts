import { describe, expect, it } from 'vitest';
import { executeRun } from '../../runners/run.js';
import type { ItemResult, ModelTarget } from '../../runners/types.js';
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
