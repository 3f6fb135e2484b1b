/** One line of the filing's keyword library (附件4: keyword, level-1 category, level-2 category). */
export interface KeywordEntry {
  readonly keyword: string;
  /** e.g. `A.1` */
  readonly level1: string;
  /** e.g. `A.1.a` */
  readonly level2: string;
}

export interface KeywordCategory {
  readonly level1: string;
  readonly level2: string;
}

export interface KeywordHit {
  /** The keyword as first listed in the library (duplicates that fold to the same text are merged). */
  readonly keyword: string;
  /** Every category the merged entries carry, in library order, without repeats. */
  readonly categories: readonly KeywordCategory[];
  /** [start, end) in UTF-16 code units of the ORIGINAL text, separators inside the match included. */
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`: what the output actually said. */
  readonly text: string;
}

export interface KeywordMatcherOptions {
  /**
   * Extra folding after the built-in one (full-width → half-width, lower-case), e.g.
   * traditional → simplified. It is applied to ONE code point at a time (and memoised), so
   * every character of the folded text maps back to the character it came from; a
   * phrase-level conversion cannot be expressed. It may return '' (drop the character)
   * or several characters. Keywords and texts go through the same folding.
   */
  readonly normalize?: (char: string) => string;
  /**
   * Default false. When true, whitespace, punctuation, symbols and invisible format
   * characters are removed from both keywords and texts before matching, so "敏 感 词",
   * "敏*感*词" and "敏\u200b感词" hit 敏感词. Offsets still point into the original text.
   */
  readonly ignoreSeparators?: boolean;
  /**
   * Default false. When true, a keyword that starts (ends) with a Latin letter or digit only
   * matches where the original text has no Latin letter or digit just before (after) it:
   * "ass" no longer hits "class". CJK keywords are unaffected.
   */
  readonly latinWordBoundary?: boolean;
}

export interface KeywordMatcher {
  /** All hits, overlapping ones included, ordered by start, then end, then library order. */
  match(text: string): KeywordHit[];
  /** Distinct keywords after merging duplicates. */
  readonly size: number;
}
