/**
 * The reference tools are Python scripts; where their results depend on Python's
 * notion of whitespace or of a "word character", these helpers reproduce it.
 * JavaScript's `\s` and `trim()` differ: they include U+FEFF and exclude U+001C–U+001F
 * and U+0085, and its `\w`/`\b` are ASCII-only even with the `u` flag.
 */

/** The characters Python's `str.isspace()` accepts (what `str.split()` and `str.strip()` use). */
export const PY_SPACE_CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const PY_SPACE_RUN = new RegExp(`[${PY_SPACE_CLASS}]+`, 'u');
const PY_SPACE_ONE = new RegExp(`^[${PY_SPACE_CLASS}]$`, 'u');

export function isPythonSpace(char: string): boolean {
  return PY_SPACE_ONE.test(char);
}

/** Python's `text.split()`: split on runs of whitespace, no empty strings. */
export function pySplit(text: string): string[] {
  return text.split(PY_SPACE_RUN).filter((part) => part !== '');
}

/** Python's `text.strip()`. A loop rather than an anchored regex: no backtracking on long inner runs of spaces. */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonSpace(text.charAt(start))) start += 1;
  while (end > start && isPythonSpace(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** Python's `text.rstrip()`. */
export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonSpace(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** Python 3's Unicode `\w`: letters, numbers and the underscore (str.isalnum() or '_'). */
export const PY_WORD_CLASS = '\\p{L}\\p{N}_';

/** Python's sort order for strings (by code point), which JavaScript's default sort (UTF-16 units) is not. */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
