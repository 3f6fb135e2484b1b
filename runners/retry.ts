import type { ItemError } from './types.js';

/**
 * Delay before retry `attempt` (1 = first retry): full-jitter exponential backoff,
 * never shorter than what the server asked for with Retry-After.
 */
export function backoffDelay(attempt: number, options: { baseMs: number; maxMs: number; retryAfterMs?: number | undefined; random?: () => number }): number {
  const random = options.random ?? Math.random;
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling * (0.5 + random() / 2));
  return Math.max(jittered, options.retryAfterMs ?? 0);
}

/** Resolves after `ms`, or at once when the signal aborts (the caller checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Which errors another attempt might cure: never a fatal 4xx or a bug. */
export function isRetryable(error: ItemError): boolean {
  return error.kind === 'rate_limit' || error.kind === 'transient' || error.kind === 'timeout';
}
