import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { didYouMean } from '../../common/did-you-mean.js';
import { createRegistry } from '../../common/registry.js';
import { SuiteError } from '../errors.js';
import { clueImporter } from './clue.js';
import { cmbImporter } from './cmb.js';
import { cmrcImporter } from './cmrc2018.js';
import { examImporters } from './exams.js';
import { genericImporter } from './generic.js';
import { nerImporter } from './ner.js';
import { SUITE_ID } from './options.js';
import { safetyBenchImporter } from './safetybench.js';
import { sighanImporter } from './sighan2005.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';
import { xstestImporter } from './xstest.js';

const importers = createRegistry<Importer>('importer');
for (const importer of [...examImporters, cmbImporter, clueImporter, cmrcImporter, sighanImporter, nerImporter, safetyBenchImporter, xstestImporter, genericImporter]) {
  importers.register(importer.id, importer);
}

/** Option keys whose value is a file path. */
const PATH_OPTIONS = ['answers', 'labels'];

export function importerIds(): string[] {
  return importers.ids();
}

/** The importer for FORMAT; an unknown name is a usage error (exit 2) with a suggestion. */
export function getImporter(format: string): Importer {
  if (!importers.has(format)) {
    throw new UsageError('USAGE', `unknown import format "${format}"${didYouMean(format, importers.ids())}; known: ${importers.ids().join(', ')}`);
  }
  return importers.get(format);
}

/**
 * Runs an importer on paths relative to `baseDir` and returns its suites in memory.
 * `--id` names the suite when there is one, and replaces the format prefix of each id
 * when there are several (`--id fe` → `fe-accounting-val`, `fe-insurance-val`).
 */
export function runImport(format: string, paths: readonly string[], options: ImportOptions, baseDir: string): ImportedSuite[] {
  const importer = getImporter(format);
  if (paths.length === 0) throw new UsageError('USAGE', `pingce import ${format} needs at least one PATH`);
  // Options that name files are relative to the same place as the paths.
  const resolved = Object.fromEntries(Object.entries(options).map(([key, value]) => [key, PATH_OPTIONS.includes(key) ? resolve(baseDir, value) : value]));
  const suites = importer.run(paths.map((path) => resolve(baseDir, path)), resolved).map((suite, _index, all) => renamed(suite, format, options['id'], all.length));
  if (suites.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `${format}: nothing to import in ${paths.join(', ')}`);
  const seen = new Map<string, string>();
  for (const suite of suites) {
    const source = suite.sources[0] ?? '';
    const first = seen.get(suite.spec.id);
    if (first !== undefined) throw new UsageError('USAGE', `two imported suites would both be "${suite.spec.id}" (${first} and ${source}); import them separately with --id`);
    seen.set(suite.spec.id, source);
    if (suite.samples.length === 0) throw new SuiteError({ file: source }, `no items to import for suite "${suite.spec.id}"`);
  }
  return suites;
}

function renamed(suite: ImportedSuite, format: string, id: string | undefined, count: number): ImportedSuite {
  if (id === undefined) return suite;
  const next = count === 1 ? id : `${id}${suite.spec.id.startsWith(format) ? suite.spec.id.slice(format.length) : `-${suite.spec.id}`}`;
  if (!SUITE_ID.test(next)) throw new UsageError('USAGE', `suite id "${next}" (from --id ${id}) is not valid`);
  return { ...suite, spec: { ...suite.spec, id: next } };
}

export type { ImportedSuite, Importer, ImportOptions, LocatedSample, Split, SuiteSpec } from './types.js';
