import { hashValue } from '../common/hash.js';
import { renderPrompt } from '../suites/render.js';
import type { Suite, SuiteDefinition } from '../suites/types.js';
import { createBudgets, budgetKey } from './budgets.js';
import { applyJudges, suiteJudges } from './judge-phase.js';
import { responseCacheKey } from './cache-key.js';
import type { Limiter } from './limiter.js';
import { estimateMessageTokens } from './estimate.js';
import { countPlan, itemIdentity, planModelItems, type PlanOptions } from './plan.js';
import { createWorkerPool, type WorkerPool } from './pool.js';
import { backoffDelay, isRetryable, sleep } from './retry.js';
import type { AttemptOutcome, CachedCompletion, ChatMessage, ItemError, ItemResult, LimiterState, ModelTarget, RunCounts, RunLimits, RunListener, WorkItem, WorkerSetup, WorkerTask } from './types.js';

/** The response cache as the runner needs it (see cache.ts for the SQLite one). */
export interface CacheAccess {
  get(key: string): CachedCompletion | undefined;
  put(key: string, completion: CachedCompletion): void;
}

export interface RunInput {
  readonly suites: readonly Suite[];
  readonly models: readonly ModelTarget[];
  /** Models that only grade (named by judge scorers); they get their own budgets. */
  readonly judges?: readonly ModelTarget[];
  readonly limits: RunLimits;
  readonly plan?: PlanOptions;
  /** Items per model if already counted (the CLI counts to validate first). */
  readonly totals?: Readonly<Record<string, number>>;
  readonly threads: number;
  /** Aborting stops the run: nothing new is dispatched and requests in flight are abandoned. */
  readonly signal?: AbortSignal;
  /** Stop the run (as interrupted) after this long. */
  readonly deadlineMs?: number;
  /** `use`: serve hits, store misses; `refresh`: never serve, always store. */
  readonly cache?: { readonly access: CacheAccess; readonly mode: 'use' | 'refresh' };
  readonly onEvent: RunListener;
  /**
   * A pool the caller started ahead (runPool below), so its threads boot while the
   * plan is counted; the run takes it over and closes it when it ends. Without one
   * the run starts its own.
   */
  readonly pool?: WorkerPool;
  /** Replaces the worker pool, for tests of the scheduling alone. */
  readonly dispatch?: (task: WorkerTask, signal: AbortSignal) => Promise<AttemptOutcome>;
}

export interface RunOutcome {
  readonly status: 'completed' | 'interrupted';
  readonly reason?: 'signal' | 'deadline';
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
    ...(suite.repeats === undefined ? {} : { repeats: suite.repeats }),
    file: suite.file,
    dataFile: suite.dataFile,
    hash: suite.hash,
    promptHash: suite.promptHash,
    exemplars: suite.exemplars,
  };
}

/**
 * The worker pool a run of these suites and models needs: every model's suites and
 * adapters, threads × tasks ≥ total concurrency. The suites may still be loading
 * (a promise): the threads then boot meanwhile and receive them when they resolve.
 */
export function runPool(run: { readonly suites: readonly Suite[] | Promise<readonly Suite[]>; readonly models: readonly ModelTarget[]; readonly judges?: readonly ModelTarget[] | undefined; readonly threads: number }): WorkerPool {
  const everyModel = [...run.models, ...(run.judges ?? [])];
  const setupFor = (suites: readonly Suite[]): WorkerSetup => ({ suites: suites.map(suiteDefinition), models: everyModel });
  return createWorkerPool(run.suites instanceof Promise ? run.suites.then(setupFor) : setupFor(run.suites), {
    threads: run.threads,
    tasksPerThread: Math.ceil(everyModel.reduce((sum, model) => sum + model.concurrency, 0) / run.threads),
  });
}

/** Tokens a tokens/minute budget holds back for a reply when the model sets no maxTokens. */
export const DEFAULT_REPLY_TOKEN_RESERVE = 256;

