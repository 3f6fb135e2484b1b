import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
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

export interface PoolOptions {
  readonly threads: number;
  readonly tasksPerThread: number;
}

/**
 * A piscina pool whose threads each run many model calls at once: the calls are
 * I/O-bound, so a few threads carry thousands of requests while scoring, the
 * CPU-bound part, is spread over the cores. A pool started ahead by
 * `prestartWorkerPool` with an equal setup and options is taken over instead.
 */
export function createWorkerPool(setup: WorkerSetup, options: PoolOptions): WorkerPool {
  const started = warm;
  warm = undefined;
  if (started && isDeepStrictEqual(started.setup, setup) && started.options.threads === options.threads && started.options.tasksPerThread === options.tasksPerThread) {
    return started.pool;
  }
  if (started) void started.pool.close();
  return startPool(setup, options);
}

let warm: { readonly setup: WorkerSetup; readonly options: PoolOptions; readonly pool: WorkerPool } | undefined;

/**
 * Starts the threads of the pool a run is about to create (thread start-up and the
 * worker's module loading take a few hundred milliseconds), so they boot while the
 * caller still counts the plan and opens the store. The next `createWorkerPool`
 * with an equal setup and options takes it over; any other call gets a fresh pool,
 * as without this. Never throws (a pool that cannot start fails where it always
 * did, in `createWorkerPool`). Returns a function that destroys the pool if nothing
 * took it over, for the caller's `finally`.
 */
export function prestartWorkerPool(setup: WorkerSetup, options: PoolOptions): () => Promise<void> {
  let pool: WorkerPool;
  try {
    pool = startPool(setup, options);
  } catch {
    return async () => {};
  }
  if (warm) void warm.pool.close();
  const entry = { setup, options, pool };
  warm = entry;
  return async () => {
    if (warm !== entry) return;
    warm = undefined;
    await pool.close();
  };
}

function startPool(setup: WorkerSetup, options: PoolOptions): WorkerPool {
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
