import type { ItemResult } from '../runners/types.js';
import type { Seed } from '../scoring/stats/prng.js';
import type { RunRecord, RunSuiteRecord } from './types.js';
import { comparePairs, type PairedScores, type ScorerComparison } from './compare-stats.js';

/** One side of a comparison: a run and one of its models. */
export interface ComparisonSide {
  readonly run: RunRecord;
  readonly model: string;
  /** The run's items; those of other models are skipped. */
  readonly items: Iterable<ItemResult>;
}

export interface CompareOptions {
  readonly seed: Seed;
  readonly resamples: number;
  /** Significance level of `significant` and `significantDrop`; default 0.05. */
  readonly alpha?: number;
}

/** Items left out of the pairing, per suite. */
export interface Exclusions {
  /** Error in A, scored in B. */
  readonly errorA: number;
  /** Scored in A, error in B. */
  readonly errorB: number;
  readonly errorBoth: number;
  /** In A's run only (or B's): e.g. another --limit or an interrupted run. */
  readonly onlyInA: number;
  readonly onlyInB: number;
}

export interface SuiteComparison {
  readonly suite: string;
  readonly modelA: string;
  readonly modelB: string;
  /** Whether both runs recorded the same suite content hash. */
  readonly sameSuiteContent: boolean;
  readonly paired: number;
  readonly excluded: Exclusions;
  readonly scorers: readonly ScorerComparison[];
}

interface Stored {
  readonly suiteId: string;
  readonly sampleId: string;
  readonly repeat: number;
  readonly error: boolean;
  readonly scores: ReadonlyMap<string, number | null>;
}

/**
 * Pairs the items of A and B by suite, sample id and repeat (the model ids may
 * differ: that is the point of comparing two models) and compares each suite ×
 * scorer both runs recorded. Only items scored in both (status ok) are paired;
 * the rest are counted in `excluded`. A NOANSWER is a scored answer that is not
 * correct (value 0), as in the run summary, so a model that stops giving
 * extractable answers shows up as a drop rather than vanishing from the count.
 */
export function compareSides(a: ComparisonSide, b: ComparisonSide, options: CompareOptions): SuiteComparison[] {
  const suites = a.run.suites.filter((suite) => b.run.suites.some((other) => other.id === suite.id));
  const wanted = new Set(suites.map((suite) => suite.id));
  const stored = indexItems(a, wanted);
  const pairs = new Map<string, Slot>();
  for (const suite of suites) pairs.set(suite.id, emptySlot());

  for (const item of b.items) {
    const slot = item.modelId === b.model ? pairs.get(item.suiteId) : undefined;
    if (!slot) continue;
    const key = pairKey(item.suiteId, item.sampleId, item.repeat);
    const mine = stored.get(key);
    if (!mine) {
      slot.excluded.onlyInB += 1;
      continue;
    }
    stored.delete(key);
    const theirs = toStored(item);
    if (mine.error && theirs.error) slot.excluded.errorBoth += 1;
    else if (mine.error) slot.excluded.errorA += 1;
    else if (theirs.error) slot.excluded.errorB += 1;
    else slot.paired.push([mine, theirs]);
  }
  // What is left of A found no partner in B.
  for (const left of stored.values()) {
    const slot = pairs.get(left.suiteId);
    if (slot) slot.excluded.onlyInA += 1;
  }

  return suites.map((suite) => {
    const slot = pairs.get(suite.id) ?? emptySlot();
    const other = b.run.suites.find((entry) => entry.id === suite.id);
    return {
      suite: suite.id,
      modelA: a.model,
      modelB: b.model,
      sameSuiteContent: other?.hash === suite.hash,
      paired: slot.paired.length,
      excluded: slot.excluded,
      scorers: sharedScorers(suite, other).map((scorer, index) =>
        comparePairs(toPairedScores(slot.paired, scorer), {
          suite: suite.id,
          scorer,
          primary: index === 0 && scorer === suite.scorers[0]?.id,
          seed: `${String(options.seed)}\u0000${suite.id}\u0000${scorer}\u0000${a.model}\u0000${b.model}`,
          resamples: options.resamples,
          alpha: options.alpha ?? 0.05,
        }),
      ),
    };
  });
}

interface Slot {
  readonly paired: (readonly [Stored, Stored])[];
  readonly excluded: { -readonly [K in keyof Exclusions]: number };
}

function emptySlot(): Slot {
  return { paired: [], excluded: { errorA: 0, errorB: 0, errorBoth: 0, onlyInA: 0, onlyInB: 0 } };
}

