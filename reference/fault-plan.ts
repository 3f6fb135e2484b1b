import { unitInterval } from '../common/hash.js';
import type { ResolvedFaults } from './fault-options.js';
import type { FaultKind } from './types.js';

/** Decides, request by request, which chat requests fail and how. */
export interface FaultPlan {
  /**
   * Counts one more request for the prompt and returns its fault, or undefined
   * for the normal reply. With faults off nothing is counted: the counters only
   * exist for the draw, and a run without faults should not pay for them.
   */
  next(promptKey: string): FaultKind | undefined;
  current(): ResolvedFaults | undefined;
  /** Changes the switches; the per-prompt counters carry on. */
  set(faults: ResolvedFaults | undefined): void;
  /** Forgets how often each prompt was asked, so its fault sequence starts over. */
  reset(): void;
}

interface PromptCount {
  /** Requests so far: the index of the next one. */
  asked: number;
  /** Faults in a row, up to the last request. */
  streak: number;
}

/**
 * The n-th request (from 0) for a prompt fails iff
 * `unitInterval(seed, 'fault', promptKey, n) < rate` and the prompt has not
 * already failed `maxConsecutive` times in a row; the kind is
 * `kinds[⌊unitInterval(seed, 'fault-kind', promptKey, n) × kinds.length⌋]`.
 * Keyed per prompt, not per arrival, so concurrency and order change nothing.
 */
export function createFaultPlan(seed: number, initial: ResolvedFaults | undefined): FaultPlan {
  let faults = initial;
  const counts = new Map<string, PromptCount>();

  return {
    next(promptKey) {
      if (faults === undefined) return undefined;
      let count = counts.get(promptKey);
      if (count === undefined) {
        count = { asked: 0, streak: 0 };
        counts.set(promptKey, count);
      }
      const n = count.asked;
      count.asked += 1;
      const { rate, kinds, maxConsecutive } = faults;
      // rate 0 never passes the draw, so skipping the hash changes no outcome.
      if (rate > 0 && count.streak < maxConsecutive && unitInterval(seed, 'fault', promptKey, n) < rate) {
        count.streak += 1;
        return kinds[Math.floor(unitInterval(seed, 'fault-kind', promptKey, n) * kinds.length)];
      }
      count.streak = 0;
      return undefined;
    },
    current: () => faults,
    set(next) {
      faults = next;
    },
    reset() {
      counts.clear();
    },
  };
}
