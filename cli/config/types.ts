import type { AdapterKind, AdapterTransport, GenerationParams, MockScript, SystemRole } from '../../adapters/types.js';
import type { ReferenceOptions } from '../../reference/types.js';
import type { RunLimits } from '../../runners/types.js';

/** A model as written in eval.config.yaml (or built from --target). */
export interface ModelConfig {
  readonly id: string;
  readonly adapter: AdapterKind;
  readonly model: string;
  readonly baseUrl?: string;
  readonly apiKeyEnv?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** How system messages are sent to this endpoint; default `system` (adapters/roles.ts). */
  readonly systemRole?: SystemRole;
  /** openai/anthropic: pingce's own HTTP client (default) or the vendor SDK. */
  readonly transport?: AdapterTransport;
  readonly params?: GenerationParams;
  readonly concurrency?: number;
  readonly requestsPerMinute?: number;
  readonly tokensPerMinute?: number;
  readonly mock?: MockScript;
}

/** What a model's tokens cost, for `pingce run --dry-run` (config `prices: { MODEL_ID: … }`). */
export interface ModelPrice {
  readonly inputPerMillion: number;
  readonly outputPerMillion: number;
  readonly currency: string;
}

/** The reference endpoint's settings: its options less the suites, which come from the run. */
export type ReferenceConfig = Omit<ReferenceOptions, 'suites'>;

export interface RunSettings extends RunLimits {
  readonly limit?: number;
  readonly repeats?: number;
  readonly sample?: { readonly size: number; readonly seed?: number };
  readonly deadlineMs?: number;
  readonly maxErrorRate: number;
  readonly workers: number;
}

/** The configuration after validation, with every default filled in. Frozen. */
export interface ResolvedConfig {
  /** The file it came from, or undefined for a command-line-only run. */
  readonly file?: string;
  /** Relative suite paths and store/output paths resolve against this folder. */
  readonly baseDir: string;
  readonly models: readonly ModelConfig[];
  /** Grading models named by judge scorers; not evaluated themselves. */
  readonly judges: readonly ModelConfig[];
  readonly suites: readonly string[];
  readonly store: string;
  readonly output: string;
  /** Response cache file, or false when caching is off. */
  readonly cache: string | false;
  readonly run: RunSettings;
  readonly reference: ReferenceConfig;
  /** Prices by model id; empty when the config has none. Not hashed: prices do not change results. */
  readonly prices: Readonly<Record<string, ModelPrice>>;
  /** sha256 of the canonical configuration (without secrets): recorded with every run. */
  readonly hash: string;
}
