import { validateOptions } from '../options.js';
import { textTargets } from '../targets.js';
import type { ScorerFactory } from '../types.js';
import { CASE_SENSITIVE_RULE, normalizer, shortAnswer } from './text-match.js';

const ID = 'exact-match';

/** The whole answer equals the target (or one of a list of targets) after normalisation. */
export const exactMatchScorer: ScorerFactory = (options) => {
  const valid = validateOptions(ID, options, CASE_SENSITIVE_RULE);
  const normalize = normalizer(valid['caseSensitive'] === true);
  return (sample, output) => {
    const targets = textTargets(ID, sample).map(normalize);
    const answer = normalize(output.answerText);
    if (answer === '') return { value: null, explanation: 'empty answer' };
    const passed = targets.includes(answer);
    return { value: passed ? 1 : 0, passed, answer: shortAnswer(output.answerText.trim()) };
  };
};
