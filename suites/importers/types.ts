import type { Domain, PromptSpec, Sample, ScorerSpec, TaskKind } from '../types.js';

/** The split a user asks for. Formats name their files differently; each importer maps these. */
export type Split = 'val' | 'test' | 'dev';

/**
 * What the user passed: `--id`, `--split`, `--map` and every `--option KEY=VALUE`, as one
 * flat record (the `import:` selector's query string gives the same keys). Each importer
 * declares the keys it understands; any other key is a usage error.
 */
export type ImportOptions = Readonly<Record<string, string>>;

/** Where a sample came from: its error messages and the written data name this place. */
export interface SourcePlace {
  readonly file: string;
  readonly line: number;
}

export interface LocatedSample {
  readonly sample: Sample;
  readonly at: SourcePlace;
}

/** The YAML body of an imported suite, without its file names (the writer chooses them). */
export interface SuiteSpec {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  readonly domain: Domain;
  readonly task: TaskKind;
  readonly license: string;
  readonly provenance: string;
  readonly prompt: PromptSpec;
  /** Few-shot settings; the exemplars themselves are `ImportedSuite.exemplars`. */
  readonly fewShot?: { readonly k: number; readonly answerTemplate?: string };
  readonly scorers: readonly (string | ScorerSpec)[];
}

/** One suite produced by an importer: definition, items and optional few-shot exemplars, all in memory. */
export interface ImportedSuite {
  readonly spec: SuiteSpec;
  readonly samples: readonly LocatedSample[];
  readonly exemplars: readonly LocatedSample[];
  /** Absolute paths of every file read for this suite (data, few-shot, answer keys, label maps). */
  readonly sources: readonly string[];
}

export interface Importer {
  readonly id: string;
  /** One line for `pingce import --list`. */
  readonly summary: string;
  /** Option keys accepted besides the common ones (see options.ts COMMON_KEYS). */
  readonly optionKeys: readonly string[];
  /** Reads the given files or folders and builds one suite per subject, task or file. */
  run(paths: readonly string[], options: ImportOptions): ImportedSuite[];
}
