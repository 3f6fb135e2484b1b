import { PingceError } from '../../common/errors.js';
import { bootstrapMeans, checkFinite, checkResamples, mean, percentileInterval95, type BootstrapOptions } from './resample.js';

export interface PairedBootstrapResult {
  readonly n: number;
  readonly meanA: number;
  readonly meanB: number;
  /** meanB − meanA: negative when B scores lower. */
  readonly difference: number;
  /** 95% percentile-bootstrap interval of the difference. */
  readonly ci95: readonly [number, number];
  /** Two-sided bootstrap p-value for "no difference"; never 0 (see below). */
  readonly pValue: number;
}

/**
 * Paired comparison of continuous scores a[i], b[i] of the same items. Resamples
 * items (not scores), so the pairing, and with it the correlation between the
 * two runs, is kept. The p-value is the share of resampled mean differences, shifted
 * to the null (centred on 0), at least as far from 0 as the observed one, with the
 * usual +1 correction: a Monte Carlo estimate cannot claim p = 0, so the smallest
 * value is 1 / (resamples + 1). Undefined for no pairs.
 */
export function pairedBootstrap(a: readonly number[], b: readonly number[], options: BootstrapOptions): PairedBootstrapResult | undefined {
  const resamples = checkResamples(options);
  if (a.length !== b.length) throw new PingceError('STATS_INPUT', `pairedBootstrap needs paired scores, got ${a.length} and ${b.length}`);
  checkFinite(a, 'pairedBootstrap scores');
  checkFinite(b, 'pairedBootstrap scores');
  if (a.length === 0) return undefined;
  const differences = a.map((value, index) => (b[index] ?? 0) - value);
  const observed = mean(differences);
  const means = bootstrapMeans(differences, options.seed, resamples);
  // A resampled mean of the centred differences is (resampled mean − observed);
  // the tolerance keeps rounding noise from deciding ties such as all-equal differences.
  const threshold = Math.abs(observed) * (1 - 1e-12);
  let extreme = 0;
  for (const resampled of means) if (Math.abs(resampled - observed) >= threshold) extreme += 1;
  return {
    n: a.length,
    meanA: mean(a),
    meanB: mean(b),
    difference: observed,
    ci95: percentileInterval95(means),
    pValue: (extreme + 1) / (resamples + 1),
  };
}
