import type { Estimate } from '../types.js';
import { bootstrapMeans, checkFinite, checkResamples, mean, percentileInterval95, type BootstrapOptions } from './resample.js';

/**
 * The mean of `values` with a 95% percentile-bootstrap interval: for scores that
 * are not 0/1 (where Wilson does not apply). Seeded, so deterministic.
 * Undefined for no values: there is no mean to report.
 */
export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions): Estimate | undefined {
  const resamples = checkResamples(options);
  checkFinite(values, 'bootstrapMeanInterval values');
  if (values.length === 0) return undefined;
  const means = bootstrapMeans(values, options.seed, resamples);
  return { n: values.length, value: mean(values), ci95: percentileInterval95(means) };
}