function indexItems(side: ComparisonSide, suites: ReadonlySet<string>): Map<string, Stored> {
  const stored = new Map<string, Stored>();
  for (const item of side.items) {
    if (item.modelId !== side.model || !suites.has(item.suiteId)) continue;
    stored.set(pairKey(item.suiteId, item.sampleId, item.repeat), toStored(item));
  }
  return stored;
}

function pairKey(suiteId: string, sampleId: string, repeat: number): string {
  return JSON.stringify([suiteId, sampleId, repeat]);
}

function toStored(item: ItemResult): Stored {
  return {
    suiteId: item.suiteId,
    sampleId: item.sampleId,
    repeat: item.repeat,
    error: item.status === 'error',
    scores: new Map(item.scores.map((score) => [score.scorer, score.value])),
  };
}

/** Scorers both runs recorded for the suite, in A's order (its first is the primary). */
function sharedScorers(suite: RunSuiteRecord, other: RunSuiteRecord | undefined): string[] {
  const theirs = new Set(other?.scorers.map((scorer) => scorer.id) ?? []);
  return suite.scorers.map((scorer) => scorer.id).filter((id) => theirs.has(id));
}

function toPairedScores(paired: readonly (readonly [Stored, Stored])[], scorer: string): PairedScores {
  const value = (stored: Stored) => {
    const score = stored.scores.get(scorer);
    // NOANSWER (null) and a missing row are both "not correct": 0, as in the summary.
    return score === undefined || score === null ? 0 : score;
  };
  return {
    items: paired.map(([a]) => ({ sample: a.sampleId, repeat: a.repeat })),
    a: paired.map(([a]) => value(a)),
    b: paired.map(([, b]) => value(b)),
    noAnswerA: paired.filter(([a]) => a.scores.get(scorer) === null).length,
    noAnswerB: paired.filter(([, b]) => b.scores.get(scorer) === null).length,
  };
}

/**
 * The document `pingce compare --format json` writes (docs/json-summary.md).
 * Fields are only ever added within schemaVersion 1.
 */
export interface ComparisonReport {
  readonly schemaVersion: 1;
  readonly a: ComparedRun;
  readonly b: ComparedRun;
  readonly alpha: number;
  readonly bootstrap: { readonly seed: string; readonly resamples: number };
  readonly warnings: readonly string[];
  readonly suites: readonly SuiteComparison[];
  /** Some suite's primary scorer dropped significantly (p < alpha and B < A): what --fail-on-drop exits 1 on. */
  readonly significantDrop: boolean;
}

export interface ComparedRun {
  readonly runId: string;
  readonly status: RunRecord['status'];
  readonly startedAt: string;
  readonly toolVersion: string;
  readonly models: readonly string[];
}

/** Compares each pair of sides (one per model pairing) and gathers what a reader must know about the match. */
export function buildComparison(pairs: readonly { readonly a: ComparisonSide; readonly b: ComparisonSide }[], options: CompareOptions): ComparisonReport {
  const first = pairs[0];
  if (!first) throw new Error('buildComparison needs at least one pair of sides');
  const suites = pairs.flatMap(({ a, b }) => compareSides(a, b, options));
  const warnings: string[] = [];
  const ids = (run: RunRecord) => run.suites.map((suite) => suite.id);
  const onlyA = ids(first.a.run).filter((id) => !ids(first.b.run).includes(id));
  const onlyB = ids(first.b.run).filter((id) => !ids(first.a.run).includes(id));
  if (onlyA.length > 0) warnings.push(`suites only in A (not compared): ${onlyA.join(', ')}`);
  if (onlyB.length > 0) warnings.push(`suites only in B (not compared): ${onlyB.join(', ')}`);
  for (const suite of suites) {
    if (!suite.sameSuiteContent) warnings.push(`suite ${suite.suite}: the runs recorded different content hashes; items are matched by sample id, so changed samples are compared as if unchanged`);
    if (suite.paired === 0) warnings.push(`suite ${suite.suite} (${suite.modelA} → ${suite.modelB}): no item was scored in both runs`);
  }
  const described = (side: 'a' | 'b'): ComparedRun => {
    const run = first[side].run;
    return { runId: run.id, status: run.status, startedAt: run.startedAt, toolVersion: run.toolVersion, models: [...new Set(pairs.map((pair) => pair[side].model))] };
  };
  return {
    schemaVersion: 1,
    a: described('a'),
    b: described('b'),
    alpha: options.alpha ?? 0.05,
    bootstrap: { seed: String(options.seed), resamples: options.resamples },
    warnings,
    suites,
    significantDrop: suites.some((suite) => suite.scorers.some((scorer) => scorer.primary && scorer.significantDrop)),
  };
}
