import { extractNumberAnswer } from '../extract/number.js';
import type { Pipeline } from '../extract/pipeline.js';
import { nonNegative, validateOptions } from '../options.js';
import { numberTarget } from '../targets.js';
import type { ScorerFactory } from '../types.js';

/**
 * The answer's final number is within `tolerance` (absolute, default 1e-6) or
 * `relative` × |target| (default 0) of the target: either one suffices. One factory
 * per extraction pipeline, so that a suite listing both ids gets both columns.
 */
function numberScorer(id: string, pipeline: Pipeline): ScorerFactory {
  return (options) => {
    const valid = validateOptions(id, options, {
      tolerance: { type: 'number', check: nonNegative },
      relative: { type: 'number', check: nonNegative },
    });
    const tolerance = typeof valid['tolerance'] === 'number' ? valid['tolerance'] : 1e-6;
    const relative = typeof valid['relative'] === 'number' ? valid['relative'] : 0;
    return (sample, output) => {
      const target = numberTarget(id, sample);
      const found = extractNumberAnswer(output.answerText, { pipeline });
      if (found === undefined) return { value: null, explanation: `no number could be extracted (${pipeline})` };
      const error = Math.abs(found.value - target);
      // Decimal answers are not exact in binary: |4890.18 − 4890.17| is 0.010000000000218, which
      // must still pass a tolerance of 0.01. The slack is far below any meaningful tolerance.
      const slack = 1e-9 * Math.max(1, Math.abs(target));
      const passed = error <= tolerance + slack || error <= relative * Math.abs(target) + slack;
      // The unit is shown so that an auditor sees "12.5%" was compared as 12.5.
      const answer = `${found.value}${found.unit ?? ''}`;
      return { value: passed ? 1 : 0, passed, answer, ...(passed ? {} : { explanation: `expected ${target}` }) };
    };
  };
}

/** `numeric`: the flexible pipeline (statements, result lines, the last number). */
export const numericScorer = numberScorer('numeric', 'flexible');

/** `numeric-strict`: only `\boxed{}`, an explicit answer statement or a reply that is only the number. */
export const numericStrictScorer = numberScorer('numeric-strict', 'strict');
