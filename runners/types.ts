import type { AdapterErrorKind, AdapterSpec, ChatMessage, GenerationParams, TokenUsage } from '../adapters/types.js';
import type { Sample, SuiteDefinition } from '../suites/types.js';

/** A model as the runner sees it: the adapter spec plus the runner's limits. */
export interface ModelTarget {
  /** The user's name for this model in config and reports. */
  readonly id: string;
  readonly adapter: AdapterSpec;
  readonly params: GenerationParams;
  /** Requests in flight at once (the ceiling when adaptive concurrency is on). */
  readonly concurrency: number;
  readonly requestsPerMinute?: number;
  readonly tokensPerMinute?: number;
}

/** One unit of work: one sample of one suite asked of one model, once. */
export interface WorkItem {
  /** Stable across runs and machines: `suite/sample/model/repeat`. */
  readonly key: string;
  readonly suiteId: string;
  readonly sample: Sample;
  readonly modelId: string;
  readonly repeat: number;
}

export interface ItemScore {
  readonly scorer: string;
  readonly value: number | null;
  readonly passed?: boolean;
  readonly answer?: string;
  readonly explanation?: string;
}

export interface ItemError {
  /** `rate_limit` | `transient` | `fatal` from the adapter, `timeout`, or `internal` (a bug or bad data). */
  readonly kind: AdapterErrorKind | 'timeout' | 'internal';
  readonly message: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
}

/** What happened to one work item: scored output, or an error (never both). */
export interface ItemResult {
  readonly key: string;
  readonly suiteId: string;
  readonly sampleId: string;
  readonly modelId: string;
  readonly repeat: number;
  readonly category?: string;
  readonly promptHash: string;
  readonly status: 'ok' | 'error';
  readonly output?: string;
  readonly reasoning?: string;
  readonly usage?: TokenUsage;
  readonly latencyMs?: number;
  readonly finishReason?: string;
  readonly attempts: number;
  /** The completion came from the response cache: no request was made for it. */
  readonly cached?: boolean;
  readonly error?: ItemError;
  readonly scores: readonly ItemScore[];
}

/** A completion as the cache keeps it. */
export interface CachedCompletion {
  readonly text: string;
  readonly reasoning?: string;
  readonly usage?: TokenUsage;
  readonly latencyMs: number;
  readonly finishReason?: string;
}

/** Sent to a pool worker: everything it needs that is not already in its workerData. */
export interface WorkerTask {
  readonly item: WorkItem;
  /** Rendered on the main thread (the cache key needs them), sent as they are. */
  readonly messages: readonly ChatMessage[];
  readonly promptHash: string;
  readonly timeoutMs: number;
  /** When present, the worker scores this instead of calling the model. */
  readonly cached?: CachedCompletion;
  /** A judge call: ask this model instead of the item's and return the completion unscored. */
  readonly judgeModelId?: string;
}

/** What a worker sends back for one attempt. */
export type AttemptOutcome =
  | { readonly ok: true; readonly result: Omit<ItemResult, 'attempts'> }
  | { readonly ok: false; readonly promptHash: string; readonly error: ItemError };

/** Given once to each worker thread. */
export interface WorkerSetup {
  readonly suites: readonly SuiteDefinition[];
  readonly models: readonly ModelTarget[];
}

export interface RunLimits {
  readonly maxAttempts: number;
  readonly timeoutMs: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** Retries allowed per run: 20 + retryBudget × items dispatched. Past it, failures are final. */
  readonly retryBudget?: number;
  /** Shrink concurrency on 429 and grow it back after sustained success. Default true. */
  readonly adaptiveConcurrency?: boolean;
}

/** What a limiter is doing now: shown in progress and recorded with the run. */
export interface LimiterState {
  /** Models sharing this budget (same endpoint and key). */
  readonly models: readonly string[];
  /** Current concurrency limit (≤ ceiling; lowered by 429s when adaptive). */
  readonly limit: number;
  readonly ceiling: number;
  readonly inFlight: number;
  /** Requests waiting for a slot or for rate budget. */
  readonly waiting: number;
  readonly rateLimited: number;
  /** Total time requests spent waiting for the rate budget or a Retry-After pause. */
  readonly throttledMs: number;
}

export type RunEvent =
  /** `totals`: items each model will run (after resume skips, sampling and sharding). */
  | { readonly type: 'run-started'; readonly totals: Readonly<Record<string, number>> }
  | { readonly type: 'item-retry'; readonly key: string; readonly modelId: string; readonly attempt: number; readonly delayMs: number; readonly error: ItemError }
  | { readonly type: 'item-finished'; readonly result: ItemResult }
  | { readonly type: 'limiter'; readonly budget: string; readonly state: LimiterState }
  | { readonly type: 'run-finished'; readonly status: 'completed' | 'interrupted'; readonly reason?: 'signal' | 'deadline'; readonly counts: RunCounts };

export interface RunCounts {
  readonly items: number;
  readonly errors: number;
  readonly retries: number;
  readonly cached?: number;
  /** Final limiter states, one per budget. */
  readonly limiters?: readonly (LimiterState & { readonly budget: string })[];
}

export type RunListener = (event: RunEvent) => void;

export type { ChatMessage };
