import type { Suite, SuiteDefinition } from '../suites/types.js';
import { backoffDelay, isRetryable, sleep } from './retry.js';
import { itemIdentity, planModelItems } from './plan.js';
import { createWorkerPool } from './pool.js';
import type { AttemptOutcome, ItemResult, ModelTarget, RunCounts, RunLimits, RunListener, WorkItem, WorkerTask } from './types.js';

export interface RunInput {
  readonly suites: readonly Suite[];
  readonly models: readonly ModelTarget[];
  readonly limits: RunLimits;
  readonly limit?: number;
  readonly threads: number;
  /** Aborting stops dispatching new items; items in flight finish. */
  readonly signal?: AbortSignal;
  readonly onEvent: RunListener;
  /** Replaces the worker pool, for tests of the scheduling alone. */
  readonly dispatch?: (task: WorkerTask) => Promise<AttemptOutcome>;
}

export interface RunOutcome {
  readonly status: 'completed' | 'interrupted';
  readonly counts: RunCounts;
}

/** The serialisable part of a suite, for worker threads: named fields only, never functions. */
export function suiteDefinition(suite: Suite): SuiteDefinition {
  return {
    id: suite.id,
    version: suite.version,
    title: suite.title,
    ...(suite.description === undefined ? {} : { description: suite.description }),
    domain: suite.domain,
    task: suite.task,
    license: suite.license,
    ...(suite.provenance === undefined ? {} : { provenance: suite.provenance }),
    prompt: suite.prompt,
    ...(suite.fewShot === undefined ? {} : { fewShot: suite.fewShot }),
    scorers: suite.scorers,
    file: suite.file,
    dataFile: suite.dataFile,
    hash: suite.hash,
    promptHash: suite.promptHash,
    exemplars: suite.exemplars,
  };
}

/**
 * Runs every suite against every model. Each model has its own dispatch loop and
 * concurrency limit, so models proceed side by side without one starving another,
 * and a model's work stays grouped instead of interleaving on one server.
 */
export async function executeRun(input: RunInput): Promise<RunOutcome> {
  const counts = { items: 0, errors: 0, retries: 0 };
  const pool = input.dispatch
    ? undefined
    : createWorkerPool(
        { suites: input.suites.map(suiteDefinition), models: input.models },
        { threads: input.threads, tasksPerThread: Math.ceil(input.models.reduce((sum, model) => sum + model.concurrency, 0) / input.threads) },
      );
  const dispatch = input.dispatch ?? ((task: WorkerTask) => (pool as NonNullable<typeof pool>).run(task));
  input.onEvent({ type: 'run-started', total: undefined });
  try {
    await Promise.all(
      input.models.map(async (model) => {
        const items = planModelItems(input.suites, model.id, input.limit === undefined ? {} : { limit: input.limit });
        await runModelItems(items, model.concurrency, async (item) => {
          const result = await runWithRetries(item, dispatch, input, counts);
          if (!result) return; // abandoned by an interruption: left for a resume, not recorded
          counts.items += 1;
          if (result.status === 'error') counts.errors += 1;
          input.onEvent({ type: 'item-finished', result });
        }, input.signal);
      }),
    );
  } finally {
    await pool?.close();
  }
  const status = input.signal?.aborted ? 'interrupted' : 'completed';
  input.onEvent({ type: 'run-finished', status, counts: { ...counts } });
  return { status, counts: { ...counts } };
}

/** Pulls items only when a slot is free: memory holds `concurrency` items, not the suite. */
async function runModelItems(items: AsyncIterable<WorkItem>, concurrency: number, handle: (item: WorkItem) => Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for await (const item of items) {
    if (signal?.aborted) break;
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const task: Promise<void> = handle(item).finally(() => inFlight.delete(task));
    inFlight.add(task);
  }
  await Promise.all(inFlight);
}

async function runWithRetries(item: WorkItem, dispatch: (task: WorkerTask) => Promise<AttemptOutcome>, input: RunInput, counts: { retries: number }): Promise<ItemResult | undefined> {
  const { limits } = input;
  for (let attempt = 1; ; attempt += 1) {
    let outcome: AttemptOutcome;
    try {
      outcome = await dispatch({ item, timeoutMs: limits.timeoutMs });
    } catch (error) {
      // The worker itself failed (a crash, not a model answer): record, never score.
      outcome = { ok: false, promptHash: '', error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    if (outcome.ok) return { ...outcome.result, attempts: attempt };
    const canRetry = isRetryable(outcome.error) && attempt < limits.maxAttempts && !input.signal?.aborted;
    if (!canRetry) return errorResult(item, outcome.promptHash, outcome.error, attempt);
    const delayMs = backoffDelay(attempt, { baseMs: limits.backoffBaseMs, maxMs: limits.backoffMaxMs, retryAfterMs: outcome.error.retryAfterMs });
    counts.retries += 1;
    input.onEvent({ type: 'item-retry', key: item.key, attempt, delayMs, error: outcome.error });
    await sleep(delayMs, input.signal);
    if (input.signal?.aborted) return undefined;
  }
}

function errorResult(item: WorkItem, promptHash: string, error: ItemResult['error'], attempts: number): ItemResult {
  return {
    ...itemIdentity(item),
    promptHash,
    status: 'error',
    attempts,
    ...(error === undefined ? {} : { error }),
    scores: [],
  };
}