interface Counters {
  items: number;
  errors: number;
  retries: number;
  cached: number;
  dispatched: number;
}

/**
 * Runs every suite against every model. Each model has its own dispatch loop,
 * pulling items only as its slots free up; models on the same endpoint and key
 * share one limiter (concurrency, requests/min, tokens/min, 429 back-off).
 */
export async function executeRun(input: RunInput): Promise<RunOutcome> {
  const counters: Counters = { items: 0, errors: 0, retries: 0, cached: 0, dispatched: 0 };
  const stop = new AbortController();
  let reason: RunOutcome['reason'];
  const onAbort = () => {
    reason ??= 'signal';
    stop.abort();
  };
  if (input.signal?.aborted) onAbort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = input.deadlineMs === undefined ? undefined : setTimeout(() => {
    reason ??= 'deadline';
    stop.abort();
  }, input.deadlineMs);

  const everyModel = [...input.models, ...(input.judges ?? [])];
  const budgets = createBudgets(everyModel, input.limits.adaptiveConcurrency ?? true, throttledLimiterEvents(input.onEvent));
  const suites = new Map(input.suites.map((suite) => [suite.id, suite]));
  const pool = input.dispatch ? undefined : (input.pool ?? runPool(input));
  // No per-task signal for the pool: on abort the pool is destroyed, which ends every task at once.
  const dispatch = input.dispatch ?? ((task: WorkerTask) => (pool as NonNullable<typeof pool>).run(task));

  try {
    const totals = input.totals ?? (await countPlan(input.suites, input.models.map((model) => model.id), input.plan));
    input.onEvent({ type: 'run-started', totals });
    const context: ItemContext = { input, suites, dispatch, counters, signal: stop.signal, models: new Map(everyModel.map((model) => [model.id, model])), budgets };
    await Promise.all(
      input.models.map(async (model) => {
        const limiter = budgets.get(budgetKey(model));
        if (!limiter) throw new Error(`no budget for model ${model.id}`);
        await runWithSlots(planModelItems(input.suites, model.id, input.plan), model.concurrency, stop.signal, async (item) => {
          const result = await runItem(item, model, limiter, context);
          // After an abort nothing more is recorded: abandoned items are left for a resume.
          if (!result || stop.signal.aborted) return;
          counters.items += 1;
          if (result.status === 'error') counters.errors += 1;
          if (result.cached) counters.cached += 1;
          input.onEvent({ type: 'item-finished', result });
        });
      }),
    );
  } finally {
    if (deadline) clearTimeout(deadline);
    input.signal?.removeEventListener('abort', onAbort);
    await pool?.close();
  }
  const status = stop.signal.aborted ? 'interrupted' : 'completed';
  const counts: RunCounts = {
    items: counters.items,
    errors: counters.errors,
    retries: counters.retries,
    cached: counters.cached,
    limiters: [...budgets].map(([budget, limiter]) => ({ budget, ...limiter.state() })),
  };
  input.onEvent({ type: 'run-finished', status, ...(reason === undefined || status === 'completed' ? {} : { reason }), counts });
  return { status, ...(status === 'interrupted' && reason !== undefined ? { reason } : {}), counts };
}

/** Limiter changes can come thousands of times a second; pass on at most one per budget per 250 ms (the final states travel with run-finished). */
function throttledLimiterEvents(onEvent: RunListener) {
  const lastSent = new Map<string, number>();
  return (budget: string, state: LimiterState) => {
    const now = performance.now();
    if (now - (lastSent.get(budget) ?? -Infinity) < 250) return;
    lastSent.set(budget, now);
    onEvent({ type: 'limiter', budget, state });
  };
}

/**
 * Pulls items only when one of `concurrency` slots is free: memory holds the
 * items in flight, not the suite. The wait for a slot is one promise at a time,
 * resolved by the next task to finish (or by the abort), so nothing is left
 * behind per item however long the run: no reaction on a promise that lives as
 * long as the run, no race over every task in flight.
 *
 * Resolves when every pulled item is handled, or at once on abort (in-flight
 * handlers are abandoned). The first handler that throws stops dispatch and
 * rejects with its error.
 */
