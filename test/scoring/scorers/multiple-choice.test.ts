import { describe, expect, it } from 'vitest';
import { multipleChoiceScorer, multipleChoiceStrictScorer } from '../../../scoring/scorers/multiple-choice.js';
import { output, sample, thrownCode } from '../helpers.js';

const CHOICES = ['8 小时', '12 小时', '24 小时', '48 小时'];
const score = multipleChoiceScorer({});

describe('multiple-choice scorer', () => {
  it('scores a correct letter 1 and reports it', () => {
    expect(score(sample('C', { choices: CHOICES }), output('答案：C'))).toEqual({ value: 1, passed: true, answer: 'C' });
  });

  it('scores a wrong letter 0', () => {
    expect(score(sample('C', { choices: CHOICES }), output('<think>C?</think>故选A。'))).toMatchObject({ value: 0, passed: false, answer: 'A' });
  });

  it('scores NOANSWER as null, never 0', () => {
    const result = score(sample('C', { choices: CHOICES }), output('抱歉，我无法确定这道题的答案。'));
    expect(result.value).toBeNull();
    expect(result.answer).toBeUndefined();
  });

  it('reads the option text when no letter is given', () => {
    expect(score(sample('C', { choices: CHOICES }), output('答案是24 小时。')).value).toBe(1);
  });

  it('treats a multi-letter target as multi-answer and needs the exact set', () => {
    const item = sample('ABD', { choices: ['a', 'b', 'c', 'd', 'e'] });
    expect(score(item, output('答案：D、B、A'))).toMatchObject({ value: 1, answer: 'ABD' });
    expect(score(item, output('答案：AB'))).toMatchObject({ value: 0, answer: 'AB' });
  });

  it('accepts a list target', () => {
    expect(score(sample(['B', 'D']), output('B, D')).value).toBe(1);
  });

  it('with multi: true, lets a single-letter target be answered with several letters (and fail)', () => {
    const multi = multipleChoiceScorer({ multi: true });
    expect(multi(sample('B', { choices: CHOICES }), output('答案：BC'))).toMatchObject({ value: 0, answer: 'BC' });
    expect(score(sample('B', { choices: CHOICES }), output('答案：BC')).value).toBeNull();
  });

  it('accepts any letter A–J when the sample has no choices', () => {
    expect(score(sample('H'), output('答案：H')).value).toBe(1);
  });

  it('rejects unknown options and wrong types', () => {
    expect(thrownCode(() => multipleChoiceScorer({ mutli: true }))).toBe('SCORER_OPTIONS');
    expect(() => multipleChoiceScorer({ mutli: true })).toThrow(/multiple-choice.*"mutli".*did you mean "multi"/);
    expect(() => multipleChoiceScorer({ multi: 'yes' })).toThrow(/multiple-choice.*"multi" must be a boolean/);
  });

  it('rejects targets that are not option letters', () => {
    expect(thrownCode(() => score(sample('北京', { choices: CHOICES }), output('A')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => score(sample('E', { choices: CHOICES }), output('A')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => score(sample(undefined), output('A')))).toBe('SCORER_TARGET');
  });

  describe('multiple-choice-strict', () => {
    const strict = multipleChoiceStrictScorer({});

    it('scores explicit statements like the flexible scorer', () => {
      expect(strict(sample('C', { choices: CHOICES }), output('答案：C'))).toEqual({ value: 1, passed: true, answer: 'C' });
      expect(strict(sample('C', { choices: CHOICES }), output('故选A。'))).toMatchObject({ value: 0, answer: 'A' });
    });

    it('is NOANSWER where only inference would find a letter', () => {
      const item = sample('C', { choices: CHOICES });
      for (const text of ['C正确', '答案是24 小时。', '分析……\n\nC', 'I choose C.']) {
        expect(score(item, output(text)).value).toBe(1);
        expect(strict(item, output(text))).toMatchObject({ value: null, explanation: 'no option letter could be extracted (strict)' });
      }
    });

    it('validates options and targets under its own id', () => {
      expect(() => multipleChoiceStrictScorer({ mutli: true })).toThrow(/multiple-choice-strict.*"mutli".*did you mean "multi"/);
      expect(() => strict(sample('北京', { choices: CHOICES }), output('A'))).toThrow(/multiple-choice-strict/);
      expect(strict(sample('ABD', { choices: ['a', 'b', 'c', 'd', 'e'] }), output('答案：D、B、A')).value).toBe(1);
    });
  });
});
