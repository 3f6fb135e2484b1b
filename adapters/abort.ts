import { AdapterError } from './errors.js';

/**
 * What to throw when the caller's signal fired. The runner aborts with its own
 * reason (a timeout, a shutdown), so that reason goes back unchanged and the
 * runner can tell its own abort from a failure of the model.
 */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new AdapterError('transient', 'request aborted', { cause: reason });
}

/** Waits `ms`, rejecting with the abort reason as soon as the signal fires. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
