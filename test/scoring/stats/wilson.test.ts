import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../scoring/stats/wilson.js';
import { thrownCode } from '../helpers.js';

function rounded(successes: number, n: number): [number, number] | undefined {
  const estimate = wilsonInterval(successes, n);
  return estimate === undefined ? undefined : [Number(estimate.ci95[0].toFixed(4)), Number(estimate.ci95[1].toFixed(4))];
}

describe('wilsonInterval', () => {
  it.each([
    [8, 10, [0.4902, 0.9433]],
    [0, 10, [0, 0.2775]],
    [10, 10, [0.7225, 1]],
    [5, 10, [0.2366, 0.7634]],
    [1, 1, [0.2065, 1]],
    [50, 100, [0.4038, 0.5962]],
  ] as const)('%i/%i → %j', (successes, n, want) => {
    expect(rounded(successes, n)).toEqual(want);
  });

  it('reports n and the point estimate', () => {
    expect(wilsonInterval(8, 10)).toMatchObject({ n: 10, value: 0.8 });
  });

  it('stays inside [0, 1] at the extremes', () => {
    const none = wilsonInterval(0, 3);
    const all = wilsonInterval(3, 3);
    expect(none?.ci95[0]).toBe(0);
    expect(all?.ci95[1]).toBe(1);
  });

  it('narrows as n grows', () => {
    const small = wilsonInterval(8, 10);
    const large = wilsonInterval(800, 1000);
    expect(small && large && large.ci95[1] - large.ci95[0] < small.ci95[1] - small.ci95[0]).toBe(true);
  });

  it('widens with a larger z', () => {
    const z95 = wilsonInterval(8, 10);
    const z99 = wilsonInterval(8, 10, 2.5758293035489);
    expect(z99 && z95 && z99.ci95[0] < z95.ci95[0] && z99.ci95[1] > z95.ci95[1]).toBe(true);
  });

  it('is undefined when n is 0', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it('rejects impossible counts', () => {
    expect(thrownCode(() => wilsonInterval(11, 10))).toBe('STATS_INPUT');
    expect(thrownCode(() => wilsonInterval(-1, 10))).toBe('STATS_INPUT');
    expect(thrownCode(() => wilsonInterval(1.5, 10))).toBe('STATS_INPUT');
    expect(thrownCode(() => wilsonInterval(1, 10, 0))).toBe('STATS_INPUT');
  });
});
