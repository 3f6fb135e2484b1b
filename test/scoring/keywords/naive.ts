import type { KeywordEntry, KeywordMatcherOptions } from '../../../scoring/keywords/types.js';
import { mulberry32 } from '../../../scoring/stats/prng.js';

/**
 * The slow, obviously right matcher the automaton is checked against: fold the text and
 * each keyword character by character (written independently of scoring/keywords/fold.ts),
 * then find every occurrence of every keyword with indexOf.
 */

export interface NaiveHit {
  readonly keyword: string;
  readonly start: number;
  readonly end: number;
}

const SEPARATOR = /[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\s]/u;

function foldChar(char: string, options: KeywordMatcherOptions): string {
  const code = char.charCodeAt(0);
  let folded = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : char;
  folded = folded.toLowerCase();
  if (options.normalize !== undefined) folded = options.normalize(folded);
  if (options.ignoreSeparators === true) folded = [...folded].filter((part) => !SEPARATOR.test(part)).join('');
  return folded;
}

export function naiveMatch(entries: readonly KeywordEntry[], text: string, options: KeywordMatcherOptions = {}): NaiveHit[] {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char, options);
    for (let index = 0; index < piece.length; index += 1) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  const firstSpelling = new Map<string, string>();
  for (const entry of entries) {
    const key = [...entry.keyword.trim()].map((char) => foldChar(char, options)).join('');
    // The matcher rejects these; indexOf('') would also never advance past the end.
    if (key === '') continue;
    if (!firstSpelling.has(key)) firstSpelling.set(key, entry.keyword.trim());
  }
  const hits = new Map<string, NaiveHit>();
  for (const [key, keyword] of firstSpelling) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const start = starts[at] ?? 0;
      const end = ends[at + key.length - 1] ?? 0;
      if (options.latinWordBoundary === true) {
        const latin = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
        if (/[a-z0-9]/.test(key.charAt(0)) && latin.test(text.charAt(start - 1))) continue;
        if (/[a-z0-9]/.test(key.charAt(key.length - 1)) && latin.test(text.charAt(end))) continue;
      }
      hits.set(`${keyword}:${start}:${end}`, { keyword, start, end });
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.keyword.localeCompare(b.keyword));
}


/** A small seeded generator (mulberry32), so a failing case can be replayed. */
export const seededRandom = mulberry32;
