import { bootstrapMeanInterval } from '../scoring/stats/bootstrap.js';
import { mcnemarExact } from '../scoring/stats/mcnemar.js';
import { pairedBootstrap } from '../scoring/stats/paired-bootstrap.js';
import { pairedProportionDifference } from '../scoring/stats/paired-proportions.js';
import type { Seed } from '../scoring/stats/prng.js';
import { wilsonInterval } from '../scoring/stats/wilson.js';
import { toMetric, type MetricValue } from './summary.js';

export interface ItemRef {
  readonly sample: string;
  readonly repeat: number;
}

/** The paired values of one scorer: a[i] and b[i] are the same item (NOANSWER already 0). */
export interface PairedScores {
  readonly items: readonly ItemRef[];
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly noAnswerA: number;
  readonly noAnswerB: number;
}

export interface ScorerComparison {
  readonly suite: string;
  readonly scorer: string;
  /** The suite's first scorer: the one whose accuracy the summary reports and --fail-on-drop watches. */
  readonly primary: boolean;
  /** binary: every paired value is 0 or 1; null when nothing was paired. */
  readonly kind: 'binary' | 'continuous' | null;
  readonly paired: number;
  readonly noAnswer: { readonly a: number; readonly b: number };
  /** Over the paired items only, so A and B share a denominator. */
  readonly accuracyA: MetricValue;
  readonly accuracyB: MetricValue;
  /** B − A (negative: B is worse) with its 95% interval. */
  readonly difference: { readonly value: number | null; readonly ci95: readonly [number, number] | null; readonly method: 'newcombe' | 'paired-bootstrap' | null };
  readonly test: {
    readonly method: 'mcnemar-exact' | 'paired-bootstrap' | null;
    readonly pValue: number | null;
    /** McNemar's discordant counts (binary only). */
    readonly correctToWrong?: number;
    readonly wrongToCorrect?: number;
  };
  /** Items whose 0/1 score changed between A and B; null for continuous scores. */
  readonly flips: { readonly correctToWrong: readonly ItemRef[]; readonly wrongToCorrect: readonly ItemRef[] } | null;
  /** p < alpha. */
  readonly significant: boolean;
  /** p < alpha and B < A. */
  readonly significantDrop: boolean;
}

export interface ComparePairsOptions {
  readonly suite: string;
  readonly scorer: string;
  readonly primary: boolean;
  readonly seed: Seed;
  readonly resamples: number;
  readonly alpha: number;
}

const NONE: MetricValue = { value: null, ci95: null };

/**
 * The statistics of one suite × scorer. 0/1 scores: accuracies with Wilson
 * intervals, the difference with Newcombe's paired interval and McNemar's exact
 * test, and the flipped items. Other scores: means with bootstrap intervals and
 * a paired bootstrap of the difference. Nothing paired: every number null, never 0.
 */
export function comparePairs(scores: PairedScores, options: ComparePairsOptions): ScorerComparison {
  const base = { suite: options.suite, scorer: options.scorer, primary: options.primary, paired: scores.a.length, noAnswer: { a: scores.noAnswerA, b: scores.noAnswerB } };
  if (scores.a.length === 0) {
    return { ...base, kind: null, accuracyA: NONE, accuracyB: NONE, difference: { value: null, ci95: null, method: null }, test: { method: null, pValue: null }, flips: null, significant: false, significantDrop: false };
  }
  const isBinary = (value: number) => value === 0 || value === 1;
  return scores.a.every(isBinary) && scores.b.every(isBinary) ? binary(scores, options, base) : continuous(scores, options, base);
}

type Base = Pick<ScorerComparison, 'suite' | 'scorer' | 'primary' | 'paired' | 'noAnswer'>;

function binary(scores: PairedScores, options: ComparePairsOptions, base: Base): ScorerComparison {
  const correctToWrong: ItemRef[] = [];
  const wrongToCorrect: ItemRef[] = [];
  let bothCorrect = 0;
  let neither = 0;
  scores.a.forEach((a, index) => {
    const b = scores.b[index];
    const item = scores.items[index] ?? { sample: '', repeat: 0 };
    if (a === 1 && b === 1) bothCorrect += 1;
    else if (a === 1) correctToWrong.push(item);
    else if (b === 1) wrongToCorrect.push(item);
    else neither += 1;
  });
  const n = scores.a.length;
  const difference = pairedProportionDifference({ bothCorrect, onlyA: correctToWrong.length, onlyB: wrongToCorrect.length, neither });
  const pValue = mcnemarExact(correctToWrong.length, wrongToCorrect.length);
  const drop = (difference?.difference ?? 0) < 0;
  return {
    ...base,
    kind: 'binary',
    accuracyA: toMetric(wilsonInterval(bothCorrect + correctToWrong.length, n)),
    accuracyB: toMetric(wilsonInterval(bothCorrect + wrongToCorrect.length, n)),
    difference: { value: difference?.difference ?? null, ci95: difference?.ci95 ?? null, method: 'newcombe' },
    test: { method: 'mcnemar-exact', pValue, correctToWrong: correctToWrong.length, wrongToCorrect: wrongToCorrect.length },
    flips: { correctToWrong, wrongToCorrect },
    significant: pValue < options.alpha,
    significantDrop: pValue < options.alpha && drop,
  };
}

function continuous(scores: PairedScores, options: ComparePairsOptions, base: Base): ScorerComparison {
  const seeded = (part: string) => ({ seed: `${String(options.seed)}\u0000${part}`, resamples: options.resamples });
  const result = pairedBootstrap(scores.a, scores.b, seeded('difference'));
  const pValue = result?.pValue ?? null;
  const significant = pValue !== null && pValue < options.alpha;
  return {
    ...base,
    kind: 'continuous',
    accuracyA: toMetric(bootstrapMeanInterval(scores.a, seeded('a'))),
    accuracyB: toMetric(bootstrapMeanInterval(scores.b, seeded('b'))),
    difference: { value: result?.difference ?? null, ci95: result?.ci95 ?? null, method: 'paired-bootstrap' },
    test: { method: 'paired-bootstrap', pValue },
    flips: null,
    significant,
    significantDrop: significant && (result?.difference ?? 0) < 0,
  };
}
