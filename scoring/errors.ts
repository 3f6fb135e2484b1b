import { PingceError } from '../common/errors.js';
import type { Sample } from '../suites/types.js';

/** Bad scorer options in a suite: raised when the scorer is created, before any model is called. */
export function scorerOptionsError(scorerId: string, message: string, cause?: unknown): PingceError {
  return new PingceError('SCORER_OPTIONS', `scorer "${scorerId}": ${message}`, cause === undefined ? undefined : { cause });
}

/** A sample whose target the scorer cannot use: a bug in the suite's data, never a model's wrong answer. */
export function scorerTargetError(scorerId: string, sample: Sample, message: string): PingceError {
  return new PingceError('SCORER_TARGET', `scorer "${scorerId}", sample ${sample.id}: ${message}`);
}
