import type { ChatMessage } from '../adapters/types.js';

export type Domain =
  | 'healthcare'
  | 'finance'
  | 'manufacturing'
  | 'energy'
  | 'culture-tourism'
  | 'chinese-nlp'
  | 'safety'
  | 'general';

export type TaskKind = 'multiple-choice' | 'short-answer' | 'numeric' | 'classification' | 'generation';

/** One evaluation item, as read from a suite's JSONL data. */
export interface Sample {
  readonly id: string;
  readonly input: string | readonly ChatMessage[];
  readonly choices?: readonly string[];
  readonly target?: unknown;
  readonly category?: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

export interface PromptSpec {
  /** System message; may use `{{field}}` placeholders like the template. */
  readonly system?: string;
  /** User message template with `{{field}}` placeholders (see suites/README.md). */
  readonly template: string;
}

export interface FewShotSpec {
  /** JSONL file of exemplars, relative to the suite file. Never scored. */
  readonly file: string;
  /** How many exemplars to prepend, in file order. */
  readonly k: number;
  /** Template of the assistant's turn for an exemplar; default `{{target}}`. */
  readonly answerTemplate?: string;
}

/** A scorer named in a suite, with its options: `exact-match` or `{ id: numeric, options: { tolerance: 0.01 } }`. */
export interface ScorerSpec {
  readonly id: string;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A suite's definition, validated and frozen, without its data. Serialisable (sent to workers). */
export interface SuiteDefinition {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  readonly domain: Domain;
  readonly task: TaskKind;
  readonly license: string;
  readonly provenance?: string;
  readonly prompt: PromptSpec;
  readonly fewShot?: FewShotSpec;
  readonly scorers: readonly ScorerSpec[];
  /** Times each sample is asked; the run's `repeats` overrides it. */
  readonly repeats?: number;
  /** Absolute path of the suite's YAML file. */
  readonly file: string;
  /** Absolute path of its JSONL data. */
  readonly dataFile: string;
  /** sha256 over the canonical definition, the data bytes and the few-shot bytes. */
  readonly hash: string;
  /** sha256 over the prompt spec and the few-shot exemplars: changes when prompts change. */
  readonly promptHash: string;
  /** Few-shot exemplars, loaded eagerly (they are few). */
  readonly exemplars: readonly Sample[];
}

export interface Suite extends SuiteDefinition {
  /** Streams the samples in file order; each is validated as it is read. */
  samples(): AsyncIterable<Sample>;
}