export async function runWithSlots<T>(items: AsyncIterable<T>, concurrency: number, signal: AbortSignal, handle: (item: T) => Promise<void>): Promise<void> {
  const slots = Math.max(1, Math.floor(concurrency));
  let active = 0;
  let failure: { readonly error: unknown } | undefined;
  // The loop is the only waiter: it waits for a free slot, or at the end for the last task.
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const settled = () => {
    active -= 1;
    notify();
  };
  const failed = (error: unknown) => {
    failure ??= { error };
    settled();
  };
  const stopped = () => signal.aborted || failure !== undefined;
  const waitForChange = () => new Promise<void>((resolve) => {
    wake = resolve;
  });
  signal.addEventListener('abort', notify, { once: true });
  try {
    for await (const item of items) {
      while (active >= slots && !stopped()) await waitForChange();
      if (stopped()) break;
      active += 1;
      let running: Promise<void>;
      try {
        running = handle(item);
      } catch (error) {
        failed(error);
        break;
      }
      running.then(settled, failed);
    }
    while (active > 0 && !stopped()) await waitForChange();
    if (failure) throw failure.error;
  } finally {
    signal.removeEventListener('abort', notify);
  }
}

interface ItemContext {
  readonly input: RunInput;
  readonly suites: ReadonlyMap<string, Suite>;
  readonly models: ReadonlyMap<string, ModelTarget>;
  readonly budgets: ReadonlyMap<string, Limiter>;
  readonly dispatch: (task: WorkerTask, signal: AbortSignal) => Promise<AttemptOutcome>;
  readonly counters: Counters;
  readonly signal: AbortSignal;
}

/** One item to the end: render, call (cache, limits, retries), then any judges. Undefined when abandoned by an abort. */
async function runItem(item: WorkItem, model: ModelTarget, limiter: Limiter, context: ItemContext): Promise<ItemResult | undefined> {
  const suite = context.suites.get(item.suiteId);
  let messages: ChatMessage[];
  try {
    if (!suite) throw new Error(`unknown suite ${item.suiteId}`);
    messages = renderPrompt(suite, item.sample);
  } catch (error) {
    return errorResult(item, '', { kind: 'internal', message: error instanceof Error ? error.message : String(error) }, 1);
  }
  const task: WorkerTask = { item, messages, promptHash: hashValue(messages), timeoutMs: context.input.limits.timeoutMs };
  const called = await callWithRetries(task, model, limiter, context);
  if (!called) return undefined;
  const result = called.outcome.ok
    ? { ...called.outcome.result, attempts: called.attempts, ...(called.cached ? { cached: true } : {}) }
    : errorResult(item, task.promptHash, called.outcome.error, called.attempts);
  if (result.status !== 'ok' || suiteJudges(suite).length === 0) return result;
  const judged = await applyJudges(result, suite, item.sample, messages, (judgeId, judgeMessages) => judgeCall(item, judgeId, judgeMessages, context));
  return context.signal.aborted ? undefined : judged;
}

/** A judge's call goes through the same machinery as the item's: the judge's own budget, retries and cache. */
async function judgeCall(item: WorkItem, judgeId: string, messages: readonly ChatMessage[], context: ItemContext) {
  const judge = context.models.get(judgeId);
  const limiter = judge ? context.budgets.get(budgetKey(judge)) : undefined;
  if (!judge || !limiter) return { ok: false as const, error: { kind: 'internal' as const, message: `no judge model "${judgeId}" in the run` } };
  const task: WorkerTask = { item, messages, promptHash: hashValue(messages), timeoutMs: context.input.limits.timeoutMs, judgeModelId: judgeId };
  const called = await callWithRetries(task, judge, limiter, context);
  if (!called) return { ok: false as const, error: { kind: 'transient' as const, message: 'interrupted' } };
  return called.outcome.ok ? { ok: true as const, text: called.outcome.result.output ?? '' } : { ok: false as const, error: called.outcome.error };
}

