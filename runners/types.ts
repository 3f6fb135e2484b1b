import type { AdapterErrorKind, AdapterSpec, ChatMessage, GenerationParams, TokenUsage } from '../adapters/types.js';
import type { Sample, SuiteDefinition } from '../suites/types.js';

/** A model as the runner sees it: the adapter spec plus the runner's limits. */
export interface ModelTarget {
  /** The user's name for this model in config and reports. */
  readonly id: string;
  readonly adapter: AdapterSpec;
  readonly params: GenerationParams;
  readonly concurrency: number;
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
  readonly error?: ItemError;
  readonly scores: readonly ItemScore[];
}

/** Sent to a pool worker: everything it needs that is not already in its workerData. */
export interface WorkerTask {
  readonly item: WorkItem;
  readonly timeoutMs: number;
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
}

export type RunEvent =
  | { readonly type: 'run-started'; readonly total: number | undefined }
  | { readonly type: 'item-retry'; readonly key: string; readonly attempt: number; readonly delayMs: number; readonly error: ItemError }
  | { readonly type: 'item-finished'; readonly result: ItemResult }
  | { readonly type: 'run-finished'; readonly status: 'completed' | 'interrupted'; readonly counts: RunCounts };

export interface RunCounts {
  readonly items: number;
  readonly errors: number;
  readonly retries: number;
}

export type RunListener = (event: RunEvent) => void;

export type { ChatMessage };
