import type { Sample } from '../../suites/types.js';
import { scorerTargetError } from '../errors.js';
import { canonicalJson } from '../../common/canonical-json.js';
import { extractJson } from '../extract/json.js';
import { validateOptions } from '../options.js';
import type { ScorerFactory } from '../types.js';
import { shortAnswer } from './text-match.js';

const ID = 'json-equal';

/**
 * The first JSON object or array in the answer (fenced or inline, see
 * `extract/json.ts`) deep-equals the target: key order is ignored, array order and
 * every value count. Null when the answer holds no valid JSON.
 */
export const jsonEqualScorer: ScorerFactory = (options) => {
  validateOptions(ID, options, {});
  return (sample, output) => {
    const target = canonicalJson(jsonTarget(sample));
    const found = extractJson(output.answerText);
    if (found === undefined) return { value: null, explanation: 'no JSON object or array could be extracted' };
    const answer = canonicalJson(found);
    const passed = answer === target;
    return { value: passed ? 1 : 0, passed, answer: shortAnswer(answer), ...(passed ? {} : { explanation: `expected ${shortAnswer(target)}` }) };
  };
};

/** An object or array, or a string holding one (a JSONL column may store it as text). */
function jsonTarget(sample: Sample): unknown {
  const target = sample.target;
  if (typeof target === 'object' && target !== null) return target;
  if (typeof target === 'string') {
    try {
      const parsed = JSON.parse(target) as unknown;
      if (typeof parsed === 'object' && parsed !== null) return parsed;
    } catch {
      // Reported below with the other unusable targets.
    }
  }
  throw scorerTargetError(ID, sample, `target must be a JSON object or array (or a string holding one), got ${JSON.stringify(target)}`);
}
