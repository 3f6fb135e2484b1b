import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../reference/loopback.js';
import { scriptedOutcome, scriptedReply } from '../../reference/script.js';
import { UNKNOWN_PROMPT_REPLY } from '../../reference/scripted-model.js';
import { startReferenceServer } from '../../reference/server.js';
import type { LedgerEntry, ReferenceOptions, ReferenceServer, ReferenceStats } from '../../reference/types.js';
import { renderPrompt } from '../../suites/render.js';
import type { Sample } from '../../suites/types.js';
import { choiceSamples, writeTempSuite, type TempSuite } from './temp-suite.js';

const SEED = 5;
const SUITE_ID = 'srv-mc';

async function post(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown>; text: string; contentType: string | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // event streams and the like are checked as text
  }
  return { status: response.status, json, text, contentType: response.headers.get('content-type') };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('reference server', () => {
  let temp: TempSuite;
  let server: ReferenceServer;
  const options = (overrides: Partial<ReferenceOptions> = {}): ReferenceOptions => ({
    host: '127.0.0.1',
    port: 0,
    seed: SEED,
    accuracy: { [SUITE_ID]: 0.6 },
    noAnswerRate: 0.2,
    latencyMs: 0,
    suites: [temp.suite],
    ...overrides,
  });

  const expectedReply = (sample: Sample): string =>
    scriptedReply(sample, 'multiple-choice', scriptedOutcome({ seed: SEED, suiteId: SUITE_ID, sampleId: sample.id, accuracy: 0.6, noAnswerRate: 0.2, task: 'multiple-choice' }), SEED);

  beforeAll(async () => {
    temp = await writeTempSuite({ id: SUITE_ID, task: 'multiple-choice', samples: choiceSamples(12), system: '你是一名考生。' });
    server = await startReferenceServer(options());
  });

  afterAll(async () => {
    await server?.close();
    await temp?.cleanup();
  });

  it('listens on 127.0.0.1 and reports a URL without /v1', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers every sample on /v1/chat/completions in the OpenAI shape', async () => {
    for (const sample of temp.samples) {
      const { status, json } = await post(`${server.url}/v1/chat/completions`, { model: 'any-model', messages: renderPrompt(temp.suite, sample) });
      expect(status).toBe(200);
      expect(json).toMatchObject({ object: 'chat.completion', model: 'any-model', choices: [{ index: 0, message: { role: 'assistant', content: expectedReply(sample) }, finish_reason: 'stop' }] });
      expect(typeof json['id']).toBe('string');
      expect(typeof json['created']).toBe('number');
      const usage = json['usage'] as { prompt_tokens: number; completion_tokens: number; total_tokens: number };
      expect(usage.prompt_tokens).toBeGreaterThan(0);
      expect(usage.completion_tokens).toBeGreaterThan(0);
      expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    }
  });

  it('answers every sample on /v1/messages in the Anthropic shape', async () => {
    for (const sample of temp.samples) {
      const messages = renderPrompt(temp.suite, sample);
      const system = messages.filter((message) => message.role === 'system').map((message) => message.content).join('\n');
      // Content as a list of text blocks, as Anthropic clients often send it.
      const turns = messages.filter((message) => message.role !== 'system').map((message) => ({ role: message.role, content: [{ type: 'text', text: message.content }] }));
      const { status, json } = await post(`${server.url}/v1/messages`, { model: 'claude-ish', max_tokens: 100, system, messages: turns });
      expect(status).toBe(200);
      expect(json).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-ish', content: [{ type: 'text', text: expectedReply(sample) }], stop_reason: 'end_turn' });
      const usage = json['usage'] as { input_tokens: number; output_tokens: number };
      expect(usage.input_tokens).toBeGreaterThan(0);
      expect(usage.output_tokens).toBeGreaterThan(0);
    }
  });

  it('records each sample once in the ledger, with its request count and scripted outcome', async () => {
    const ledger = await getJson<LedgerEntry[]>(`${server.url}/_pingce/ledger`);
    expect(ledger).toEqual(server.ledger());
    expect(ledger).toHaveLength(temp.samples.length);
    for (const [index, sample] of temp.samples.entries()) {
      const outcome = scriptedOutcome({ seed: SEED, suiteId: SUITE_ID, sampleId: sample.id, accuracy: 0.6, noAnswerRate: 0.2, task: 'multiple-choice' });
      expect(ledger[index]).toEqual({ suiteId: SUITE_ID, sampleId: sample.id, outcome, requests: 2, faulted: 0 });
    }
    // The fixture is big enough to see all three outcomes.
    expect(new Set(ledger.map((entry) => entry.outcome))).toEqual(new Set(['correct', 'wrong', 'noanswer']));
  });

  it('streams with SSE chunks that reassemble to the same reply, ending with [DONE]', async () => {
    const sample = temp.samples[0] as Sample;
    const { status, text, contentType } = await post(`${server.url}/v1/chat/completions`, { model: 'm', stream: true, stream_options: { include_usage: true }, messages: renderPrompt(temp.suite, sample) });
    expect(status).toBe(200);
    expect(contentType).toContain('text/event-stream');
    const frames = text.split('\n\n').filter(Boolean);
    expect(frames.every((frame) => frame.startsWith('data: '))).toBe(true);
    expect(frames.at(-1)).toBe('data: [DONE]');
    const chunks = frames.slice(0, -1).map((frame) => JSON.parse(frame.slice('data: '.length)) as { object: string; choices: { delta: { content?: string }; finish_reason: string | null }[]; usage?: unknown });
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(expectedReply(sample));
    expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason === 'stop')).toBe(true);
    expect(chunks.at(-1)?.usage).toBeDefined();
  });

  it('streams to the official OpenAI client', async () => {
    const sample = temp.samples[3] as Sample;
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'not-needed', maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'm', stream: true, messages: renderPrompt(temp.suite, sample).map((message) => ({ role: message.role, content: message.content })) });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe(expectedReply(sample));
  });

  it('gives unknown prompts a polite reply and counts them in stats', async () => {
    const before = await getJson<ReferenceStats>(`${server.url}/_pingce/stats`);
    const { json } = await post(`${server.url}/v1/chat/completions`, { model: 'm', messages: [{ role: 'user', content: '今天天气怎么样？' }] });
    expect((json['choices'] as { message: { content: string } }[])[0]?.message.content).toBe(UNKNOWN_PROMPT_REPLY);
    const after = await getJson<ReferenceStats>(`${server.url}/_pingce/stats`);
    expect(after.unknownPrompts).toBe(before.unknownPrompts + 1);
    expect(after.requests).toBe(before.requests + 1);
    expect(after.inFlight).toBe(0);
    expect(server.stats()).toEqual(after);
  });

  it('serves /health and /v1/models', async () => {
    expect(await getJson(`${server.url}/health`)).toEqual({ status: 'ok' });
    const models = await getJson<{ object: string; data: { id: string }[] }>(`${server.url}/v1/models`);
    expect(models.object).toBe('list');
    expect(models.data[0]?.id).toBe('pingce-reference');
  });

  it('answers an invalid JSON body with 400 and an OpenAI-style error', async () => {
    const { status, json } = await post(`${server.url}/v1/chat/completions`, '{"messages": [');
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect((json['error'] as { message: string }).message).toContain('invalid JSON');
  });

  it('answers a body without messages with 400', async () => {
    expect((await post(`${server.url}/v1/messages`, { model: 'm' })).status).toBe(400);
    expect((await post(`${server.url}/v1/chat/completions`, [1, 2])).status).toBe(400);
  });

  it('refuses to stream on /v1/messages rather than send a body the client cannot read', async () => {
    expect((await post(`${server.url}/v1/messages`, { model: 'm', stream: true, max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })).status).toBe(400);
  });

  it('answers unknown routes and wrong methods with 404', async () => {
    expect((await fetch(`${server.url}/v1/completions`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${server.url}/v1/chat/completions`)).status).toBe(404);
    const response = await fetch(`${server.url}/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('/nope');
  });
});

describe('reference server options', () => {
  let temp: TempSuite;

  beforeAll(async () => {
    temp = await writeTempSuite({ id: 'srv-opt', task: 'multiple-choice', samples: choiceSamples(4) });
  });

  afterAll(async () => {
    await temp?.cleanup();
  });

  const base = (): ReferenceOptions => ({ host: '127.0.0.1', port: 0, seed: 1, accuracy: {}, noAnswerRate: 0, latencyMs: 0, suites: [temp.suite] });

  it('refuses to listen on anything but a loopback address', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
      await expect(startReferenceServer({ ...base(), host })).rejects.toMatchObject({ code: 'REFERENCE_HOST_NOT_LOOPBACK' });
    }
  });

  it('knows which hosts are loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'localhost.example.com', '']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('refuses out-of-range accuracy, rates and latency', async () => {
    await expect(startReferenceServer({ ...base(), accuracy: { default: 1.5 } })).rejects.toMatchObject({ code: 'REFERENCE_OPTIONS_INVALID' });
    await expect(startReferenceServer({ ...base(), noAnswerRate: -0.1 })).rejects.toMatchObject({ code: 'REFERENCE_OPTIONS_INVALID' });
    await expect(startReferenceServer({ ...base(), latencyMs: -1 })).rejects.toMatchObject({ code: 'REFERENCE_OPTIONS_INVALID' });
  });

  it('delays each reply by latencyMs and tracks requests in flight', async () => {
    const server = await startReferenceServer({ ...base(), latencyMs: 80 });
    try {
      const messages = renderPrompt(temp.suite, temp.samples[0] as Sample);
      const started = performance.now();
      const responses = await Promise.all(Array.from({ length: 5 }, () => post(`${server.url}/v1/chat/completions`, { model: 'm', messages })));
      expect(performance.now() - started).toBeGreaterThanOrEqual(75);
      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(server.stats()).toMatchObject({ requests: 5, inFlight: 0, maxInFlight: 5 });
      expect(server.ledger()).toEqual([{ suiteId: 'srv-opt', sampleId: 'q1', outcome: 'correct', requests: 5, faulted: 0 }]);
    } finally {
      await server.close();
    }
  });

  it('closes promptly with replies still pending, and close is idempotent', async () => {
    const server = await startReferenceServer({ ...base(), latencyMs: 60_000 });
    const pending = fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }) }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await Promise.all([server.close(), server.close()]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('reports a port already in use as a clear error', async () => {
    const first = await startReferenceServer(base());
    try {
      await expect(startReferenceServer({ ...base(), port: first.port })).rejects.toMatchObject({ code: 'REFERENCE_LISTEN_FAILED' });
    } finally {
      await first.close();
    }
  });
});
