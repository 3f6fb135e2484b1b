import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../adapters/mock.js';
import type { ModelAdapter } from '../../adapters/types.js';
import { attemptItem, prepareSuite, type PreparedSuite } from '../../runners/attempt.js';
import { renderPrompt } from '../../suites/render.js';
import type { CachedCompletion, WorkItem, WorkerTask } from '../../runners/types.js';
import { suiteDefinition } from '../../runners/run.js';
import { memorySuite } from '../helpers/memory-suite.js';

const suite = await prepareSuite(suiteDefinition(memorySuite('s', 1)));
const item: WorkItem = { key: 's/q0/m/0', suiteId: 's', sample: { id: 'q0', input: 'question 0', choices: ['a', 'b', 'c', 'd'], target: 'B', category: 'even' }, modelId: 'm', repeat: 0 };

function task(target: PreparedSuite, timeoutMs: number, cached?: CachedCompletion): WorkerTask {
  return { item, messages: renderPrompt(target.definition, item.sample), promptHash: 'p'.repeat(64), timeoutMs, ...(cached ? { cached } : {}) };
}

describe('attemptItem', () => {
  it('renders, calls the model, strips reasoning and scores', async () => {
    const adapter = createMockAdapter({ kind: 'mock', model: 'm', mock: { fallback: '<think>A 不对</think>\n答案：B' } });
    const outcome = await attemptItem(task(suite, 1000), suite, adapter, {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result).toMatchObject({ key: 's/q0/m/0', status: 'ok', category: 'even', output: '<think>A 不对</think>\n答案：B', scores: [{ scorer: 'multiple-choice', value: 1, answer: 'B' }] });
    expect(outcome.result.promptHash).toBe('p'.repeat(64));
    expect(outcome.result.usage?.outputTokens).toBeGreaterThan(0);
  });

  it('scores an unextractable answer as null (NOANSWER), not 0', async () => {
    const adapter = createMockAdapter({ kind: 'mock', model: 'm', mock: { fallback: '抱歉，我无法确定这道题的答案。' } });
    const outcome = await attemptItem(task(suite, 1000), suite, adapter, {});
    expect(outcome.ok && outcome.result.scores[0]?.value).toBeNull();
  });

  it('turns adapter errors into item errors with their kind and status', async () => {
    const adapter = createMockAdapter({ kind: 'mock', model: 'm', mock: { fail: 'rate_limit' } });
    const outcome = await attemptItem(task(suite, 1000), suite, adapter, {});
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'rate_limit', status: 429 } });
  });

  it('reports a request that outlives its timeout as a timeout', async () => {
    const adapter = createMockAdapter({ kind: 'mock', model: 'm', mock: { latencyMs: 5000 } });
    const started = Date.now();
    const outcome = await attemptItem(task(suite, 50), suite, adapter, {});
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('scores a cached completion without calling the model', async () => {
    const never: ModelAdapter = { id: 'never', complete: () => Promise.reject(new Error('must not be called')) };
    const outcome = await attemptItem(task(suite, 1000, { text: '答案：B', latencyMs: 3 }), suite, never, {});
    expect(outcome).toMatchObject({ ok: true, result: { output: '答案：B', latencyMs: 3, scores: [{ value: 1 }] } });
  });

  it('records a throwing adapter as an internal error, never a score', async () => {
    const throwing: ModelAdapter = { id: 'x', complete: () => Promise.reject(new TypeError('bug')) };
    expect(await attemptItem(task(suite, 1000), suite, throwing, {})).toMatchObject({ ok: false, error: { kind: 'internal', message: 'bug' } });
  });
});
