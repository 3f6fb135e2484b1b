import { SuiteError } from '../errors.js';
import { splitLines } from './text.js';

/** A parsed JSON document that can say on which line each object or array began. */
export interface LocatedJson {
  readonly value: unknown;
  lineOf(node: unknown): number | undefined;
}

/**
 * A JSON parser that remembers where every object and array starts, so an importer can
 * say "test_zh.json:1234: answer 7 is out of range" rather than "item 411". Same result
 * as JSON.parse (last duplicate key wins, `\/` is `/`); syntax errors name line:column.
 */
export function parseLocatedJson(text: string, file: string): LocatedJson {
  const lines = new WeakMap<object, number>();
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let index = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (message: string): never => {
    throw new SuiteError({ file, line, column: index - lineStart + 1 }, `invalid JSON: ${message}`);
  };
  const skipSpace = () => {
    for (;;) {
      const char = source[index];
      if (char === '\n') {
        line += 1;
        lineStart = index + 1;
      } else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      index += 1;
    }
  };
  const expect = (char: string) => {
    if (source[index] !== char) fail(index >= source.length ? `unexpected end of file, expected "${char}"` : `expected "${char}", found ${JSON.stringify(source[index])}`);
    index += 1;
  };

  const parseString = (): string => {
    const start = index;
    index += 1;
    let escaped = false;
    for (;;) {
      const char = source[index];
      if (char === undefined) fail('unterminated string');
      if (char === '"') break;
      if (char === '\\') {
        escaped = true;
        index += 2;
        continue;
      }
      if (char === '\n' || char === '\r') fail('line break inside a string');
      index += 1;
    }
    index += 1;
    const raw = source.slice(start, index);
    if (!escaped && !/[\u0000-\u001f]/.test(raw)) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch (cause) {
      return fail(`bad string: ${(cause as Error).message}`);
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseValue = (): unknown => {
    skipSpace();
    const char = source[index];
    if (char === '{') {
      const object: Record<string, unknown> = {};
      lines.set(object, line);
      index += 1;
      skipSpace();
      if (source[index] === '}') {
        index += 1;
        return object;
      }
      for (;;) {
        skipSpace();
        if (source[index] !== '"') fail('expected a quoted key');
        const key = parseString();
        skipSpace();
        expect(':');
        // defineProperty, not assignment: a "__proto__" key must stay an ordinary key, as in JSON.parse.
        Object.defineProperty(object, key, { value: parseValue(), enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (source[index] === ',') {
          index += 1;
          continue;
        }
        expect('}');
        return object;
      }
    }
    if (char === '[') {
      const array: unknown[] = [];
      lines.set(array, line);
      index += 1;
      skipSpace();
      if (source[index] === ']') {
        index += 1;
        return array;
      }
      for (;;) {
        array.push(parseValue());
        skipSpace();
        if (source[index] === ',') {
          index += 1;
          continue;
        }
        expect(']');
        return array;
      }
    }
    if (char === '"') return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (source.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(source);
    if (number) {
      index += number[0].length;
      return Number(number[0]);
    }
    return fail(char === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(char)}`);
  };

  const value = parseValue();
  skipSpace();
  if (index < source.length) fail(`unexpected ${JSON.stringify(source[index])} after the document`);
  return { value, lineOf: (node) => (node !== null && typeof node === 'object' ? lines.get(node) : undefined) };
}

/** JSON Lines: one value per non-blank line, with its line number. */
export function parseJsonLines(text: string, file: string): { value: unknown; line: number }[] {
  const rows: { value: unknown; line: number }[] = [];
  splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text).forEach((content, index) => {
    if (content.trim() === '') return;
    try {
      rows.push({ value: JSON.parse(content), line: index + 1 });
    } catch (cause) {
      throw new SuiteError({ file, line: index + 1 }, `invalid JSON: ${(cause as Error).message}`, { cause });
    }
  });
  return rows;
}

/** A plain JSON object (not an array or null), for narrowing parsed values. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
