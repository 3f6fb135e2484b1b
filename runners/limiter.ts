import type { LimiterState } from './types.js';

export interface LimiterOptions {
  readonly models: readonly string[];
  /** Ceiling of requests in flight. */
  readonly concurrency: number;
  readonly requestsPerMinute?: number | undefined;
  readonly tokensPerMinute?: number | undefined;
  /** Halve the limit on 429, add one back after `limit` successes in a row. */
  readonly adaptive: boolean;
  readonly now?: () => number;
  /** Called whenever the state changes in a way a person would want to see. */
  readonly onChange?: (state: LimiterState) => void;
}

/** Call with the tokens the request really used (when known) to settle the token budget. */
export type Release = (usedTokens?: number) => void;

export interface Limiter {
  /** Resolves when a slot, a request token and enough token budget are free; rejects if the signal aborts. */
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<Release>;
  /** A 429: shrink (if adaptive) and pause every dispatch for `retryAfterMs`. */
  onRateLimited(retryAfterMs?: number): void;
  onSuccess(): void;
  state(): LimiterState;
  /** Whether `acquire` charges tokens (a tokens/minute budget is set); without one the estimate is not needed. */
  readonly countsTokens: boolean;
}

interface Waiter {
  readonly tokens: number;
  readonly since: number;
  readonly resolve: (release: Release) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * One budget per endpoint + key: concurrency (AIMD-adaptive on 429), requests
 * per minute and tokens per minute as token buckets that hold one second's
 * worth, and a shared pause after a Retry-After. Waiters are served in order.
 */
export function createLimiter(options: LimiterOptions): Limiter {
  const now = options.now ?? (() => performance.now());
  const ceiling = Math.max(1, options.concurrency);
  let limit = ceiling;
  let inFlight = 0;
  let successes = 0;
  let rateLimited = 0;
  let throttledMs = 0;
  let pausedUntil = 0;
  const queue: Waiter[] = [];
  let timer: NodeJS.Timeout | undefined;

  const requestBucket = options.requestsPerMinute ? tokenBucket(options.requestsPerMinute / 60_000, Math.max(1, options.requestsPerMinute / 60), now) : undefined;
  const tokenBudget = options.tokensPerMinute ? tokenBucket(options.tokensPerMinute / 60_000, Math.max(1, options.tokensPerMinute / 60), now) : undefined;

  const state = (): LimiterState => ({ models: options.models, limit, ceiling, inFlight, waiting: queue.length, rateLimited, throttledMs: Math.round(throttledMs) });
  const changed = () => options.onChange?.(state());

  function pump(): void {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    while (queue.length > 0 && inFlight < limit) {
      const head = queue[0];
      if (!head) break;
      const time = now();
      const wait = Math.max(pausedUntil - time, requestBucket?.waitFor(1) ?? 0, tokenBudget?.waitFor(head.tokens) ?? 0);
      if (wait > 0) {
        // Not unref'd: while every item waits on the budget, this timer is what keeps the run alive.
        timer = setTimeout(pump, Math.ceil(wait));
        return;
      }
      queue.shift();
      requestBucket?.take(1);
      tokenBudget?.take(head.tokens);
      throttledMs += time - head.since;
      inFlight += 1;
      head.resolve(releaseFor(head.tokens));
    }
    changed();
  }

  function releaseFor(estimated: number): Release {
    let released = false;
    return (usedTokens) => {
      if (released) return;
      released = true;
      inFlight -= 1;
      // Settle the difference between the estimate and what was really used (may go into debt).
      if (tokenBudget && usedTokens !== undefined) tokenBudget.take(usedTokens - estimated);
      pump();
    };
  }

  return {
    acquire(estimatedTokens, signal) {
      return new Promise<Release>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) {
            queue.splice(index, 1);
            reject(signal?.reason);
          }
        };
        // The listener goes when the waiter is served: a long run must not pile one up per request.
        const waiter: Waiter = {
          tokens: Math.max(0, estimatedTokens),
          since: now(),
          resolve: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
          reject,
        };
        queue.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
        pump();
      });
    },
    onRateLimited(retryAfterMs) {
      rateLimited += 1;
      successes = 0;
      if (options.adaptive) limit = Math.max(1, Math.floor(limit / 2));
      if (retryAfterMs !== undefined && retryAfterMs > 0) pausedUntil = Math.max(pausedUntil, now() + retryAfterMs);
      pump();
    },
    onSuccess() {
      if (!options.adaptive || limit >= ceiling) return;
      successes += 1;
      if (successes >= limit) {
        successes = 0;
        limit += 1;
        pump();
      }
    },
    state,
    countsTokens: tokenBudget !== undefined,
  };
}

/** A token bucket: `ratePerMs` refill, holding at most `capacity`. May go negative (debt). */
function tokenBucket(ratePerMs: number, capacity: number, now: () => number) {
  let tokens = capacity;
  let last = now();
  const refill = () => {
    const time = now();
    tokens = Math.min(capacity, tokens + (time - last) * ratePerMs);
    last = time;
  };
  return {
    /** ms until `amount` can be taken; a request larger than the bucket waits for a full one. */
    waitFor(amount: number): number {
      refill();
      const needed = Math.min(amount, capacity);
      return tokens >= needed ? 0 : (needed - tokens) / ratePerMs;
    },
    take(amount: number): void {
      refill();
      tokens -= amount;
    },
  };
}
