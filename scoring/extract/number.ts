import { toHalfWidth } from '../normalize.js';
import { CHINESE_NUMERAL, readChineseNumeral } from './chinese-numeral.js';
import { readNumbers } from './number-read.js';
import type { Pipeline } from './pipeline.js';
import { insideAny, refusalClauses, type Span } from './undecided.js';

/** A final answer number. `unit` is set for "12.5%" / "百分之五" (value 12.5 / 5). */
export interface NumberAnswer {
  readonly value: number;
  readonly unit?: '%' | '‰';
}

export interface ExtractNumberOptions {
  /** Where the answer may be read from (see `pipeline.ts`); default `flexible`. */
  readonly pipeline?: Pipeline;
}

// "答案", "最终答案", "final answer", "答：" state the answer; "结果", "最终", "result" usually do.
const STRONG_CUES = /(?:最终|最后的?|正确)?答案(?:应该|应当|应|就)?(?:\s*(?:是|为|约为|约|:|=))*|\bfinal\s+answer(?:\s*(?:is|:|=))*|\banswer(?:\s*(?:is|:|=))+|答\s*:/gi;
const WEAK_CUES = /(?:计算)?结果(?:应该|应|就)?(?:\s*(?:是|为|约为|约|:|=))*|最终(?:得到|得出|得|为|是)?|\bresult(?:\s*(?:is|:|=))+/gi;
// A statement is short; bounding it keeps outputs that repeat a cue thousands of times linear.
const STATEMENT_WINDOW = 300;
const BOXED = /\\boxed\{((?:[^{}]|\{[^{}]*\})*)\}/g;
// A cue's statement ends at a line, sentence or clause end (text is half-width by then,
// so "，" is ","). A "." before a digit is a decimal point, a "," before three a separator.
const STATEMENT_END = /[\n。;!?]|\.(?!\d)|,(?!\d{3}(?!\d))/;
// A lone reply: at most a short label ("x =", "约", "利息为") before the number and a unit after it.
const LONE_LABEL = /^(?:[^\d\n]{0,12}(?:=|:|为|是|约|≈))?\s*/;
const LONE_UNIT = /^\s*[^\d\n=]{0,10}$/;
const LONE_NUMERAL = new RegExp(`^(${CHINESE_NUMERAL.source})(?:[^\\d\\n=]{0,4})$`);

/**
 * The final answer number of a text, or undefined when it has none. Expects answer
 * text, reasoning already removed.
 *
 * Both pipelines: the last `\boxed{…}`; else the last "答案/final answer/答："
 * statement with a number. Within a statement, a number after "=" wins ("答案：3 + 4
 * = 7" is 7). `strict` then accepts only a reply that is just the number (a short
 * label before it and a unit after it allowed: "约 3.2 mg", "x = -5", "三点五").
 * `flexible` instead takes the last "结果/最终/result" statement with a number, then
 * the last number anywhere, then a lone Chinese numeral; these are skipped when the
 * output refuses ("无法计算第3题" has no answer).
 */
export function extractNumberAnswer(text: string, options: ExtractNumberOptions = {}): NumberAnswer | undefined {
  const prepared = prepare(text);
  const refusals = refusalClauses(prepared);

  const boxed = [...prepared.matchAll(BOXED)].at(-1);
  if (boxed !== undefined) {
    const found = numberInStatement(boxed[1] ?? '');
    if (found !== undefined) return found;
  }
  const stated = lastStatedNumber(prepared, STRONG_CUES, refusals);
  if (stated !== undefined) return stated;
  if (options.pipeline === 'strict') return loneNumber(prepared);

  const weak = lastStatedNumber(prepared, WEAK_CUES, refusals);
  if (weak !== undefined) return weak;
  if (refusals.length > 0) return undefined;
  const last = readNumbers(prepared).at(-1);
  if (last !== undefined) return answer(last.value, last.unit);
  return loneNumber(prepared);
}

/** The final answer's value (see `extractNumberAnswer`); percent signs are dropped ("12.5%" is 12.5). */
export function extractNumber(text: string, options: ExtractNumberOptions = {}): number | undefined {
  return extractNumberAnswer(text, options)?.value;
}

function prepare(text: string): string {
  // Markdown emphasis, code marks and LaTeX delimiters go; a "*" between digits or blanks is multiplication.
  return toHalfWidth(text)
    .replace(/[\u2212\uFE63]/g, '-')
    .replace(/[`$]|\*\*|(?<![\d\s])\*|\*(?![\d\s])/g, '');
}

function lastStatedNumber(text: string, cues: RegExp, refusals: readonly Span[]): NumberAnswer | undefined {
  const matches = [...text.matchAll(cues)];
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    if (match === undefined || insideAny(refusals, match.index)) continue;
    const start = match.index + match[0].length;
    const rest = text.slice(start, start + STATEMENT_WINDOW).replace(/^[\s:]+/, '');
    const end = STATEMENT_END.exec(rest);
    const found = numberInStatement(end === null ? rest : rest.slice(0, end.index));
    if (found !== undefined) return found;
  }
  return undefined;
}

function numberInStatement(statement: string): NumberAnswer | undefined {
  const afterEquals = statement.slice(statement.lastIndexOf('=') + 1);
  const first = readNumbers(afterEquals)[0];
  if (first !== undefined) return answer(first.value, first.unit);
  // Written out: "答案：三点五" (only right after the cue, where a word like "一个" is unlikely).
  const words = new RegExp(`^\\s*(?:(?:约为|约|大约|为|是)\\s*)?(${CHINESE_NUMERAL.source})`).exec(afterEquals);
  const numeral = words?.[1] === undefined ? undefined : readChineseNumeral(words[1]);
  return numeral === undefined ? undefined : answer(numeral.value, numeral.unit);
}

/** A reply that is only a number, with at most a short label before it and a unit after it. */
function loneNumber(text: string): NumberAnswer | undefined {
  // The bound keeps the trims linear on degenerate outputs; a lone answer is short anyway.
  const whole = text.trim();
  if (whole.length > 60 || whole.includes('\n')) return undefined;
  const bare = whole.replace(/[\s.,。!]+$/, '');
  const labelled = bare.slice(LONE_LABEL.exec(bare)?.[0].length ?? 0);
  const numeral = LONE_NUMERAL.exec(labelled)?.[1];
  const chinese = numeral === undefined ? undefined : readChineseNumeral(numeral);
  if (chinese !== undefined) return answer(chinese.value, chinese.unit);
  const tokens = readNumbers(labelled);
  const token = tokens[0];
  if (tokens.length !== 1 || token === undefined || token.index !== 0 || !LONE_UNIT.test(labelled.slice(token.end))) return undefined;
  return answer(token.value, token.unit);
}

function answer(value: number, unit: '%' | '‰' | undefined): NumberAnswer {
  return unit === undefined ? { value } : { value, unit };
}
