import type { AdapterSpec } from '../adapters/types.js';
import type { ModelTarget } from '../runners/types.js';
import type { RunModelRecord } from '../results/types.js';
import { DEFAULT_CONCURRENCY } from './config/defaults.js';
import { ConfigError } from './config/errors.js';
import type { ModelConfig } from './config/types.js';

/** Vendor defaults used when a model names no base URL. */
const VENDOR_DEFAULTS = {
  openai: { baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY' },
  anthropic: { baseUrl: 'https://api.anthropic.com', apiKeyEnv: 'ANTHROPIC_API_KEY' },
} as const;

/** The base URL and key variable a model will really use, after vendor defaults. */
export function effectiveEndpoint(model: ModelConfig): { baseUrl?: string; apiKeyEnv?: string } {
  if (model.adapter === 'mock') return {};
  const vendor = VENDOR_DEFAULTS[model.adapter];
  if (model.baseUrl !== undefined) return { baseUrl: model.baseUrl, ...(model.apiKeyEnv === undefined ? {} : { apiKeyEnv: model.apiKeyEnv }) };
  return { baseUrl: vendor.baseUrl, apiKeyEnv: model.apiKeyEnv ?? vendor.apiKeyEnv };
}

/**
 * Builds the runner's model targets, reading each API key from the variable
 * the config names. This is the one place pingce reads secrets from the
 * environment; the keys go to the workers and nowhere else.
 */
export function resolveModelTargets(models: readonly ModelConfig[], env: NodeJS.ProcessEnv, file?: string): ModelTarget[] {
  return models.map((model, index) => {
    const endpoint = effectiveEndpoint(model);
    let apiKey: string | undefined;
    if (endpoint.apiKeyEnv !== undefined) {
      apiKey = env[endpoint.apiKeyEnv];
      if (apiKey === undefined || apiKey === '') {
        const where = file ? { file, path: `models[${index}].apiKeyEnv` } : undefined;
        throw new ConfigError(where, `model "${model.id}" needs an API key in the environment variable ${endpoint.apiKeyEnv}, which is not set`);
      }
    }
    const adapter: AdapterSpec = {
      kind: model.adapter,
      model: model.model,
      ...(endpoint.baseUrl === undefined ? {} : { baseUrl: endpoint.baseUrl }),
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(model.headers === undefined ? {} : { headers: model.headers }),
      ...(model.systemRole === undefined ? {} : { systemRole: model.systemRole }),
      ...(model.transport === undefined ? {} : { transport: model.transport }),
      ...(model.mock === undefined ? {} : { mock: model.mock }),
    };
    return {
      id: model.id,
      adapter,
      params: model.params ?? {},
      concurrency: model.concurrency ?? DEFAULT_CONCURRENCY,
      ...(model.requestsPerMinute === undefined ? {} : { requestsPerMinute: model.requestsPerMinute }),
      ...(model.tokensPerMinute === undefined ? {} : { tokensPerMinute: model.tokensPerMinute }),
    };
  });
}

/** What the store keeps about a model: everything to reproduce the call, never the key. */
export function modelRecord(target: ModelTarget): RunModelRecord {
  return {
    id: target.id,
    adapter: target.adapter.kind,
    model: target.adapter.model,
    ...(target.adapter.baseUrl === undefined ? {} : { baseUrl: target.adapter.baseUrl }),
    params: target.params,
    concurrency: target.concurrency,
  };
}
