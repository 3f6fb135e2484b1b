/**
 * Text folding shared by extraction and the text scorers, so that "Ｂ", "B" and
 * "b。" compare the way a human grader would compare them. The steps live in
 * `normalize/`; this module is their public face and keeps `normalizeText`, the
 * default folding, for existing callers.
 */
import { createNormalizer, DEFAULT_STEPS, type NormalizationStep } from './normalize/steps.js';

export { toHalfWidth } from './normalize/width.js';
export { toSimplified } from './normalize/t2s.js';
export { dropTrailingPunctuation, stripPunctuation, unifyPunctuation } from './normalize/punctuation.js';
export { createNormalizer, DEFAULT_STEPS, isNormalizationStep, normalize, NORMALIZATION_STEPS, parseNormalizationSteps } from './normalize/steps.js';
export type { NormalizationStep } from './normalize/steps.js';

export interface NormalizeOptions {
  /** Default false: letters are lower-cased before comparing. */
  readonly caseSensitive?: boolean;
}

/** The default steps without `casefold`: what `caseSensitive: true` compares with. */
export const CASE_SENSITIVE_STEPS: readonly NormalizationStep[] = DEFAULT_STEPS.filter((step) => step !== 'casefold');

const foldCase = createNormalizer(DEFAULT_STEPS);
const keepCase = createNormalizer(CASE_SENSITIVE_STEPS);

/** Half-width, whitespace collapsed and trimmed, trailing punctuation dropped, lower-cased unless caseSensitive. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  return options.caseSensitive === true ? keepCase(text) : foldCase(text);
}
