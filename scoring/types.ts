import type { Sample } from '../suites/types.js';

/** A model's output as the scorers see it. */
export interface ExtractedOutput {
  /** The completion text exactly as returned. */
  readonly raw: string;
  /** The text with reasoning traces (`<think>…</think>` etc.) removed: what answer extraction reads. */
  readonly answerText: string;
  /** The reasoning trace, if one was found or returned separately. */
  readonly reasoning?: string;
}

/**
 * A score. `value` null means the output could not be scored (no answer could be
 * extracted: NOANSWER). It is counted apart from wrong answers, never silently 0.
 */
export interface Score {
  readonly value: number | null;
  readonly passed?: boolean;
  /** The answer the scorer extracted, for the report and for audit. */
  readonly answer?: string;
  readonly explanation?: string;
}

/** Pure: no I/O, no clock, no randomness. */
export type Scorer = (sample: Sample, output: ExtractedOutput) => Score;

export type ScorerFactory = (options: Readonly<Record<string, unknown>>) => Scorer;

/** A point estimate with its 95% interval. */
export interface Estimate {
  readonly n: number;
  readonly value: number;
  readonly ci95: readonly [number, number];
}
