import { describe, expect, it } from 'vitest';
import { extractChoices } from '../../../scoring/extract/multiple-choice.js';
import { extractNumber } from '../../../scoring/extract/number.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';

// Models stuck in a loop emit tens of thousands of repeated characters up to max tokens.
// A quadratic regex turns one such item into minutes of CPU, so these must stay fast.
const DEGENERATE = [
  '答案' + ' '.repeat(60000) + 'x',
  'A, '.repeat(20000) + 'x',
  '。'.repeat(60000) + 'x',
  'The answer is '.repeat(5000),
  'A正确'.repeat(20000),
  '\t '.repeat(30000) + 'B',
];

describe('degenerate outputs', () => {
  it('are extracted in (near) linear time', () => {
    const started = performance.now();
    for (const text of DEGENERATE) {
      const { answerText } = extractOutput(text);
      extractChoices(answerText, 4, { multi: true, choices: ['北京', '上海', '广州', '深圳'] });
      extractChoices(answerText, 10);
      extractNumber(answerText);
    }
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('still find the answer at the end of a long repetition', () => {
    expect(extractChoices(`${'让我再想想。'.repeat(5000)}\n答案：C`, 4)).toBe('C');
    expect(extractNumber(`${'嗯……'.repeat(5000)}最终答案：3.75`)).toBe(3.75);
  });
});
