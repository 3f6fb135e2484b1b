import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../cli/config/load.js';
import { ConfigError } from '../../../cli/config/errors.js';
import { resolveModelTargets } from '../../../cli/models.js';
import { tempDir } from '../../helpers/tmp.js';

const BASE = `models:
  - id: local
    adapter: openai
    model: qwen2.5:7b
    baseUrl: http://127.0.0.1:11434/v1
suites:
  - finance-basics
`;

function load(text: string) {
  const { write } = tempDir();
  return loadConfigFile(write('eval.config.yaml', text));
}

function loadError(text: string): ConfigError {
  try {
    load(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('prices', () => {
  it('are read per model id, and empty when absent', () => {
    expect(load(BASE).prices).toEqual({});
    const config = load(`${BASE}prices:\n  local: { inputPerMillion: 2, outputPerMillion: 8, currency: CNY }\n`);
    expect(config.prices).toEqual({ local: { inputPerMillion: 2, outputPerMillion: 8, currency: 'CNY' } });
  });

  it('do not change the config hash (they do not change results)', () => {
    expect(load(`${BASE}prices:\n  local: { inputPerMillion: 2, outputPerMillion: 8, currency: CNY }\n`).hash).toBe(load(BASE).hash);
  });

  it('need both prices and a currency, and nothing else', () => {
    expect(loadError(`${BASE}prices:\n  local: { inputPerMillion: 2, currency: CNY }\n`).message).toContain('(prices.local.outputPerMillion): missing required key "outputPerMillion"');
    expect(loadError(`${BASE}prices:\n  local: { inputPerMillion: 2, outputPerMillion: 8 }\n`).message).toContain('missing required key "currency"');
    expect(loadError(`${BASE}prices:\n  local: { inputPerMillion: -1, outputPerMillion: 8, currency: CNY }\n`).message).toContain('(prices.local.inputPerMillion): must be >= 0');
    expect(loadError(`${BASE}prices:\n  local: { inputPerMillion: 1, outputPerMillion: 8, currency: CNY, cached: 1 }\n`).message).toContain('unknown key "cached"');
  });
});

describe('models[].systemRole', () => {
  it('passes through to the adapter spec and changes the config hash', () => {
    const config = load(BASE.replace('    baseUrl:', '    systemRole: merge\n    baseUrl:'));
    expect(config.models[0]?.systemRole).toBe('merge');
    expect(config.hash).not.toBe(load(BASE).hash);
    expect(resolveModelTargets(config.models, {})[0]?.adapter.systemRole).toBe('merge');
    expect(resolveModelTargets(load(BASE).models, {})[0]?.adapter).not.toHaveProperty('systemRole');
  });

  it('is one of system, user, merge', () => {
    expect(loadError(BASE.replace('    baseUrl:', '    systemRole: assistant\n    baseUrl:')).message).toContain('(models[0].systemRole): must be one of "system", "user", "merge"');
  });

  it('is accepted for judges too', () => {
    const config = load(`${BASE}judges:\n  - id: judge\n    adapter: mock\n    model: j\n    systemRole: user\n`);
    expect(config.judges[0]?.systemRole).toBe('user');
  });
});

describe('models[].transport', () => {
  it('passes through to the adapter spec, and is absent (pingce’s own client) by default', () => {
    const config = load(BASE.replace('    baseUrl:', '    transport: sdk\n    baseUrl:'));
    expect(config.models[0]?.transport).toBe('sdk');
    expect(resolveModelTargets(config.models, {})[0]?.adapter.transport).toBe('sdk');
    expect(resolveModelTargets(load(BASE).models, {})[0]?.adapter).not.toHaveProperty('transport');
  });

  it('is one of http, sdk', () => {
    expect(loadError(BASE.replace('    baseUrl:', '    transport: fetch\n    baseUrl:')).message).toContain('(models[0].transport): must be one of "http", "sdk"');
  });
});
