import { describe, expect, it } from 'vitest';
import { exactMatchScorer } from '../../../scoring/scorers/exact-match.js';
import { output, sample, thrownCode } from '../helpers.js';

const score = exactMatchScorer({});

describe('exact-match scorer', () => {
  it('matches after trimming and dropping trailing punctuation', () => {
    expect(score(sample('报修'), output('  报修。\n'))).toEqual({ value: 1, passed: true, answer: '报修。' });
  });

  it('folds full-width forms, whitespace and case', () => {
    expect(score(sample('New York'), output('ｎｅｗ   york!')).value).toBe(1);
  });

  it('compares against reasoning-free text', () => {
    expect(score(sample('咨询'), output('<think>可能是报修？不，是咨询。</think>咨询')).value).toBe(1);
  });

  it('scores a different answer 0, including one that merely contains the target', () => {
    expect(score(sample('报修'), output('咨询'))).toMatchObject({ value: 0, passed: false });
    expect(score(sample('报修'), output('类别：报修')).value).toBe(0);
  });

  it('accepts any of a list of targets, and numbers', () => {
    expect(score(sample(['预约', '挂号']), output('挂号')).value).toBe(1);
    expect(score(sample(42), output('42')).value).toBe(1);
  });

  it('is null only for an empty answer', () => {
    expect(score(sample('报修'), output('<think>想不出来</think>')).value).toBeNull();
    expect(score(sample('报修'), output('。')).value).toBeNull();
  });

  it('respects caseSensitive', () => {
    const strict = exactMatchScorer({ caseSensitive: true });
    expect(strict(sample('Paris'), output('paris')).value).toBe(0);
    expect(strict(sample('Paris'), output('Paris.')).value).toBe(1);
  });

  it('rejects bad options and targets', () => {
    expect(thrownCode(() => exactMatchScorer({ casesensitive: true }))).toBe('SCORER_OPTIONS');
    expect(() => exactMatchScorer({ caseSensitive: 1 })).toThrow(/exact-match.*"caseSensitive" must be a boolean, got number 1/);
    expect(thrownCode(() => exactMatchScorer([] as unknown as Record<string, unknown>))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => score(sample({ text: 'x' }), output('x')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => score(sample(''), output('x')))).toBe('SCORER_TARGET');
  });

  it('takes named normalisation steps instead of the default', () => {
    const t2s = exactMatchScorer({ normalize: ['fullwidth', 't2s', 'strip-punctuation', 'whitespace', 'casefold'] });
    expect(t2s(sample('台湾'), output('「臺灣」。')).value).toBe(1);
    expect(score(sample('台湾'), output('臺灣')).value).toBe(0);
    // Without casefold in the list, case counts.
    expect(exactMatchScorer({ normalize: ['whitespace'] })(sample('Paris'), output('paris')).value).toBe(0);
    // An empty list compares the answer text as it is (already trimmed by extraction).
    expect(exactMatchScorer({ normalize: [] })(sample('报修'), output('报修。')).value).toBe(0);
  });

  it('validates the normalize option', () => {
    expect(thrownCode(() => exactMatchScorer({ normalize: ['t2S'] }))).toBe('SCORER_OPTIONS');
    expect(() => exactMatchScorer({ normalize: ['t2S'] })).toThrow(/exact-match.*option "normalize": unknown normalisation step "t2S" \(did you mean "t2s"\?\)/);
    expect(() => exactMatchScorer({ normalize: 't2s' })).toThrow(/exact-match.*"normalize" must be a list of step names, got string "t2s"/);
    expect(() => exactMatchScorer({ normalize: ['casefold'], caseSensitive: true })).toThrow(/exact-match.*either "caseSensitive" or "normalize"/);
    expect(() => exactMatchScorer({ normalise: ['t2s'] })).toThrow(/unknown option "normalise" \(did you mean "normalize"\?\)/);
  });

  it('rejects a target that normalises to nothing', () => {
    expect(thrownCode(() => score(sample('。'), output('x')))).toBe('SCORER_TARGET');
  });
});
