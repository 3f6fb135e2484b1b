import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAtRunTime, prebuiltValidator, SCHEMA_NAMES, schemaFile, schemaValidator, type SchemaName } from '../../common/schema.js';

// Documents that pass and fail each schema in different ways; both validators must agree on every one, errors included.
const DOCUMENTS: Record<SchemaName, readonly unknown[]> = {
  sample: [
    { id: 'a-1', input: '1 + 1 = ?', choices: ['1', '2'], target: 'B' },
    { id: 'a-2', input: [{ role: 'user', content: '你好' }], category: 'x', metadata: { k: 1 } },
    { input: 'no id' },
    { id: '', input: 'empty id' },
    { id: 'a-3', input: 'x', colour: 'stray key' },
    { id: 'a-4', input: 42 },
    'not an object',
  ],
  suite: [
    { id: 'finance-basics', version: '1.0.0', title: 't', domain: 'finance', task: 'multiple-choice', license: 'Apache-2.0', data: 'd.jsonl', prompt: { template: '{{input}}' }, scorers: ['multiple-choice'] },
    { id: 'Bad Id', version: '1', title: 't', domain: 'nowhere', task: 'multiple-choice', license: 'x', data: 'd.jsonl', prompt: {}, scorers: [] },
    { id: 'x' },
    [],
  ],
  'eval-config': [
    { models: [{ id: 'm', adapter: 'openai', model: 'qwen', baseUrl: 'http://127.0.0.1:8000/v1', transport: 'sdk' }], suites: ['*-basics'] },
    { models: [{ id: 'm', adapter: 'opnai', model: 'qwen', concurency: 3 }], suites: [] },
    { suites: 'finance-basics' },
    null,
  ],
};

describe('schema validators compiled at build time', () => {
  it.each(SCHEMA_NAMES)('%s: the build made one from the current schema, and it is the one in use', (name) => {
    const text = readFileSync(schemaFile(name), 'utf8');
    const prebuilt = prebuiltValidator(name, text);
    expect(prebuilt, 'run `npm run build`: it writes dist/schemas/*.validate.cjs').toBeTypeOf('function');
    expect(schemaValidator(name)).toBe(prebuilt);
  });

  it.each(SCHEMA_NAMES)('%s: agrees with ajv compiling the schema now, errors included', (name) => {
    const text = readFileSync(schemaFile(name), 'utf8');
    const prebuilt = prebuiltValidator(name, text);
    const runtime = compileAtRunTime(text);
    if (!prebuilt) throw new Error('no prebuilt validator');
    let failures = 0;
    for (const document of DOCUMENTS[name]) {
      const valid = prebuilt(document);
      expect(runtime(document)).toBe(valid);
      expect(prebuilt.errors ?? null).toEqual(runtime.errors ?? null);
      if (!valid) failures += 1;
    }
    // Each table has both outcomes, so the comparison covers error reports too.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(DOCUMENTS[name].length);
  });

  it('is not used for a schema edited since the build', () => {
    const text = readFileSync(schemaFile('sample'), 'utf8');
    expect(prebuiltValidator('sample', `${text}\n`)).toBeUndefined();
  });
});
