import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/cli.js';
import { runImport } from '../../../suites/importers/index.js';
import type { ImportedSuite, ImportOptions } from '../../../suites/importers/index.js';
import type { Sample } from '../../../suites/types.js';

/**
 * The public benchmark samples live beside the repository (`../shared/data`), never in it:
 * several are non-commercial. Tests that read them skip when the folder is absent.
 */
export const DATA = join(repoRoot, '..', 'shared', 'data');
export const hasData = existsSync(join(DATA, 'README.md'));

export const data = (...parts: string[]): string => join(DATA, ...parts);

/** Runs an importer on paths under the data folder. */
export function importData(format: string, paths: readonly string[], options: ImportOptions = {}): ImportedSuite[] {
  return runImport(format, paths.map((path) => data(path)), options, DATA);
}

export function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error(`expected exactly one, got ${items.length}`);
  return items[0] as T;
}

export function samplesOf(suite: ImportedSuite): Sample[] {
  return suite.samples.map((entry) => entry.sample);
}

export function byId(suite: ImportedSuite): Map<string, Sample> {
  return new Map(samplesOf(suite).map((sample) => [sample.id, sample]));
}

/** A file's lines, the simple way (a final newline adds none). */
export function rawLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * How many records the data folder's SOURCE.md says it kept of a file ("whole file, 49 rows",
 * "first 60 of 237 rows", "140 of 2100 items", "… = 225 of 3219 questions"): a count written
 * down when the sample was cut, independent of any parser here.
 */
export function keptCount(folder: string, file: string): number {
  const row = readFileSync(data(folder, 'SOURCE.md'), 'utf8').split('\n').find((line) => line.startsWith(`| ${file} |`));
  const kept = row?.split('|')[3]?.trim() ?? '';
  const match = /= (\d+) of \d+ questions/.exec(kept) ?? /= (\d+) questions/.exec(kept) ?? /whole file, (\d+)/.exec(kept) ?? /^(?:first )?(\d+) of/.exec(kept);
  if (!match?.[1]) throw new Error(`no kept count for ${file} in ${folder}/SOURCE.md: "${kept}"`);
  return Number(match[1]);
}

/** The error `action` throws; fails the test when it throws nothing. */
export function thrown(action: () => unknown): Error & { code?: string } {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}
