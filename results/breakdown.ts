import { canonicalJson } from '../common/canonical-json.js';
import { UsageError } from '../common/errors.js';
import { groupedBreakdown, type GroupedOutcome } from '../scoring/stats/breakdown.js';
import { sampleById } from '../suites/rotation.js';
import type { Sample } from '../suites/types.js';
import type { ItemResult } from '../runners/types.js';
import type { RecordedSuite } from './run-samples.js';
import { toMetric, type MetricValue, type ScoreCounts } from './summary.js';
import type { RunRecord } from './types.js';

/** `category` (stored with every item) or `metadata.PATH` (read from the suite files). */
export type BreakdownField = { readonly label: 'category' } | { readonly label: string; readonly metadataPath: readonly string[] };

export interface BreakdownGroup extends ScoreCounts {
  /** The field's value; `(none)` when the sample has no such field. */
  readonly value: string;
  readonly accuracy: MetricValue;
  /** How the interval was made: Wilson for 0/1 scores, percentile bootstrap otherwise. */
  readonly interval: 'wilson' | 'bootstrap' | null;
}

/** Accuracy of one suite × model (primary scorer) per value of one field. */
export interface Breakdown {
  readonly field: string;
  readonly suite: string;
  readonly model: string;
  readonly scorer: string;
  readonly groups: readonly BreakdownGroup[];
}

export const NO_VALUE = '(none)';
/** Bootstrap intervals (non-0/1 scores) in a report are seeded, so a report is the same every time. */
const REPORT_SEED = 0;

export function parseBreakdownField(text: string): BreakdownField {
  if (text === 'category') return { label: 'category' };
  const match = /^metadata\.(.+)$/.exec(text);
  const path = match?.[1]?.split('.');
  if (!path || path.some((part) => part === '')) throw new UsageError('USAGE', `--by takes category or metadata.FIELD (e.g. metadata.difficulty), not "${text}"`);
  return { label: text, metadataPath: path };
}

export function needsSamples(fields: readonly BreakdownField[]): boolean {
  return fields.some((field) => 'metadataPath' in field);
}

/**
 * Breakdowns of a run's items, one per field × suite × model, for each suite's
 * primary scorer, with the summary's rules (errors out of the denominator,
 * NOANSWER as not correct). Metadata comes from `suites` (the re-read suite
 * files); an item whose sample is not there is grouped under `(sample not found)`.
 */
export function computeBreakdowns(run: RunRecord, items: Iterable<ItemResult>, fields: readonly BreakdownField[], suites: ReadonlyMap<string, RecordedSuite> = new Map()): Breakdown[] {
  const primaries = new Map(run.suites.flatMap((suite) => (suite.scorers[0] ? [[suite.id, suite.scorers[0].id] as const] : [])));
  const outcomes = new Map<string, GroupedOutcome[]>();
  for (const item of items) {
    const scorer = primaries.get(item.suiteId);
    if (scorer === undefined) continue;
    const score = item.scores.find((entry) => entry.scorer === scorer);
    // A missing score row counts 0, not NOANSWER, exactly as the store's tallies do.
    const value = score === undefined ? 0 : score.value;
    for (const field of fields) {
      const group = 'metadataPath' in field ? metadataGroup(sampleIn(suites.get(item.suiteId), item.sampleId), field.metadataPath) : (item.category ?? NO_VALUE);
      const key = JSON.stringify([field.label, item.suiteId, item.modelId]);
      const list = outcomes.get(key) ?? [];
      list.push({ group, error: item.status === 'error', value });
      outcomes.set(key, list);
    }
  }
  const breakdowns: Breakdown[] = [];
  for (const field of fields) {
    for (const suite of run.suites) {
      const scorer = primaries.get(suite.id);
      if (scorer === undefined) continue;
      for (const model of run.models) {
        const list = outcomes.get(JSON.stringify([field.label, suite.id, model.id]));
        if (!list) continue;
        const groups = groupedBreakdown(list, { seed: REPORT_SEED }).map((group) => ({
          value: group.group,
          n: group.n,
          scored: group.scored,
          correct: group.correct,
          noAnswer: group.noAnswer,
          errors: group.errors,
          accuracy: toMetric(group.estimate),
          interval: group.method ?? null,
        }));
        breakdowns.push({ field: field.label, suite: suite.id, model: model.id, scorer, groups });
      }
    }
  }
  return breakdowns;
}

function metadataGroup(sample: Sample | undefined, path: readonly string[]): string {
  if (sample === undefined) return '(sample not found)';
  let value: unknown = sample.metadata;
  for (const part of path) {
    value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (value === undefined) return NO_VALUE;
  if (typeof value === 'string') return value;
  // Numbers, booleans, null, lists and objects group by their JSON text: `3`, `true`, `["a","b"]`.
  return canonicalJson(value);
}

/** A CircularEval rotation (`ID@rNofM`) shares its data sample's metadata. */
function sampleIn(suite: RecordedSuite | undefined, sampleId: string): Sample | undefined {
  return suite === undefined ? undefined : sampleById(suite.samples, sampleId);
}
