import { describe, expect, it } from 'vitest';
import { regexScorer } from '../../../scoring/scorers/regex.js';
import { output, sample, thrownCode } from '../helpers.js';

describe('regex scorer', () => {
  it('passes when the pattern matches, reporting the match', () => {
    const score = regexScorer({ pattern: '\\d+ ?片' });
    expect(score(sample(undefined), output('每次服用 2 片。'))).toEqual({ value: 1, passed: true, answer: '2 片' });
  });

  it('fails when it does not match', () => {
    expect(regexScorer({ pattern: '^报修$' })(sample(undefined), output('咨询'))).toMatchObject({ value: 0, passed: false });
  });

  it('applies flags', () => {
    expect(regexScorer({ pattern: 'paris' })(sample(undefined), output('Paris')).value).toBe(0);
    expect(regexScorer({ pattern: 'paris', flags: 'i' })(sample(undefined), output('Paris')).value).toBe(1);
  });

  it('matches the answer text, not the reasoning', () => {
    expect(regexScorer({ pattern: '报修' })(sample(undefined), output('<think>报修？</think>咨询')).value).toBe(0);
  });

  it('gives the same result when called twice (no lastIndex state)', () => {
    const score = regexScorer({ pattern: 'a', flags: 'i' });
    expect([score(sample(undefined), output('A')).value, score(sample(undefined), output('A')).value]).toEqual([1, 1]);
  });

  it('is null for an empty answer', () => {
    expect(regexScorer({ pattern: '.*' })(sample(undefined), output('   ')).value).toBeNull();
  });

  it('validates options at creation', () => {
    expect(thrownCode(() => regexScorer({}))).toBe('SCORER_OPTIONS');
    expect(() => regexScorer({})).toThrow(/regex.*"pattern" is required/);
    expect(thrownCode(() => regexScorer({ pattern: '(unclosed' }))).toBe('SCORER_OPTIONS');
    expect(() => regexScorer({ pattern: '(unclosed' })).toThrow(/regex.*not a valid regular expression/);
    expect(thrownCode(() => regexScorer({ pattern: 'a', flags: 'q' }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => regexScorer({ pattern: 'a', flags: 'g' }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => regexScorer({ pattern: 42 }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => regexScorer({ pattern: 'a', flag: 'i' }))).toBe('SCORER_OPTIONS');
  });
});
