import { CHOICE_LETTERS } from '../../suites/render.js';
import { toHalfWidth } from '../normalize.js';
import { ANSWER_STATEMENTS, ENDS_WITH_BRACKETED, ENDS_WITH_IS, HEDGE_AFTER, LABEL_START, LINE_LABEL, WHOLE_LINE } from './choice-patterns.js';
import { matchChoiceText } from './choice-text.js';

export interface ExtractChoicesOptions {
  /** The options' texts, for answers that give the text instead of the letter. */
  readonly choices?: readonly string[];
  /** Accept several letters ("ABD"); otherwise a multi-letter answer is not decisive. */
  readonly multi?: boolean;
}

/** Where a candidate answer's letters sit in the text, and whether it hedges ("A或B"). */
interface Statement {
  readonly start: number;
  readonly end: number;
  readonly run: string;
  readonly hedged: boolean;
}

// How much text after a run decides whether it hedges ("A 或 B") or is a pronoun ("I think").
const LOOKAHEAD = 40;

type Verdict = { readonly kind: 'letters'; readonly letters: string } | { readonly kind: 'ambiguous' } | { readonly kind: 'invalid' };

/**
 * The chosen letter(s) in canonical sorted form ("B", "ABD"), or undefined when the
 * text holds nothing decisive. In order: the last explicit answer statement (or a
 * final line that is only a letter); a first line that is an option label ("B. 4");
 * a final line that is an option label; the text of exactly one option. Letters
 * outside A..optionCount never count. Expects answer text, reasoning already removed.
 */
export function extractChoices(text: string, optionCount: number, options: ExtractChoicesOptions = {}): string | undefined {
  const allowed = CHOICE_LETTERS.slice(0, Math.max(0, Math.min(optionCount, CHOICE_LETTERS.length)));
  const multi = options.multi === true;
  const prepared = prepare(text);
  const lines = prepared.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0 || allowed === '') return undefined;

  const judge = (run: string, after: string): Verdict => judgeRun(run, after, allowed, multi);

  const after = (statement: Statement): string => prepared.slice(statement.end, statement.end + LOOKAHEAD);
  const statements = findStatements(prepared).filter((statement) => judge(statement.run, after(statement)).kind !== 'invalid');
  const last = statements.at(-1);
  if (last !== undefined) {
    if (last.hedged) return undefined;
    const verdict = judge(last.run, after(last));
    return verdict.kind === 'letters' ? verdict.letters : undefined;
  }

  // Outputs that restate the options ("A. 1\nB. 2…") start lines with labels that are not answers.
  const restated = new Set([...prepared.matchAll(LINE_LABEL)].map((match) => match[1])).size > 1;
  if (!restated) {
    const firstLine = lines[0] ?? '';
    const lastLine = lines.at(-1) ?? '';
    for (const line of lines.length > 1 ? [firstLine, lastLine] : [firstLine]) {
      const verdict = lineVerdict(line, judge);
      if (verdict?.kind === 'letters') return verdict.letters;
      if (verdict?.kind === 'ambiguous') return undefined;
    }
  }

  if (options.choices !== undefined && options.choices.length > 0) {
    const index = matchChoiceText(prepared, options.choices.slice(0, allowed.length));
    if (index !== undefined) return allowed[index];
  }
  return undefined;
}

function prepare(text: string): string {
  // Markdown emphasis and LaTeX delimiters ("**答案**：B", "$\boxed{C}$") only get in the patterns' way.
  return toHalfWidth(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[*`$]/g, '');
}

function findStatements(text: string): Statement[] {
  const found: Statement[] = [];
  for (const pattern of ANSWER_STATEMENTS) {
    for (const match of text.matchAll(pattern)) found.push(toStatement(match, text, 0));
  }
  // A last line that is only a letter ("……\n\nC") is the final word, even after earlier statements.
  const lastLineStart = text.trimEnd().lastIndexOf('\n') + 1;
  const lastLine = text.slice(lastLineStart);
  for (const pattern of [WHOLE_LINE, ENDS_WITH_BRACKETED, ENDS_WITH_IS]) {
    const match = pattern.exec(lastLine);
    if (match !== null) found.push(toStatement(match, text, lastLineStart));
  }
  // Drop a run lying inside an earlier-starting or longer one ("A、C" read whole and as "C正确"), and
  // duplicates: the longer reading stands. Sorted so, any container comes first.
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Statement[] = [];
  let furthestEnd = -1;
  for (const statement of sorted) {
    if (statement.end > furthestEnd) kept.push(statement);
    furthestEnd = Math.max(furthestEnd, statement.end);
  }
  return kept;
}

function toStatement(match: RegExpMatchArray, text: string, offset: number): Statement {
  const span = match.indices?.groups?.['run'];
  const run = match.groups?.['run'] ?? '';
  const start = offset + (span?.[0] ?? 0);
  const end = offset + (span?.[1] ?? 0);
  return { start, end, run, hedged: HEDGE_AFTER.test(text.slice(end, end + LOOKAHEAD)) };
}

function lineVerdict(line: string, judge: (run: string, after: string) => Verdict): Verdict | undefined {
  for (const pattern of [WHOLE_LINE, ...LABEL_START]) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const statement = toStatement(match, line, 0);
    const verdict = judge(statement.run, line.slice(statement.end, statement.end + LOOKAHEAD));
    if (verdict.kind !== 'invalid') return verdict;
  }
  return undefined;
}

function judgeRun(run: string, after: string, allowed: string, multi: boolean): Verdict {
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
