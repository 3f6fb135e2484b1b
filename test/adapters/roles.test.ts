import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnthropicAdapter } from '../../adapters/anthropic.js';
import { createMockAdapter } from '../../adapters/mock.js';
import { createOpenAIAdapter } from '../../adapters/openai.js';
import { mapSystemRole } from '../../adapters/roles.js';
import type { ChatMessage } from '../../adapters/types.js';
import { startFaultServer, type FaultServer } from './fault-server.js';

const FEW_SHOT: ChatMessage[] = [
  { role: 'system', content: '你是考生。' },
  { role: 'user', content: '例题' },
  { role: 'assistant', content: 'B' },
  { role: 'user', content: '正题' },
];

describe('mapSystemRole', () => {
  it('leaves messages alone by default and with "system"', () => {
    expect(mapSystemRole(FEW_SHOT)).toBe(FEW_SHOT);
    expect(mapSystemRole(FEW_SHOT, 'system')).toBe(FEW_SHOT);
  });

  it('"user" turns each system message into a user message in place', () => {
    expect(mapSystemRole(FEW_SHOT, 'user')).toEqual([{ role: 'user', content: '你是考生。' }, ...FEW_SHOT.slice(1)]);
  });

  it('"merge" prepends the system message to the first user turn, keeping the turns alternating', () => {
    expect(mapSystemRole(FEW_SHOT, 'merge')).toEqual([
      { role: 'user', content: '你是考生。\n\n例题' },
      { role: 'assistant', content: 'B' },
      { role: 'user', content: '正题' },
    ]);
  });

  it('"merge" joins several system messages and merges a later one into the next user turn', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'a' },
      { role: 'system', content: 'b' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'x' },
      { role: 'system', content: 'c' },
      { role: 'user', content: 'q2' },
    ];
    expect(mapSystemRole(messages, 'merge')).toEqual([
      { role: 'user', content: 'a\n\nb\n\nq1' },
      { role: 'assistant', content: 'x' },
      { role: 'user', content: 'c\n\nq2' },
    ]);
  });

  it('"merge" keeps a trailing system message as a user message of its own', () => {
    expect(mapSystemRole([{ role: 'system', content: 'only' }], 'merge')).toEqual([{ role: 'user', content: 'only' }]);
  });

  it('does not touch messages without a system message', () => {
    const messages = FEW_SHOT.slice(1);
    expect(mapSystemRole(messages, 'merge')).toBe(messages);
  });
});

describe('system role on the wire', () => {
  let faults: FaultServer;
  beforeAll(async () => {
    faults = await startFaultServer();
  });
  afterAll(async () => {
    await faults.close();
  });

  async function lastBody(send: () => Promise<unknown>): Promise<Record<string, unknown>> {
    const before = faults.received.length;
    await send();
    const request = faults.received[before];
    if (!request) throw new Error('nothing received');
    return request.body as Record<string, unknown>;
  }

  it('openai: merge sends no system role', async () => {
    const adapter = createOpenAIAdapter({ kind: 'openai', model: 'm', baseUrl: `${faults.url}/ok/v1`, systemRole: 'merge' });
    const body = await lastBody(() => adapter.complete({ messages: FEW_SHOT, params: {} }, new AbortController().signal));
    expect(body['messages']).toEqual([
      { role: 'user', content: '你是考生。\n\n例题' },
      { role: 'assistant', content: 'B' },
      { role: 'user', content: '正题' },
    ]);
  });

  it('openai: user sends the system message as a user message', async () => {
    const adapter = createOpenAIAdapter({ kind: 'openai', model: 'm', baseUrl: `${faults.url}/ok/v1`, systemRole: 'user' });
    const body = await lastBody(() => adapter.complete({ messages: FEW_SHOT, params: {} }, new AbortController().signal));
    expect((body['messages'] as ChatMessage[])[0]).toEqual({ role: 'user', content: '你是考生。' });
  });

  it('anthropic: the default still moves the system message to the system field', async () => {
    const adapter = createAnthropicAdapter({ kind: 'anthropic', model: 'm', baseUrl: `${faults.url}/ok` });
    const body = await lastBody(() => adapter.complete({ messages: FEW_SHOT, params: {} }, new AbortController().signal));
    expect(body['system']).toBe('你是考生。');
    expect(body['messages']).toEqual(FEW_SHOT.slice(1));
  });

  it('anthropic: merge puts it in the first user turn and sends no system field', async () => {
    const adapter = createAnthropicAdapter({ kind: 'anthropic', model: 'm', baseUrl: `${faults.url}/ok`, systemRole: 'merge' });
    const body = await lastBody(() => adapter.complete({ messages: FEW_SHOT, params: {} }, new AbortController().signal));
    expect(body).not.toHaveProperty('system');
    expect((body['messages'] as ChatMessage[])[0]).toEqual({ role: 'user', content: '你是考生。\n\n例题' });
  });
});

describe('mock adapter with a system role', () => {
  it('sees the merged last user turn, as a real endpoint would', async () => {
    const adapter = createMockAdapter({ kind: 'mock', model: 'echo', systemRole: 'merge' });
    const completion = await adapter.complete({ messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'Q' }], params: {} }, new AbortController().signal);
    expect(completion.text).toBe('S\n\nQ');
  });
});
