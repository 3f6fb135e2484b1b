import { describe, expect, it } from 'vitest';
import { createAnthropicAdapter } from '../../adapters/anthropic.js';
import { createAnthropicSdkAdapter } from '../../adapters/anthropic-sdk.js';
import type { AdapterFactory } from '../../adapters/types.js';
import { ANTHROPIC_WIRE, runAdapterContract } from './contract.js';

// Both transports speak one wire format, so both must pass one contract.
const transports: readonly (readonly [string, AdapterFactory])[] = [
  ['anthropic (http)', createAnthropicAdapter],
  ['anthropic (sdk)', createAnthropicSdkAdapter],
];

for (const [name, create] of transports) {
  runAdapterContract(
    name,
    (scenario) =>
      create({
        kind: 'anthropic',
        model: 'contract-model',
        baseUrl: scenario.rootUrl,
        ...(scenario.apiKey === undefined ? {} : { apiKey: scenario.apiKey }),
        ...(scenario.headers === undefined ? {} : { headers: scenario.headers }),
      }),
    ANTHROPIC_WIRE,
  );

  describe(`${name} adapter id`, () => {
    it('is kind, model and base URL', () => {
      expect(create({ kind: 'anthropic', model: 'claude-x', baseUrl: 'http://127.0.0.1:9000' }).id).toBe('anthropic:claude-x@http://127.0.0.1:9000');
    });
  });
}
