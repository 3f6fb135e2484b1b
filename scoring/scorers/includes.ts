import type { ScorerFactory } from '../types.js';
import { CASE_SENSITIVE_RULE, normalizedTargets, shortAnswer, textOptions } from './text-match.js';

const ID = 'includes';

/**
 * The target appears in the answer after normalisation (default steps, or the
 * suite's `normalize` list). With a list of targets any one suffices, or every one
 * with `all: true` (e.g. all required keywords).
 */
export const includesScorer: ScorerFactory = (options) => {
  const { valid, normalize } = textOptions(ID, options, { ...CASE_SENSITIVE_RULE, all: { type: 'boolean' } });
  const requireAll = valid['all'] === true;
  return (sample, output) => {
    const targets = normalizedTargets(ID, sample, normalize);
    const answer = normalize(output.answerText);
    if (answer === '') return { value: null, explanation: 'empty answer' };
    const found = targets.filter((target) => answer.includes(target));
    const passed = requireAll ? found.length === targets.length : found.length > 0;
    return { value: passed ? 1 : 0, passed, answer: shortAnswer(output.answerText.trim()) };
  };
};
