import { describe, expect, it } from 'vitest';
import { adapterKinds, createAdapter } from '../../adapters/index.js';
import { PingceError } from '../../common/errors.js';
import type { AdapterSpec } from '../../adapters/types.js';

describe('adapter registry', () => {
  it('lists every adapter kind', () => {
    expect(adapterKinds()).toEqual(['anthropic', 'mock', 'openai']);
  });

  it('builds the adapter for each kind', async () => {
    expect((await createAdapter({ kind: 'openai', model: 'm', baseUrl: 'http://127.0.0.1:1/v1' })).id).toBe('openai:m@http://127.0.0.1:1/v1');
    expect((await createAdapter({ kind: 'anthropic', model: 'm', baseUrl: 'http://127.0.0.1:1' })).id).toBe('anthropic:m@http://127.0.0.1:1');
    expect((await createAdapter({ kind: 'mock', model: 'm' })).id).toBe('mock:m');
  });

  it('builds a working adapter', async () => {
    const adapter = await createAdapter({ kind: 'mock', model: 'm', mock: { fallback: '好的' } });
    expect((await adapter.complete({ messages: [{ role: 'user', content: '你好' }], params: {} }, new AbortController().signal)).text).toBe('好的');
  });

  it('rejects an unknown kind with a did-you-mean hint and the known kinds', async () => {
    // Specs come from config files, so a misspelt kind can reach this at runtime.
    const spec = { kind: 'opnai', model: 'm' } as unknown as AdapterSpec;
    let error: unknown;
    try {
      await createAdapter(spec);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PingceError);
    expect((error as PingceError).code).toBe('REGISTRY_UNKNOWN');
    expect((error as PingceError).message).toContain('did you mean "openai"?');
    expect((error as PingceError).message).toContain('anthropic, mock, openai');
  });
});
