import { describe, expect, it } from 'vitest';
import { columnIndex, csvTable, parseCsv } from '../../../suites/importers/csv.js';
import type { SuiteError } from '../../../suites/errors.js';
import { thrown as thrownError } from './helpers.js';

const fields = (text: string, delimiter = ',') => parseCsv(text, 'x.csv', delimiter).map((record) => record.fields);
const lines = (text: string) => parseCsv(text, 'x.csv').map((record) => record.line);

const thrown = (action: () => unknown): SuiteError => thrownError(action) as SuiteError;

describe('parseCsv (RFC 4180)', () => {
  it('splits records at CRLF, LF and a lone CR, and never leaves a \\r in the last field', () => {
    expect(fields('a,b\r\n1,B\r\n')).toEqual([['a', 'b'], ['1', 'B']]);
    expect(fields('a,b\n1,B\n')).toEqual([['a', 'b'], ['1', 'B']]);
    expect(fields('a,b\r1,B\r')).toEqual([['a', 'b'], ['1', 'B']]);
    expect(fields('a,b\r\n1,B\r\n').flat().some((field) => field.includes('\r'))).toBe(false);
  });

  it('accepts a missing final newline', () => {
    expect(fields('q,answer\r\n题目,C')).toEqual([['q', 'answer'], ['题目', 'C']]);
  });

  it('reads quoted fields: delimiters, doubled quotes, empty strings', () => {
    expect(fields('"a,b","say ""hi""","",x\n')).toEqual([['a,b', 'say "hi"', '', 'x']]);
  });

  it('keeps line breaks inside quoted fields as written and counts them for later line numbers', () => {
    const text = 'id,explanation\r\n0,"1. 第一步\n2. 第二步\r\n3. 第三步"\r\n1,short\r\n';
    expect(fields(text)).toEqual([['id', 'explanation'], ['0', '1. 第一步\n2. 第二步\r\n3. 第三步'], ['1', 'short']]);
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it('skips blank lines but keeps line numbers true to the file', () => {
    expect(fields('a\n\n\nb\n\n')).toEqual([['a'], ['b']]);
    expect(lines('a\n\n\nb\n')).toEqual([1, 4]);
  });

  it('strips a UTF-8 byte-order mark so the first header is not "\\ufeffid"', () => {
    expect(fields('\uFEFFid,question\n0,q\n')[0]).toEqual(['id', 'question']);
  });

  it('keeps empty fields, including a trailing one and an unnamed first header', () => {
    expect(fields(',Question,A,Answer\n0,q,x,\n')).toEqual([['', 'Question', 'A', 'Answer'], ['0', 'q', 'x', '']]);
    expect(fields('a,')).toEqual([['a', '']]);
  });

  it('treats a quote inside an unquoted field as a literal character, as Python does', () => {
    expect(fields('5" screen,B\n')).toEqual([['5" screen', 'B']]);
  });

  it('reads TSV with a tab delimiter', () => {
    expect(fields('a\tb,c\n1\t"x\ty"\n', '\t')).toEqual([['a', 'b,c'], ['1', 'x\ty']]);
  });

  it('names file:line:column of a quote that is never closed', () => {
    const error = thrown(() => parseCsv('id,q\n0,ok\n1,"never closed\nmore\n', 'bad.csv'));
    expect(error.message).toBe('bad.csv:3:3: quoted field is never closed (missing ")');
    expect(error.location).toMatchObject({ file: 'bad.csv', line: 3, column: 3 });
  });

  it('names file:line:column of text after a closing quote', () => {
    expect(thrown(() => parseCsv('a,b\n"x"y,z\n', 'bad.csv')).message).toMatch(/^bad\.csv:2:4: unexpected "y" after a closing quote/);
  });
});

describe('csvTable and columnIndex', () => {
  it('finds columns case-insensitively (Answer vs answer) and checks row widths', () => {
    const table = csvTable(parseCsv(',Question,A,B,Answer\n0,q,x,y,B\n', 'c.csv'), 'c.csv');
    expect(columnIndex(table.header, 'answer')).toBe(4);
    expect(columnIndex(table.header, 'question')).toBe(1);
    expect(columnIndex(table.header, 'explanation')).toBeUndefined();
    expect(thrown(() => csvTable(parseCsv('a,b\n1,2,3\n', 'w.csv'), 'w.csv')).message).toBe('w.csv:2: row has 3 fields but the header has 2');
  });
});
