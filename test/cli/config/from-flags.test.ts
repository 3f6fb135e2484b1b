import { describe, expect, it } from 'vitest';
import { configFromFlags, targetModel } from '../../../cli/config/from-flags.js';
import { tempDir } from '../../helpers/tmp.js';

describe('targetModel', () => {
  it('splits only on the first colon', () => {
    expect(targetModel('openai:qwen2.5:7b', 'http://127.0.0.1:11434/v1', undefined)).toMatchObject({ id: 'openai:qwen2.5:7b', adapter: 'openai', model: 'qwen2.5:7b' });
  });
  it('rejects an unknown kind and an empty model', () => {
    expect(() => targetModel('ollama:qwen', undefined, undefined)).toThrow(/openai:MODEL, anthropic:MODEL or mock:NAME/);
    expect(() => targetModel('openai:', undefined, undefined)).toThrow(/names no model/);
    expect(() => targetModel('openai:x', 'localhost:8000', undefined)).toThrow(/--base-url must start with http/);
  });
});

describe('configFromFlags', () => {
  it('needs a config file or a --target', () => {
    const { dir } = tempDir();
    expect(() => configFromFlags({}, dir)).toThrow(/no eval\.config\.yaml/);
  });

  it('builds a command-line-only config, suite paths relative to the cwd', () => {
    const { dir } = tempDir();
    const config = configFromFlags({ target: 'openai:m', baseUrl: 'http://127.0.0.1:9/v1', suites: ['./my-suite'] }, dir);
    expect(config.file).toBeUndefined();
    expect(config.models).toEqual([{ id: 'openai:m', adapter: 'openai', model: 'm', baseUrl: 'http://127.0.0.1:9/v1', concurrency: 8 }]);
    expect(config.suites).toEqual([`${dir}/my-suite`]);
  });

  it('picks up ./eval.config.yaml and lets flags override it', () => {
    const { dir, write } = tempDir();
    write('eval.config.yaml', 'models:\n  - {id: a, adapter: mock, model: x}\n  - {id: b, adapter: mock, model: y}\nsuites: [finance-basics]\nrun: {limit: 5}\n');
    const config = configFromFlags({ models: ['b'], limit: 2, store: 'other.db' }, dir);
    expect(config.models.map((model) => model.id)).toEqual(['b']);
    expect(config.run.limit).toBe(2);
    expect(config.store).toBe(`${dir}/other.db`);
    expect(config.suites).toEqual(['finance-basics']);
    expect(() => configFromFlags({ models: ['c'] }, dir)).toThrow(/--model c: no such model/);
  });

  it('refuses --base-url without --target', () => {
    const { dir } = tempDir();
    expect(() => configFromFlags({ baseUrl: 'http://127.0.0.1:1/v1' }, dir)).toThrow(/add --target/);
  });
});
