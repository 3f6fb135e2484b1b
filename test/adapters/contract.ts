import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdapterError } from '../../adapters/errors.js';
import type { AdapterErrorKind, ChatMessage, GenerationParams, MockScript, ModelAdapter } from '../../adapters/types.js';
import { scriptedReply } from '../../reference/script.js';
import { startReferenceServer } from '../../reference/server.js';
import type { ReferenceServer } from '../../reference/types.js';
import { renderPrompt } from '../../suites/render.js';
import { closedPort, OK_REASONING, OK_TEXT, startFaultServer, type FaultServer, type ReceivedRequest } from './fault-server.js';
import { choiceSamples, writeTempSuite, type TempSuite } from '../reference/temp-suite.js';

/**
 * One scenario, described twice: as a server root URL for adapters that speak
 * HTTP, and as a script for adapters that do not. Each test sets both, so one
 * contract covers every adapter.
 */
export interface Scenario {
  /** Server root, without /v1. */
  readonly rootUrl: string;
  readonly script: MockScript;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type MakeAdapter = (scenario: Scenario) => ModelAdapter;

/** How a request should look on the wire, per API. Adapters without one skip the wire tests. */
export interface WireFormat {
  readonly path: string;
  /** Where the request's system message must end up. */
  expectSystem(body: Record<string, unknown>, system: string): void;
  /** The body for params { temperature 0.2, topP 0.9, maxTokens 77, stop ['###'], seed 42 }. */
  expectParams(body: Record<string, unknown>): void;
  /** The body when no params are set. */
  expectNoParams(body: Record<string, unknown>): void;
}

export const OPENAI_WIRE: WireFormat = {
  path: '/v1/chat/completions',
  expectSystem(body, system) {
    expect(body['messages']).toEqual([
      { role: 'system', content: system },
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'first answer' },
      { role: 'user', content: 'second question' },
    ]);
  },
  expectParams(body) {
    expect(body).toMatchObject({ temperature: 0.2, top_p: 0.9, max_tokens: 77, stop: ['###'], seed: 42 });
  },
  expectNoParams(body) {
    for (const key of ['temperature', 'top_p', 'max_tokens', 'stop', 'seed']) expect(body).not.toHaveProperty(key);
  },
};

export const ANTHROPIC_WIRE: WireFormat = {
  path: '/v1/messages',
  expectSystem(body, system) {
    expect(body['system']).toBe(system);
    expect(body['messages']).toEqual([
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'first answer' },
      { role: 'user', content: 'second question' },
    ]);
  },
  expectParams(body) {
    expect(body).toMatchObject({ temperature: 0.2, top_p: 0.9, max_tokens: 77, stop_sequences: ['###'] });
    // The Messages API has no seed.
    expect(body).not.toHaveProperty('seed');
  },
  expectNoParams(body) {
    expect(body['max_tokens']).toBe(1024);
    for (const key of ['temperature', 'top_p', 'stop_sequences', 'seed']) expect(body).not.toHaveProperty(key);
  },
};

const SEED = 11;
const SECRET = 'sk-pingce-contract-secret-0123456789';
const FULL_PARAMS: GenerationParams = { temperature: 0.2, topP: 0.9, maxTokens: 77, stop: ['###'], seed: 42 };
const CONVERSATION: ChatMessage[] = [
  { role: 'system', content: 'You are terse.' },
  { role: 'user', content: 'first question' },
  { role: 'assistant', content: 'first answer' },
  { role: 'user', content: 'second question' },
];
const HELLO: ChatMessage[] = [{ role: 'user', content: 'hello' }];

/** How long "promptly" is: generous for loaded CI machines, far below any hang. */
const PROMPT_MS = 2000;

