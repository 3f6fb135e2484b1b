import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { packageRoot } from '../common/package-root.js';
import { PingceError } from '../common/errors.js';
import type { AttemptOutcome, WorkerSetup, WorkerTask } from './types.js';

export interface WorkerPool {
  /** Aborting the signal drops a queued task; a running one ends with the pool. */
  run(task: WorkerTask, signal?: AbortSignal): Promise<AttemptOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * The compiled worker. Worker threads run plain JavaScript, so when pingce itself
 * runs from its TypeScript sources (under vitest) the pool still uses `dist/`.
 */
export function workerFileUrl(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? join(packageRoot, 'dist', 'runners', 'worker.js') : join(here, '..', 'worker.js');
  if (!existsSync(file)) throw new PingceError('WORKER_MISSING', `worker file ${file} not found: run \`npm run build\` first`);
  return pathToFileURL(file).href;
}

/**
 * A piscina pool whose threads each run many model calls at once: the calls are
 * I/O-bound, so a few threads carry thousands of requests while scoring, the
 * CPU-bound part, is spread over the cores.
 */
export function createWorkerPool(setup: WorkerSetup, options: { threads: number; tasksPerThread: number }): WorkerPool {
  const pool = new Piscina<WorkerTask, AttemptOutcome>({
    filename: workerFileUrl(),
    workerData: setup,
    minThreads: options.threads,
    maxThreads: options.threads,
    concurrentTasksPerWorker: Math.max(1, options.tasksPerThread),
    // Tasks await network I/O: a thread must not block its event loop waiting for work.
    atomics: 'disabled',
    idleTimeout: Infinity,
  });
  return {
    threads: options.threads,
    run: (task, signal) => pool.run(task, signal === undefined ? {} : { signal }),
    close: () => pool.destroy(),
  };
}
