import type { RunListener } from '../runners/types.js';

/**
 * A plain progress reporter: a line every `intervalMs` on stderr with items
 * done, errors and retries. It listens to runner events; the runner knows
 * nothing about it.
 */
export function createProgressReporter(write: (line: string) => void, intervalMs = 2000, now: () => number = Date.now): RunListener {
  let done = 0;
  let errors = 0;
  let retries = 0;
  let started = now();
  let lastPrint = started;
  return (event) => {
    if (event.type === 'run-started') {
      started = now();
      lastPrint = started;
    } else if (event.type === 'item-retry') {
      retries += 1;
    } else if (event.type === 'item-finished') {
      done += 1;
      if (event.result.status === 'error') errors += 1;
      const time = now();
      if (time - lastPrint >= intervalMs) {
        lastPrint = time;
        const rate = done / Math.max(0.001, (time - started) / 1000);
        write(`… ${done} items done, ${errors} errors, ${retries} retries, ${rate.toFixed(1)} items/s\n`);
      }
    }
  };
}
