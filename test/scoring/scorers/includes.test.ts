import { describe, expect, it } from 'vitest';
import { includesScorer } from '../../../scoring/scorers/includes.js';
import { output, sample, thrownCode } from '../helpers.js';

const score = includesScorer({});

describe('includes scorer', () => {
  it('passes when the target appears in the answer', () => {
    expect(score(sample('报修'), output('该留言属于【报修】类。'))).toMatchObject({ value: 1, passed: true });
  });

  it('fails when it does not', () => {
    expect(score(sample('报修'), output('咨询'))).toMatchObject({ value: 0, passed: false });
  });

  it('normalises both sides', () => {
    expect(score(sample('ＡＴＰ。'), output('The answer is atp, produced in mitochondria')).value).toBe(1);
  });

  it('does not look inside the reasoning', () => {
    expect(score(sample('报修'), output('<think>是报修吗？</think>咨询')).value).toBe(0);
  });

  it('with a list, any target suffices unless all: true', () => {
    const item = sample(['胃镜', '空腹']);
    expect(score(item, output('检查前需要空腹 8 小时')).value).toBe(1);
    const all = includesScorer({ all: true });
    expect(all(item, output('检查前需要空腹 8 小时')).value).toBe(0);
    expect(all(item, output('做胃镜前需要空腹 8 小时')).value).toBe(1);
  });

  it('respects caseSensitive', () => {
    expect(includesScorer({ caseSensitive: true })(sample('ATP'), output('atp')).value).toBe(0);
  });

  it('is null for an empty answer', () => {
    expect(score(sample('报修'), output('')).value).toBeNull();
  });

  it('rejects bad options', () => {
    expect(thrownCode(() => includesScorer({ any: true }))).toBe('SCORER_OPTIONS');
    expect(() => includesScorer({ all: 'true' })).toThrow(/includes.*"all" must be a boolean/);
  });

  it('takes named normalisation steps', () => {
    const loose = includesScorer({ normalize: ['fullwidth', 't2s', 'strip-punctuation', 'cjk-spacing', 'whitespace', 'casefold'] });
    expect(loose(sample('空腹8小时'), output('檢查前需要空腹 8 小時。')).value).toBe(1);
    expect(score(sample('空腹8小时'), output('檢查前需要空腹 8 小時。')).value).toBe(0);
    expect(thrownCode(() => includesScorer({ normalize: ['strip'] }))).toBe('SCORER_OPTIONS');
  });

  it('never passes on a target that normalises to nothing', () => {
    expect(thrownCode(() => includesScorer({ normalize: ['strip-punctuation'] })(sample('!!'), output('anything')))).toBe('SCORER_TARGET');
  });
});
