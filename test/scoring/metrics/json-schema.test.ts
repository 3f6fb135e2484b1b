import { describe, expect, it } from 'vitest';
import { findJson as extractJson } from '../../../scoring/extract/json.js';
import { compileJsonSchema } from '../../../scoring/metrics/json-schema.js';
import { thrownCode } from '../helpers.js';

describe('extractJson', () => {
  it('prefers a ```json fence, then any fence', () => {
    expect(extractJson('说明\n```json\n{"a": 1}\n```\n以及 {"b": 2}')).toEqual({ value: { a: 1 }, text: '{"a": 1}', source: 'fence' });
    expect(extractJson('```\n[1, 2]\n```')).toMatchObject({ value: [1, 2], source: 'fence' });
    expect(extractJson('```python\nx = 1\n```\n```json\n{"ok": true}\n```')).toMatchObject({ value: { ok: true } });
  });

  it('takes the whole text when it parses, scalars included', () => {
    expect(extractJson('  {"a": [1, {"b": null}]}  ')).toMatchObject({ value: { a: [1, { b: null }] }, source: 'whole' });
    expect(extractJson('42')).toMatchObject({ value: 42, source: 'whole' });
  });

  it('finds the first object or array that parses inside prose, ignoring brackets in strings', () => {
    expect(extractJson('结果如下：{"name": "张三 {x}", "tags": ["a]"]}。希望有帮助')).toMatchObject({ value: { name: '张三 {x}', tags: ['a]'] }, source: 'embedded' });
    expect(extractJson('参考[1]。答案：[{"type": "PER", "text": "李四"}]')).toMatchObject({ value: [1] });
    expect(extractJson('{not json} then {"a": 1}')).toMatchObject({ value: { a: 1 } });
  });

  it('returns undefined when there is no JSON, and stays fast on degenerate text', () => {
    expect(extractJson('没有任何结构化内容')).toBeUndefined();
    expect(extractJson("{'a': 1}")).toBeUndefined();
    const started = performance.now();
    expect(extractJson('{'.repeat(50_000))).toBeUndefined();
    expect(extractJson('`'.repeat(50_000))).toBeUndefined();
    // The text minus its first bracket is valid (deeply nested) JSON, and is found.
    expect(extractJson('['.repeat(20_000) + ']'.repeat(19_999))?.source).toBe('embedded');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('compileJsonSchema (ajv 8 + ajv-formats)', () => {
  const validate = compileJsonSchema({
    type: 'object',
    required: ['name', 'email'],
    properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' }, age: { type: 'integer', minimum: 0 } },
    additionalProperties: false,
  });

  it('accepts a valid value and names the problems of an invalid one', () => {
    expect(validate({ name: '张三', email: 'zhang@example.com', age: 30 })).toEqual({ valid: true, problems: [] });
    const check = validate({ name: 1, email: 'not-an-email', extra: true });
    expect(check.valid).toBe(false);
    expect(check.problems).toEqual(expect.arrayContaining(['extra: unknown key "extra"', 'name: must be string', 'email: must match format "email"']));
  });

  it('follows $schema to draft 2020-12', () => {
    const tuple = compileJsonSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }] });
    expect(tuple([1, 'a']).valid).toBe(true);
    expect(tuple(['a', 1]).valid).toBe(false);
  });

  it('rejects a schema ajv cannot compile, or with an unknown keyword (strict)', () => {
    expect(thrownCode(() => compileJsonSchema({ type: 'strnig' }))).toBe('METRIC_SCHEMA');
    expect(thrownCode(() => compileJsonSchema({ type: 'object', requried: ['a'] }))).toBe('METRIC_SCHEMA');
  });
});
