import { describe, expect, it } from 'vitest';
import { groupedBreakdown, type GroupedOutcome } from '../../../scoring/stats/breakdown.js';

const ok = (group: string, value: number | null): GroupedOutcome => ({ group, error: false, value });
const error = (group: string): GroupedOutcome => ({ group, error: true, value: null });

describe('groupedBreakdown', () => {
  it('counts per group with the summary rules: errors out of the denominator, NOANSWER as not correct', () => {
    const groups = groupedBreakdown([ok('hard', 1), ok('easy', 1), ok('hard', 0), ok('hard', null), error('hard'), ok('easy', 1)], { seed: 0 });
    expect(groups.map((group) => group.group)).toEqual(['easy', 'hard']);
    expect(groups[1]).toMatchObject({ group: 'hard', n: 4, scored: 3, correct: 1, noAnswer: 1, errors: 1, method: 'wilson' });
    expect(groups[1]?.estimate?.value).toBeCloseTo(1 / 3, 12);
    // Wilson 2/2 → [0.3424, 1].
    expect(groups[0]?.estimate?.ci95[0]).toBeCloseTo(0.3424, 4);
  });

  it('gives no estimate, never 0, for a group where everything errored', () => {
    const [group] = groupedBreakdown([error('x'), error('x')], { seed: 0 });
    expect(group).toMatchObject({ n: 2, scored: 0, errors: 2, estimate: undefined, method: undefined });
  });

  it('uses a seeded bootstrap for scores that are not 0/1', () => {
    const outcomes = [ok('g', 0.5), ok('g', 0.25), ok('g', 1), ok('g', 0.75)];
    const [first] = groupedBreakdown(outcomes, { seed: 3 });
    expect(first?.method).toBe('bootstrap');
    expect(first?.estimate?.value).toBeCloseTo(0.625, 12);
    expect(groupedBreakdown(outcomes, { seed: 3 })).toEqual([first]);
  });
});
