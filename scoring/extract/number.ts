import { toHalfWidth } from '../normalize.js';
import { CHINESE_NUMERAL, parseChineseNumeral } from './chinese-numeral.js';

/**
 * A number as models write it: "-3", "1,234.5", "12.5", "2e-3". A minus sign only
 * counts when it is not a hyphen between words or numbers ("GPT-4", "3-5").
 * Thousands separators must group exactly three digits, so "1,2,3" is three numbers.
 */
const NUMBER = /(?<![\d.])(?:(?<![A-Za-z0-9)\]])-)?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

// "答案", "最终答案", "final answer", "答：" state the answer; "结果", "最终", "result" usually do.
const STRONG_CUES = /(?:最终|最后的?|正确)?答案(?:应该|应当|应|就)?(?:\s*(?:是|为|约为|约|:|=))*|\bfinal\s+answer(?:\s*(?:is|:|=))*|\banswer(?:\s*(?:is|:|=))+|答\s*:/gi;
const WEAK_CUES = /(?:计算)?结果(?:应该|应|就)?(?:\s*(?:是|为|约为|约|:|=))*|最终(?:得到|得出|得|为|是)?|\bresult(?:\s*(?:is|:|=))+/gi;
// A statement is short; bounding it keeps outputs that repeat a cue thousands of times linear.
const STATEMENT_WINDOW = 300;
const BOXED = /\\boxed\{((?:[^{}]|\{[^{}]*\})*)\}/g;
// A cue's statement ends at a line, sentence or clause end (text is half-width by then,
// so "，" is ","). A "." before a digit is a decimal point, a "," before three a separator.
const STATEMENT_END = /[\n。;!?]|\.(?!\d)|,(?!\d{3}(?!\d))/;

/**
 * The final answer number of a text, or undefined when it has none. In order: the
 * last `\boxed{…}`; the last "答案/final answer" statement with a number; the last
 * "结果/最终/result" statement with a number; the last number anywhere; a text that
 * is only a Chinese numeral. Percent signs and units are dropped ("12.5%" is 12.5):
 * the target must be written in the unit the question asks for.
 * Within a statement, a number after "=" wins ("答案：3 + 4 = 7" is 7).
 */
export function extractNumber(text: string): number | undefined {
  const prepared = toHalfWidth(text).replace(/[\u2212\uFE63]/g, '-').replace(/[*`$]/g, '');

  const boxed = [...prepared.matchAll(BOXED)].at(-1);
  if (boxed !== undefined) {
    const value = numberInStatement(boxed[1] ?? '');
    if (value !== undefined) return value;
  }
  for (const cues of [STRONG_CUES, WEAK_CUES]) {
    const value = lastStatedNumber(prepared, cues);
    if (value !== undefined) return value;
  }
  const last = [...prepared.matchAll(NUMBER)].at(-1);
  if (last !== undefined) return parseNumber(last[0]);
  // Only a short text can be a bare numeral; the bound also keeps the trailing trim linear.
  const whole = prepared.trim();
  return whole.length > 40 ? undefined : parseChineseNumeral(whole.replace(/[\s.,。!]+$/, ''));
}

function lastStatedNumber(text: string, cues: RegExp): number | undefined {
  const matches = [...text.matchAll(cues)];
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    if (match === undefined) continue;
    const start = match.index + match[0].length;
    const rest = text.slice(start, start + STATEMENT_WINDOW).replace(/^[\s:]+/, '');
    const end = STATEMENT_END.exec(rest);
    const value = numberInStatement(end === null ? rest : rest.slice(0, end.index));
    if (value !== undefined) return value;
  }
  return undefined;
}

function numberInStatement(statement: string): number | undefined {
  const afterEquals = statement.slice(statement.lastIndexOf('=') + 1);
  const first = [...afterEquals.matchAll(NUMBER)][0];
  if (first !== undefined) return parseNumber(first[0]);
  // Written out: "答案：三点五" (only right after the cue, where a word like "一个" is unlikely).
  const words = new RegExp(`^\\s*(?:(?:约为|约|大约|为|是)\\s*)?(${CHINESE_NUMERAL.source})`).exec(afterEquals);
  return words?.[1] === undefined ? undefined : parseChineseNumeral(words[1]);
}

function parseNumber(text: string): number | undefined {
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
