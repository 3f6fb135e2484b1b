import { CHOICE_LETTERS } from '../../suites/render.js';
import { toHalfWidth } from '../normalize.js';
import { LABEL_START, LINE_LABEL, LOOSE_STATEMENTS, STRICT_STATEMENTS, WHOLE_LINE } from './choice-patterns.js';
import { findStatements, judgeRun, LOOKAHEAD, toStatement, type Verdict } from './choice-statements.js';
import { foldChoiceText, matchChoiceText } from './choice-text.js';
import type { Pipeline } from './pipeline.js';
import { insideAny, refusalClauses } from './undecided.js';

export interface ExtractChoicesOptions {
  /** The options' texts, for answers that give the text instead of the letter. */
  readonly choices?: readonly string[];
  /** Accept several letters ("ABD"); otherwise a multi-letter answer is not decisive. */
  readonly multi?: boolean;
  /** Where an answer may be read from (see `pipeline.ts`); default `flexible`. */
  readonly pipeline?: Pipeline;
}

type Judge = (run: string, after: string) => Verdict;

/**
 * The chosen letter(s) in canonical sorted form ("B", "ABD"), or undefined when the
 * text holds nothing decisive. Expects answer text, reasoning already removed.
 *
 * Both pipelines: the last explicit answer statement wins ("答案：B", "故选C", "The
 * answer is (A)", "\boxed{C}"); statements inside a refusal clause ("None of A–D is
 * correct") do not count; a hedge ("A或B") or several letters on a single-answer
 * item give undefined; letters outside A..optionCount never count.
 *
 * `strict` then accepts only a reply that is nothing but the letter(s) ("B",
 * "【D】", "ABD"), or a letter followed by exactly that option's text ("B. 2 片").
 *
 * `flexible` also reads looser statements ("选择B", "C正确", "So, B.", a last line
 * that is only a letter); then, unless the output refuses or restates the options,
 * a first or last line that is an option label ("B. 4"); then the text of exactly
 * one option ("答案是上海" → B).
 */
export function extractChoices(text: string, optionCount: number, options: ExtractChoicesOptions = {}): string | undefined {
  const allowed = CHOICE_LETTERS.slice(0, Math.max(0, Math.min(optionCount, CHOICE_LETTERS.length)));
  const multi = options.multi === true;
  const strict = options.pipeline === 'strict';
  const prepared = prepareChoiceText(text);
  if (prepared.trim() === '' || allowed === '') return undefined;

  const judge: Judge = (run, after) => judgeRun(run, after, allowed, multi);
  const refusals = refusalClauses(prepared);
  const statements = findStatements(prepared, strict ? STRICT_STATEMENTS : [...STRICT_STATEMENTS, ...LOOSE_STATEMENTS], !strict).filter(
    (statement) => !insideAny(refusals, statement.start) && judge(statement.run, after(prepared, statement.end)).kind !== 'invalid',
  );
  const last = statements.at(-1);
  if (last !== undefined) {
    if (last.hedged) return undefined;
    const verdict = judge(last.run, after(prepared, last.end));
    return verdict.kind === 'letters' ? verdict.letters : undefined;
  }
  // A refusal with no explicit answer: whatever capitals or option words it contains are not a choice.
  if (refusals.length > 0) return undefined;
  const choices = (options.choices ?? []).slice(0, allowed.length);
  return strict ? wholeReply(prepared, judge, choices) : fallback(prepared, judge, choices, allowed);
}

/** The text the statement patterns see. */
export function prepareChoiceText(text: string): string {
  // Markdown emphasis and LaTeX delimiters ("**答案**：B", "$\boxed{C}$") only get in the patterns' way.
  return toHalfWidth(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[*`$]/g, '');
}

function after(text: string, end: number): string {
  return text.slice(end, end + LOOKAHEAD);
}

/** Strict: the reply is only the letter(s), or one letter followed by exactly its option's text. */
function wholeReply(prepared: string, judge: Judge, choices: readonly string[]): string | undefined {
  const whole = prepared.trim();
  if (whole.includes('\n')) return undefined;
  const bare = WHOLE_LINE.exec(whole);
  if (bare !== null) {
    const verdict = judge(bare.groups?.['run'] ?? '', '');
    if (verdict.kind !== 'invalid') return verdict.kind === 'letters' ? verdict.letters : undefined;
  }
  for (const pattern of LABEL_START) {
    const match = pattern.exec(whole);
    const letter = match?.groups?.['run'];
    const choice = letter === undefined ? undefined : choices[CHOICE_LETTERS.indexOf(letter)];
    if (letter === undefined || choice === undefined) continue;
    const verdict = judge(letter, '');
    if (verdict.kind === 'letters' && foldChoiceText(match?.groups?.['text'] ?? '') === foldChoiceText(choice)) return verdict.letters;
  }
  return undefined;
}

/** Flexible, when no statement decided: a first or last line that is a label, then an option's text. */
function fallback(prepared: string, judge: Judge, choices: readonly string[], allowed: string): string | undefined {
  const lines = prepared
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
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
  if (choices.length === 0) return undefined;
  const index = matchChoiceText(prepared, choices);
  return index === undefined ? undefined : allowed[index];
}

function lineVerdict(line: string, judge: Judge): Verdict | undefined {
  for (const pattern of [WHOLE_LINE, ...LABEL_START]) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const statement = toStatement(match, line, 0);
    const verdict = judge(statement.run, after(line, statement.end));
    if (verdict.kind !== 'invalid') return verdict;
  }
  return undefined;
}
