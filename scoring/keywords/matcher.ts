import { PingceError } from '../../common/errors.js';
import { buildAutomaton } from './automaton.js';
import { createCharFolder, foldKeyword } from './fold.js';
import type { KeywordCategory, KeywordEntry, KeywordHit, KeywordMatcher, KeywordMatcherOptions } from './types.js';

interface Pattern {
  readonly keyword: string;
  readonly categories: KeywordCategory[];
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
}

const LATIN = /[a-z0-9]/;
// Full-width forms count too: "ａｓｓ" next to "class" is still inside a word.
const LATIN_ORIGINAL = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/**
 * Builds the matcher once per library. Entries whose keywords fold to the same text are
 * merged (their categories are kept together); an empty keyword, or one that folds to
 * nothing, and a missing category are errors (`KEYWORD_LIBRARY`) naming the entry.
 */
export function buildKeywordMatcher(entries: readonly KeywordEntry[], options: KeywordMatcherOptions = {}): KeywordMatcher {
  const fold = createCharFolder(options);
  const byFolded = new Map<string, number>();
  const patterns: Pattern[] = [];
  const folded: string[] = [];
  entries.forEach((entry, index) => {
    const where = `keyword entry ${index + 1}${typeof entry.keyword === 'string' && entry.keyword !== '' ? ` (${JSON.stringify(entry.keyword)})` : ''}`;
    if (typeof entry.keyword !== 'string' || entry.keyword.trim() === '') throw libraryError(`${where}: the keyword is empty`);
    for (const field of ['level1', 'level2'] as const) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') throw libraryError(`${where}: ${field} category is missing`);
    }
    // Spaces at either end of a spreadsheet cell are data-entry accidents, not part of the keyword.
    const key = foldKeyword(entry.keyword.trim(), fold);
    if (key === '') throw libraryError(`${where}: nothing is left to match once spaces and punctuation are ignored`);
    const category = { level1: entry.level1.trim(), level2: entry.level2.trim() };
    const existing = byFolded.get(key);
    if (existing !== undefined) {
      const pattern = patterns[existing];
      if (pattern !== undefined && !pattern.categories.some((known) => known.level1 === category.level1 && known.level2 === category.level2)) {
        pattern.categories.push(category);
      }
      return;
    }
    byFolded.set(key, patterns.length);
    folded.push(key);
    patterns.push({ keyword: entry.keyword.trim(), categories: [category], latinStart: LATIN.test(key.charAt(0)), latinEnd: LATIN.test(key.charAt(key.length - 1)) });
  });
  // Hits share these arrays: frozen, so one caller cannot change what the next one sees.
  for (const pattern of patterns) {
    for (const category of pattern.categories) Object.freeze(category);
    Object.freeze(pattern.categories);
  }
  const automaton = buildAutomaton(folded);
  const boundaries = options.latinWordBoundary === true;

  // A ring of the original start offsets of the last folded units, long enough for the
  // longest keyword: folding and scanning share one pass and no folded copy is built.
  let ringSize = 1;
  while (ringSize < automaton.maxLength) ringSize *= 2;
  const mask = ringSize - 1;
  const lengths = automaton.lengths;

  return {
    size: patterns.length,
    match(text) {
      const ring = new Int32Array(ringSize);
      let hits: (KeywordHit & { readonly order: number })[] | undefined;
      let seen: Set<string> | undefined;
      let state = 0;
      let position = 0;
      let index = 0;
      while (index < text.length) {
        let codePoint = text.charCodeAt(index);
        let width = 1;
        if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < text.length) {
          const low = text.charCodeAt(index + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            codePoint = ((codePoint - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
            width = 2;
          }
        }
        const piece = fold(codePoint);
        const stop = index + width;
        for (let offset = 0; offset < piece.length; offset += 1) {
          ring[position & mask] = index;
          position += 1;
          state = automaton.step(state, piece.charCodeAt(offset));
          for (let node = automaton.firstMatch(state); node > 0; node = automaton.nextMatch(node)) {
            const order = automaton.patternAt(node);
            const pattern = patterns[order];
            if (pattern === undefined) continue;
            const start = ring[(position - (lengths[order] ?? 0)) & mask] ?? 0;
            if (boundaries && ((pattern.latinStart && LATIN_ORIGINAL.test(text.charAt(start - 1))) || (pattern.latinEnd && LATIN_ORIGINAL.test(text.charAt(stop))))) continue;
            // A hook that expands one character into several can report the same span twice.
            const key = `${order}:${start}:${stop}`;
            seen ??= new Set<string>();
            if (seen.has(key)) continue;
            seen.add(key);
            (hits ??= []).push({ keyword: pattern.keyword, categories: pattern.categories, start, end: stop, text: text.slice(start, stop), order });
          }
        }
        index = stop;
      }
      if (hits === undefined) return [];
      hits.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
      return hits.map(({ order: _order, ...hit }) => hit);
    },
  };
}

function libraryError(message: string): PingceError {
  return new PingceError('KEYWORD_LIBRARY', message);
}
