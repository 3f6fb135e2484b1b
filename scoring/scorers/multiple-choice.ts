import { CHOICE_LETTERS } from '../../suites/render.js';
import { extractChoices } from '../extract/multiple-choice.js';
import type { Pipeline } from '../extract/pipeline.js';
import { validateOptions } from '../options.js';
import { letterTarget } from '../targets.js';
import type { ScorerFactory } from '../types.js';

/**
 * Option letters. Target "B" or "ABD"; several letters (or `multi: true`) make it a
 * multi-answer item, passed only by exactly the same set. Without `choices` on the
 * sample any letter A–J is accepted. One factory per extraction pipeline, so that a
 * suite listing both ids gets one score column per pipeline.
 */
function choiceScorer(id: string, pipeline: Pipeline): ScorerFactory {
  return (options) => {
    const valid = validateOptions(id, options, { multi: { type: 'boolean' } });
    const alwaysMulti = valid['multi'] === true;
    return (sample, output) => {
      const target = letterTarget(id, sample);
      const answer = extractChoices(output.answerText, sample.choices?.length ?? CHOICE_LETTERS.length, {
        ...(sample.choices === undefined ? {} : { choices: sample.choices }),
        multi: alwaysMulti || target.length > 1,
        pipeline,
      });
      if (answer === undefined) return { value: null, explanation: `no option letter could be extracted (${pipeline})` };
      const passed = answer === target;
      return { value: passed ? 1 : 0, passed, answer, ...(passed ? {} : { explanation: `expected ${target}` }) };
    };
  };
}

/** `multiple-choice`: the flexible pipeline (statements, lone lines, option labels, option text). */
export const multipleChoiceScorer = choiceScorer('multiple-choice', 'flexible');

/** `multiple-choice-strict`: only explicit answer statements, `\boxed{}` or a reply that is only the letter. */
export const multipleChoiceStrictScorer = choiceScorer('multiple-choice-strict', 'strict');
