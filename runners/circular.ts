import { parseRotationId, rotateSample } from '../suites/rotation.js';
import type { Sample, Suite } from '../suites/types.js';
import type { ItemResult } from './types.js';

/**
 * CircularEval. A circular multiple-choice suite asks each sample once per
 * rotation of its options (4 options → 4 work items); rotation r ≥ 1 is a
 * sample of its own with the id `ID@rNofM` (suites/rotation.ts), so it has its
 * own item key, rendered prompt, cache entry and resume state, while sharding
 * and sampling still act on the sample id (all rotations stay together).
 */

/** The forms in which the plan asks a sample: every rotation in a circular suite, else the sample itself. */
export function askedForms(suite: Pick<Suite, 'circular' | 'task'>, sample: Sample): Sample[] {
  const count = sample.choices?.length ?? 0;
  if (!suite.circular || suite.task !== 'multiple-choice' || count === 0) return [sample];
  return Array.from({ length: count }, (_unused, rotation) => rotateSample(sample, rotation));
}

/** Circular counts for one suite × model: a "sample" is one sample × repeat, with all its rotations. */
export interface CircularTally {
  readonly suiteId: string;
  readonly modelId: string;
  /** Samples with at least one rotation recorded. */
  readonly n: number;
  /** Samples where some rotation ended in an infrastructure error: left out of the rate, like item errors. */
  readonly errors: number;
  /** Samples missing a rotation (an interrupted run): left out of the rate until resumed. */
  readonly incomplete: number;
  /** Samples whose every rotation the primary scorer marked correct (value 1). */
  readonly correct: number;
}

interface Group {
  readonly suiteId: string;
  readonly modelId: string;
  rotations: number | undefined;
  readonly seen: Set<number>;
  error: boolean;
  allCorrect: boolean;
}

/**
 * Groups a run's items by suite, model, sample and repeat, for the suites in
 * `primaryScorers` (circular suite id → its primary scorer). A sample is
 * circular-correct only if all of its rotations were scored correct; a NOANSWER
 * or a missing score in any rotation makes it not correct.
 */
export function circularTallies(items: Iterable<ItemResult>, primaryScorers: ReadonlyMap<string, string>): CircularTally[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const scorer = primaryScorers.get(item.suiteId);
    if (scorer === undefined) continue;
    const ref = parseRotationId(item.sampleId);
    const key = JSON.stringify([item.suiteId, item.modelId, ref?.baseId ?? item.sampleId, item.repeat]);
    let group = groups.get(key);
    if (!group) {
      group = { suiteId: item.suiteId, modelId: item.modelId, rotations: undefined, seen: new Set(), error: false, allCorrect: true };
      groups.set(key, group);
    }
    group.rotations ??= ref?.rotations;
    group.seen.add(ref?.rotation ?? 0);
    if (item.status === 'error') group.error = true;
    else if (item.scores.find((score) => score.scorer === scorer)?.value !== 1) group.allCorrect = false;
  }

  const tallies = new Map<string, { suiteId: string; modelId: string; n: number; errors: number; incomplete: number; correct: number }>();
  for (const group of groups.values()) {
    const key = JSON.stringify([group.suiteId, group.modelId]);
    const tally = tallies.get(key) ?? { suiteId: group.suiteId, modelId: group.modelId, n: 0, errors: 0, incomplete: 0, correct: 0 };
    tallies.set(key, tally);
    tally.n += 1;
    // Every multiple-choice sample has at least 2 options, so a sample seen only in rotation 0 is incomplete.
    const complete = group.rotations !== undefined && group.seen.size === group.rotations;
    if (group.error) tally.errors += 1;
    else if (!complete) tally.incomplete += 1;
    else if (group.allCorrect) tally.correct += 1;
  }
  return [...tallies.values()];
}
