import type { Suite } from '../suites/types.js';

/**
 * The reference endpoint: pingce's own stand-in model server (OpenAI- and
 * Anthropic-compatible, 127.0.0.1 only). It plays a seeded, scripted model whose
 * answers it decides from the suites' gold answers, so the numbers a run must
 * produce are known in advance.
 */
export interface ReferenceOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly seed: number;
  /** Probability of a correct answer, per suite id, with `default` for the rest. */
  readonly accuracy: Readonly<Record<string, number>>;
  /** Probability of an unextractable answer on multiple-choice and numeric items. */
  readonly noAnswerRate: number;
  /** Fixed delay before each reply. */
  readonly latencyMs: number;
  /** Suites whose prompts the endpoint recognises. */
  readonly suites: readonly Suite[];
  /** Fault switches for the runner's fault-tolerance tests; none when absent. */
  readonly faults?: FaultOptions;
}

/** How a faulted chat request fails. */
export type FaultKind = 'rate_limit' | 'server_error' | 'hang' | 'reset' | 'truncated' | 'malformed';

/**
 * Which chat requests fail, and how. The choice is a pure function of the seed,
 * the prompt and how many times that prompt was asked, so a run sees the same
 * faults per prompt whatever order its requests arrive in.
 */
export interface FaultOptions {
  /** Share of chat requests that get a fault, 0..1. */
  readonly rate: number;
  /** The kinds a fault is chosen among, deterministically. */
  readonly kinds: readonly FaultKind[];
  /** For 429s; default 50. Sent as `retry-after-ms` and as `retry-after` (seconds, rounded up). */
  readonly retryAfterMs?: number;
  /** 'hang': hold the request this long, then destroy the socket; default 60000 (the client's timeout should fire first). */
  readonly hangMs?: number;
  /** Never fault the same prompt more than this many times in a row, so a client with enough retries finishes; default 3. */
  readonly maxConsecutive?: number;
}

/** One chat request, as the endpoint's request log recorded it. */
export interface RequestLogEntry {
  /** Milliseconds since the server started (performance.now()), when the request's body had been read. */
  readonly at: number;
  readonly suiteId?: string;
  readonly sampleId?: string;
  readonly fault?: FaultKind;
  /** HTTP status sent; 0 when none was (a hang, a reset, a client that left first). */
  readonly status: number;
}

export type ScriptedOutcome = 'correct' | 'wrong' | 'noanswer';

/** One answered request, as the endpoint recorded it. */
export interface LedgerEntry {
  readonly suiteId: string;
  readonly sampleId: string;
  readonly outcome: ScriptedOutcome;
  /** Every request for the sample, faulted ones included. */
  readonly requests: number;
  /** Of those, the ones answered with a fault. */
  readonly faulted: number;
}

export interface ReferenceStats {
  readonly requests: number;
  readonly inFlight: number;
  readonly maxInFlight: number;
  readonly unknownPrompts: number;
  /** Injected faults, by kind. */
  readonly faults: Readonly<Record<FaultKind, number>>;
}

export interface ReferenceServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash, no /v1). */
  readonly url: string;
  readonly port: number;
  ledger(): LedgerEntry[];
  stats(): ReferenceStats;
  /** Every chat request since start (or the last reset), oldest first; at most the last 200,000. */
  requests(): RequestLogEntry[];
  /** Clears the ledger, stats, request log and the per-prompt request counters the faults are drawn from. */
  reset(): void;
  /** Switches faults on, changes them, or (undefined) switches them off. Throws REFERENCE_OPTIONS_INVALID on bad options. */
  setFaults(faults: FaultOptions | undefined): void;
  close(): Promise<void>;
}
