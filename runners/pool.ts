import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { packageRoot } from '../common/package-root.js';
import { PingceError } from '../common/errors.js';
import type { AttemptOutcome, WorkerSetup, WorkerTask } from './types.js';
import { announceSetup, type WorkerData } from './worker-setup.js';

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
 * CPU-bound part, is spread over the cores. Threads start at once (thread
 * start-up and module loading take about a tenth of a second), so a caller
 * that creates the pool early overlaps that with its own work. The setup may be
 * a promise: the threads then boot at once and receive the suites and models
 * when they are known (worker-setup.ts). `close` may be called more than once.
 */
export function createWorkerPool(setup: WorkerSetup | Promise<WorkerSetup>, options: PoolOptions): WorkerPool {
  const channelName = setup instanceof Promise ? `pingce-worker-setup-${randomUUID()}` : undefined;
  const workerData: WorkerData = channelName === undefined ? { setup: setup as WorkerSetup } : { setupChannel: channelName };
  const endAnnouncement = channelName === undefined ? () => undefined : announceSetup(channelName, setup as Promise<WorkerSetup>);
  const pool = new Piscina<WorkerTask, AttemptOutcome>({
    filename: workerFileUrl(),
    workerData,
    minThreads: options.threads,
    maxThreads: options.threads,
    concurrentTasksPerWorker: Math.max(1, options.tasksPerThread),
    // Tasks await network I/O: a thread must not block its event loop waiting for work.
    atomics: 'disabled',
    idleTimeout: Infinity,
  });
  let closed: Promise<void> | undefined;
  return {
    threads: options.threads,
    // After destroy, piscina would start new threads for a task; a closed pool refuses it instead.
    run: (task, signal) => (closed ? Promise.reject(new PingceError('POOL_CLOSED', 'the worker pool is closed')) : pool.run(task, signal === undefined ? {} : { signal })),
    close: () =>
      (closed ??= pool.destroy().finally(endAnnouncement)),
  };
}
