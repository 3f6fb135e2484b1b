import { existsSync } from 'node:fs';
import { UsageError } from '../common/errors.js';
import { loadSuite } from '../suites/loader.js';
import type { Sample, Suite } from '../suites/types.js';
import type { RunRecord } from './types.js';

/** A suite as it is on disk now, with its samples by id. */
export interface RecordedSuite {
  readonly suite: Suite;
  readonly samples: ReadonlyMap<string, Sample>;
  /** Whether its content hash equals the one the run recorded. */
  readonly unchanged: boolean;
}

/**
 * The suite files a run recorded in its spec (`spec.suiteFiles`, absolute paths,
 * written by `pingce run`). The store keeps no sample data (no targets, choices
 * or metadata): whatever needs it re-reads the suite files and matches by sample id.
 */
export function recordedSuiteFiles(run: RunRecord): string[] {
  const files = run.spec['suiteFiles'];
  if (!Array.isArray(files) || files.length === 0 || !files.every((file): file is string => typeof file === 'string')) {
    throw new UsageError('RUN_NO_SUITE_FILES', `run ${run.id} recorded no suite files, so its samples cannot be re-read`);
  }
  return files;
}

/**
 * Loads the run's suite files and indexes their samples, for the suites the run
 * recorded. With `requireUnchanged`, a suite whose content hash differs from the
 * run's is refused: sample metadata read from a changed file might not be the
 * metadata the run was asked with.
 */
export async function loadRunSuites(run: RunRecord, options: { readonly requireUnchanged: boolean; readonly purpose: string }): Promise<Map<string, RecordedSuite>> {
  const recorded = new Map(run.suites.map((suite) => [suite.id, suite]));
  const loaded = new Map<string, RecordedSuite>();
  for (const file of recordedSuiteFiles(run)) {
    if (!existsSync(file)) throw new UsageError('SUITE_FILE_MISSING', `${options.purpose} re-reads the suite files of run ${run.id}, but ${file} is gone`);
    const suite = await loadSuite(file);
    const record = recorded.get(suite.id);
    if (!record) continue;
    const unchanged = record.hash === suite.hash;
    if (!unchanged && options.requireUnchanged) {
      throw new UsageError('SUITE_CHANGED', `suite "${suite.id}" (${file}) changed since run ${run.id} (content hash ${suite.hash.slice(0, 12)} ≠ ${record.hash.slice(0, 12)}); ${options.purpose} would read other data than the run used`);
    }
    const samples = new Map<string, Sample>();
    for await (const sample of suite.samples()) samples.set(sample.id, sample);
    loaded.set(suite.id, { suite, samples, unchanged });
  }
  return loaded;
}
