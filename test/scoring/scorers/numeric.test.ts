import { describe, expect, it } from 'vitest';
import { numericScorer, numericStrictScorer } from '../../../scoring/scorers/numeric.js';
import { output, sample, thrownCode } from '../helpers.js';

const score = numericScorer({});

describe('numeric scorer', () => {
  it('passes the reference endpoint styles', () => {
    expect(score(sample(12.5), output('计算结果为 12.5'))).toEqual({ value: 1, passed: true, answer: '12.5' });
    expect(score(sample(1234.5), output('答案：1,234.5')).value).toBe(1);
    expect(score(sample(3.75), output('<think>先算……得 3</think>最终答案：3.75')).value).toBe(1);
  });

  it('fails a different number and reports it', () => {
    expect(score(sample(3.75), output('最终答案：3.7'))).toMatchObject({ value: 0, passed: false, answer: '3.7' });
  });

  it('is null when no number can be extracted', () => {
    expect(score(sample(5), output('抱歉，我无法计算。'))).toMatchObject({ value: null });
  });

  it('uses an absolute tolerance of 1e-6 by default', () => {
    expect(score(sample(0.1 + 0.2), output('0.3')).value).toBe(1);
    expect(score(sample(0.3), output('0.30001')).value).toBe(0);
  });

  it('passes within the absolute tolerance', () => {
    const loose = numericScorer({ tolerance: 0.01 });
    expect(loose(sample(121665.29), output('答案：121,665.295 元')).value).toBe(1);
    expect(loose(sample(121665.29), output('答案：121,665.31 元')).value).toBe(0);
  });

  it('passes an answer exactly one tolerance away despite binary rounding', () => {
    const cent = numericScorer({ tolerance: 0.01 });
    // |4890.18 − 4890.17| is 0.010000000000218 in doubles.
    expect(cent(sample(4890.17), output('4890.18')).value).toBe(1);
    expect(cent(sample(4890.17), output('4890.19')).value).toBe(0);
  });

  it('passes within the relative tolerance, or either tolerance', () => {
    const relative = numericScorer({ relative: 0.01, tolerance: 0 });
    expect(relative(sample(200), output('答案：201.9')).value).toBe(1);
    expect(relative(sample(200), output('答案：202.1')).value).toBe(0);
    expect(numericScorer({ relative: 0.01, tolerance: 5 })(sample(200), output('204')).value).toBe(1);
  });

  it('accepts numeric string targets', () => {
    expect(score(sample('1,234.5'), output('1234.5')).value).toBe(1);
  });

  it('rejects bad options and targets', () => {
    expect(thrownCode(() => numericScorer({ tolerence: 0.1 }))).toBe('SCORER_OPTIONS');
    expect(() => numericScorer({ tolerence: 0.1 })).toThrow(/numeric.*"tolerence".*did you mean "tolerance"/);
    expect(() => numericScorer({ tolerance: '0.1' })).toThrow(/numeric.*"tolerance" must be a finite number/);
    expect(thrownCode(() => numericScorer({ relative: -0.1 }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => numericScorer({ tolerance: Number.NaN }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => score(sample('about five'), output('5')))).toBe('SCORER_TARGET');
  });

  it('reports the unit it dropped, so the record shows what was compared', () => {
    expect(score(sample(12.5), output('增长率为 12.5%'))).toEqual({ value: 1, passed: true, answer: '12.5%' });
    expect(score(sample(5), output('百分之五'))).toMatchObject({ value: 1, answer: '5%' });
  });

  it('reads 万, fractions and Chinese numerals', () => {
    expect(score(sample(15000), output('答案：1.5万元')).value).toBe(1);
    expect(score(sample(0.75), output('四分之三')).value).toBe(1);
    expect(numericScorer({ tolerance: 1e-4 })(sample(0.3333), output('答案：1/3')).value).toBe(1);
  });

  describe('numeric-strict', () => {
    const strict = numericStrictScorer({ tolerance: 0.01 });

    it('scores statements, boxed answers and lone numbers', () => {
      expect(strict(sample(5250), output('答案：5250 元')).value).toBe(1);
      expect(strict(sample(5250), output('\\boxed{5250}')).value).toBe(1);
      expect(strict(sample(5250), output('5,250 元')).value).toBe(1);
    });

    it('is NOANSWER where the flexible scorer falls back to the last number', () => {
      const text = '利息 = 50000 × 3.5% × 3 = 5250 元';
      expect(numericScorer({})(sample(5250), output(text)).value).toBe(1);
      expect(strict(sample(5250), output(text))).toMatchObject({ value: null, explanation: 'no number could be extracted (strict)' });
    });

    it('validates options under its own id', () => {
      expect(() => numericStrictScorer({ tolerence: 0.1 })).toThrow(/numeric-strict.*did you mean "tolerance"/);
    });
  });
});