export function runAdapterContract(name: string, makeAdapter: MakeAdapter, wire?: WireFormat): void {
  describe(`adapter contract: ${name}`, () => {
    let temp: TempSuite;
    let reference: ReferenceServer;
    let faults: FaultServer;

    beforeAll(async () => {
      temp = await writeTempSuite({ id: 'contract-mc', task: 'multiple-choice', samples: choiceSamples(3), system: '你是一名严谨的考生。' });
      reference = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: SEED, accuracy: { default: 1 }, noAnswerRate: 0, latencyMs: 0, suites: [temp.suite] });
      faults = await startFaultServer();
    });

    afterAll(async () => {
      await reference?.close();
      await faults?.close();
      await temp?.cleanup();
    });

    /** The reference endpoint's known prompt and its scripted (always correct) reply. */
    function knownPrompt(): { messages: ChatMessage[]; expected: string; scenario: Scenario } {
      const sample = temp.samples[1];
      if (!sample) throw new Error('fixture has no samples');
      const messages = renderPrompt(temp.suite, sample);
      const expected = scriptedReply(sample, 'multiple-choice', 'correct', SEED);
      const last = messages[messages.length - 1]?.content ?? '';
      return { messages, expected, scenario: { rootUrl: reference.url, script: { rules: [{ contains: last, reply: expected }] } } };
    }

    const fault = (route: string, script: MockScript = {}): Scenario => ({ rootUrl: `${faults.url}${route}`, script });

    async function rejection(promise: Promise<unknown>): Promise<unknown> {
      return promise.then(
        () => {
          throw new Error('expected the request to fail');
        },
        (error: unknown) => error,
      );
    }

    async function expectAdapterError(promise: Promise<unknown>, kind: AdapterErrorKind): Promise<AdapterError> {
      const error = await rejection(promise);
      expect(error).toBeInstanceOf(AdapterError);
      expect((error as AdapterError).kind).toBe(kind);
      return error as AdapterError;
    }

    it('returns the text for a known prompt', async () => {
      const { messages, expected, scenario } = knownPrompt();
      const completion = await makeAdapter(scenario).complete({ messages, params: {} }, new AbortController().signal);
      expect(completion.text).toBe(expected);
    });

    it('reports usage and latencyMs', async () => {
      const { messages, scenario } = knownPrompt();
      const completion = await makeAdapter(scenario).complete({ messages, params: {} }, new AbortController().signal);
      expect(completion.usage?.inputTokens).toBeGreaterThan(0);
      expect(completion.usage?.outputTokens).toBeGreaterThan(0);
      expect(Number.isFinite(completion.latencyMs)).toBe(true);
      expect(completion.latencyMs).toBeGreaterThanOrEqual(0);
    });

    it('has an id that names the model', () => {
      const adapter = makeAdapter(fault('/ok'));
      expect(adapter.id).toMatch(/^[a-z]+:/);
      expect(adapter.id).toContain('contract-model');
    });

    it('rejects promptly with the signal’s reason when aborted mid-request', async () => {
      const adapter = makeAdapter(fault('/hang', { latencyMs: 60_000 }));
      const controller = new AbortController();
      const reason = new Error('runner stopped');
      const started = performance.now();
      setTimeout(() => controller.abort(reason), 50);
      await expect(adapter.complete({ messages: HELLO, params: {} }, controller.signal)).rejects.toBe(reason);
      expect(performance.now() - started).toBeLessThan(PROMPT_MS);
    });

    it('rejects with the TimeoutError of AbortSignal.timeout', async () => {
      const adapter = makeAdapter(fault('/hang', { latencyMs: 60_000 }));
      const started = performance.now();
      const error = await rejection(adapter.complete({ messages: HELLO, params: {} }, AbortSignal.timeout(50)));
      expect((error as Error).name).toBe('TimeoutError');
      expect(performance.now() - started).toBeLessThan(PROMPT_MS);
    });

    it('turns an abort whose reason is not an Error into a transient "request aborted"', async () => {
      const adapter = makeAdapter(fault('/hang', { latencyMs: 60_000 }));
      const controller = new AbortController();
      setTimeout(() => controller.abort('not an error'), 20);
      const error = await expectAdapterError(adapter.complete({ messages: HELLO, params: {} }, controller.signal), 'transient');
      expect(error.message).toContain('aborted');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const before = faults.received.length;
      const reason = new Error('already stopped');
      await expect(makeAdapter(fault('/ok')).complete({ messages: HELLO, params: {} }, AbortSignal.abort(reason))).rejects.toBe(reason);
      expect(faults.received.length).toBe(before);
    });

    it('maps a 4xx to fatal', async () => {
      const error = await expectAdapterError(makeAdapter(fault('/status/400', { fail: 'fatal' })).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'fatal');
      if (wire) expect(error.status).toBe(400);
    });

    it('maps a 429 to rate_limit, with Retry-After as retryAfterMs', async () => {
      const adapter = makeAdapter(fault('/status/429/retry-after/2', { fail: 'rate_limit' }));
      const error = await expectAdapterError(adapter.complete({ messages: HELLO, params: {} }, new AbortController().signal), 'rate_limit');
      if (wire) {
        expect(error.status).toBe(429);
        expect(error.retryAfterMs).toBe(2000);
      }
    });

    it('maps a 500 to transient', async () => {
      const error = await expectAdapterError(makeAdapter(fault('/status/500', { fail: 'transient' })).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      if (wire) expect(error.status).toBe(500);
    });

    if (!wire) return;

    describe('on the wire', () => {
      async function capture(params: GenerationParams, scenario: Partial<Scenario> = {}): Promise<ReceivedRequest> {
        const before = faults.received.length;
        const completion = await makeAdapter({ ...fault('/ok'), ...scenario }).complete({ messages: CONVERSATION, params }, new AbortController().signal);
        expect(completion.text).toBe(OK_TEXT);
        const request = faults.received[before];
        if (!request) throw new Error('the fault server received nothing');
        expect(request.path).toBe(`/ok${wire?.path ?? ''}`);
        return request;
      }

      const body = (request: ReceivedRequest): Record<string, unknown> => request.body as Record<string, unknown>;

      it('sends the model and puts the system message where the API wants it', async () => {
        const request = await capture({});
        expect(body(request)['model']).toBe('contract-model');
        wire.expectSystem(body(request), 'You are terse.');
      });

      it('maps generation params to the API’s names', async () => {
        wire.expectParams(body(await capture(FULL_PARAMS)));
      });

      it('sends no sampling params that were not set', async () => {
        wire.expectNoParams(body(await capture({})));
      });

      it('returns reasoning, usage and finish reason from the response', async () => {
        const completion = await makeAdapter(fault('/ok')).complete({ messages: HELLO, params: {} }, new AbortController().signal);
        expect(completion.reasoning).toBe(OK_REASONING);
        expect(completion.usage).toEqual({ inputTokens: 11, outputTokens: 5 });
        expect(completion.finishReason).toMatch(/^(stop|end_turn)$/);
      });

      it('sends extra headers and the key, and never puts the key in its id or errors', async () => {
        const request = await capture({}, { apiKey: SECRET, headers: { 'x-pingce-route': 'blue' } });
        expect(request.headers['x-pingce-route']).toBe('blue');
        expect(`${String(request.headers.authorization)} ${String(request.headers['x-api-key'])}`).toContain(SECRET);
        const adapter = makeAdapter({ ...fault('/echo-auth'), apiKey: SECRET });
        expect(adapter.id).not.toContain(SECRET);
        expect(JSON.stringify(adapter)).not.toContain(SECRET);
        const error = await expectAdapterError(adapter.complete({ messages: HELLO, params: {} }, new AbortController().signal), 'fatal');
        expect(error.status).toBe(401);
        expect(error.message).toContain('***');
        expect(`${error.message} ${String(error.stack)} ${JSON.stringify(error)}`).not.toContain(SECRET);
      });

      it('maps connection refused to transient', async () => {
        const port = await closedPort();
        await expectAdapterError(makeAdapter({ rootUrl: `http://127.0.0.1:${port}`, script: {} }).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      });

      it('maps a connection reset to transient', async () => {
        await expectAdapterError(makeAdapter(fault('/reset')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      });

      it('maps a reply cut off mid-body to transient', async () => {
        await expectAdapterError(makeAdapter(fault('/truncate')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      });

      it('maps a body that is not JSON to transient', async () => {
        await expectAdapterError(makeAdapter(fault('/malformed-json')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      });

      it('maps a JSON body without a completion to transient', async () => {
        const error = await expectAdapterError(makeAdapter(fault('/empty')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
        expect(error.message).toContain('malformed');
      });

      it('maps other 4xx statuses by kindForStatus', async () => {
        await expectAdapterError(makeAdapter(fault('/status/404')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'fatal');
        await expectAdapterError(makeAdapter(fault('/status/408')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
        await expectAdapterError(makeAdapter(fault('/status/503')).complete({ messages: HELLO, params: {} }, new AbortController().signal), 'transient');
      });
    });
  });
}
