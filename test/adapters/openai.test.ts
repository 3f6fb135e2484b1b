import { describe, expect, it } from 'vitest';
import { createOpenAIAdapter } from '../../adapters/openai.js';
import { createOpenAISdkAdapter } from '../../adapters/openai-sdk.js';
import type { AdapterFactory } from '../../adapters/types.js';
import { OPENAI_WIRE, runAdapterContract } from './contract.js';

// Both transports speak one wire format, so both must pass one contract.
const transports: readonly (readonly [string, AdapterFactory])[] = [
  ['openai (http)', createOpenAIAdapter],
  ['openai (sdk)', createOpenAISdkAdapter],
];

for (const [name, create] of transports) {
  runAdapterContract(
    name,
    (scenario) =>
      create({
        kind: 'openai',
        model: 'contract-model',
        baseUrl: `${scenario.rootUrl}/v1`,
        ...(scenario.apiKey === undefined ? {} : { apiKey: scenario.apiKey }),
        ...(scenario.headers === undefined ? {} : { headers: scenario.headers }),
      }),
    OPENAI_WIRE,
  );

  describe(`${name} adapter id`, () => {
    it('is kind, model and base URL, without trailing slash or credentials', () => {
      expect(create({ kind: 'openai', model: 'qwen2.5-7b', baseUrl: 'http://127.0.0.1:8000/v1/' }).id).toBe('openai:qwen2.5-7b@http://127.0.0.1:8000/v1');
      const id = create({ kind: 'openai', model: 'm', baseUrl: 'http://user:hunter2@127.0.0.1:8000/v1?key=hunter2' }).id;
      expect(id).not.toContain('hunter2');
      expect(id).toBe('openai:m@http://127.0.0.1:8000/v1');
    });
  });
}
