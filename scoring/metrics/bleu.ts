import { PingceError } from '../../common/errors.js';
import { type BleuTokenizerName, bleuTokenizer } from './bleu-tokenizers.js';
import { pyRstrip, pySplit } from './python-text.js';

/**
 * BLEU as sacrebleu 2.x computes it (`sacrebleu.sentence_bleu` / `corpus_bleu`):
 * clipped n-gram matches against the per-n-gram maximum over a segment's references,
 * the closest reference length (ties → the shorter) for the brevity penalty
 * BP = exp(1 − r/c) when c < r, and the geometric mean of the four precisions ×100.
 * Corpus BLEU sums the statistics of all segments first; it is not a mean of sentence BLEU.
 */

export type BleuSmoothing = 'exp' | 'floor' | 'add-k' | 'none';

export const BLEU_SMOOTHINGS: readonly BleuSmoothing[] = ['exp', 'floor', 'add-k', 'none'];

export interface BleuOptions {
  /**
   * Default `auto`: sacrebleu's `zh` tokenizer when any reference contains a Han
   * character, else `13a` (sacrebleu's default; it picks `zh` itself only when told
   * the target language is Chinese).
   */
  readonly tokenize?: BleuTokenizerName | 'auto';
  /** Default `exp` (sacrebleu's default, NIST smoothing: a zero count gives 1/(2^k·total)). */
  readonly smooth?: BleuSmoothing;
  /** For `floor` (default 0.1) and `add-k` (default 1). */
  readonly smoothValue?: number;
  readonly lowercase?: boolean;
  /** Leave out the orders with no n-grams at all. Default: true for sentences, false for a corpus, as sacrebleu. */
  readonly effectiveOrder?: boolean;
}

export interface BleuResult {
  /** 0–100, as sacrebleu reports it. */
  readonly score: number;
  readonly counts: readonly number[];
  readonly totals: readonly number[];
  readonly precisions: readonly number[];
  readonly bp: number;
  readonly sysLen: number;
  readonly refLen: number;
  readonly tokenizer: BleuTokenizerName;
}

export interface BleuItem {
  readonly prediction: string;
  /** One or more references for this segment; an empty string counts as a zero-length reference, as in sacrebleu. */
  readonly references: readonly string[];
}

const MAX_ORDER = 4;
const SMOOTH_DEFAULTS: Readonly<Record<BleuSmoothing, number>> = { exp: 0, floor: 0.1, 'add-k': 1, none: 0 };
// sacrebleu's my_log: log(0) is floored, so a zero precision gives a score of 0, not NaN.
const LOG_ZERO = -9999999999;
const HAN = /\p{Script=Han}/u;

/** Sentence BLEU as `sacrebleu.sentence_bleu` (exp smoothing, effective order). */
export function sentenceBleu(prediction: string, references: readonly string[], options: BleuOptions = {}): BleuResult {
  return corpusBleu([{ prediction, references }], { ...options, effectiveOrder: options.effectiveOrder ?? true });
}

/** Corpus BLEU as `sacrebleu.corpus_bleu`, with per-segment reference lists. */
export function corpusBleu(items: readonly BleuItem[], options: BleuOptions = {}): BleuResult {
  const tokenizer = chooseTokenizer(items, options.tokenize ?? 'auto');
  const tokenize = bleuTokenizer(tokenizer);
  const prepare = (text: string) => pySplit(tokenize(pyRstrip(options.lowercase === true ? text.toLowerCase() : text)));
  const correct = new Array<number>(MAX_ORDER).fill(0);
  const total = new Array<number>(MAX_ORDER).fill(0);
  let sysLen = 0;
  let refLen = 0;
  for (const item of items) {
    if (item.references.length === 0) throw new PingceError('METRIC_INPUT', 'BLEU needs at least one reference per segment');
    const hypothesis = prepare(item.prediction);
    const referenceTokens = item.references.map(prepare);
    const maxReferenceCounts = new Map<string, number>();
    for (const tokens of referenceTokens) {
      for (const [ngram, count] of ngramCounts(tokens)) maxReferenceCounts.set(ngram, Math.max(maxReferenceCounts.get(ngram) ?? 0, count));
    }
    for (const [ngram, count] of ngramCounts(hypothesis)) {
      const order = ngramOrder(ngram);
      total[order] = (total[order] ?? 0) + count;
      correct[order] = (correct[order] ?? 0) + Math.min(count, maxReferenceCounts.get(ngram) ?? 0);
    }
    sysLen += hypothesis.length;
    refLen += closestLength(hypothesis.length, referenceTokens.map((tokens) => tokens.length));
  }
  return { ...computeBleu(correct, total, sysLen, refLen, options), tokenizer };
}

