import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { UsageError } from '../../common/errors.js';
import { countSamples, loadSuite } from '../loader.js';
import type { ImportedSuite, SuiteSpec } from './types.js';
import { validateImported } from './validate.js';

export interface WrittenSuite {
  readonly id: string;
  readonly file: string;
  readonly items: number;
  readonly exemplars: number;
  readonly license: string;
}

/** The YAML body of an imported suite, as the loader reads it: data and few-shot files sit beside it. */
export function suiteBody(spec: SuiteSpec): Record<string, unknown> {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    domain: spec.domain,
    task: spec.task,
    license: spec.license,
    provenance: spec.provenance,
    data: dataFileName(spec.id),
    prompt: spec.prompt,
    ...(spec.fewShot === undefined ? {} : { fewShot: { file: fewShotFileName(spec.id), ...spec.fewShot } }),
    scorers: spec.scorers,
  };
}

export function suiteYaml(suite: ImportedSuite, format: string): string {
  const { spec } = suite;
  const header = [
    `# Imported with \`pingce import ${format}\`. THIRD-PARTY DATA, not part of pingce: licence "${spec.license}".`,
    '# Do not commit or redistribute it unless that licence allows; several benchmarks are non-commercial.',
    '',
  ].join('\n');
  return header + stringify(suiteBody(spec), { lineWidth: 0 });
}

export const dataFileName = (id: string) => `${id}.jsonl`;
export const fewShotFileName = (id: string) => `${id}.dev.jsonl`;

function jsonl(samples: ImportedSuite['samples']): string {
  return samples.map((entry) => `${JSON.stringify(entry.sample)}\n`).join('');
}

/**
 * Writes the suites as an ordinary suite folder, all or nothing: everything goes to a
 * temporary sibling folder, every suite is loaded back and validated there, and only
 * then is the folder renamed into place. An existing non-empty folder is replaced only
 * with `force`.
 */
export async function writeImportedSuites(suites: readonly ImportedSuite[], format: string, outDir: string, options: { readonly force: boolean }): Promise<WrittenSuite[]> {
  const out = resolve(outDir);
  for (const suite of suites) validateImported(suite, suiteBody(suite.spec), suite.sources[0] ?? out);
  const existing = statSync(out, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError('USAGE', `-o ${out} exists and is not a folder`);
  if (existing && readdirSync(out).length > 0 && !options.force) throw new UsageError('USAGE', `-o ${out} already exists and is not empty; choose another folder or pass --force to replace it`);
  // The first folder this creates (if any), removed again should the import fail.
  const createdParent = mkdirSync(dirname(out), { recursive: true });
  const temporary = join(dirname(out), `.${basename(out)}.importing-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(temporary);
  let done = false;
  try {
    const written: WrittenSuite[] = [];
    for (const suite of suites) {
      const { id } = suite.spec;
      writeFileSync(join(temporary, `${id}.yaml`), suiteYaml(suite, format));
      writeFileSync(join(temporary, dataFileName(id)), jsonl(suite.samples));
      if (suite.spec.fewShot) writeFileSync(join(temporary, fewShotFileName(id)), jsonl(suite.exemplars));
    }
    writeFileSync(join(temporary, 'README.md'), notice(suites, format));
    for (const suite of suites) {
      // Loading it back is the proof that `pingce suites validate` and `pingce run` accept it.
      const loaded = await loadSuite(join(temporary, `${suite.spec.id}.yaml`));
      const items = await countSamples(loaded);
      written.push({ id: loaded.id, file: join(out, `${loaded.id}.yaml`), items, exemplars: loaded.exemplars.length, license: loaded.license });
    }
    if (existing) {
      const old = `${temporary}.old`;
      renameSync(out, old);
      renameSync(temporary, out);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temporary, out);
    }
    done = true;
    return written;
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { recursive: true, force: true });
    if (!done && createdParent !== undefined) rmSync(createdParent, { recursive: true, force: true });
  }
}

function notice(suites: readonly ImportedSuite[], format: string): string {
  const rows = suites.map((suite) => `| \`${suite.spec.id}\` | ${suite.samples.length} | ${suite.spec.license} |`);
  return [
    `# Imported suites (\`pingce import ${format}\`)`,
    '',
    'These files hold **third-party benchmark data**, converted by pingce from their public format.',
    'They are not part of pingce. Their licence is the upstream one, recorded in each YAML file;',
    'several benchmarks are non-commercial or state no licence. Keeping to it — including not',
    'committing, publishing or redistributing these files where it forbids that — is your responsibility.',
    '',
    '| suite | items | licence |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
