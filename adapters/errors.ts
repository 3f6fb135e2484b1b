import type { AdapterErrorKind } from './types.js';

/**
 * The only error an adapter throws. `kind` tells the runner what to do:
 * `rate_limit` → back off (honouring `retryAfterMs`) and shrink concurrency;
 * `transient` → retry with backoff; `fatal` → record the item as an error.
 */
export class AdapterError extends Error {
  readonly code = 'ADAPTER_ERROR';
  readonly kind: AdapterErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(kind: AdapterErrorKind, message: string, options: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AdapterError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 408, 409, 425, 429 and 5xx are worth retrying; other 4xx are the request's fault. */
export function kindForStatus(status: number): AdapterErrorKind {
  if (status === 429) return 'rate_limit';
  if (status === 408 || status === 409 || status === 425 || status >= 500) return 'transient';
  return 'fatal';
}

/**
 * Reads `retry-after-ms` (OpenAI), `retry-after` in seconds or as an HTTP date.
 * Returns undefined when absent or unparseable.
 */
export function parseRetryAfter(headers: { get(name: string): string | null } | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError' || error.name === 'TimeoutError');
}
