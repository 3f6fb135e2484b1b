import { extractNumber } from '../extract/number.js';
import { nonNegative, validateOptions } from '../options.js';
import { numberTarget } from '../targets.js';
import type { ScorerFactory } from '../types.js';

const ID = 'numeric';

/**
 * The answer's final number is within `tolerance` (absolute, default 1e-6) or
 * `relative` × |target| (default 0) of the target: either one suffices.
 */
export const numericScorer: ScorerFactory = (options) => {
  const valid = validateOptions(ID, options, {
    tolerance: { type: 'number', check: nonNegative },
    relative: { type: 'number', check: nonNegative },
  });
  const tolerance = typeof valid['tolerance'] === 'number' ? valid['tolerance'] : 1e-6;
  const relative = typeof valid['relative'] === 'number' ? valid['relative'] : 0;
  return (sample, output) => {
    const target = numberTarget(ID, sample);
    const answer = extractNumber(output.answerText);
    if (answer === undefined) return { value: null, explanation: 'no number could be extracted' };
    const error = Math.abs(answer - target);
    // Decimal answers are not exact in binary: |4890.18 − 4890.17| is 0.010000000000218, which
    // must still pass a tolerance of 0.01. The slack is far below any meaningful tolerance.
    const slack = 1e-9 * Math.max(1, Math.abs(target));
    const passed = error <= tolerance + slack || error <= relative * Math.abs(target) + slack;
    return { value: passed ? 1 : 0, passed, answer: String(answer), ...(passed ? {} : { explanation: `expected ${target}` }) };
  };
};
