import { scorerOptionsError } from '../errors.js';
import { validateOptions } from '../options.js';
import type { ScorerFactory } from '../types.js';
import { shortAnswer } from './text-match.js';

const ID = 'regex';

/** The answer text (not normalised) matches `pattern`; `answer` is the matched text. */
export const regexScorer: ScorerFactory = (options) => {
  const valid = validateOptions(ID, options, { pattern: { type: 'string', required: true }, flags: { type: 'string' } });
  const pattern = typeof valid['pattern'] === 'string' ? valid['pattern'] : '';
  const flags = typeof valid['flags'] === 'string' ? valid['flags'] : '';
  // g and y make a RegExp remember lastIndex between calls: the scorer would no longer be pure.
  if (/[gy]/.test(flags)) throw scorerOptionsError(ID, `option "flags" must not contain g or y (they make matching stateful), got "${flags}"`);
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (error) {
    throw scorerOptionsError(ID, `/${pattern}/${flags} is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`, error);
  }
  return (_sample, output) => {
    if (output.answerText.trim() === '') return { value: null, explanation: 'empty answer' };
    const match = regex.exec(output.answerText);
    if (match === null) return { value: 0, passed: false, explanation: `no match for /${pattern}/${flags}` };
    return { value: 1, passed: true, answer: shortAnswer(match[0]) };
  };
};
