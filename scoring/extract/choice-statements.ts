import { ENDS_WITH_BRACKETED, ENDS_WITH_IS, HEDGE_AFTER, mayMatch, WHOLE_LINE } from './choice-patterns.js';

/** Where a candidate answer's letters sit in the text, and whether it hedges ("A或B"). */
export interface Statement {
  readonly start: number;
  readonly end: number;
  readonly run: string;
  readonly hedged: boolean;
}

export type Verdict = { readonly kind: 'letters'; readonly letters: string } | { readonly kind: 'ambiguous' } | { readonly kind: 'invalid' };

// How much text after a run decides whether it hedges ("A 或 B") or is a pronoun ("I think").
export const LOOKAHEAD = 40;

/**
 * Every match of `patterns` in `text`, plus (with `lastLine`) a last line that is
 * only a letter, ends with a bracketed one or ends with "是C": "……\n\nC" is the final
 * word even after earlier statements. Sorted by position; a run lying inside a
 * longer or earlier-starting one ("A、C" read whole and as "C正确") is dropped.
 */
export function findStatements(text: string, patterns: readonly RegExp[], lastLine: boolean): Statement[] {
  const found: Statement[] = [];
  const lowerCase = text.toLowerCase();
  for (const pattern of patterns) {
    if (!mayMatch(pattern, lowerCase)) continue;
    for (const match of text.matchAll(pattern)) found.push(toStatement(match, text, 0));
  }
  if (lastLine) {
    const lastLineStart = text.trimEnd().lastIndexOf('\n') + 1;
    const line = text.slice(lastLineStart);
    for (const pattern of [WHOLE_LINE, ENDS_WITH_BRACKETED, ENDS_WITH_IS]) {
      const match = pattern.exec(line);
      if (match !== null) found.push(toStatement(match, text, lastLineStart));
    }
  }
  // Sorted so that any container comes before what it contains.
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Statement[] = [];
  let furthestEnd = -1;
  for (const statement of sorted) {
    if (statement.end > furthestEnd) kept.push(statement);
    furthestEnd = Math.max(furthestEnd, statement.end);
  }
  return kept;
}

export function toStatement(match: RegExpMatchArray, text: string, offset: number): Statement {
  const span = match.indices?.groups?.['run'];
  const run = match.groups?.['run'] ?? '';
  const start = offset + (span?.[0] ?? 0);
  const end = offset + (span?.[1] ?? 0);
  return { start, end, run, hedged: HEDGE_AFTER.test(text.slice(end, end + LOOKAHEAD)) };
}

/**
 * What a run of letters decides: the sorted letters; `ambiguous` for several letters
 * on a single-answer item; `invalid` when it is not an answer at all (a letter
 * beyond the offered options, the pronoun "I").
 */
export function judgeRun(run: string, after: string, allowed: string, multi: boolean): Verdict {
  // Separators ("、", " and ") are not letters; runs hold only upper-case letters besides.
  const letters = run.replace(/[^A-Z]/g, '');
  if (letters === '') return { kind: 'invalid' };
  // "Answer: I think it's B": the pronoun, not option I.
  if (letters === 'I' && /^(?:'|\s+[a-z])/.test(after)) return { kind: 'invalid' };
  if ([...letters].some((letter) => !allowed.includes(letter))) return { kind: 'invalid' };
  const unique = [...new Set(letters)].sort().join('');
  if (unique.length > 1 && !multi) return { kind: 'ambiguous' };
  return { kind: 'letters', letters: unique };
}
