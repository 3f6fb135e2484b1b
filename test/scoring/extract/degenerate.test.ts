import { describe, expect, it } from 'vitest';
import { extractChoices } from '../../../scoring/extract/multiple-choice.js';
import { extractJson } from '../../../scoring/extract/json.js';
import { extractNumber } from '../../../scoring/extract/number.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';

// Models stuck in a loop emit tens of thousands of repeated characters up to max tokens.
// A quadratic regex turns one such item into minutes of CPU: such a regression blows this
// file's test timeout. The speed itself is measured in bench/ (no wall-clock limits here).
const DEGENERATE = [
  '答案' + ' '.repeat(60000) + 'x',
  'A, '.repeat(20000) + 'x',
  '。'.repeat(60000) + 'x',
  'The answer is '.repeat(5000),
  'A正确'.repeat(20000),
  '\t '.repeat(30000) + 'B',
  '1' + ' '.repeat(60000) + '× 10',
  '1/'.repeat(30000),
  '\\frac{1}{2}'.repeat(10000),
  '百分之'.repeat(20000),
  '答案：A，无法确定，'.repeat(10000),
  '{"a": ['.repeat(10000),
];

describe('degenerate outputs', () => {
  it('are extracted without backtracking blow-ups, and a loop is never a decisive answer', () => {
    for (const text of DEGENERATE) {
      const { answerText } = extractOutput(text);
      for (const pipeline of ['strict', 'flexible'] as const) {
        const multi = extractChoices(answerText, 4, { multi: true, choices: ['北京', '上海', '广州', '深圳'], pipeline });
        const single = extractChoices(answerText, 10, { pipeline });
        expect(multi === undefined || /^[A-D]+$/.test(multi)).toBe(true);
        expect(single === undefined || /^[A-J]$/.test(single)).toBe(true);
        const number = extractNumber(answerText, { pipeline });
        expect(number === undefined || Number.isFinite(number)).toBe(true);
      }
      expect(extractJson(answerText)).toBeUndefined();
    }
  });

  it('still find the answer at the end of a long repetition', () => {
    expect(extractChoices(`${'让我再想想。'.repeat(5000)}\n答案：C`, 4)).toBe('C');
    expect(extractNumber(`${'嗯……'.repeat(5000)}最终答案：3.75`)).toBe(3.75);
  });
});
