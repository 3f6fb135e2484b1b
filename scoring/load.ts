import { createRegistry } from '../common/registry.js';
import type { ScorerSpec } from '../suites/types.js';
import { parseJudgeSpec } from './judge/specs.js';
import type { Scorer, ScorerFactory } from './types.js';

/**
 * The scorers of `index.ts`, each loaded only when a suite names it. A worker thread
 * and `pingce run`'s scorer check import these instead of `index.ts`, so a
 * multiple-choice run does not load ajv (json-schema), the OpenCC tables (t2s) or
 * the keyword automaton. Same ids, same factories, same errors as `createScorer`
 * (a test keeps the two lists equal).
 */
const loaders = createRegistry<() => Promise<ScorerFactory>>('scorer');
loaders.register('multiple-choice', async () => (await import('./scorers/multiple-choice.js')).multipleChoiceScorer);
loaders.register('multiple-choice-strict', async () => (await import('./scorers/multiple-choice.js')).multipleChoiceStrictScorer);
loaders.register('exact-match', async () => (await import('./scorers/exact-match.js')).exactMatchScorer);
loaders.register('includes', async () => (await import('./scorers/includes.js')).includesScorer);
loaders.register('regex', async () => (await import('./scorers/regex.js')).regexScorer);
loaders.register('numeric', async () => (await import('./scorers/numeric.js')).numericScorer);
loaders.register('numeric-strict', async () => (await import('./scorers/numeric.js')).numericStrictScorer);
loaders.register('json-equal', async () => (await import('./scorers/json-equal.js')).jsonEqualScorer);
loaders.register('cmrc-em', async () => (await import('./metrics/scorers-text.js')).cmrcEmScorer);
loaders.register('cmrc-f1', async () => (await import('./metrics/scorers-text.js')).cmrcF1Scorer);
loaders.register('rouge-l', async () => (await import('./metrics/scorers-text.js')).rougeLScorer);
loaders.register('bleu', async () => (await import('./metrics/scorers-text.js')).bleuScorer);
loaders.register('segmentation-f1', async () => (await import('./metrics/scorers-structured.js')).segmentationF1Scorer);
loaders.register('ner-f1', async () => (await import('./metrics/scorers-structured.js')).nerF1Scorer);
loaders.register('json-schema', async () => (await import('./metrics/scorers-structured.js')).jsonSchemaScorer);
loaders.register('refusal', async () => (await import('./refusal/scorer.js')).refusalScorer);
loaders.register('keywords', async () => (await import('./keywords/scorer.js')).keywordScorer);

/** The ids this module can load (equal to `scorerIds()` of `index.ts`). */
export function loadableScorerIds(): string[] {
  return loaders.ids();
}

/** `createScorer`, loading only the scorer's own module. */
export async function loadScorer(spec: ScorerSpec): Promise<Scorer> {
  const factory = await loaders.get(spec.id)();
  return factory(spec.options ?? {});
}

/**
 * `workerScorer` (judge/worker-scorer.ts), loading only what the spec needs: judge
 * and pairwise leave a null for the runner, a cascade runs its rule.
 */
export async function loadWorkerScorer(spec: ScorerSpec): Promise<Scorer> {
  const judge = parseJudgeSpec(spec);
  if (!judge) return loadScorer(spec);
  if (judge.kind === 'cascade') return loadScorer(judge.rule);
  return () => ({ value: null, explanation: 'awaiting the judge' });
}
