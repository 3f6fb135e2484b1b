import { describe, expect, it } from 'vitest';
import { seededUniform } from '../../../scoring/stats/prng.js';

const draw = (seed: number | string, count: number) => {
  const random = seededUniform(seed);
  return Array.from({ length: count }, () => random());
};

describe('seededUniform', () => {
  it('gives the same stream for the same seed, and another for another seed', () => {
    expect(draw(7, 20)).toEqual(draw(7, 20));
    expect(draw('7', 20)).toEqual(draw(7, 20));
    expect(draw(8, 20)).not.toEqual(draw(7, 20));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = draw('uniform', 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    const lowest = values.filter((value) => value < 0.1).length / values.length;
    expect(lowest).toBeGreaterThan(0.09);
    expect(lowest).toBeLessThan(0.11);
  });
});
