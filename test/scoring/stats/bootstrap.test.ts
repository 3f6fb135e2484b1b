import { describe, expect, it } from 'vitest';
import { bootstrapMeanInterval } from '../../../scoring/stats/bootstrap.js';
import { thrownCode } from '../helpers.js';

describe('bootstrapMeanInterval', () => {
  it('is undefined for no values, never 0', () => {
    expect(bootstrapMeanInterval([], { seed: 1 })).toBeUndefined();
  });

  it('is deterministic for a seed and changes with it', () => {
    const values = [0.1, 0.4, 0.35, 0.8, 0.9, 0.2, 0.55, 0.6, 0.05, 0.7];
    const once = bootstrapMeanInterval(values, { seed: 42 });
    expect(bootstrapMeanInterval(values, { seed: 42 })).toEqual(once);
    expect(bootstrapMeanInterval(values, { seed: 43 })?.ci95).not.toEqual(once?.ci95);
    expect(once?.value).toBeCloseTo(0.465, 12);
    expect(once?.n).toBe(10);
  });

  it('collapses to the value when every value is equal', () => {
    expect(bootstrapMeanInterval([0.3, 0.3, 0.3], { seed: 0 })).toEqual({ n: 3, value: 0.3, ci95: [0.3, 0.3] });
  });

  it('spans [0, 1] for the two values 0 and 1', () => {
    // Resampled means are 0, ½ or 1 with chance ¼, ½, ¼: far more than 2.5% of them are 0 and 1.
    expect(bootstrapMeanInterval([0, 1], { seed: 5 })?.ci95).toEqual([0, 1]);
  });

  it('matches the normal approximation for a large 0/1 sample', () => {
    const values = Array.from({ length: 400 }, (_, index) => index % 2);
    const estimate = bootstrapMeanInterval(values, { seed: 'large', resamples: 4000 });
    // 0.5 ± 1.96 · √(0.25/400) = [0.451, 0.549].
    expect(estimate?.ci95[0]).toBeCloseTo(0.451, 2);
    expect(estimate?.ci95[1]).toBeCloseTo(0.549, 2);
  });

  it('rejects bad input', () => {
    expect(thrownCode(() => bootstrapMeanInterval([1, Number.NaN], { seed: 0 }))).toBe('STATS_INPUT');
    expect(thrownCode(() => bootstrapMeanInterval([1], { seed: 0, resamples: 0 }))).toBe('STATS_INPUT');
    expect(thrownCode(() => bootstrapMeanInterval([1], { seed: 0, resamples: 2.5 }))).toBe('STATS_INPUT');
  });
});
