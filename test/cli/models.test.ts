import { describe, expect, it } from 'vitest';
import { modelRecord, resolveModelTargets } from '../../cli/models.js';

describe('resolveModelTargets', () => {
  it('carries every limit and reads the key from the named variable only', () => {
    const [target] = resolveModelTargets(
      [{ id: 'v', adapter: 'openai', model: 'qwen', baseUrl: 'http://127.0.0.1:8000/v1', apiKeyEnv: 'MY_KEY', concurrency: 5, requestsPerMinute: 600, tokensPerMinute: 90000, params: { temperature: 0 } }],
      { MY_KEY: 'sk-secret' },
    );
    expect(target).toEqual({
      id: 'v',
      adapter: { kind: 'openai', model: 'qwen', baseUrl: 'http://127.0.0.1:8000/v1', apiKey: 'sk-secret' },
      params: { temperature: 0 },
      concurrency: 5,
      requestsPerMinute: 600,
      tokensPerMinute: 90000,
    });
    expect(JSON.stringify(modelRecord(target ?? (undefined as never)))).not.toContain('sk-secret');
  });

  it('defaults the public APIs\' base URL and key variable, and fails clearly when the key is missing', () => {
    expect(() => resolveModelTargets([{ id: 'o', adapter: 'openai', model: 'gpt' }], {})).toThrow(/OPENAI_API_KEY, which is not set/);
    const [anthropic] = resolveModelTargets([{ id: 'a', adapter: 'anthropic', model: 'claude' }], { ANTHROPIC_API_KEY: 'k' });
    expect(anthropic?.adapter).toMatchObject({ baseUrl: 'https://api.anthropic.com', apiKey: 'k' });
    const [local] = resolveModelTargets([{ id: 'l', adapter: 'openai', model: 'x', baseUrl: 'http://127.0.0.1:1/v1' }], { OPENAI_API_KEY: 'not-for-local' });
    expect(local?.adapter.apiKey).toBeUndefined();
  });
});
