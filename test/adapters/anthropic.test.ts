import { describe, expect, it } from 'vitest';
import { createAnthropicAdapter } from '../../adapters/anthropic.js';
import { ANTHROPIC_WIRE, runAdapterContract } from './contract.js';

runAdapterContract(
  'anthropic',
  (scenario) =>
    createAnthropicAdapter({
      kind: 'anthropic',
      model: 'contract-model',
      baseUrl: scenario.rootUrl,
      ...(scenario.apiKey === undefined ? {} : { apiKey: scenario.apiKey }),
      ...(scenario.headers === undefined ? {} : { headers: scenario.headers }),
    }),
  ANTHROPIC_WIRE,
);

describe('anthropic adapter id', () => {
  it('is kind, model and base URL', () => {
    expect(createAnthropicAdapter({ kind: 'anthropic', model: 'claude-x', baseUrl: 'http://127.0.0.1:9000' }).id).toBe('anthropic:claude-x@http://127.0.0.1:9000');
  });
});
