import { circularTallies, type CircularTally } from '../runners/circular.js';
import type { ItemResult } from '../runners/types.js';
import type { Estimate } from '../scoring/types.js';
import { bootstrapMeanInterval } from '../scoring/stats/bootstrap.js';
import { wilsonInterval } from '../scoring/stats/wilson.js';
import type { Breakdown } from './breakdown.js';
import type { RunRecord, RunStatus, ScoreTally } from './types.js';

/** A rate with its 95% Wilson interval; both null when nothing was scored. */
export interface MetricValue {
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface ScoreCounts {
  /** Items asked (ok + error). */
  readonly n: number;
  /** n − errors: the denominator of every rate. */
  readonly scored: number;
  readonly correct: number;
  readonly noAnswer: number;
  readonly errors: number;
}

export interface CategoryResult extends ScoreCounts {
  readonly category: string;
  readonly accuracy: MetricValue;
}

/**
 * CircularEval counts (suites with `circular: true`), over samples × repeats
 * rather than items: a sample is correct only if every rotation of its options
 * was answered correctly. Its rate is `metrics.circular`.
 */
export interface CircularCounts {
  /** Samples asked (each with one item per rotation). */
  readonly n: number;
  /** n − errors − incomplete: the denominator of the circular rate. */
  readonly scored: number;
  readonly correct: number;
  /** Samples with a rotation that ended in an infrastructure error. */
  readonly errors: number;
  /** Samples with a rotation not asked yet (an interrupted run). */
  readonly incomplete: number;
}

export interface SuiteModelResult extends ScoreCounts {
  readonly suite: string;
  readonly suiteVersion: string;
  readonly model: string;
  readonly primaryScorer: string;
  /**
   * `accuracy`, then each other scorer's rate by its id; for a circular suite
   * also `circular`. In a circular suite every rotation is an item, so n,
   * `accuracy` and the categories count all rotations.
   */
  readonly metrics: { readonly accuracy: MetricValue; readonly circular?: MetricValue } & Readonly<Record<string, MetricValue>>;
  readonly categories: readonly CategoryResult[];
  /** Only for circular suites. */
  readonly circular?: CircularCounts;
}

/**
 * The machine-readable run summary written by `pingce run --json` and
 * `pingce report --format json`. Stable: fields are only ever added
 * (schemaVersion changes otherwise). Documented in docs/json-summary.md.
 */
export interface RunSummary {
  readonly schemaVersion: 1;
  readonly runId: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly toolVersion: string;
  readonly configHash: string;
  readonly totals: { readonly items: number; readonly errors: number; readonly retries: number };
  readonly suites: RunRecord['suites'];
  readonly models: RunRecord['models'];
  readonly results: readonly SuiteModelResult[];
  /** Only with `pingce report --by FIELD`: accuracy per value of each field (docs/json-summary.md). */
  readonly breakdowns?: readonly Breakdown[];
}

/** An estimate as the summary shows it: nulls, never 0, when there was nothing to estimate. */
export function toMetric(estimate: Estimate | undefined): MetricValue {
  return estimate ? { value: estimate.value, ci95: estimate.ci95 } : { value: null, ci95: null };
}

/**
 * A scorer's rate for one tally: Wilson for 0/1 scores; for graded scores (the
 * tally carries their values) the mean with a percentile-bootstrap interval,
 * seeded by what the tally is, so a report is the same every time it is made.
 */
function metric(tally: ScoreTally): MetricValue {
  const scored = tally.n - tally.errors;
  if (tally.values === undefined) return toMetric(wilsonInterval(tally.sum, scored));
  // A scored item without a score row counts 0, as in `sum`.
  const values = [...tally.values, ...Array<number>(Math.max(0, scored - tally.values.length)).fill(0)];
  const seed = JSON.stringify([tally.suiteId, tally.modelId, tally.category ?? null, tally.scorer]);
  return toMetric(bootstrapMeanInterval(values, { seed }));
}

function counts(tally: ScoreTally): ScoreCounts {
  return { n: tally.n, scored: tally.n - tally.errors, correct: tally.sum, noAnswer: tally.noAnswer, errors: tally.errors };
}

/**
 * Accuracy = correct / (n − errors): an item that failed for infrastructure
 * reasons is left out of the denominator (and counted in `errors`), while an
 * unextractable answer (NOANSWER) counts as not correct and is shown apart.
 *
 * `items` (the run's items, read lazily) is needed only for circular suites,
 * whose metric is per sample, not per item; the store's tallies cannot give it.
 * Without it a circular suite is summarised without `metrics.circular`.
 */
export function summarizeRun(run: RunRecord, tallies: readonly ScoreTally[], items?: Iterable<ItemResult>): RunSummary {
  const circular = circularByResult(run, items);
  const results: SuiteModelResult[] = [];
  for (const suite of run.suites) {
    const primary = suite.scorers[0]?.id;
    if (primary === undefined) continue;
    for (const model of run.models) {
      const mine = tallies.filter((tally) => tally.suiteId === suite.id && tally.modelId === model.id);
      const overall = mine.filter((tally) => tally.category === undefined);
      const main = overall.find((tally) => tally.scorer === primary);
      if (!main) continue;
      const metrics: Record<string, MetricValue> = { accuracy: metric(main) };
      for (const tally of overall) if (tally.scorer !== primary) metrics[tally.scorer] = metric(tally);
      const categories = mine
        .filter((tally) => tally.category !== undefined && tally.scorer === primary)
        .map((tally) => ({ category: tally.category ?? '', ...counts(tally), accuracy: metric(tally) }))
        .sort((a, b) => a.category.localeCompare(b.category));
      const circularTally = circular?.get(JSON.stringify([suite.id, model.id]));
      const circularCounts = suite.circular && circular ? toCircularCounts(circularTally) : undefined;
      if (circularCounts) metrics['circular'] = toMetric(wilsonInterval(circularCounts.correct, circularCounts.scored));
      results.push({
        suite: suite.id,
        suiteVersion: suite.version,
        model: model.id,
        primaryScorer: primary,
        ...counts(main),
        metrics: metrics as SuiteModelResult['metrics'],
        categories,
        ...(circularCounts ? { circular: circularCounts } : {}),
      });
    }
  }
  return {
    schemaVersion: 1,
    runId: run.id,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt ?? null,
    toolVersion: run.toolVersion,
    configHash: run.configHash,
    totals: {
      items: results.reduce((sum, result) => sum + result.n, 0),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
      retries: run.counts?.retries ?? 0,
    },
    suites: run.suites,
    models: run.models,
    results,
  };
}

/** Circular tallies by suite × model, reading the items only when the run has a circular suite. */
function circularByResult(run: RunRecord, items: Iterable<ItemResult> | undefined): Map<string, CircularTally> | undefined {
  const primaries = new Map(run.suites.flatMap((suite) => (suite.circular && suite.scorers[0] ? [[suite.id, suite.scorers[0].id] as const] : [])));
  if (primaries.size === 0 || items === undefined) return undefined;
  return new Map(circularTallies(items, primaries).map((tally) => [JSON.stringify([tally.suiteId, tally.modelId]), tally]));
}

function toCircularCounts(tally: CircularTally | undefined): CircularCounts {
  if (!tally) return { n: 0, scored: 0, correct: 0, errors: 0, incomplete: 0 };
  return { n: tally.n, scored: tally.n - tally.errors - tally.incomplete, correct: tally.correct, errors: tally.errors, incomplete: tally.incomplete };
}
