import { PingceError } from '../../common/errors.js';
import { wilsonInterval } from './wilson.js';

/** A paired 2×2 table of 0/1 outcomes of the same items under A and B. */
export interface PairedCounts {
  readonly bothCorrect: number;
  /** Right in A, wrong in B (McNemar's b). */
  readonly onlyA: number;
  /** Wrong in A, right in B (McNemar's c). */
  readonly onlyB: number;
  readonly neither: number;
}

export interface PairedProportionDifference {
  readonly n: number;
  readonly accuracyA: number;
  readonly accuracyB: number;
  /** accuracyB − accuracyA: negative when B is worse. */
  readonly difference: number;
  readonly ci95: readonly [number, number];
}

/**
 * The difference of two paired proportions with Newcombe's (1998) hybrid score
 * interval, "method 10": each marginal gets its Wilson interval and the two are
 * combined with the estimated correlation φ of the pairs. Chosen because it
 * agrees with the Wilson intervals used for every rate, stays inside [−1, 1] and
 * does not collapse to a point when there are no discordant pairs, as the Wald
 * interval does. Undefined for an empty table.
 */
export function pairedProportionDifference(counts: PairedCounts): PairedProportionDifference | undefined {
  const { bothCorrect: a, onlyA: b, onlyB: c, neither: d } = counts;
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) throw new PingceError('STATS_INPUT', `pairedProportionDifference needs whole counts >= 0, got ${JSON.stringify(counts)}`);
  }
  const n = a + b + c + d;
  const first = wilsonInterval(a + b, n);
  const second = wilsonInterval(a + c, n);
  if (first === undefined || second === undefined) return undefined;
  const p1 = first.value;
  const p2 = second.value;
  const [l1, u1] = first.ci95;
  const [l2, u2] = second.ci95;
  const phi = correlation(a, b, c, d, n);
  // Newcombe's limits for θ = p1 − p2 (A − B) …
  const theta = p1 - p2;
  const below = Math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2);
  const above = Math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2);
  // … mirrored, since pingce reports B − A (a drop is negative).
  return { n, accuracyA: p1, accuracyB: p2, difference: p2 - p1, ci95: [Math.max(-1, -(theta + above)), Math.min(1, -(theta - below))] };
}

/**
 * Newcombe's φ̂: the phi coefficient of the table with its numerator (ad − bc)
 * shrunk towards 0 by n/2 when positive (0 if that crosses 0), as his method 10
 * prescribes; 0 when a margin is empty.
 */
function correlation(a: number, b: number, c: number, d: number, n: number): number {
  const margins = (a + b) * (c + d) * (a + c) * (b + d);
  if (margins === 0) return 0;
  const cross = a * d - b * c;
  const numerator = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
  return numerator / Math.sqrt(margins);
}
