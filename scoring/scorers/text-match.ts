import { didYouMean } from '../../common/did-you-mean.js';
import { PingceError } from '../../common/errors.js';
import type { Sample } from '../../suites/types.js';
import { scorerOptionsError, scorerTargetError } from '../errors.js';
import { CASE_SENSITIVE_STEPS, createNormalizer, DEFAULT_STEPS, parseNormalizationSteps } from '../normalize.js';
import { type OptionRule, validateOptions } from '../options.js';
import { textTargets } from '../targets.js';

/** The text scorers' shared option: letters are compared case-folded unless this is true. */
export const CASE_SENSITIVE_RULE = { caseSensitive: { type: 'boolean' } } as const;

export interface TextOptions {
  readonly valid: Readonly<Record<string, unknown>>;
  /** Applied to the answer and to every target before comparing. */
  readonly normalize: (text: string) => string;
}

/**
 * Validates a text scorer's options, including `normalize` (a list of step names,
 * which `validateOptions` cannot check as it knows only scalar types). Without
 * `normalize`, the default steps apply, minus `casefold` when `caseSensitive`.
 * Both together are refused: which one decides the case would be a guess.
 */
export function textOptions(scorerId: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): TextOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return { valid: validateOptions(scorerId, options, rules), normalize: createNormalizer(DEFAULT_STEPS) };
  const { normalize: steps, ...rest } = options as Readonly<Record<string, unknown>>;
  // Unknown keys are checked here, against every option including `normalize`, so a typo such as
  // `normalise` gets its suggestion.
  const known = [...Object.keys(rules), 'normalize'];
  for (const key of Object.keys(rest)) {
    if (!known.includes(key)) throw scorerOptionsError(scorerId, `unknown option "${key}"${didYouMean(key, known)}; known options: ${known.join(', ')}`);
  }
  const valid = validateOptions(scorerId, rest, rules);
  if (steps === undefined) return { valid, normalize: createNormalizer(valid['caseSensitive'] === true ? CASE_SENSITIVE_STEPS : DEFAULT_STEPS) };
  if (valid['caseSensitive'] !== undefined) {
    throw scorerOptionsError(scorerId, 'give either "caseSensitive" or "normalize", not both: with "normalize", list "casefold" to ignore case');
  }
  if (!Array.isArray(steps)) throw scorerOptionsError(scorerId, `option "normalize" must be a list of step names, got ${typeof steps === 'string' ? `string ${JSON.stringify(steps)}` : typeof steps}`);
  try {
    return { valid, normalize: createNormalizer(parseNormalizationSteps(steps as readonly unknown[])) };
  } catch (error) {
    if (error instanceof PingceError) throw scorerOptionsError(scorerId, `option "normalize": ${error.message}`, error);
    throw error;
  }
}

/**
 * The sample's targets, normalised. A target that normalises to nothing ("。", or "!!"
 * with strip-punctuation) is a suite bug: every answer would contain it.
 */
export function normalizedTargets(scorerId: string, sample: Sample, normalize: (text: string) => string): string[] {
  return textTargets(scorerId, sample).map((target) => {
    const normalized = normalize(target);
    if (normalized === '') throw scorerTargetError(scorerId, sample, `target ${JSON.stringify(target)} is empty after normalisation`);
    return normalized;
  });
}

/** Long answers are cut in the score record: it is for audit, the full output is kept elsewhere. */
export function shortAnswer(text: string): string {
  const chars = [...text];
  return chars.length <= 200 ? text : `${chars.slice(0, 200).join('')}…`;
}
