import { PingceError } from '../../common/errors.js';
import type { Estimate } from '../types.js';

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * The proportion successes/n with its Wilson score interval. Wilson rather than the
 * normal approximation because suites are small and accuracies sit near 0 or 1,
 * where the normal interval collapses to a point or leaves [0, 1].
 * Undefined when n is 0: there is no rate to report.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z95): Estimate | undefined {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new PingceError('STATS_INPUT', `wilsonInterval needs integers 0 <= successes <= n, got ${successes}/${n}`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new PingceError('STATS_INPUT', `wilsonInterval needs a positive z, got ${z}`);
  if (n === 0) return undefined;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { n, value: p, ci95: [clamp01(centre - halfWidth), clamp01(centre + halfWidth)] };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
