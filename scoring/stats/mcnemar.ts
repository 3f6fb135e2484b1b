import { PingceError } from '../../common/errors.js';

/**
 * McNemar's exact test on the discordant pairs of a paired 0/1 comparison:
 * b = items right in A and wrong in B, c = wrong in A and right in B. Under "no
 * difference" each discordant pair goes either way with probability ½, so the
 * two-sided p-value is min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½):
 * the same as statsmodels' `mcnemar(table, exact=True)`. With no discordant
 * pairs there is no evidence of a difference and p is 1 (statsmodels agrees).
 */
export function mcnemarExact(b: number, c: number): number {
  for (const count of [b, c]) {
    if (!Number.isInteger(count) || count < 0) throw new PingceError('STATS_INPUT', `mcnemarExact needs whole counts >= 0, got ${b}, ${c}`);
  }
  return Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), b + c));
}

/** P(X ≤ k) for X ~ Binomial(n, ½), k ≤ n/2. */
function binomialHalfCdf(k: number, n: number): number {
  if (n <= 1000) {
    // 2^-n is exact in a double for n ≤ 1074 and each step multiplies by a
    // small ratio, so small cases such as 11/1024 come out exact.
    let term = 2 ** -n;
    let sum = term;
    for (let i = 1; i <= k; i += 1) {
      term *= (n - i + 1) / i;
      sum += term;
    }
    return sum;
  }
  // Past that 2^-n underflows: sum in log space, relative to the largest term (i = k).
  const logTerms: number[] = [];
  let logTerm = -n * Math.LN2;
  logTerms.push(logTerm);
  for (let i = 1; i <= k; i += 1) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    logTerms.push(logTerm);
  }
  // Terms grow with i up to n/2, so the last one is the largest.
  const largest = logTerms[logTerms.length - 1] ?? logTerm;
  let relative = 0;
  for (const value of logTerms) relative += Math.exp(value - largest);
  return Math.exp(largest + Math.log(relative));
}
