import type { ScorerSpec } from '../../suites/types.js';
import { createScorer } from '../index.js';
import type { Scorer } from '../types.js';
import { parseJudgeSpec } from './specs.js';

/**
 * The scorer a worker runs for a spec. Judge specs cannot be scored there (a
 * scorer never calls a model): `judge` and `pairwise` leave a null for the
 * runner to fill, and `cascade` runs its rule, whose null hands over to the judge.
 */
export function workerScorer(spec: ScorerSpec): Scorer {
  const judge = parseJudgeSpec(spec);
  if (!judge) return createScorer(spec);
  if (judge.kind === 'cascade') return createScorer(judge.rule);
  return () => ({ value: null, explanation: 'awaiting the judge' });
}
