import { unitInterval } from '../common/hash.js';
import { CHOICE_LETTERS } from '../suites/render.js';
import type { Sample, ScorerSpec, TaskKind } from '../suites/types.js';
import type { ScriptedOutcome } from './types.js';

/**
 * The reference endpoint's script: which samples it answers correctly, wrongly
 * or not at all, and the exact reply text. Pure and seeded, so a test or a
 * benchmark can compute the scores a run must produce without asking the server.
 */

export interface OutcomeInput {
  readonly seed: number;
  readonly suiteId: string;
  readonly sampleId: string;
  /** Probability of a correct answer among the items that get an answer. */
  readonly accuracy: number;
  /** Probability of an unextractable answer; multiple-choice and numeric only. */
  readonly noAnswerRate: number;
  readonly task: TaskKind;
}

export const NO_ANSWER_REPLY = '抱歉，我无法确定这道题的答案。';

export function scriptedOutcome(input: OutcomeInput): ScriptedOutcome {
  const { seed, suiteId, sampleId, task } = input;
  // Other tasks are scored on free text, where "no answer" is just a wrong answer.
  const canDecline = task === 'multiple-choice' || task === 'numeric';
  if (canDecline && unitInterval(seed, suiteId, sampleId, 'noanswer') < input.noAnswerRate) return 'noanswer';
  return unitInterval(seed, suiteId, sampleId, 'correct') < input.accuracy ? 'correct' : 'wrong';
}

export function scriptedReply(sample: Sample, task: TaskKind, outcome: ScriptedOutcome, seed: number, scorer?: ScorerSpec): string {
  if (outcome === 'noanswer') return NO_ANSWER_REPLY;
  if (task === 'multiple-choice' && sample.choices) return choiceReply(sample, sample.choices, outcome === 'correct', seed);
  const number = task === 'numeric' ? numericTarget(sample.target) : undefined;
  if (number !== undefined) return numericReply(sample.id, number, outcome === 'correct', seed);
  if (outcome === 'correct') {
    const structured = structuredReply(sample.target, scorer);
    if (structured !== undefined) return structured;
  }
  return textReply(sample, outcome === 'correct', seed);
}

/**
 * A correct answer in the form the suite's first scorer reads, where a plain
 * target string is not that form: every key fact for `includes` with `all`,
 * spaced words for segmentation, JSON for structured targets.
 */
function structuredReply(target: unknown, scorer: ScorerSpec | undefined): string | undefined {
  const strings = Array.isArray(target) && target.every((entry) => typeof entry === 'string') ? (target as string[]) : undefined;
  if (scorer?.id === 'includes' && scorer.options?.['all'] === true && strings) return strings.join('，');
  if (scorer?.id === 'segmentation-f1' && strings) return strings.join(' ');
  if (scorer?.id === 'json-equal' || scorer?.id === 'ner-f1' || (target !== null && typeof target === 'object' && !strings)) return JSON.stringify(target);
  return undefined;
}

/** A deterministic pick in [0, count) for one sample and purpose. */
function pick(seed: number, sampleId: string, purpose: string, count: number): number {
  return Math.min(count - 1, Math.floor(unitInterval(seed, sampleId, purpose) * count));
}

// Multiple choice ------------------------------------------------------------

/** The answer styles real models use, so answer extraction is exercised on all of them. */
const CHOICE_STYLES: readonly ((letters: string, optionText: string | undefined) => string)[] = [
  (letters) => `答案：${letters}`,
  (letters) => `经过分析，故选${letters}。`,
  (letters) => `【${letters}】`,
  (letters) => `正确答案是${toFullWidth(letters)}。`,
  (letters) => `<think>先看选项A，似乎不对……再看B。</think>\n答案：${letters}`,
  (letters) => `The answer is (${letters}).`,
  // Only a single letter has one option text to quote.
  (letters, optionText) => (optionText === undefined ? `答案：${letters}` : `${letters}. ${optionText}`),
];

