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
}

export type ScriptedOutcome = 'correct' | 'wrong' | 'noanswer';

/** One answered request, as the endpoint recorded it. */
export interface LedgerEntry {
  readonly suiteId: string;
  readonly sampleId: string;
  readonly outcome: ScriptedOutcome;
  readonly requests: number;
}

export interface ReferenceStats {
  readonly requests: number;
  readonly inFlight: number;
  readonly maxInFlight: number;
  readonly unknownPrompts: number;
}

export interface ReferenceServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash, no /v1). */
  readonly url: string;
  readonly port: number;
  ledger(): LedgerEntry[];
  stats(): ReferenceStats;
  close(): Promise<void>;
}
