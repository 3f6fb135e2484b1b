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
}

export interface StoreWriter {
  add(result: ItemResult): void;
  /** Commits everything added so far in one transaction. */
  flush(): void;
}

export interface ResultStore {
  readonly path: string;
  createRun(run: NewRun): void;
  writer(runId: string, options?: { batchSize?: number }): StoreWriter;
  finishRun(runId: string, status: RunStatus, counts: RunCounts, finishedAt: string): void;
  /** A run by id, or the newest with `last`. */
  getRun(runIdOrLast: string): RunRecord | undefined;
  listRuns(limit?: number): RunRecord[];
  /** Tallies for each suite × model × scorer, overall (`category` absent) and per category. */
  tallies(runId: string): ScoreTally[];
  itemCount(runId: string): number;
  close(): void;
}
