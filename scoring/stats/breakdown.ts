import type { Estimate } from '../types.js';
import { bootstrapMeanInterval } from './bootstrap.js';
import type { Seed } from './prng.js';
import { wilsonInterval } from './wilson.js';

/** One item's outcome under one scorer, with the group it belongs to. */
export interface GroupedOutcome {
  readonly group: string;
  /** The item failed for infrastructure reasons: counted, never scored. */
  readonly error: boolean;
  /** The score; null = NOANSWER (counted as not correct). Ignored when `error`. */
  readonly value: number | null;
}

export interface GroupStats {
  readonly group: string;
  /** Items (ok + error). */
  readonly n: number;
  /** n − errors: the denominator. */
  readonly scored: number;
  /** Sum of the values (the number correct for 0/1 scores). */
  readonly correct: number;
  readonly noAnswer: number;
  readonly errors: number;
  /** Wilson for 0/1 scores, percentile bootstrap of the mean otherwise; undefined when nothing was scored. */
  readonly estimate: Estimate | undefined;
  readonly method: 'wilson' | 'bootstrap' | undefined;
}

/**
 * Accuracy per group (a category, a metadata value …), with the same rules as
 * the run summary: errors leave the denominator, NOANSWER counts as 0. Groups
 * come out sorted by name so the table is stable. The seed is mixed with the group
 * name, so a group's interval does not depend on which other groups exist.
 */
export function groupedBreakdown(outcomes: Iterable<GroupedOutcome>, options: { readonly seed: Seed; readonly resamples?: number }): GroupStats[] {
  const groups = new Map<string, { n: number; errors: number; noAnswer: number; values: number[] }>();
  for (const outcome of outcomes) {
    let group = groups.get(outcome.group);
    if (!group) {
      group = { n: 0, errors: 0, noAnswer: 0, values: [] };
      groups.set(outcome.group, group);
    }
    group.n += 1;
    if (outcome.error) group.errors += 1;
    else {
      if (outcome.value === null) group.noAnswer += 1;
      group.values.push(outcome.value ?? 0);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, group]) => {
      const correct = group.values.reduce((sum, value) => sum + value, 0);
      const binary = group.values.every((value) => value === 0 || value === 1);
      const estimate = binary
        ? wilsonInterval(correct, group.values.length)
        : bootstrapMeanInterval(group.values, { seed: `${String(options.seed)}\u0000${name}`, ...(options.resamples === undefined ? {} : { resamples: options.resamples }) });
      return {
        group: name,
        n: group.n,
        scored: group.values.length,
        correct,
        noAnswer: group.noAnswer,
        errors: group.errors,
        estimate,
        method: estimate === undefined ? undefined : binary ? 'wilson' : 'bootstrap',
      };
    });
}
