import { PingceError } from '../../common/errors.js';

/**
 * Folding for keyword matching, one code point at a time, so that each UTF-16 unit of the
 * folded text can be traced to the original character it came from.
 */

export interface FoldOptions {
  readonly normalize?: (char: string) => string;
  readonly ignoreSeparators?: boolean;
}

// Whitespace, punctuation, symbols, controls and format characters (zero-width space, joiners):
// what people put between the characters of a word to slip it past a filter.
const SEPARATOR = /[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\s]/u;

/** Folds one code point: built-in width and case folding, then the caller's hook, then separator removal. */
export type CharFolder = (codePoint: number) => string;

export function createCharFolder(options: FoldOptions): CharFolder {
  const hook = options.normalize;
  const dropSeparators = options.ignoreSeparators === true;
  // Memoised per code point: the fold of a character never changes, and texts repeat characters a lot.
  const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
  const astral = new Map<number, string>();
  const compute = (codePoint: number): string => {
    let folded = builtInFold(String.fromCodePoint(codePoint));
    if (hook !== undefined) {
      const hooked: unknown = hook(folded);
      if (typeof hooked !== 'string') {
        throw new PingceError('KEYWORD_NORMALIZE', `the normalize hook must return a string, got ${typeof hooked} for ${JSON.stringify(folded)}`);
      }
      folded = hooked;
    }
    if (!dropSeparators) return folded;
    let kept = '';
    for (const char of folded) if (!SEPARATOR.test(char)) kept += char;
    return kept;
  };
  return (codePoint) => {
    if (codePoint < 0x10000) {
      const cached = bmp[codePoint];
      if (cached !== undefined) return cached;
      const folded = compute(codePoint);
      bmp[codePoint] = folded;
      return folded;
    }
    let folded = astral.get(codePoint);
    if (folded === undefined) {
      folded = compute(codePoint);
      astral.set(codePoint, folded);
    }
    return folded;
  };
}

/** Full-width ASCII and the ideographic space to half-width, then lower case. */
function builtInFold(char: string): string {
  const code = char.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : char;
  return half.toLowerCase();
}

/** The folded form of a keyword, as a string (for the trie and for duplicate merging). */
export function foldKeyword(keyword: string, fold: CharFolder): string {
  let folded = '';
  for (const char of keyword) folded += fold(char.codePointAt(0) ?? 0);
  return folded;
}