function choiceReply(sample: Sample, choices: readonly string[], correct: boolean, seed: number): string {
  const offered = CHOICE_LETTERS.slice(0, choices.length);
  const target = typeof sample.target === 'string' && sample.target !== '' ? sample.target : undefined;
  let letters: string;
  if (target !== undefined && correct) {
    letters = target;
  } else {
    // Wrong, or unlabelled: one offered letter other than the target's (a single letter
    // already differs from a multi-letter target, so any letter will do then).
    const others = [...offered].filter((letter) => letter !== target);
    letters = others[pick(seed, sample.id, 'wrong-choice', others.length)] ?? offered[0] ?? 'A';
  }
  const optionText = letters.length === 1 ? choices[offered.indexOf(letters)] : undefined;
  const style = CHOICE_STYLES[pick(seed, sample.id, 'style', CHOICE_STYLES.length)] ?? CHOICE_STYLES[0];
  return style ? style(letters, optionText) : letters;
}

function toFullWidth(letters: string): string {
  return [...letters].map((letter) => String.fromCharCode((letter.codePointAt(0) ?? 0) + 0xfee0)).join('');
}

// Numeric --------------------------------------------------------------------

const NUMERIC_STYLES: readonly ((value: number) => string)[] = [
  (value) => `计算结果为 ${formatNumber(value, false)}`,
  (value) => `答案：${formatNumber(value, true)}`,
  (value) => `<think>先算……</think>最终答案：${formatNumber(value, false)}`,
];

function numericTarget(target: unknown): number | undefined {
  const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(target.replace(/,/g, '')) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

function numericReply(sampleId: string, target: number, correct: boolean, seed: number): string {
  const value = correct ? target : wrongNumber(target);
  const style = NUMERIC_STYLES[pick(seed, sampleId, 'style', NUMERIC_STYLES.length)] ?? NUMERIC_STYLES[0];
  return style ? style(value) : String(value);
}

/** Far outside any sensible tolerance: never within 1% of the target. */
export function wrongNumber(target: number): number {
  const candidate = roundNoise(target * 1.5 + 7);
  // target*1.5+7 meets the target near -14; step a whole |target| (at least 10) away instead.
  if (Math.abs(candidate - target) > 0.01 * Math.abs(target) + 1e-9) return candidate;
  return roundNoise(target + Math.max(10, Math.abs(target)));
}

/** Drops binary-float noise (0.1*1.5+7 → 7.15, not 7.1499999…) so replies read like a model's. */
function roundNoise(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** `1234.5` or, with separators, `1,234.5`; exponent forms are left alone. */
export function formatNumber(value: number, separators: boolean): string {
  const text = String(value);
  if (!separators || Math.abs(value) < 1000 || !/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [integer = '', fraction] = text.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

// Short answer, classification, generation ------------------------------------

const WRONG_TEXTS = ['（参考端点的错误回答）', '（参考端点的错误回答：此题故意答错）', '参考端点在此故意答错。'];
/** Last resort when a target is contained in every wrong text above (e.g. the target "错误"). */
const WRONG_MARKS = ['×', '〇', '#', '~'];

function textReply(sample: Sample, correct: boolean, seed: number): string {
  const targets = targetTexts(sample.target);
  if (correct && targets[0] !== undefined) return targets[0];
  // Compared as scorers compare: width-, case- and space-insensitively.
  const normalisedTargets = targets.map(normalise).filter((text) => text !== '');
  const clear = (text: string): boolean => !normalisedTargets.some((target) => normalise(text).includes(target));
  const start = pick(seed, sample.id, 'wrong-text', WRONG_TEXTS.length);
  const rotated = [...WRONG_TEXTS.slice(start), ...WRONG_TEXTS.slice(0, start)];
  return rotated.find(clear) ?? WRONG_MARKS.find(clear) ?? '';
}

function targetTexts(target: unknown): string[] {
  if (target === undefined || target === null) return [];
  if (Array.isArray(target)) return target.filter((entry): entry is string => typeof entry === 'string');
  if (typeof target === 'string') return [target];
  if (typeof target === 'number' || typeof target === 'boolean') return [String(target)];
  return [JSON.stringify(target)];
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
