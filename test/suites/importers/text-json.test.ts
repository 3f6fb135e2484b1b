import { describe, expect, it } from 'vitest';
import { parseJsonLines, parseLocatedJson } from '../../../suites/importers/json.js';
import { decodeBytes, parseEncoding, slug, splitLines } from '../../../suites/importers/text.js';
import { thrown } from './helpers.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeBytes', () => {
  it('drops a UTF-8 BOM and reads UTF-16 by its BOM', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x69, 0x64), 'f')).toBe('id');
    expect(decodeBytes(bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65), 'f')).toBe('中文');
  });

  it('decodes GBK / GB18030 / Big5 when told to (bytes of 中文 in each, and U+20000 as a GB18030 four-byte sequence)', () => {
    expect(decodeBytes(bytes(0xd6, 0xd0, 0xce, 0xc4), 'f', 'gbk')).toBe('中文');
    expect(decodeBytes(bytes(0xd6, 0xd0, 0x95, 0x32, 0x82, 0x36), 'f', 'gb18030')).toBe('中\u{20000}');
    expect(decodeBytes(bytes(0xa4, 0xa4, 0xa4, 0xe5), 'f', 'big5')).toBe('中文');
  });

  it('refuses bytes that are not UTF-8, naming the line and suggesting an encoding', () => {
    const gbk = bytes(0x61, 0x0a, 0x62, 0x0d, 0x0a, 0xd6, 0xd0, 0x0a);
    const error = thrown(() => decodeBytes(gbk, 'legacy.csv'));
    expect(error.message).toMatch(/^legacy\.csv:3: not valid utf-8 text; .*encoding=gb18030/);
    expect(error.code).toBe('SUITE_INVALID');
  });

  it('knows the usual encoding names', () => {
    expect(parseEncoding('CP936')).toBe('gbk');
    expect(parseEncoding('utf8')).toBe('utf-8');
    expect(parseEncoding('big5-hkscs')).toBe('big5');
    expect(thrown(() => parseEncoding('latin-9')).message).toMatch(/unknown encoding "latin-9"/);
  });
});

describe('splitLines and slug', () => {
  it('splits CRLF, LF and CR; a final newline adds no line; a missing one loses none', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });

  it('makes ids from names; names without ASCII get a stable hash of their NFC form', () => {
    expect(slug('Clinical Medicine')).toBe('clinical-medicine');
    expect(slug("People's Daily")).toBe('peoples-daily');
    expect(slug('银行从业资格')).toMatch(/^u[0-9a-f]{6}$/);
    expect(slug('注册会计师（CPA）')).toMatch(/^cpa-[0-9a-f]{6}$/);
    // NFD input (as macOS file names may be) gives the same id as NFC.
    expect(slug('Café'.normalize('NFD'))).toBe(slug('Café'.normalize('NFC')));
    expect(slug('银行从业资格')).not.toBe(slug('证券从业资格'));
  });
});

describe('parseLocatedJson', () => {
  const text = '[\n {\n  "id":2,\n  "url":"a\\/b",\n  "nested": {"x": [1, 2.5e1, -0]}\n },\n {"id":"7", "__proto__": 1, "s": "\\ud842\\udfb7"}\n]';

  it('gives the value JSON.parse gives (escaped slashes, surrogate escapes, a __proto__ key)', () => {
    const located = parseLocatedJson(text, 'q.json');
    expect(located.value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf((located.value as object[])[1])).toBe(Object.prototype);
    expect(Object.keys((located.value as object[])[1] ?? {})).toEqual(['id', '__proto__', 's']);
  });

  it('knows the line each object and array starts on', () => {
    const located = parseLocatedJson(text, 'q.json');
    const [first, second] = located.value as Record<string, unknown>[];
    expect(located.lineOf(located.value)).toBe(1);
    expect(located.lineOf(first)).toBe(2);
    expect(located.lineOf(first?.['nested'])).toBe(5);
    expect(located.lineOf(second)).toBe(7);
    expect(located.lineOf('not an object')).toBeUndefined();
  });

  it('reports syntax errors with line and column', () => {
    expect(thrown(() => parseLocatedJson('{\n  "a": 1,\n  "b" 2\n}', 'bad.json')).message).toBe('bad.json:3:7: invalid JSON: expected ":", found "2"');
    expect(thrown(() => parseLocatedJson('[1, 2', 'bad.json')).message).toMatch(/^bad\.json:1:6: invalid JSON: unexpected end of file/);
    expect(thrown(() => parseLocatedJson('{"a": "x\ny"}', 'bad.json')).message).toMatch(/line break inside a string/);
    expect(thrown(() => parseLocatedJson('[1] 2', 'bad.json')).message).toMatch(/after the document/);
  });

  it('accepts a BOM and a missing final newline', () => {
    expect(parseLocatedJson('\uFEFF{"a": [true, false, null]}', 'x.json').value).toEqual({ a: [true, false, null] });
  });
});

describe('parseJsonLines', () => {
  it('reads one value a line with CRLF, blank lines and a BOM; errors name the line', () => {
    expect(parseJsonLines('\uFEFF{"a":1}\r\n\r\n{"a":2}', 'x.jsonl')).toEqual([{ value: { a: 1 }, line: 1 }, { value: { a: 2 }, line: 3 }]);
    expect(thrown(() => parseJsonLines('{"a":1}\n{"a":\n', 'x.jsonl')).message).toMatch(/^x\.jsonl:2: invalid JSON/);
  });
});
