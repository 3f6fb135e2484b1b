import { createRegistry } from '../common/registry.js';
import type { ScorerSpec } from '../suites/types.js';
import { exactMatchScorer } from './scorers/exact-match.js';
import { includesScorer } from './scorers/includes.js';
import { jsonEqualScorer } from './scorers/json-equal.js';
import { multipleChoiceScorer, multipleChoiceStrictScorer } from './scorers/multiple-choice.js';
import { numericScorer, numericStrictScorer } from './scorers/numeric.js';
import { regexScorer } from './scorers/regex.js';
import { keywordScorer } from './keywords/scorer.js';
import { metricScorers } from './metrics/scorers.js';
import { refusalScorer } from './refusal/scorer.js';
import type { Scorer, ScorerFactory } from './types.js';

const scorers = createRegistry<ScorerFactory>('scorer');
scorers.register('multiple-choice', multipleChoiceScorer);
scorers.register('multiple-choice-strict', multipleChoiceStrictScorer);
scorers.register('exact-match', exactMatchScorer);
scorers.register('includes', includesScorer);
scorers.register('regex', regexScorer);
scorers.register('numeric', numericScorer);
scorers.register('numeric-strict', numericStrictScorer);
scorers.register('json-equal', jsonEqualScorer);
for (const [id, factory] of Object.entries(metricScorers)) scorers.register(id, factory);
scorers.register('refusal', refusalScorer);
scorers.register('keywords', keywordScorer);

/** Builds a scorer from a suite's spec. Options are checked here, so a bad suite fails before any model is called. */
export function createScorer(spec: ScorerSpec): Scorer {
  return scorers.get(spec.id)(spec.options ?? {});
}

export function scorerIds(): string[] {
  return scorers.ids();
}

export { extractOutput } from './extract/reasoning.js';
export type { ExtractOutputOptions } from './extract/reasoning.js';
export { normalize, NORMALIZATION_STEPS } from './normalize.js';
export type { NormalizationStep } from './normalize.js';
export type { Pipeline } from './extract/pipeline.js';
