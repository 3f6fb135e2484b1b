import type { ScorerFactory } from '../types.js';
import { CASE_SENSITIVE_RULE, normalizedTargets, shortAnswer, textOptions } from './text-match.js';

const ID = 'exact-match';

/**
 * The whole answer equals the target (or one of a list of targets) after
 * normalisation: the default steps, or the `normalize` list the suite gives.
 */
export const exactMatchScorer: ScorerFactory = (options) => {
  const { normalize } = textOptions(ID, options, CASE_SENSITIVE_RULE);
  return (sample, output) => {
    const targets = normalizedTargets(ID, sample, normalize);
    const answer = normalize(output.answerText);
    if (answer === '') return { value: null, explanation: 'empty answer' };
    const passed = targets.includes(answer);
    return { value: passed ? 1 : 0, passed, answer: shortAnswer(output.answerText.trim()) };
  };
};
