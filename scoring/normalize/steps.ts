import { didYouMean } from '../../common/did-you-mean.js';
import { PingceError } from '../../common/errors.js';
import { dropTrailingPunctuation, stripPunctuation, unifyPunctuation } from './punctuation.js';
import { toSimplified } from './t2s.js';
import { toHalfWidth } from './width.js';

/**
 * The named normalisation steps, in the order they run. A step list is a set: steps
 * always run in this order whatever order a suite lists them in, so that e.g.
 * `whitespace` tidies the gaps `strip-punctuation` leaves, whichever is written first.
 */
export const NORMALIZATION_STEPS = [
  'fullwidth',
  't2s',
  'unify-punctuation',
  'strip-punctuation',
  'cjk-spacing',
  'whitespace',
  'trailing-punctuation',
  'casefold',
] as const;

export type NormalizationStep = (typeof NORMALIZATION_STEPS)[number];

// A space between two Han characters, or between Han and anything else, is layout, not
// content: "24 小时" and "24小时" are one answer. Spaces between Latin words stay.
const CJK = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\uFF00-\\uFFEF]';
const CJK_SPACE = new RegExp(`(?<=${CJK})[^\\S\\n]+|[^\\S\\n]+(?=${CJK})`, 'g');

const APPLY: Readonly<Record<NormalizationStep, (text: string) => string>> = {
  fullwidth: toHalfWidth,
  t2s: toSimplified,
  'unify-punctuation': unifyPunctuation,
  'strip-punctuation': stripPunctuation,
  'cjk-spacing': (text) => text.replace(CJK_SPACE, ''),
  whitespace: (text) => text.replace(/\s+/g, ' ').trim(),
  'trailing-punctuation': dropTrailingPunctuation,
  casefold: (text) => text.toLowerCase(),
};

/** What the text scorers did before steps were selectable; `casefold` is left out when `caseSensitive`. */
export const DEFAULT_STEPS: readonly NormalizationStep[] = ['fullwidth', 'whitespace', 'trailing-punctuation', 'casefold'];

export function isNormalizationStep(name: unknown): name is NormalizationStep {
  return typeof name === 'string' && (NORMALIZATION_STEPS as readonly string[]).includes(name);
}

/**
 * Checks a list of step names (from a suite file) and returns them as steps.
 * Throws PingceError `NORMALIZE_STEP` on a name that is not a step, suggesting the closest one.
 */
export function parseNormalizationSteps(names: readonly unknown[]): NormalizationStep[] {
  return names.map((name) => {
    if (isNormalizationStep(name)) return name;
    const shown = typeof name === 'string' ? `"${name}"` : JSON.stringify(name) ?? String(name);
    const hint = typeof name === 'string' ? didYouMean(name, NORMALIZATION_STEPS) : '';
    throw new PingceError('NORMALIZE_STEP', `unknown normalisation step ${shown}${hint}; known steps: ${NORMALIZATION_STEPS.join(', ')}`);
  });
}

/**
 * A function applying the given steps (validated once, here), for hot paths that
 * normalise many texts the same way.
 */
export function createNormalizer(steps: readonly NormalizationStep[]): (text: string) => string {
  const chosen = new Set(parseNormalizationSteps(steps));
  const pipeline = NORMALIZATION_STEPS.filter((step) => chosen.has(step)).map((step) => APPLY[step]);
  return (text) => pipeline.reduce((current, apply) => apply(current), text);
}

/** `text` with the given steps applied (in their fixed order). Unknown steps throw `NORMALIZE_STEP`. */
export function normalize(text: string, steps: readonly NormalizationStep[]): string {
  return createNormalizer(steps)(text);
}