/** sacrebleu's `BLEU.compute_bleu` on summed statistics (counts and totals per order 1..4). */
export function computeBleu(counts: readonly number[], totals: readonly number[], sysLen: number, refLen: number, options: BleuOptions = {}): Omit<BleuResult, 'tokenizer'> {
  const smooth = options.smooth ?? 'exp';
  const smoothValue = options.smoothValue ?? SMOOTH_DEFAULTS[smooth];
  const correct = [...counts];
  const total = [...totals];
  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  const precisions = new Array<number>(MAX_ORDER).fill(0);
  if (!correct.some((count) => count !== 0)) return { score: 0, counts: correct, totals: total, precisions, bp, sysLen, refLen };
  let mtevalFactor = 1;
  let order = MAX_ORDER;
  for (let n = 0; n < MAX_ORDER; n += 1) {
    if (smooth === 'add-k' && n > 0) {
      correct[n] = (correct[n] ?? 0) + smoothValue;
      total[n] = (total[n] ?? 0) + smoothValue;
    }
    const matched = correct[n] ?? 0;
    const possible = total[n] ?? 0;
    if (possible === 0) break;
    if (options.effectiveOrder === true) order = n + 1;
    if (matched === 0) {
      if (smooth === 'exp') {
        mtevalFactor *= 2;
        precisions[n] = 100 / (mtevalFactor * possible);
      } else if (smooth === 'floor') {
        precisions[n] = (100 * smoothValue) / possible;
      }
    } else {
      precisions[n] = (100 * matched) / possible;
    }
  }
  const logSum = precisions.slice(0, order).reduce((sum, precision) => sum + (precision === 0 ? LOG_ZERO : Math.log(precision)), 0);
  return { score: bp * Math.exp(logSum / order), counts: correct, totals: total, precisions, bp, sysLen, refLen };
}

function chooseTokenizer(items: readonly BleuItem[], requested: BleuTokenizerName | 'auto'): BleuTokenizerName {
  if (requested !== 'auto') return requested;
  return items.some((item) => item.references.some((reference) => HAN.test(reference))) ? 'zh' : '13a';
}

/** Counts of all 1- to 4-grams, keyed by the space-joined tokens (tokens never contain spaces). */
function ngramCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let start = 0; start < tokens.length; start += 1) {
    // Grow the n-gram from each start: no slice/join allocation per n-gram.
    let ngram = tokens[start] ?? '';
    counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
    for (let n = 2; n <= MAX_ORDER && start + n <= tokens.length; n += 1) {
      ngram = `${ngram} ${tokens[start + n - 1] ?? ''}`;
      counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
    }
  }
  return counts;
}

function ngramOrder(ngram: string): number {
  let spaces = 0;
  for (let index = ngram.indexOf(' '); index !== -1; index = ngram.indexOf(' ', index + 1)) spaces += 1;
  return spaces;
}

/** The reference length closest to the hypothesis length; on a tie, the shorter (sacrebleu `_get_closest_ref_len`). */
function closestLength(hypothesisLength: number, referenceLengths: readonly number[]): number {
  let bestDiff = -1;
  let best = -1;
  for (const length of referenceLengths) {
    const diff = Math.abs(hypothesisLength - length);
    if (bestDiff === -1 || diff < bestDiff) {
      bestDiff = diff;
      best = length;
    } else if (diff === bestDiff && length < best) {
      best = length;
    }
  }
  return best;
}
