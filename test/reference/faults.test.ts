import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnthropicAdapter } from '../../adapters/anthropic.js';
import { AdapterError } from '../../adapters/errors.js';
import { createOpenAIAdapter } from '../../adapters/openai.js';
import { unitInterval } from '../../common/hash.js';
import { promptKey } from '../../reference/answer-key.js';
import { createRequestLog } from '../../reference/request-log.js';
import { scriptedOutcome, scriptedReply } from '../../reference/script.js';
import { startReferenceServer } from '../../reference/server.js';
import type { FaultKind, FaultOptions, LedgerEntry, ReferenceOptions, ReferenceServer, ReferenceStats, RequestLogEntry } from '../../reference/types.js';
import { renderPrompt } from '../../suites/render.js';
import type { Sample } from '../../suites/types.js';
import { chatBody, observe, pooled, type Observation, type Seen } from './fault-client.js';
import { choiceSamples, writeTempSuite, type TempSuite } from './temp-suite.js';

const SEED = 11;
const SUITE_ID = 'fault-mc';
/** Every kind a client sees at once; 'hang' is tested on its own, since it takes a timeout to see. */
const QUICK_KINDS: readonly FaultKind[] = ['rate_limit', 'server_error', 'reset', 'truncated', 'malformed'];
const STATUS_SENT: Readonly<Record<Seen, number>> = { ok: 200, rate_limit: 429, server_error: 500, hang: 0, reset: 0, truncated: 200, malformed: 200, other: -1 };

/** The rule as documented in reference/README.md, written out again on the test side. */
function expectedFaults(seed: number, key: string, count: number, faults: FaultOptions): (FaultKind | undefined)[] {
  const sequence: (FaultKind | undefined)[] = [];
  let streak = 0;
  for (let n = 0; n < count; n += 1) {
    if (streak < (faults.maxConsecutive ?? 3) && unitInterval(seed, 'fault', key, n) < faults.rate) {
      streak += 1;
      sequence.push(faults.kinds[Math.floor(unitInterval(seed, 'fault-kind', key, n) * faults.kinds.length)]);
    } else {
      streak = 0;
      sequence.push(undefined);
    }
  }
  return sequence;
}

const faultOf = (seen: Seen): FaultKind | undefined => (seen === 'ok' ? undefined : (seen as FaultKind));

