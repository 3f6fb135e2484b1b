import { describe, expect, it } from 'vitest';
import { executeRun, type CacheAccess } from '../../runners/run.js';
import type { AttemptOutcome, CachedCompletion, ItemResult, ModelTarget, RunEvent, WorkerTask } from '../../runners/types.js';
import { memorySuite } from '../helpers/memory-suite.js';

const limits = { maxAttempts: 3, timeoutMs: 1000, backoffBaseMs: 1, backoffMaxMs: 5 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

function ok(task: WorkerTask): AttemptOutcome {
  const { item } = task;
  const output = task.cached?.text ?? 'B';
  return { ok: true, result: { key: item.key, suiteId: item.suiteId, sampleId: item.sample.id, modelId: item.modelId, repeat: item.repeat, promptHash: task.promptHash, status: 'ok', output, latencyMs: 5, scores: [{ scorer: 'multiple-choice', value: output === 'B' ? 1 : 0 }] } };
}

function memoryCache(): CacheAccess & { entries: Map<string, CachedCompletion> } {
  const entries = new Map<string, CachedCompletion>();
  return { entries, get: (key) => entries.get(key), put: (key, completion) => void entries.set(key, completion) };
}

async function collect(input: Omit<Parameters<typeof executeRun>[0], 'onEvent'>) {
  const results: ItemResult[] = [];
  const events: RunEvent[] = [];
  const outcome = await executeRun({
    ...input,
    onEvent: (event) => {
      events.push(event);
      if (event.type === 'item-finished') results.push(event.result);
    },
  });
  return { outcome, results, events };
}

const model = (id: string, extra: Partial<ModelTarget> = {}): ModelTarget => ({ id, adapter: { kind: 'mock', model: id }, params: {}, concurrency: 4, ...extra });

describe('executeRun features', () => {
  it('serves a second run from the response cache without dispatching a request', async () => {
    const cache = memoryCache();
    let requests = 0;
    const dispatch = async (task: WorkerTask) => {
      if (!task.cached) requests += 1;
      return ok(task);
    };
    const first = await collect({ suites: [memorySuite('s', 6)], models: [model('m')], limits, threads: 1, cache: { access: cache, mode: 'use' }, dispatch });
    expect(requests).toBe(6);
    expect(cache.entries.size).toBe(6);
    const second = await collect({ suites: [memorySuite('s', 6)], models: [model('m')], limits, threads: 1, cache: { access: cache, mode: 'use' }, dispatch });
    expect(requests).toBe(6);
    expect(second.results.every((result) => result.cached === true && result.attempts === 0 && result.scores[0]?.value === 1)).toBe(true);
    expect(second.outcome.counts.cached).toBe(6);
    await collect({ suites: [memorySuite('s', 6)], models: [model('m')], limits, threads: 1, cache: { access: cache, mode: 'refresh' }, dispatch });
    expect(requests).toBe(12);
    expect(first.results.every((result) => !result.cached)).toBe(true);
  });

  it('never caches an error', async () => {
    const cache = memoryCache();
    await collect({
      suites: [memorySuite('s', 2)],
      models: [model('m')],
      limits,
      threads: 1,
      cache: { access: cache, mode: 'use' },
      dispatch: async () => ({ ok: false, promptHash: 'p', error: { kind: 'fatal', message: '400' } }),
    });
    expect(cache.entries.size).toBe(0);
  });

  it('keys the cache by model and repeat, not by the model id alone', async () => {
    const cache = memoryCache();
    await collect({ suites: [memorySuite('s', 2)], models: [model('a'), model('b', { params: { temperature: 0.7 } })], limits, threads: 1, plan: { repeats: 2 }, cache: { access: cache, mode: 'use' }, dispatch: async (task) => ok(task) });
    expect(cache.entries.size).toBe(8);
  });

  it('records a template bug as an internal error item without calling the model', async () => {
    const suite = { ...memorySuite('s', 2), prompt: { template: '{{metadata.missing}}' } };
    let requests = 0;
    const { results } = await collect({ suites: [suite], models: [model('m')], limits, threads: 1, dispatch: async (task) => (requests++, ok(task)) });
    expect(requests).toBe(0);
    expect(results.map((result) => result.error?.kind)).toEqual(['internal', 'internal']);
  });

  it('stops at the deadline as an interrupted, resumable run', async () => {
    const { outcome, events } = await collect({
      suites: [memorySuite('s', 1000)],
      models: [model('m', { concurrency: 2 })],
      limits,
      threads: 1,
      deadlineMs: 50,
      dispatch: async (task) => {
        await tick();
        return ok(task);
      },
    });
    expect(outcome).toMatchObject({ status: 'interrupted', reason: 'deadline' });
    expect(outcome.counts.items).toBeLessThan(1000);
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'interrupted', reason: 'deadline' });
  });

  it('skips items a resumed run already finished, and counts only the rest', async () => {
    const { results, events } = await collect({ suites: [memorySuite('s', 10)], models: [model('m')], limits, threads: 1, plan: { skip: (key) => key < 's/q5' }, dispatch: async (task) => ok(task) });
    expect(results.map((result) => result.sampleId).sort()).toEqual(['q5', 'q6', 'q7', 'q8', 'q9']);
    expect(events[0]).toEqual({ type: 'run-started', totals: { m: 5 } });
  });

  it('makes models on the same endpoint and key share one concurrency budget', async () => {
    const shared = { kind: 'openai' as const, model: 'x', baseUrl: 'http://127.0.0.1:9/v1/' };
    let inFlight = 0;
    let peak = 0;
    const { outcome } = await collect({
      suites: [memorySuite('s', 20)],
      models: [
        { id: 'a', adapter: shared, params: {}, concurrency: 3 },
        { id: 'b', adapter: { ...shared, baseUrl: 'http://127.0.0.1:9/v1' }, params: {}, concurrency: 5 },
      ],
      limits,
      threads: 1,
      dispatch: async (task) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await tick();
        inFlight -= 1;
        return ok(task);
      },
    });
    expect(peak).toBe(3);
    expect(outcome.counts.limiters).toHaveLength(1);
    expect(outcome.counts.limiters?.[0]).toMatchObject({ models: ['a', 'b'], ceiling: 3 });
  });

  it('shrinks concurrency on 429 and emits limiter events', async () => {
    let calls = 0;
    const { outcome, events } = await collect({
      suites: [memorySuite('s', 10)],
      models: [model('m', { concurrency: 8 })],
      limits,
      threads: 1,
      dispatch: async (task) => {
        calls += 1;
        const call = calls;
        await tick();
        return call <= 3 ? { ok: false, promptHash: 'p', error: { kind: 'rate_limit', message: '429', status: 429 } } : ok(task);
      },
    });
    expect(outcome.counts).toMatchObject({ items: 10, errors: 0, retries: 3 });
    expect(outcome.counts.limiters?.[0]).toMatchObject({ rateLimited: 3, ceiling: 8 });
    // 8 → 4 → 2 → 1 on three 429s, then +1 after each `limit` successes in a row: 10 successes reach 5.
    expect(outcome.counts.limiters?.[0]?.limit).toBe(5);
    expect(events.some((event) => event.type === 'limiter')).toBe(true);
  });

  it('stops retrying once the run-wide retry budget is spent', async () => {
    const { outcome } = await collect({
      suites: [memorySuite('s', 40)],
      models: [model('m')],
      limits: { ...limits, maxAttempts: 10, retryBudget: 0 },
      threads: 1,
      dispatch: async () => ({ ok: false, promptHash: 'p', error: { kind: 'transient', message: '503', status: 503 } }),
    });
    // Budget: 20 + 0 × dispatched retries in all, however many attempts each item may have.
    expect(outcome.counts.retries).toBe(20);
    expect(outcome.counts.errors).toBe(40);
  });
});
