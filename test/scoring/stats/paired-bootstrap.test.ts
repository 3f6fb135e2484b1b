import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../../../scoring/stats/paired-bootstrap.js';
import { thrownCode } from '../helpers.js';

describe('pairedBootstrap', () => {
  it('is undefined with no pairs', () => {
    expect(pairedBootstrap([], [], { seed: 0 })).toBeUndefined();
  });

  it('finds no difference between identical scores (p = 1)', () => {
    const scores = [0.2, 0.5, 0.9, 0.4];
    expect(pairedBootstrap(scores, scores, { seed: 1 })).toEqual({ n: 4, meanA: 0.5, meanB: 0.5, difference: 0, ci95: [0, 0], pValue: 1 });
  });

  it('gives the smallest p, 1/(resamples+1), when every item moved by the same amount', () => {
    const a = [0.1, 0.2, 0.3, 0.4];
    const result = pairedBootstrap(a, a.map((value) => value - 0.25), { seed: 1, resamples: 999 });
    expect(result?.difference).toBeCloseTo(-0.25, 12);
    expect(result?.ci95[0]).toBeCloseTo(-0.25, 12);
    expect(result?.ci95[1]).toBeCloseTo(-0.25, 12);
    expect(result?.pValue).toBe(1 / 1000);
  });

  it('reports B − A: negative when B is worse', () => {
    const result = pairedBootstrap([1, 1, 1, 0.5], [0.5, 0.5, 1, 0.5], { seed: 2 });
    expect(result?.difference).toBeCloseTo(-0.25, 12);
    expect(result?.meanA).toBeCloseTo(0.875, 12);
    expect(result?.meanB).toBeCloseTo(0.625, 12);
  });

  it('agrees with the normal approximation on noisy differences', () => {
    // Differences: 55 × (+1) and 45 × (−1): mean 0.1, standard error ≈ 0.0995. Resampled means move in
    // steps of 0.02 and "at least as far" includes the step at exactly 0.1, so with a continuity
    // correction z ≈ (0.1 − 0.01) / 0.0995 = 0.905 and the two-sided p ≈ 0.366.
    const a = Array.from({ length: 100 }, () => 0);
    const b = Array.from({ length: 100 }, (_, index) => (index < 55 ? 1 : -1));
    const result = pairedBootstrap(a, b, { seed: 'noisy', resamples: 4000 });
    expect(result?.pValue).toBeGreaterThan(0.33);
    expect(result?.pValue).toBeLessThan(0.40);
    // 0.1 ± 1.96 · 0.0995 = [−0.095, 0.295].
    expect(result?.ci95[0]).toBeCloseTo(-0.095, 1);
    expect(result?.ci95[1]).toBeCloseTo(0.295, 1);
  });

  it('is deterministic for a seed', () => {
    const a = [0.3, 0.6, 0.2, 0.9, 0.4, 0.7];
    const b = [0.4, 0.5, 0.6, 0.8, 0.9, 0.7];
    expect(pairedBootstrap(a, b, { seed: 9 })).toEqual(pairedBootstrap(a, b, { seed: 9 }));
    expect(pairedBootstrap(a, b, { seed: 9 })?.ci95).not.toEqual(pairedBootstrap(a, b, { seed: 10 })?.ci95);
  });

  it('rejects unpaired or non-finite input', () => {
    expect(thrownCode(() => pairedBootstrap([1, 2], [1], { seed: 0 }))).toBe('STATS_INPUT');
    expect(thrownCode(() => pairedBootstrap([1], [Number.POSITIVE_INFINITY], { seed: 0 }))).toBe('STATS_INPUT');
  });
});
