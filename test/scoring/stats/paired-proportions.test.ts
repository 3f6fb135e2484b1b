import { describe, expect, it } from 'vitest';
import { pairedProportionDifference } from '../../../scoring/stats/paired-proportions.js';
import { thrownCode } from '../helpers.js';

describe('pairedProportionDifference (Newcombe method 10)', () => {
  it('is undefined for an empty table', () => {
    expect(pairedProportionDifference({ bothCorrect: 0, onlyA: 0, onlyB: 0, neither: 0 })).toBeUndefined();
  });

  it('does not collapse to a point without discordant pairs', () => {
    // 10/10 in both: φ = 0 (empty margins), each side is Wilson(10, 10) = [0.7225, 1], so ±(1 − 0.7225).
    const result = pairedProportionDifference({ bothCorrect: 10, onlyA: 0, onlyB: 0, neither: 0 });
    expect(result?.difference).toBe(0);
    expect(result?.ci95[0]).toBeCloseTo(-0.2775, 4);
    expect(result?.ci95[1]).toBeCloseTo(0.2775, 4);
  });

  it('matches a hand calculation', () => {
    // a=5, b=3, c=0, d=2 (n=10): A = 8/10, B = 5/10, B − A = −0.3.
    // Wilson: 8/10 → [0.4902, 0.9433]; 5/10 → [0.2366, 0.7634].
    // ad − bc = 10 > n/2, so φ = (10 − 5) / √(8·2·5·5) = 0.25.
    // For θ = A − B = 0.3: δ = √(0.3098² − 2·0.25·0.3098·0.2634 + 0.2634²) = 0.3529 → L = −0.0529;
    //                      ε = √(0.1433² − 2·0.25·0.1433·0.2634 + 0.2634²) = 0.2665 → U = 0.5665.
    // Mirrored for B − A: [−0.5665, 0.0529].
    const result = pairedProportionDifference({ bothCorrect: 5, onlyA: 3, onlyB: 0, neither: 2 });
    expect(result).toMatchObject({ n: 10, accuracyA: 0.8, accuracyB: 0.5 });
    expect(result?.difference).toBeCloseTo(-0.3, 12);
    expect(result?.ci95[0]).toBeCloseTo(-0.5665, 3);
    expect(result?.ci95[1]).toBeCloseTo(0.0529, 3);
  });

  it('is mirrored when A and B swap', () => {
    const forward = pairedProportionDifference({ bothCorrect: 14, onlyA: 5, onlyB: 0, neither: 22 });
    const backward = pairedProportionDifference({ bothCorrect: 14, onlyA: 0, onlyB: 5, neither: 22 });
    expect(backward?.difference).toBeCloseTo(-(forward?.difference ?? 0), 12);
    expect(backward?.ci95[0]).toBeCloseTo(-(forward?.ci95[1] ?? 0), 12);
    expect(backward?.ci95[1]).toBeCloseTo(-(forward?.ci95[0] ?? 0), 12);
  });

  it('stays inside [−1, 1] and contains the estimate', () => {
    for (const counts of [
      { bothCorrect: 0, onlyA: 7, onlyB: 0, neither: 0 },
      { bothCorrect: 0, onlyA: 0, onlyB: 1, neither: 0 },
      { bothCorrect: 30, onlyA: 4, onlyB: 9, neither: 7 },
    ]) {
      const result = pairedProportionDifference(counts);
      expect(result?.ci95[0]).toBeGreaterThanOrEqual(-1);
      expect(result?.ci95[1]).toBeLessThanOrEqual(1);
      expect(result?.ci95[0]).toBeLessThanOrEqual(result?.difference ?? Number.NaN);
      expect(result?.ci95[1]).toBeGreaterThanOrEqual(result?.difference ?? Number.NaN);
    }
  });

  it('rejects impossible counts', () => {
    expect(thrownCode(() => pairedProportionDifference({ bothCorrect: -1, onlyA: 0, onlyB: 0, neither: 0 }))).toBe('STATS_INPUT');
  });
});
