import type { GenerationParams } from '../adapters/types.js';
import type { ItemResult, RunCounts } from '../runners/types.js';

export type RunStatus = 'running' | 'completed' | 'interrupted' | 'failed';

/** What a run records about each suite, to reproduce and audit it. */
export interface RunSuiteRecord {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly domain: string;
  readonly task: string;
  readonly hash: string;
  readonly promptHash: string;
  readonly scorers: readonly { readonly id: string; readonly options?: Readonly<Record<string, unknown>> }[];
  readonly license: string;
  /** CircularEval suite: its rotations are items, and the summary adds `metrics.circular`. */
  readonly circular?: boolean;
}

/** What a run records about each model. Never a key or a token. */
export interface RunModelRecord {
  readonly id: string;
  readonly adapter: string;
  readonly model: string;
  readonly baseUrl?: string;
  readonly params: GenerationParams;
  readonly concurrency: number;
}

export interface NewRun {
  readonly id: string;
  readonly startedAt: string;
  readonly toolVersion: string;
  readonly configHash: string;
  readonly suites: readonly RunSuiteRecord[];
  readonly models: readonly RunModelRecord[];
  /** Limits and options the run used (attempts, timeouts, limit, workers …). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** What `--resume` needs to finish the run: suite files, model configs (key variable names, never keys), plan options. */
  readonly spec: Readonly<Record<string, unknown>>;
}

export interface RunRecord extends NewRun {
  readonly status: RunStatus;
  readonly finishedAt?: string;
  readonly counts?: RunCounts;
}

/** Counts per suite × model × scorer, as the store aggregates them. */
export interface ScoreTally {
  readonly suiteId: string;
  readonly modelId: string;
  readonly scorer: string;
  readonly category?: string;
  /** Items planned and finished (ok + error). */
  readonly n: number;
  readonly errors: number;
  /** Sum of score values (for 0/1 scores: the number correct). */
  readonly sum: number;
  readonly noAnswer: number;
  /**
   * Only when some score is neither 0 nor 1 (a graded scorer such as a judge):
   * every scored item's value, NOANSWER as 0, so the summary can give the mean a
   * bootstrap interval. Wilson applies to counts of 0/1 outcomes only.
   */
  readonly values?: readonly number[];
}

export interface StoreWriter {
  add(result: ItemResult): void;
  /** Commits everything added so far in one transaction. */
  flush(): void;
  /** Flushes and stops the interval timer. */
  close(): void;
}

export interface ResultStore {
  readonly path: string;
  createRun(run: NewRun): void;
  /** Batches of `batchSize` (default 64), and at least every `flushIntervalMs` (default 250) while items arrive. */
  writer(runId: string, options?: { batchSize?: number; flushIntervalMs?: number }): StoreWriter;
  finishRun(runId: string, status: RunStatus, counts: RunCounts, finishedAt: string): void;
  /** Marks a run as running again (resume), keeping its items. */
  reopenRun(runId: string): void;
  /** Whether the item finished without error in this run: resume skips it. */
  isDone(runId: string, itemKey: string): boolean;
  /** Copies another store's run (items and scores) into this store under `intoRunId`. */
  importRun(otherStorePath: string, runId: string, intoRunId: string): { items: number };
  /** A run by id, or the newest with `last`. */
  getRun(runIdOrLast: string): RunRecord | undefined;
  listRuns(limit?: number): RunRecord[];
  /** Tallies for each suite × model × scorer, overall (`category` absent) and per category. */
  tallies(runId: string): ScoreTally[];
  itemCount(runId: string): number;
  /**
   * A run's items with their scores (in the order the scorers ran), ordered by item
   * key. Read page by page (`pageSize`, default 500), so a long run is never held
   * whole in memory and the store may be written between pages (rescore does).
   */
  items(runId: string, options?: { readonly pageSize?: number }): IterableIterator<ItemResult>;
  close(): void;
}
