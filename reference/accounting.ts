import type { ServerResponse } from 'node:http';
import type { FaultKind, ReferenceStats } from './types.js';

/** The endpoint's counters (the ledger and the unknown-prompt count live with the scripted model). */
export interface Accounting {
  /** A chat request arrived: counted, and in flight until its response closes, however it ends. */
  arrived(response: ServerResponse): void;
  faulted(kind: FaultKind): void;
  stats(unknownPrompts: number): ReferenceStats;
  /** Zeroes the counts. Requests still open stay in flight: they will still close. */
  reset(): void;
}

export function createAccounting(): Accounting {
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let faults = noFaults();
  const closed = (): void => {
    inFlight -= 1;
  };

  return {
    arrived(response) {
      requests += 1;
      inFlight += 1;
      if (inFlight > maxInFlight) maxInFlight = inFlight;
      // One shared listener rather than a closure per request.
      response.once('close', closed);
    },
    faulted(kind) {
      faults[kind] += 1;
    },
    stats: (unknownPrompts) => ({ requests, inFlight, maxInFlight, unknownPrompts, faults: { ...faults } }),
    reset() {
      requests = 0;
      maxInFlight = inFlight;
      faults = noFaults();
    },
  };
}

function noFaults(): Record<FaultKind, number> {
  return { rate_limit: 0, server_error: 0, hang: 0, reset: 0, truncated: 0, malformed: 0 };
}
