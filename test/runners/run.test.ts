import { describe, expect, it } from 'vitest';
import { executeRun } from '../../runners/run.js';
import type { AttemptOutcome, ItemResult, ModelTarget, RunEvent, WorkerTask } from '../../runners/types.js';
import { estimateMessageTokens } from '../../runners/estimate.js';
import { renderPrompt } from '../../suites/render.js';
import { memorySuite } from '../helpers/memory-suite.js';

const limits = { maxAttempts: 3, timeoutMs: 1000, backoffBaseMs: 1, backoffMaxMs: 5 };
const model = (id: string, concurrency: number): ModelTarget => ({ id, adapter: { kind: 'mock', model: id }, params: {}, concurrency });

function ok(task: WorkerTask): AttemptOutcome {
  const { item } = task;
  return { ok: true, result: { key: item.key, suiteId: item.suiteId, sampleId: item.sample.id, modelId: item.modelId, repeat: item.repeat, promptHash: 'p', status: 'ok', output: 'B', scores: [{ scorer: 'multiple-choice', value: 1 }] } };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('executeRun', () => {
  it('runs every suite × model item once and never exceeds a model\'s concurrency', async () => {
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const events: RunEvent[] = [];
    const outcome = await executeRun({
      suites: [memorySuite('s1', 20), memorySuite('s2', 7)],
      models: [model('fast', 5), model('slow', 2)],
      limits,
      threads: 1,
      onEvent: (event) => events.push(event),
      dispatch: async (task) => {
        const now = (inFlight.get(task.item.modelId) ?? 0) + 1;
        inFlight.set(task.item.modelId, now);
        peak.set(task.item.modelId, Math.max(peak.get(task.item.modelId) ?? 0, now));
        await tick();
        inFlight.set(task.item.modelId, (inFlight.get(task.item.modelId) ?? 1) - 1);
        return ok(task);
      },
    });
    expect(outcome).toMatchObject({ status: 'completed', counts: { items: 54, errors: 0, retries: 0, cached: 0 } });
    const keys = events.flatMap((event) => (event.type === 'item-finished' ? [event.result.key] : []));
    expect(new Set(keys).size).toBe(54);
    expect(peak.get('fast')).toBe(5);
    expect(peak.get('slow')).toBe(2);
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
  });

  it('pulls samples only as slots free up (bounded memory)', async () => {
    const suite = memorySuite('big', 1000);
    let maxAhead = 0;
    let finished = 0;
    await executeRun({
      suites: [suite],
      models: [model('m', 4)],
      limits,
      threads: 1,
      totals: { m: 1000 },
      onEvent: (event) => {
        if (event.type === 'item-finished') finished += 1;
      },
      dispatch: async (task) => {
        maxAhead = Math.max(maxAhead, suite.pulled() - finished);
        await tick();
        return ok(task);
      },
    });
    expect(finished).toBe(1000);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it('retries transient errors and rate limits, honouring retry-after, then succeeds', async () => {
    const calls = new Map<string, number>();
    const events: RunEvent[] = [];
    const outcome = await executeRun({
      suites: [memorySuite('s', 3)],
      models: [model('m', 3)],
      limits,
      threads: 1,
      onEvent: (event) => events.push(event),
      dispatch: async (task) => {
        const count = (calls.get(task.item.key) ?? 0) + 1;
        calls.set(task.item.key, count);
        if (count === 1) return { ok: false, promptHash: 'p', error: { kind: 'rate_limit', message: '429', status: 429, retryAfterMs: 20 } };
        return ok(task);
      },
    });
    const retries = events.filter((event) => event.type === 'item-retry');
    expect(retries).toHaveLength(3);
    for (const retry of retries) if (retry.type === 'item-retry') expect(retry.delayMs).toBeGreaterThanOrEqual(20);
    const results = events.flatMap((event) => (event.type === 'item-finished' ? [event.result] : []));
    expect(results.every((result) => result.status === 'ok' && result.attempts === 2)).toBe(true);
    expect(outcome.counts).toMatchObject({ items: 3, errors: 0, retries: 3 });
  });

  it('records an item that keeps failing as an error with no score, and never retries fatal errors', async () => {
    const calls = new Map<string, number>();
    const results: ItemResult[] = [];
    await executeRun({
      suites: [memorySuite('s', 2)],
      models: [model('m', 2)],
      limits,
      threads: 1,
      onEvent: (event) => {
        if (event.type === 'item-finished') results.push(event.result);
      },
      dispatch: async (task) => {
        calls.set(task.item.key, (calls.get(task.item.key) ?? 0) + 1);
        const kind = task.item.sample.id === 'q0' ? 'transient' : 'fatal';
        return { ok: false, promptHash: 'p', error: { kind, message: 'boom', status: kind === 'fatal' ? 400 : 503 } };
      },
    });
    const byId = new Map(results.map((result) => [result.sampleId, result]));
    expect(byId.get('q0')).toMatchObject({ status: 'error', attempts: 3, scores: [], error: { kind: 'transient', status: 503 } });
    expect(byId.get('q1')).toMatchObject({ status: 'error', attempts: 1, error: { kind: 'fatal' } });
    expect(calls.get('s/q0/m/0')).toBe(3);
  });

  it('turns a worker crash into an internal error item', async () => {
    const results: ItemResult[] = [];
    await executeRun({
      suites: [memorySuite('s', 1)],
      models: [model('m', 1)],
      limits,
      threads: 1,
      onEvent: (event) => {
        if (event.type === 'item-finished') results.push(event.result);
      },
      dispatch: async () => {
        throw new Error('worker exited');
      },
    });
    expect(results[0]).toMatchObject({ status: 'error', attempts: 1, error: { kind: 'internal', message: 'worker exited' } });
  });

  it('stops dispatching when interrupted and reports it', async () => {
    const abort = new AbortController();
    let dispatched = 0;
    const outcome = await executeRun({
      suites: [memorySuite('s', 100)],
      models: [model('m', 2)],
      limits,
      threads: 1,
      signal: abort.signal,
      onEvent: () => undefined,
      dispatch: async (task) => {
        dispatched += 1;
        if (dispatched === 10) abort.abort();
        await tick();
        return ok(task);
      },
    });
    expect(outcome).toMatchObject({ status: 'interrupted', reason: 'signal' });
    expect(dispatched).toBeLessThan(15);
    // Items in flight at the abort are abandoned (left for a resume), not recorded.
    expect(outcome.counts.items).toBeLessThan(dispatched);
    expect(outcome.counts.items).toBeGreaterThanOrEqual(dispatched - 2);
  });
});

describe('executeRun and a tokens/minute budget', () => {
  it('charges Chinese prompts about a token per character, as --dry-run estimates them', async () => {
    // 70 Han characters: about 70 tokens, where a flat chars/2 would have charged about 40.
    const template = `${'请仔细阅读下面的单项选择题并只回答正确选项的字母'.repeat(3)}。{{input}}\n{{choices}}`;
    const suite = { ...memorySuite('zh', 2), prompt: { template } };
    // 9,000 tokens/minute: a bucket of 150 tokens, one second's worth.
    const limited: ModelTarget = { ...model('limited', 2), params: { maxTokens: 10 }, tokensPerMinute: 9000 };
    const messages = renderPrompt(suite, { id: 'q1', input: 'question 1', choices: ['a', 'b', 'c', 'd'], target: 'B' });
    const characters = messages.reduce((sum, message) => sum + message.content.length, 0);
    // Two items fit the bucket by a flat chars/2, and do not by the CJK-aware estimate.
    expect(2 * (Math.ceil(characters / 2) + 10)).toBeLessThanOrEqual(150);
    expect(2 * (estimateMessageTokens(messages) + 10)).toBeGreaterThan(150);
    const states: { throttledMs: number }[] = [];
    await executeRun({
      suites: [suite],
      models: [limited],
      limits,
      threads: 1,
      onEvent: (event) => {
        if (event.type === 'run-finished') states.push(...(event.counts.limiters ?? []));
      },
      dispatch: async (task) => ok(task),
    });
    // So the second item waited for the bucket to refill.
    expect(states).toHaveLength(1);
    expect(states[0]?.throttledMs).toBeGreaterThan(0);
  });

  it('holds nothing back for tokens when no tokens/minute budget is set', async () => {
    const outcome = await executeRun({ suites: [memorySuite('s', 3)], models: [model('free', 1)], limits, threads: 1, onEvent: () => undefined, dispatch: async (task) => ok(task) });
    expect(outcome.counts.limiters?.[0]?.throttledMs).toBe(0);
  });
});