function tally(observations: readonly Observation[]): Record<FaultKind, number> {
  const counts: Record<FaultKind, number> = { rate_limit: 0, server_error: 0, hang: 0, reset: 0, truncated: 0, malformed: 0 };
  for (const { seen } of observations) {
    const fault = faultOf(seen);
    if (fault) counts[fault] += 1;
  }
  return counts;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function postJson(url: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('reference endpoint faults', () => {
  let temp: TempSuite;
  const servers: ReferenceServer[] = [];
  const start = async (overrides: Partial<ReferenceOptions> = {}): Promise<ReferenceServer> => {
    const server = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: SEED, accuracy: { [SUITE_ID]: 0.7 }, noAnswerRate: 0.1, latencyMs: 0, suites: [temp.suite], ...overrides });
    servers.push(server);
    return server;
  };
  const lastUser = (sample: Sample): string => renderPrompt(temp.suite, sample).at(-1)?.content ?? '';
  const messagesOf = (sample: Sample): string => JSON.stringify({ model: 'm', messages: renderPrompt(temp.suite, sample) });
  const only = (kind: FaultKind, extra: Partial<FaultOptions> = {}): FaultOptions => ({ rate: 1, kinds: [kind], maxConsecutive: 1000, ...extra });

  beforeAll(async () => {
    temp = await writeTempSuite({ id: SUITE_ID, task: 'multiple-choice', samples: choiceSamples(40), system: '你是一名考生。' });
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  afterAll(async () => {
    await temp?.cleanup();
  });

  describe('each kind, as a raw client sees it', () => {
    it('rate_limit: 429 with an error body and both retry headers', async () => {
      const server = await start({ faults: only('rate_limit') });
      const seen = await observe(`${server.url}/v1/chat/completions`, chatBody('限流'));
      expect(seen).toMatchObject({ seen: 'rate_limit', status: 429 });
      expect(seen.headers?.get('retry-after-ms')).toBe('50');
      expect(seen.headers?.get('retry-after')).toBe('1');
      expect(JSON.parse(seen.body ?? '')).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' } });
      server.setFaults(only('rate_limit', { retryAfterMs: 2500 }));
      const later = await observe(`${server.url}/v1/messages`, chatBody('限流'));
      expect(later.status).toBe(429);
      expect(later.headers?.get('retry-after-ms')).toBe('2500');
      expect(later.headers?.get('retry-after')).toBe('3');
    });

    it('server_error: 500 with an error body, in either API', async () => {
      const server = await start({ faults: only('server_error') });
      const openai = await observe(`${server.url}/v1/chat/completions`, chatBody('出错'));
      expect(openai).toMatchObject({ seen: 'server_error', status: 500 });
      expect(JSON.parse(openai.body ?? '')).toMatchObject({ type: 'error', error: { type: 'server_error' } });
      const anthropic = await observe(`${server.url}/v1/messages`, chatBody('出错'));
      expect(JSON.parse(anthropic.body ?? '')).toMatchObject({ type: 'error', error: { type: 'api_error' } });
    });

    it('reset: the connection closes without a response', async () => {
      const server = await start({ faults: only('reset') });
      const seen = await observe(`${server.url}/v1/chat/completions`, chatBody('断开'));
      expect(seen.seen).toBe('reset');
      expect(seen.error).toBeInstanceOf(TypeError);
    });

    it('truncated: headers and half the body, then the connection closes', async () => {
      const server = await start({ faults: only('truncated') });
      const response = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: chatBody('截断') });
      expect(response.status).toBe(200);
      expect(Number(response.headers.get('content-length'))).toBeGreaterThan(100);
      await expect(response.text()).rejects.toThrow(TypeError);
      expect((await observe(`${server.url}/v1/messages`, chatBody('截断'))).seen).toBe('truncated');
    });

    it('malformed: a 200 whose body is not JSON', async () => {
      const server = await start({ faults: only('malformed') });
      const seen = await observe(`${server.url}/v1/chat/completions`, chatBody('坏包'));
      expect(seen).toMatchObject({ seen: 'malformed', status: 200 });
      expect(() => JSON.parse(seen.body ?? '')).toThrow(SyntaxError);
    });

    it('hang: nothing comes back; the client’s timeout cuts it, and the server lets go', async () => {
      const server = await start({ faults: only('hang') });
      const started = performance.now();
      const seen = await observe(`${server.url}/v1/chat/completions`, chatBody('挂起'), 150);
      expect(seen.seen).toBe('hang');
      expect((seen.error as Error).name).toBe('TimeoutError');
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      await until(() => server.stats().inFlight === 0);
      expect(server.requests()).toEqual([expect.objectContaining({ fault: 'hang', status: 0 })]);
    });

    it('hang: after hangMs the server destroys the socket itself', async () => {
      const server = await start({ faults: only('hang', { hangMs: 100 }) });
      const started = performance.now();
      const seen = await observe(`${server.url}/v1/chat/completions`, chatBody('挂起'));
      expect(seen.seen).toBe('reset');
      expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    });

    it('streams fail the same way, before the first chunk', async () => {
      const server = await start();
      const stream = chatBody('流式', { stream: true });
      const expected: [FaultKind, Seen][] = [['rate_limit', 'rate_limit'], ['server_error', 'server_error'], ['reset', 'reset'], ['truncated', 'truncated'], ['malformed', 'malformed']];
      for (const [kind, seen] of expected) {
        server.setFaults(only(kind));
        const observation = await observe(`${server.url}/v1/chat/completions`, stream);
        expect(observation.seen).toBe(seen);
        if (observation.status === 200) expect(observation.headers?.get('content-type')).toContain('text/event-stream');
      }
      server.setFaults(undefined);
      expect((await observe(`${server.url}/v1/chat/completions`, stream)).seen).toBe('ok');
    });
  });

  it('answers a request without a fault exactly as it would without fault switches', async () => {
    const faults: FaultOptions = { rate: 0.5, kinds: QUICK_KINDS };
    const faulty = await start({ faults });
    const plain = await start();
    const tries: number[] = [];
    for (const sample of temp.samples) {
      let observation: Observation;
      let attempts = 0;
      do {
        observation = await observe(`${faulty.url}/v1/chat/completions`, messagesOf(sample));
        attempts += 1;
      } while (observation.seen !== 'ok');
      tries.push(attempts);
      const reference = await observe(`${plain.url}/v1/chat/completions`, messagesOf(sample));
      const content = (body: string | undefined): unknown => (JSON.parse(body ?? '') as { choices: { message: { content: string } }[] }).choices[0]?.message.content;
      expect(content(observation.body)).toBe(content(reference.body));
      const outcome = scriptedOutcome({ seed: SEED, suiteId: SUITE_ID, sampleId: sample.id, accuracy: 0.7, noAnswerRate: 0.1, task: 'multiple-choice' });
      expect(content(observation.body)).toBe(scriptedReply(sample, 'multiple-choice', outcome, SEED));
    }
    // Ledger: every request counted, faulted ones included; the scripted outcome unchanged.
    expect(faulty.ledger().map(({ requests, faulted }) => [requests, faulted])).toEqual(tries.map((count) => [count, count - 1]));
    expect(faulty.ledger().map(({ sampleId, outcome }) => [sampleId, outcome])).toEqual(plain.ledger().map(({ sampleId, outcome }) => [sampleId, outcome]));
    expect(tries.some((count) => count > 1)).toBe(true);
  });

  it('is deterministic per prompt, whatever the order or concurrency', async () => {
    const faults: FaultOptions = { rate: 0.4, kinds: QUICK_KINDS, maxConsecutive: 2 };
    const rounds = 5;
    const first = await start({ faults });
    const second = await start({ faults });
    const url = (server: ReferenceServer): string => `${server.url}/v1/chat/completions`;
    // First: prompt by prompt, one at a time. Second: round by round, all prompts at once, in reverse.
    const sequential = new Map<string, (FaultKind | undefined)[]>();
    for (const sample of temp.samples) {
      const sequence: (FaultKind | undefined)[] = [];
      for (let round = 0; round < rounds; round += 1) sequence.push(faultOf((await observe(url(first), messagesOf(sample))).seen));
      sequential.set(sample.id, sequence);
    }
    const concurrent = new Map<string, (FaultKind | undefined)[]>(temp.samples.map((sample) => [sample.id, []]));
    for (let round = 0; round < rounds; round += 1) {
      const reversed = [...temp.samples].reverse();
      const seen = await Promise.all(reversed.map((sample) => observe(url(second), messagesOf(sample))));
      reversed.forEach((sample, index) => concurrent.get(sample.id)?.push(faultOf(seen[index]?.seen ?? 'other')));
    }
    expect(concurrent).toEqual(sequential);
    for (const sample of temp.samples) expect(sequential.get(sample.id)).toEqual(expectedFaults(SEED, promptKey(lastUser(sample)), rounds, faults));
    expect(first.stats().faults).toEqual(second.stats().faults);
    // Another seed, other faults.
    const reseeded = await start({ seed: SEED + 1, faults });
    const other: (FaultKind | undefined)[] = [];
    for (const sample of temp.samples) other.push(faultOf((await observe(url(reseeded), messagesOf(sample))).seen));
    expect(other).not.toEqual(temp.samples.map((sample) => sequential.get(sample.id)?.[0]));
  });

  it('faults about the configured share of 500 distinct prompts, every kind among them', async () => {
    const server = await start({ faults: { rate: 0.3, kinds: QUICK_KINDS } });
    const prompts = Array.from({ length: 500 }, (_, index) => `不在评测集里的第${index}个问题`);
    const seen = await pooled(prompts.map((prompt) => () => observe(`${server.url}/v1/chat/completions`, chatBody(prompt))), 25);
    const counts = tally(seen);
    const faulted = Object.values(counts).reduce((sum, count) => sum + count, 0);
    // ±3.5 standard deviations of a binomial(500, 0.3) share.
    expect(faulted / 500).toBeGreaterThan(0.23);
    expect(faulted / 500).toBeLessThan(0.37);
    for (const kind of QUICK_KINDS) expect(counts[kind]).toBeGreaterThan(0);
    expect(seen.filter((observation) => observation.seen === 'other')).toEqual([]);
    expect(server.stats()).toMatchObject({ requests: 500, unknownPrompts: 500, faults: counts });
  });

  it('never faults a prompt more than maxConsecutive times in a row', async () => {
    const faults: FaultOptions = { rate: 0.9, kinds: ['server_error', 'rate_limit'], maxConsecutive: 2 };
    const server = await start({ faults });
    const streaks: number[] = [];
    for (const sample of temp.samples) {
      let streak = 0;
      while ((await observe(`${server.url}/v1/chat/completions`, messagesOf(sample))).seen !== 'ok') streak += 1;
      streaks.push(streak);
      // The next request may fault again: the limit is on faults in a row.
      let again = 0;
      while ((await observe(`${server.url}/v1/chat/completions`, messagesOf(sample))).seen !== 'ok') again += 1;
      streaks.push(again);
    }
    expect(Math.max(...streaks)).toBe(2);
    // At rate 0.9 nearly every prompt hits the limit.
    expect(streaks.filter((streak) => streak === 2).length).toBeGreaterThan(streaks.length / 2);
    server.setFaults({ rate: 1, kinds: ['server_error'], maxConsecutive: 0 });
    server.reset();
    for (const sample of temp.samples.slice(0, 5)) expect((await observe(`${server.url}/v1/chat/completions`, messagesOf(sample))).seen).toBe('ok');
  });

  it('keeps stats, ledger and request log in step with what the client saw', async () => {
    const server = await start({ faults: { rate: 0.5, kinds: QUICK_KINDS } });
    const seen: Observation[] = [];
    const sampleIds: (string | undefined)[] = [];
    // One at a time, so the log's order is the client's.
    for (let round = 0; round < 3; round += 1) {
      for (const sample of temp.samples) {
        seen.push(await observe(`${server.url}/v1/chat/completions`, messagesOf(sample)));
        sampleIds.push(sample.id);
      }
    }
    seen.push(await observe(`${server.url}/v1/chat/completions`, chatBody('不在评测集里')));
    sampleIds.push(undefined);
    seen.push(await observe(`${server.url}/v1/chat/completions`, '{"messages": 3}'));
    sampleIds.push(undefined);

    const stats = await getJson<ReferenceStats>(`${server.url}/_pingce/stats`);
    const quickTally = tally(seen.slice(0, -1));
    expect(stats).toEqual({ requests: seen.length, inFlight: 0, maxInFlight: 1, unknownPrompts: 1, faults: quickTally });
    // At rate 0.5 over 121 requests, every quick kind turns up (fixed seed: no flakiness).
    for (const kind of QUICK_KINDS) expect(quickTally[kind]).toBeGreaterThan(0);
    expect(quickTally.hang).toBe(0);

    const log = await getJson<RequestLogEntry[]>(`${server.url}/_pingce/requests`);
    expect(log).toEqual(server.requests());
    expect(log).toHaveLength(seen.length);
    for (const [index, entry] of log.entries()) {
      const observation = seen[index] as Observation;
      const sampleId = sampleIds[index];
      if (index === log.length - 1) {
        expect(entry).toEqual({ at: entry.at, status: 400 });
        continue;
      }
      const fault = faultOf(observation.seen);
      expect(entry).toEqual({
        at: entry.at,
        status: STATUS_SENT[observation.seen],
        ...(sampleId === undefined ? {} : { suiteId: SUITE_ID, sampleId }),
        ...(fault === undefined ? {} : { fault }),
      });
      expect(entry.at).toBeGreaterThanOrEqual(index === 0 ? 0 : (log[index - 1]?.at ?? 0));
    }

    const ledger = await getJson<LedgerEntry[]>(`${server.url}/_pingce/ledger`);
    expect(ledger).toHaveLength(temp.samples.length);
    for (const entry of ledger) {
      const mine = seen.filter((_, index) => sampleIds[index] === entry.sampleId);
      expect(entry.requests).toBe(3);
      expect(entry.faulted).toBe(mine.filter((observation) => observation.seen !== 'ok').length);
    }
  });

  it('reset() and POST /_pingce/reset clear ledger, stats, log and the per-prompt counters', async () => {
    const faults: FaultOptions = { rate: 0.5, kinds: QUICK_KINDS };
    const server = await start({ faults });
    const sample = temp.samples[0] as Sample;
    const run = async (): Promise<Seen[]> => {
      const seen: Seen[] = [];
      for (let round = 0; round < 6; round += 1) seen.push((await observe(`${server.url}/v1/chat/completions`, messagesOf(sample))).seen);
      return seen;
    };
    const empty: ReferenceStats = { requests: 0, inFlight: 0, maxInFlight: 0, unknownPrompts: 0, faults: { rate_limit: 0, server_error: 0, hang: 0, reset: 0, truncated: 0, malformed: 0 } };

    const before = await run();
    await observe(`${server.url}/v1/chat/completions`, chatBody('不在评测集里'));
    expect(server.requests()).toHaveLength(7);
    server.reset();
    expect(server.ledger()).toEqual([]);
    expect(server.requests()).toEqual([]);
    expect(server.stats()).toEqual(empty);
    // The counters start over too, so the same requests meet the same faults.
    expect(await run()).toEqual(before);

    const { status, json } = await postJson(`${server.url}/_pingce/reset`, '');
    expect({ status, json }).toEqual({ status: 200, json: { status: 'ok' } });
    expect(await getJson(`${server.url}/_pingce/stats`)).toEqual(empty);
    expect(await getJson(`${server.url}/_pingce/ledger`)).toEqual([]);
    expect(await getJson(`${server.url}/_pingce/requests`)).toEqual([]);
    expect(await run()).toEqual(before);
  });

  it('switches faults at run time with setFaults() and POST /_pingce/faults', async () => {
    const server = await start();
    const url = `${server.url}/v1/chat/completions`;
    expect((await observe(url, chatBody('开关'))).seen).toBe('ok');
    expect(await getJson(`${server.url}/_pingce/faults`)).toEqual({ faults: null });

    server.setFaults({ rate: 1, kinds: ['server_error'], maxConsecutive: 100 });
    expect((await observe(url, chatBody('开关'))).seen).toBe('server_error');
    server.setFaults(undefined);
    expect((await observe(url, chatBody('开关'))).seen).toBe('ok');

    const posted = await postJson(`${server.url}/_pingce/faults`, JSON.stringify({ rate: 1, kinds: ['rate_limit'], retryAfterMs: 10 }));
    expect(posted).toEqual({ status: 200, json: { faults: { rate: 1, kinds: ['rate_limit'], retryAfterMs: 10, hangMs: 60_000, maxConsecutive: 3 } } });
    expect((await observe(url, chatBody('开关二'))).seen).toBe('rate_limit');
    expect(await getJson(`${server.url}/_pingce/faults`)).toEqual(posted.json);

    const bad = ['{"rate": 2, "kinds": ["reset"]}', '{"rate": 0.5, "kinds": []}', '{"rate": 0.5, "kinds": ["explode"]}', '{"rate": 0.5}', '{"rate": 0.5, "kinds": ["reset"], "hangMs": -1}',
      '{"rate": 0.5, "kinds": ["reset"], "maxConsecutive": 1.5}', '{"rate": 0.5, "kinds": ["reset"], "retryAfterMs": "soon"}', '{"rate": 0.5, "kinds": ["reset"], "typo": 1}', '[1]', '{"rate": ', ''];
    for (const body of bad) {
      const { status, json } = await postJson(`${server.url}/_pingce/faults`, body);
      expect(status, body).toBe(400);
      expect(json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    }
    // Refused changes leave the switches as they were.
    expect(await getJson(`${server.url}/_pingce/faults`)).toEqual(posted.json);

    expect(await postJson(`${server.url}/_pingce/faults`, 'null')).toEqual({ status: 200, json: { faults: null } });
    expect((await observe(url, chatBody('开关三'))).seen).toBe('ok');

    expect(() => server.setFaults({ rate: -0.1, kinds: ['reset'] })).toThrow(expect.objectContaining({ code: 'REFERENCE_OPTIONS_INVALID' }));
    expect(() => server.setFaults({ rate: 0.1, kinds: [] })).toThrow(expect.objectContaining({ code: 'REFERENCE_OPTIONS_INVALID' }));
    await expect(start({ faults: { rate: 0.5, kinds: ['nope' as FaultKind] } })).rejects.toMatchObject({ code: 'REFERENCE_OPTIONS_INVALID' });
    await expect(start({ faults: { rate: Number.NaN, kinds: ['reset'] } })).rejects.toMatchObject({ code: 'REFERENCE_OPTIONS_INVALID' });
  });

  it('a faults object changed by its owner after setFaults() changes nothing', async () => {
    const server = await start();
    const faults = { rate: 1, kinds: ['server_error'] as FaultKind[], maxConsecutive: 100 };
    server.setFaults(faults);
    faults.rate = 0;
    faults.kinds.push('reset');
    expect((await observe(`${server.url}/v1/chat/completions`, chatBody('复制'))).seen).toBe('server_error');
  });

  describe('through the openai adapter', () => {
    const expected: [FaultKind, AdapterError['kind']][] = [['rate_limit', 'rate_limit'], ['server_error', 'transient'], ['reset', 'transient'], ['truncated', 'transient'], ['malformed', 'transient']];
    const adapters = {
      openai: (server: ReferenceServer) => createOpenAIAdapter({ kind: 'openai', model: 'm', baseUrl: `${server.url}/v1` }),
      // Not asked of the fault switches, but the runner uses both SDKs: the same faults must map the same way.
      anthropic: (server: ReferenceServer) => createAnthropicAdapter({ kind: 'anthropic', model: 'm', baseUrl: server.url }),
    };
    for (const [name, create] of Object.entries(adapters)) {
      for (const [kind, adapterKind] of expected) {
        it(`${name}: ${kind} → AdapterError ${adapterKind}`, async () => {
          const server = await start({ faults: only(kind, { retryAfterMs: 1500 }) });
          const failure = await create(server).complete({ messages: [{ role: 'user', content: `适配器${kind}` }], params: { maxTokens: 50 } }, AbortSignal.timeout(5000)).then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(failure).toBeInstanceOf(AdapterError);
          expect(failure).toMatchObject({ kind: adapterKind });
          if (kind === 'rate_limit') expect(failure).toMatchObject({ status: 429, retryAfterMs: 1500 });
          if (kind === 'server_error') expect(failure).toMatchObject({ status: 500 });
        });
      }
    }

    it('hang → the caller’s timeout, as the runner set it', async () => {
      const server = await start({ faults: only('hang') });
      const adapter = createOpenAIAdapter({ kind: 'openai', model: 'm', baseUrl: `${server.url}/v1` });
      await expect(adapter.complete({ messages: [{ role: 'user', content: '挂起' }], params: {} }, AbortSignal.timeout(150))).rejects.toMatchObject({ name: 'TimeoutError' });
    });

    it('with faults on, a retrying caller still gets every scripted answer', async () => {
      const server = await start({ faults: { rate: 0.6, kinds: QUICK_KINDS, retryAfterMs: 1 } });
      const adapter = createOpenAIAdapter({ kind: 'openai', model: 'm', baseUrl: `${server.url}/v1` });
      for (const sample of temp.samples.slice(0, 10)) {
        const messages = renderPrompt(temp.suite, sample);
        let text: string | undefined;
        for (let attempt = 0; attempt <= 3 && text === undefined; attempt += 1) {
          text = await adapter.complete({ messages, params: {} }, AbortSignal.timeout(5000)).then(
            (completion) => completion.text,
            (error: unknown) => {
              expect(error).toBeInstanceOf(AdapterError);
              expect((error as AdapterError).kind).not.toBe('fatal');
              return undefined;
            },
          );
        }
        const outcome = scriptedOutcome({ seed: SEED, suiteId: SUITE_ID, sampleId: sample.id, accuracy: 0.7, noAnswerRate: 0.1, task: 'multiple-choice' });
        expect(text).toBe(scriptedReply(sample, 'multiple-choice', outcome, SEED));
      }
    });
  });
});

describe('request log', () => {
  const entry = (at: number): Parameters<ReturnType<typeof createRequestLog>['add']>[0] => ({ at, suiteId: undefined, sampleId: undefined, fault: undefined, status: 200 });

  it('keeps the newest entries, oldest first, once it is full', () => {
    const log = createRequestLog(3);
    for (let at = 1; at <= 2; at += 1) log.add(entry(at));
    expect(log.entries().map((item) => item.at)).toEqual([1, 2]);
    for (let at = 3; at <= 7; at += 1) log.add(entry(at));
    expect(log.entries().map((item) => item.at)).toEqual([5, 6, 7]);
    log.add(entry(8));
    expect(log.entries().map((item) => item.at)).toEqual([6, 7, 8]);
    log.clear();
    expect(log.entries()).toEqual([]);
    log.add(entry(9));
    expect(log.entries()).toEqual([{ at: 9, status: 200 }]);
  });

  it('reports the status an open entry was given later, and omits absent fields', () => {
    const log = createRequestLog();
    const open = { at: 1, suiteId: 's', sampleId: 'q', fault: 'hang' as const, status: 0 };
    log.add(open);
    open.status = 429;
    expect(log.entries()).toEqual([{ at: 1, suiteId: 's', sampleId: 'q', fault: 'hang', status: 429 }]);
  });
});
