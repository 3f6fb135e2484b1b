import { describe, expect, it } from 'vitest';
import { mcnemarExact } from '../../../scoring/stats/mcnemar.js';
import { thrownCode } from '../helpers.js';

describe('mcnemarExact', () => {
  // Each value by hand: p = min(1, 2 · Σ_{i ≤ min(b,c)} C(b+c, i) / 2^(b+c)).
  it.each([
    [1, 9, 22 / 1024], // 2 · (1 + 10) / 1024 = 0.021484375
    [9, 1, 22 / 1024], // two-sided: symmetric in b and c
    [0, 5, 2 / 32], // 2 · 1/32 = 0.0625
    [0, 6, 2 / 64], // 0.03125: the smallest n with p < 0.05 and no discordant pair the other way
    [2, 8, 112 / 1024], // 2 · (1 + 10 + 45) / 1024
    [3, 12, (2 * (1 + 15 + 105 + 455)) / 32768], // 1152 / 32768 = 0.03515625
    [5, 5, 1], // 2 · 638/1024 > 1 → capped at 1
    [0, 0, 1], // no discordant pairs: no evidence (statsmodels gives 1 too)
  ])('b=%i, c=%i → %f', (b, c, want) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(want, 14);
  });

  it('is exact for b=1, c=9 (0.021484375)', () => {
    expect(mcnemarExact(1, 9)).toBe(0.021484375);
  });

  it('stays right past the point where 2^-n underflows (log-space path)', () => {
    // For odd n, P(X ≤ (n−1)/2) = ½ exactly by symmetry, so p = 1 on both paths.
    expect(mcnemarExact(499, 500)).toBeCloseTo(1, 12);
    expect(mcnemarExact(1000, 1001)).toBeCloseTo(1, 9);
    // Both paths agree where they meet: n = 1000 (linear) against n = 1002 (log) changes smoothly.
    const linear = mcnemarExact(470, 530);
    const log = mcnemarExact(471, 531);
    expect(linear).toBeGreaterThan(0.05);
    expect(linear).toBeLessThan(0.07);
    expect(Math.abs(log - linear)).toBeLessThan(0.005);
    // A lopsided split is vanishingly unlikely: a tiny positive number (or 0 once it underflows), never NaN.
    expect(mcnemarExact(100, 1100)).toBeGreaterThanOrEqual(0);
    expect(mcnemarExact(100, 1100)).toBeLessThan(1e-100);
  });

  it('rejects impossible counts', () => {
    expect(thrownCode(() => mcnemarExact(-1, 3))).toBe('STATS_INPUT');
    expect(thrownCode(() => mcnemarExact(1.5, 3))).toBe('STATS_INPUT');
  });
});
