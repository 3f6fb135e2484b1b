import type { FaultKind, RequestLogEntry } from './types.js';

/** Enough for any suite run many times over, at ~100 bytes an entry. */
export const MAX_REQUEST_LOG_ENTRIES = 200_000;

/**
 * A log entry while its request is open: `status` is filled in when (if) a
 * response starts. Every field is always present, so all entries share one shape.
 */
export interface OpenLogEntry {
  readonly at: number;
  readonly suiteId: string | undefined;
  readonly sampleId: string | undefined;
  readonly fault: FaultKind | undefined;
  status: number;
}

export interface RequestLog {
  add(entry: OpenLogEntry): void;
  /** Oldest first; copies, without the absent fields. */
  entries(): RequestLogEntry[];
  clear(): void;
}

/** A ring buffer: the newest `capacity` entries, with no array shifting on the hot path. */
export function createRequestLog(capacity = MAX_REQUEST_LOG_ENTRIES): RequestLog {
  let ring: OpenLogEntry[] = [];
  // Where the next entry goes once the ring is full (and so also the oldest entry).
  let next = 0;

  return {
    add(entry) {
      if (ring.length < capacity) {
        ring.push(entry);
        return;
      }
      ring[next] = entry;
      next = (next + 1) % capacity;
    },
    entries() {
      const ordered = next === 0 ? ring : [...ring.slice(next), ...ring.slice(0, next)];
      return ordered.map(publicEntry);
    },
    clear() {
      ring = [];
      next = 0;
    },
  };
}

function publicEntry({ at, suiteId, sampleId, fault, status }: OpenLogEntry): RequestLogEntry {
  return {
    at,
    ...(suiteId === undefined ? {} : { suiteId }),
    ...(sampleId === undefined ? {} : { sampleId }),
    ...(fault === undefined ? {} : { fault }),
    status,
  };
}