interface Called {
  readonly outcome: AttemptOutcome;
  readonly attempts: number;
  readonly cached: boolean;
}

/**
 * One model call to its end: the response cache, then the model's budget,
 * attempts with jittered backoff and the run's retry budget. Undefined when
 * abandoned by an abort.
 */
async function callWithRetries(task: WorkerTask, model: ModelTarget, limiter: Limiter, context: ItemContext): Promise<Called | undefined> {
  const { input, counters, signal } = context;
  const { item, messages } = task;
  const cacheKey = input.cache ? responseCacheKey({ adapter: model.adapter, params: model.params, messages, repeat: item.repeat }) : undefined;
  const cached = cacheKey !== undefined && input.cache?.mode === 'use' ? input.cache.access.get(cacheKey) : undefined;
  if (cached) return { outcome: await attempt(context, { ...task, cached }), attempts: 0, cached: true };

  // The same CJK-aware estimate as --dry-run, plus the most the reply may use; worked out only
  // for a tokens/minute budget (the real usage settles the difference after the call).
  const estimatedTokens = limiter.countsTokens ? estimateMessageTokens(messages) + (model.params.maxTokens ?? DEFAULT_REPLY_TOKEN_RESERVE) : 0;
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    let release;
    try {
      release = await limiter.acquire(estimatedTokens, signal);
    } catch {
      return undefined;
    }
    counters.dispatched += attemptNumber === 1 ? 1 : 0;
    const outcome = await attempt(context, task);
    const usage = outcome.ok ? outcome.result.usage : undefined;
    release(usage?.inputTokens !== undefined || usage?.outputTokens !== undefined ? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0) : undefined);
    if (signal.aborted) return undefined;
    if (outcome.ok) {
      limiter.onSuccess();
      if (cacheKey !== undefined && input.cache) input.cache.access.put(cacheKey, toCached(outcome.result));
      return { outcome, attempts: attemptNumber, cached: false };
    }
    if (outcome.error.kind === 'rate_limit') limiter.onRateLimited(outcome.error.retryAfterMs);
    const budgetLeft = counters.retries < 20 + (input.limits.retryBudget ?? 1) * counters.dispatched;
    if (!isRetryable(outcome.error) || attemptNumber >= input.limits.maxAttempts || !budgetLeft) return { outcome, attempts: attemptNumber, cached: false };
    const delayMs = backoffDelay(attemptNumber, { baseMs: input.limits.backoffBaseMs, maxMs: input.limits.backoffMaxMs, retryAfterMs: outcome.error.retryAfterMs });
    counters.retries += 1;
    input.onEvent({ type: 'item-retry', key: item.key, modelId: task.judgeModelId ?? item.modelId, attempt: attemptNumber, delayMs, error: outcome.error });
    await sleep(delayMs, signal);
    if (signal.aborted) return undefined;
  }
}

async function attempt(context: ItemContext, task: WorkerTask): Promise<AttemptOutcome> {
  try {
    return await context.dispatch(task, context.signal);
  } catch (error) {
    // The worker itself failed (a crash or an abort), not the model: never a score.
    return { ok: false, promptHash: task.promptHash, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

function toCached(result: Omit<ItemResult, 'attempts'>): CachedCompletion {
  return {
    text: result.output ?? '',
    ...(result.reasoning === undefined ? {} : { reasoning: result.reasoning }),
    ...(result.usage === undefined ? {} : { usage: result.usage }),
    latencyMs: result.latencyMs ?? 0,
    ...(result.finishReason === undefined ? {} : { finishReason: result.finishReason }),
  };
}

function errorResult(item: WorkItem, promptHash: string, error: ItemError, attempts: number): ItemResult {
  return { ...itemIdentity(item), promptHash, status: 'error', attempts, error, scores: [] };
}
