import { PingceError } from '../../common/errors.js';
import { pyStrip } from './python-text.js';
import { treebankTokenize } from './treebank.js';

/**
 * CMRC 2018 span-extraction metrics, as the official `cmrc2018_evaluate.py`
 * (ymcui/cmrc2018, v4/v5) computes them:
 *
 * - text is lower-cased and stripped at both ends (inner whitespace is kept);
 * - EM: equal after deleting the script's punctuation list (below), else 0;
 * - F1: both texts are segmented, with that punctuation deleted, into single
 *   characters for U+4E00–U+9FA5 and NLTK word tokens for every run of other
 *   characters; then the longest common *substring* (contiguous run of segments,
 *   not subsequence) gives precision = lcs / |prediction| and recall = lcs / |answer|;
 * - both take the best over the reference answers;
 * - corpus EM/F1 are means ×100 over all questions, a missing prediction counting 0;
 *   AVERAGE is (EM + F1) / 2.
 */

/**
 * The script's punctuation list, character for character. It lists "……" as one
 * two-character entry, which a single character never equals, so "…" is kept; it
 * has the right single quote ’ but not the left ‘, and no ASCII , . ! ? ( ) " '.
 */
const SCRIPT_PUNCTUATION = new Set(['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！', '“', '”', '；', '’', '《', '》', '·', '、', '「', '」', '（', '）', '－', '～', '『', '』']);

// The script's test for a Chinese character: the CJK Unified Ideographs block as of Unicode 1.1 only.
const SCRIPT_HAN = /^[\u4e00-\u9fa5]$/u;

/** The script's `mixed_segmentation(text, rm_punc=True)`: the segments F1 compares. */
export function cmrcSegments(text: string): string[] {
  const segments: string[] = [];
  let run = '';
  for (const char of pyStrip(text.toLowerCase())) {
    if (SCRIPT_PUNCTUATION.has(char)) continue;
    if (SCRIPT_HAN.test(char)) {
      if (run !== '') segments.push(...treebankTokenize(run));
      run = '';
      segments.push(char);
    } else {
      run += char;
    }
  }
  if (run !== '') segments.push(...treebankTokenize(run));
  return segments;
}

/** The script's `remove_punctuation`: what EM compares. */
export function cmrcNormalize(text: string): string {
  let result = '';
  for (const char of pyStrip(text.toLowerCase())) if (!SCRIPT_PUNCTUATION.has(char)) result += char;
  return result;
}

/** 1 when the prediction equals one of the references after `cmrcNormalize`, else 0. */
export function cmrcExactMatch(prediction: string, references: readonly string[]): 0 | 1 {
  requireReferences(references);
  const normalized = cmrcNormalize(prediction);
  return references.some((reference) => cmrcNormalize(reference) === normalized) ? 1 : 0;
}

/** The best F1 in [0, 1] over the references, with the script's longest-common-substring overlap. */
export function cmrcF1(prediction: string, references: readonly string[]): number {
  requireReferences(references);
  const predicted = cmrcSegments(prediction);
  let best = 0;
  for (const reference of references) {
    const answer = cmrcSegments(reference);
    const overlap = longestCommonSubstring(answer, predicted);
    if (overlap === 0) continue;
    const precision = overlap / predicted.length;
    const recall = overlap / answer.length;
    best = Math.max(best, (2 * precision * recall) / (precision + recall));
  }
  return best;
}

/** Length of the longest run of equal consecutive segments shared by both lists. */
export function longestCommonSubstring(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  let longest = 0;
  for (const left of a) {
    for (let j = 0; j < b.length; j += 1) {
      const run = left === b[j] ? (previous[j] ?? 0) + 1 : 0;
      current[j + 1] = run;
      if (run > longest) longest = run;
    }
    [previous, current] = [current, previous];
  }
  return longest;
}

export interface CmrcItem {
  /** The model's answer; undefined when the question was not answered (the script's "Unanswered question"). */
  readonly prediction: string | undefined;
  readonly references: readonly string[];
}

export interface CmrcCorpusResult {
  /** Mean EM ×100 over all questions, as the script prints it (before its `%.3f` rounding). */
  readonly em: number;
  readonly f1: number;
  /** (em + f1) / 2: the script's AVERAGE. */
  readonly average: number;
  readonly total: number;
  /** Questions without a prediction: they count 0 in both means. */
  readonly skipped: number;
}

/** Corpus EM/F1 ×100 as the script reports them. */
export function cmrcCorpus(items: readonly CmrcItem[]): CmrcCorpusResult {
  if (items.length === 0) throw new PingceError('METRIC_INPUT', 'cmrcCorpus: no items (the script divides by the question count)');
  let em = 0;
  let f1 = 0;
  let skipped = 0;
  for (const item of items) {
    if (item.prediction === undefined) {
      requireReferences(item.references);
      skipped += 1;
      continue;
    }
    f1 += cmrcF1(item.prediction, item.references);
    em += cmrcExactMatch(item.prediction, item.references);
  }
  const emScore = (100 * em) / items.length;
  const f1Score = (100 * f1) / items.length;
  return { em: emScore, f1: f1Score, average: (emScore + f1Score) * 0.5, total: items.length, skipped };
}

function requireReferences(references: readonly string[]): void {
  // The script takes max() over the per-answer scores: with no answer it raises.
  if (references.length === 0) throw new PingceError('METRIC_INPUT', 'CMRC metrics need at least one reference answer');
}
