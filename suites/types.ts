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

/** Language of a suite's prompts: picks pingce's default template when `template` is omitted. */
export type PromptLanguage = 'zh' | 'en';

export interface PromptSpec {
  /** System message; may use `{{field}}` placeholders like the template. */
  readonly system?: string;
  /**
   * User message template with `{{field}}` placeholders (see suites/README.md).
   * A suite file may omit it where pingce has a default for the task
   * (suites/templates.ts); a loaded suite always carries the template in effect.
   */
  readonly template: string;
  /** `zh` (default) or `en`. */
  readonly language?: PromptLanguage;
}

export interface FewShotSpec {
  /** JSONL file of exemplars, relative to the suite file. Never scored. */
  readonly file: string;
  /** How many exemplars to prepend. */
  readonly k: number;
  /** With a seed, the k exemplars are a seeded-hash choice (the same on every machine); without, the first k. */
  readonly seed?: number;
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
  /**
   * CircularEval (multiple-choice only): each sample is also asked with its options
   * rotated, and counts as circular-correct only when every rotation is (runners/circular.ts).
   */
  readonly circular?: boolean;
  /** Absolute path of the suite's YAML file. */
  readonly file: string;
  /** Absolute path of its JSONL data. */
  readonly dataFile: string;
  /** sha256 over the canonical definition, the data bytes and the few-shot bytes. */
  readonly hash: string;
  /** sha256 over the prompt spec and the few-shot exemplars: changes when prompts change. */
  readonly promptHash: string;
  /**
   * Few-shot exemplars, loaded eagerly (they are few), in the order they are
   * offered: file order, or seeded-hash order with `fewShot.seed`. An item takes
   * the first k that are not itself (render.ts).
   */
  readonly exemplars: readonly Sample[];
}

export interface Suite extends SuiteDefinition {
  /** Streams the samples in file order; each is validated as it is read. */
  samples(): AsyncIterable<Sample>;
}
