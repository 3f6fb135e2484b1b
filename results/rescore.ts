import { createScorer, extractOutput, scorerIds } from '../scoring/index.js';
import type { Scorer } from '../scoring/types.js';
import { sampleById } from '../suites/rotation.js';
import type { ScorerSpec } from '../suites/types.js';
import type { ItemResult, ItemScore } from '../runners/types.js';
import { UsageError } from '../common/errors.js';
import { didYouMean } from '../common/did-you-mean.js';
import { judgeKind } from '../scoring/judge/specs.js';
import type { RecordedSuite } from './run-samples.js';

/**
 * A scorer as a rescore applies it: run again (`score`), or, for a model-graded
 * scorer, the stored score carried over (`carry`): re-judging would call the judge
 * model, and a rescore calls no model.
 */
export type BuiltScorer = { readonly id: string; readonly score: Scorer } | { readonly id: string; readonly carry: true };

/** Builds scorers up front, so bad ids or options stop a rescore before anything is written. */
export function buildScorers(specs: readonly ScorerSpec[], where: string, options: { readonly allowJudges: boolean }): BuiltScorer[] {
  return specs.map((spec): BuiltScorer => {
    if (judgeKind(spec.id) !== undefined) {
      if (!options.allowJudges) throw new UsageError('USAGE', `${where}: "${spec.id}" is model-graded and would call a judge model; rescore calls no model`);
      return { id: spec.id, carry: true };
    }
    if (!scorerIds().includes(spec.id)) throw new UsageError('USAGE', `${where}: unknown scorer "${spec.id}"${didYouMean(spec.id, scorerIds())}; known: ${scorerIds().join(', ')}`);
    try {
      return { id: spec.id, score: createScorer(spec) };
    } catch (cause) {
      throw new UsageError('USAGE', `${where}: ${(cause as Error).message}`, { cause });
    }
  });
}

/**
 * `ID` or `ID:{"option": value}` (JSON options), as `--scorer` takes it.
 */
export function parseScorerFlag(text: string): ScorerSpec {
  const colon = text.indexOf(':');
  if (colon < 0) return { id: text };
  const id = text.slice(0, colon);
  let options: unknown;
  try {
    options = JSON.parse(text.slice(colon + 1));
  } catch (cause) {
    throw new UsageError('USAGE', `--scorer ${text}: the options after ":" must be a JSON object (${(cause as Error).message})`, { cause });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new UsageError('USAGE', `--scorer ${text}: the options after ":" must be a JSON object`);
  return { id, options: options as Record<string, unknown> };
}

/**
 * One stored item scored again, the way the worker scores a fresh completion
 * (`runners/attempt.ts`): the stored output and reasoning go through
 * extractOutput and every scorer, against the sample as the suite file has it
 * now. Error items stay errors (there is no output to score); a sample gone from
 * the suite, or a scorer that throws, makes an `internal` error item, never a
 * wrong answer. Model-graded scores are carried over unchanged.
 */
export function rescoreItem(item: ItemResult, suite: RecordedSuite | undefined, scorers: readonly BuiltScorer[]): ItemResult {
  const { scores: _old, error: _error, ...kept } = item;
  const sample = suite === undefined ? undefined : sampleById(suite.samples, item.sampleId);
  const category = sample === undefined ? item.category : sample.category;
  const identity = { ...withoutCategory(kept), ...(category === undefined ? {} : { category }) };
  if (item.status === 'error') return { ...identity, ...(item.error ? { error: item.error } : {}), scores: [] };
  if (suite === undefined) return failed(identity, `suite "${item.suiteId}" is not among the run's suite files any more`);
  if (sample === undefined) return failed(identity, `sample "${item.sampleId}" is no longer in suite "${item.suiteId}" (${suite.suite.dataFile})`);
  try {
    const output = extractOutput(item.output ?? '', item.reasoning === undefined ? {} : { reasoning: item.reasoning });
    return { ...identity, scores: scorers.map((scorer) => ('carry' in scorer ? carried(item, scorer.id) : { scorer: scorer.id, ...scorer.score(sample, output) })) };
  } catch (error) {
    return failed(identity, `scorer failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function carried(item: ItemResult, scorer: string): ItemScore {
  return item.scores.find((score) => score.scorer === scorer) ?? { scorer, value: null, explanation: 'model-graded score absent from the original run; rescore calls no judge' };
}

function withoutCategory(item: Omit<ItemResult, 'scores' | 'error'>): Omit<ItemResult, 'scores' | 'error' | 'category'> {
  const { category: _category, ...rest } = item;
  return rest;
}

/** The output stays stored for audit; the item simply has no score. */
function failed(identity: Omit<ItemResult, 'scores' | 'error'>, message: string): ItemResult {
  return { ...identity, status: 'error', error: { kind: 'internal', message }, scores: [] };
}
