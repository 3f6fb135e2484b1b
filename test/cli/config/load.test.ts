import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../cli/config/load.js';
import { ConfigError } from '../../../cli/config/errors.js';
import { DEFAULT_RUN } from '../../../cli/config/defaults.js';
import { tempDir } from '../../helpers/tmp.js';

const VALID = `models:
  - id: local
    adapter: openai
    model: qwen2.5:7b
    baseUrl: http://127.0.0.1:11434/v1
suites:
  - finance-basics
`;

function loadError(text: string): ConfigError {
  const { write } = tempDir();
  const file = write('eval.config.yaml', text);
  try {
    loadConfigFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfigFile', () => {
  it('fills defaults and resolves paths against the config folder', () => {
    const { dir, write } = tempDir();
    const config = loadConfigFile(write('eval.config.yaml', VALID));
    expect(config.models[0]?.concurrency).toBe(8);
    expect(config.store).toBe(`${dir}/.pingce/results.db`);
    expect(config.output).toBe(`${dir}/.pingce/reports`);
    expect(config.run.maxAttempts).toBe(DEFAULT_RUN.maxAttempts);
    expect(config.reference.port).toBe(8765);
    expect(Object.isFrozen(config.models[0])).toBe(true);
  });

  it('hashes the same config the same whatever its key order', () => {
    const { write } = tempDir();
    const a = loadConfigFile(write('a.yaml', VALID));
    const reordered = `suites: [finance-basics]\nmodels:\n  - baseUrl: http://127.0.0.1:11434/v1\n    model: qwen2.5:7b\n    adapter: openai\n    id: local\n`;
    const b = loadConfigFile(write('b.yaml', reordered));
    expect(b.hash).toBe(a.hash);
    const c = loadConfigFile(write('c.yaml', VALID.replace('qwen2.5:7b', 'qwen2.5:14b')));
    expect(c.hash).not.toBe(a.hash);
  });

  it('names file, line and key path of an unknown key', () => {
    const error = loadError(VALID.replace('    baseUrl:', '    temprature: 0.2\n    baseUrl:'));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/eval\.config\.yaml:5:\d+ \(models\[0\]\.temprature\): unknown key "temprature"/);
  });

  it('names the line of a type error', () => {
    const error = loadError(`${VALID}run:\n  maxAttempts: many\n`);
    expect(error.location?.line).toBe(9);
    expect(error.message).toContain('run.maxAttempts');
    expect(error.message).toContain('must be integer');
  });

  it('reports a bad enum with the allowed values', () => {
    const error = loadError(VALID.replace('adapter: openai', 'adapter: openia'));
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain('"openai"');
  });

  it('reports a missing required key at its parent', () => {
    const error = loadError('suites: [x]\n');
    expect(error.message).toContain('missing required key "models"');
  });

  it('rejects duplicate model ids', () => {
    const twice = `${VALID.split('suites:')[0]}  - id: local\n    adapter: mock\n    model: m\nsuites: [x]\n`;
    const error = loadError(twice);
    expect(error.message).toContain('model id "local" is already used by models[0]');
    expect(error.location?.line).toBe(6);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = loadError('models:\n  - id: [unclosed\nsuites: []\n');
    expect(error.message).toMatch(/YAML syntax error/);
    expect(error.location?.line).toBeGreaterThanOrEqual(2);
  });

  it('fails clearly on a missing file', () => {
    expect(() => loadConfigFile('/nonexistent/eval.config.yaml')).toThrow(/cannot read file/);
  });

  it('accepts the shipped eval.config.yaml', () => {
    const config = loadConfigFile(new URL('../../../eval.config.yaml', import.meta.url).pathname);
    expect(config.models[0]?.baseUrl).toBe(`http://127.0.0.1:${config.reference.port}/v1`);
  });
});
