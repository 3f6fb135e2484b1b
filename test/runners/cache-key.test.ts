import { describe, expect, it } from 'vitest';
import { responseCacheKey, responseCacheKeyText, type ResponseCacheKeyInput } from '../../runners/cache-key.js';

const system = { role: 'system', content: '你是助手。' } as const;
const user = { role: 'user', content: '1+1=?' } as const;
const base: ResponseCacheKeyInput = {
  adapter: { kind: 'openai', model: 'qwen2.5-7b', baseUrl: 'http://127.0.0.1:8000/v1' },
  params: { temperature: 0, maxTokens: 256, stop: ['\n\n'] },
  messages: [system, user],
  repeat: 0,
};

describe('responseCacheKey', () => {
  it('is a sha256 hex digest, the same for the same input', () => {
    const key = responseCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(responseCacheKey(structuredClone(base))).toBe(key);
  });

  it('ignores the key order of params and trailing slashes on baseUrl', () => {
    const reordered: ResponseCacheKeyInput = { ...base, params: { stop: ['\n\n'], maxTokens: 256, temperature: 0 } };
    expect(responseCacheKey(reordered)).toBe(responseCacheKey(base));
    const slashed: ResponseCacheKeyInput = { ...base, adapter: { ...base.adapter, baseUrl: 'http://127.0.0.1:8000/v1//' } };
    expect(responseCacheKey(slashed)).toBe(responseCacheKey(base));
  });

  it.each<[string, ResponseCacheKeyInput]>([
    ['kind', { ...base, adapter: { ...base.adapter, kind: 'anthropic' } }],
    ['baseUrl', { ...base, adapter: { ...base.adapter, baseUrl: 'http://127.0.0.1:8001/v1' } }],
    ['baseUrl absent', { ...base, adapter: { kind: 'openai', model: 'qwen2.5-7b' } }],
    ['model', { ...base, adapter: { ...base.adapter, model: 'qwen2.5-14b' } }],
    ['a param value', { ...base, params: { ...base.params, temperature: 0.7 } }],
    ['an added param', { ...base, params: { ...base.params, seed: 1 } }],
    ['message content', { ...base, messages: [system, { role: 'user', content: '1+2=?' }] }],
    ['message role', { ...base, messages: [{ role: 'user', content: system.content }, user] }],
    ['message order', { ...base, messages: [user, system] }],
    ['repeat', { ...base, repeat: 1 }],
  ])('changes with %s', (_what, changed) => {
    expect(responseCacheKey(changed)).not.toBe(responseCacheKey(base));
  });

  it('never depends on, nor contains, apiKey or headers', () => {
    const secret: ResponseCacheKeyInput = {
      ...base,
      adapter: { ...base.adapter, apiKey: 'sk-secret-123', headers: { 'X-Route': 'header-secret-456', Authorization: 'Bearer tok-789' } },
    };
    expect(responseCacheKey(secret)).toBe(responseCacheKey(base));
    const text = responseCacheKeyText(secret);
    expect(text).toBe(responseCacheKeyText(base));
    for (const fragment of ['sk-secret-123', 'header-secret-456', 'tok-789', 'apiKey', 'headers', 'X-Route', 'Authorization']) {
      expect(text).not.toContain(fragment);
    }
  });

  it('includes the mock script for the mock kind only', () => {
    const mock = (reply: string): ResponseCacheKeyInput => ({ ...base, adapter: { kind: 'mock', model: 'm', mock: { fallback: reply } } });
    expect(responseCacheKey(mock('A'))).not.toBe(responseCacheKey(mock('B')));
    expect(responseCacheKeyText(mock('A'))).toContain('"fallback":"A"');
    // Other adapters ignore `mock`, so a stray block must not split their cache.
    const stray: ResponseCacheKeyInput = { ...base, adapter: { ...base.adapter, mock: { fallback: 'A' } } };
    expect(responseCacheKey(stray)).toBe(responseCacheKey(base));
  });

  it('is versioned, so a future change of key material cannot collide with old keys', () => {
    expect(JSON.parse(responseCacheKeyText(base))).toMatchObject({ v: 1, kind: 'openai', baseUrl: 'http://127.0.0.1:8000/v1', model: 'qwen2.5-7b', repeat: 0 });
  });
});

describe('responseCacheKey and the system role mapping', () => {
  it('changes when system messages are sent another way (the request differs)', () => {
    expect(responseCacheKey({ ...base, adapter: { ...base.adapter, systemRole: 'merge' } })).not.toBe(responseCacheKey(base));
    expect(responseCacheKey({ ...base, adapter: { ...base.adapter, systemRole: 'user' } })).not.toBe(responseCacheKey({ ...base, adapter: { ...base.adapter, systemRole: 'merge' } }));
  });

  it('is unchanged by an explicit default, so existing cache entries still match', () => {
    expect(responseCacheKey({ ...base, adapter: { ...base.adapter, systemRole: 'system' } })).toBe(responseCacheKey(base));
  });
});

describe('responseCacheKey and the transport', () => {
  it('is the same over pingce’s own HTTP client and the SDK: the request on the wire is the same', () => {
    expect(responseCacheKey({ ...base, adapter: { ...base.adapter, transport: 'sdk' } })).toBe(responseCacheKey(base));
    expect(responseCacheKey({ ...base, adapter: { ...base.adapter, transport: 'http' } })).toBe(responseCacheKey(base));
  });
});
