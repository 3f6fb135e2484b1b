import { describe, expect, it } from 'vitest';
import { AdapterError } from '../../adapters/errors.js';
import { createMockAdapter } from '../../adapters/mock.js';
import type { ChatMessage, MockScript } from '../../adapters/types.js';
import { runAdapterContract } from './contract.js';

runAdapterContract('mock', (scenario) => createMockAdapter({ kind: 'mock', model: 'contract-model', mock: scenario.script }));

const ask = (script: MockScript | undefined, messages: ChatMessage[], signal = new AbortController().signal) =>
  createMockAdapter({ kind: 'mock', model: 'm', ...(script === undefined ? {} : { mock: script }) }).complete({ messages, params: {} }, signal);

describe('mock adapter', () => {
  const question: ChatMessage[] = [
    { role: 'system', content: 'system mentions apples' },
    { role: 'user', content: 'earlier question about pears' },
    { role: 'assistant', content: 'earlier answer' },
    { role: 'user', content: '苹果和香蕉哪个更甜？' },
  ];

  it('replies with the first rule whose text the last user message contains', async () => {
    const script: MockScript = { rules: [{ contains: '橙子', reply: 'orange' }, { contains: '香蕉', reply: 'banana' }, { contains: '苹果', reply: 'apple' }] };
    expect((await ask(script, question)).text).toBe('banana');
  });

  it('matches only the last user message, not the system prompt or earlier turns', async () => {
    const script: MockScript = { rules: [{ contains: 'apples', reply: 'from system' }, { contains: 'pears', reply: 'from history' }], fallback: 'fallback' };
    expect((await ask(script, question)).text).toBe('fallback');
  });

  it('echoes the last user message when no rule matches and there is no fallback', async () => {
    expect((await ask({ rules: [{ contains: 'nothing like this', reply: 'x' }] }, question)).text).toBe('苹果和香蕉哪个更甜？');
    expect((await ask(undefined, question)).text).toBe('苹果和香蕉哪个更甜？');
  });

  it('is deterministic', async () => {
    const script: MockScript = { rules: [{ contains: '香蕉', reply: 'banana' }] };
    const first = await ask(script, question);
    const second = await ask(script, question);
    expect(second.text).toBe(first.text);
    expect(second.usage).toEqual(first.usage);
  });

  it('waits latencyMs before replying', async () => {
    const started = performance.now();
    const completion = await ask({ latencyMs: 60 }, question);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(completion.latencyMs).toBeGreaterThanOrEqual(55);
    expect(completion.finishReason).toBe('stop');
  });

  it.each([
    ['rate_limit', 429],
    ['transient', 503],
    ['fatal', 400],
  ] as const)('fail: %s throws an AdapterError of that kind', async (kind, status) => {
    const error: unknown = await ask({ fail: kind }, question).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).kind).toBe(kind);
    expect((error as AdapterError).status).toBe(status);
  });

  it('has the id mock:<model>', () => {
    expect(createMockAdapter({ kind: 'mock', model: 'scripted' }).id).toBe('mock:scripted');
  });
});
