import { CHOICE_LETTERS } from '../../suites/render.js';
import { extractChoices } from '../extract/multiple-choice.js';
import { validateOptions } from '../options.js';
import { letterTarget } from '../targets.js';
import type { ScorerFactory } from '../types.js';

const ID = 'multiple-choice';

/**
 * Option letters. Target "B" or "ABD"; several letters (or `multi: true`) make it a
 * multi-answer item, passed only by exactly the same set. Without `choices` on the
 * sample any letter A–J is accepted.
 */
export const multipleChoiceScorer: ScorerFactory = (options) => {
  const valid = validateOptions(ID, options, { multi: { type: 'boolean' } });
  const alwaysMulti = valid['multi'] === true;
  return (sample, output) => {
    const target = letterTarget(ID, sample);
    const answer = extractChoices(output.answerText, sample.choices?.length ?? CHOICE_LETTERS.length, {
      ...(sample.choices === undefined ? {} : { choices: sample.choices }),
      multi: alwaysMulti || target.length > 1,
    });
    if (answer === undefined) return { value: null, explanation: 'no option letter could be extracted' };
    const passed = answer === target;
    return { value: passed ? 1 : 0, passed, answer, ...(passed ? {} : { explanation: `expected ${target}` }) };
  };
};
