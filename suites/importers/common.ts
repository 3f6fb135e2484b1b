import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { SuiteError } from '../errors.js';
import { CHOICE_LETTERS } from '../render.js';
import type { Domain, Sample } from '../types.js';
import type { LocatedSample, SourcePlace } from './types.js';

/** The `version` of every imported suite; bumped when an importer changes what it produces. */
export const IMPORT_VERSION = '1.0.0';

/** Multiple-choice suites list both pipelines, so a report shows how much answer extraction matters. */
export const CHOICE_SCORERS = ['multiple-choice', 'multiple-choice-strict'] as const;

/**
 * An answer cell as option letters: trimmed (FinEval has `"D "`), upper-cased, every
 * letter among the offered options. Several letters are a multi-answer item (CMB `ABD`).
 */
export function answerLetters(raw: string, choiceCount: number, at: SourcePlace, what = 'answer'): string {
  const letters = raw.trim().toUpperCase();
  const offered = CHOICE_LETTERS.slice(0, choiceCount);
  if (letters === '' || [...letters].some((letter) => !offered.includes(letter))) {
    throw new SuiteError(at, `${what} ${JSON.stringify(raw)} is not among the offered options ${offered}`);
  }
  if (new Set(letters).size !== letters.length) throw new SuiteError(at, `${what} ${JSON.stringify(raw)} repeats a letter`);
  return letters;
}

/** A 0-based option index (SafetyBench's `answer: 1`) as its letter. */
export function indexLetter(value: unknown, choiceCount: number, at: SourcePlace, what = 'answer'): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= choiceCount) {
    throw new SuiteError(at, `${what} ${JSON.stringify(value)} is not an option index from 0 to ${choiceCount - 1}`);
  }
  return CHOICE_LETTERS.charAt(value);
}

/** Collects samples, refusing duplicate ids and empty inputs where they are read, not later. */
export class SampleList {
  readonly items: LocatedSample[] = [];
  private readonly seen = new Map<string, SourcePlace>();

  add(sample: Sample, at: SourcePlace): void {
    const first = this.seen.get(sample.id);
    if (first) throw new SuiteError(at, `duplicate item id "${sample.id}" (first at ${first.file}:${first.line})`);
    if (typeof sample.input === 'string' && sample.input.trim() === '') throw new SuiteError(at, `item "${sample.id}" has an empty question`);
    this.seen.set(sample.id, at);
    this.items.push({ sample, at });
  }
}

/** Keeps only the defined entries, so optional sample fields are absent rather than `undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** A keyword guess of the domain from a subject name; `--option domain=` overrides it. */
export function guessDomain(subject: string, fallback: Domain = 'general'): Domain {
  const name = subject.toLowerCase();
  if (/medic|physician|clinical|nurs|pharm|veterinar|anatomy|virology|nutrition|health|医|药|护/.test(name)) return 'healthcare';
  if (/account|financ|bank|tax|econom|invest|insurance|fund|securit|actuar|futures|stock|会计|金融|银行|证券|基金|保险|税|经济|期货|理财|精算/.test(name)) return 'finance';
  if (/engineer|metrology|manufactur|mechanical|electrical|制造|工程/.test(name)) return 'manufacturing';
  return fallback;
}

/** How the sources are named in provenance: relative to the import root, with a short sha256 of the bytes. */
export function describeSources(files: readonly string[], root: string): string {
  return files.map((file) => `${relative(root, file) || basename(file)} (sha256 ${fileSha256(file).slice(0, 12)})`).join(', ');
}

export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The folder paths in provenance are relative to: the common parent of the paths given. */
export function importRoot(paths: readonly string[]): string {
  const [first, ...rest] = paths.map((path) => dirname(path));
  let root = first ?? '.';
  for (const path of rest) while (relative(root, path).startsWith('..')) root = dirname(root);
  return root;
}

export interface ProvenanceParts {
  readonly format: string;
  readonly upstream: string;
  readonly files: readonly string[];
  readonly root: string;
  readonly notes?: readonly string[];
}

/** Provenance text of an imported suite: always says the items are third-party and where they came from. */
export function provenance(parts: ProvenanceParts): string {
  const notes = (parts.notes ?? []).filter((note) => note !== '');
  return [
    `Third-party data imported with \`pingce import ${parts.format}\` (pingce importer ${IMPORT_VERSION}); not written by pingce and not shipped with it.`,
    `Upstream: ${parts.upstream}.`,
    `Files: ${describeSources(parts.files, parts.root)}.`,
    ...notes,
    'The licence above is the upstream one as pingce knows it; checking it and complying with it is the user\'s responsibility.',
  ].join(' ');
}
