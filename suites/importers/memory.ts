import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { deepFreeze } from '../../common/freeze.js';
import { hashValue } from '../../common/hash.js';
import type { Sample, Suite, SuiteDefinition } from '../types.js';
import { fileSha256, IMPORT_VERSION } from './common.js';
import { runImport } from './index.js';
import { parseKeyValue } from './options.js';
import type { ImportedSuite, ImportOptions } from './types.js';
import { validateImported } from './validate.js';
import { fewShotFileName, suiteBody } from './write.js';
import { IMPORT_PREFIX, isImportSelector } from './selector.js';

export { IMPORT_PREFIX, isImportSelector };

export interface ImportSelector {
  readonly format: string;
  readonly path: string;
  readonly options: ImportOptions;
}

/** `import:FORMAT:PATH[?KEY=VALUE&…]`; the keys are the `pingce import` options (id, split, map, k, …). */
export function parseImportSelector(selector: string): ImportSelector {
  const body = selector.slice(IMPORT_PREFIX.length);
  const colon = body.indexOf(':');
  if (colon <= 0 || colon === body.length - 1) throw new UsageError('USAGE', `suite selector "${selector}" must look like import:FORMAT:PATH (e.g. import:ceval:../data/ceval)`);
  const format = body.slice(0, colon);
  const rest = body.slice(colon + 1);
  const question = rest.indexOf('?');
  const path = question < 0 ? rest : rest.slice(0, question);
  const options: Record<string, string> = {};
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&').filter((part) => part !== '')) {
      const [key, value] = parseKeyValue(pair, `option "${pair}" in "${selector}"`);
      options[key] = value;
    }
  }
  return { format, path, options };
}

/** Imports a selector's suites into memory: loadSuite-compatible, validated the same way, nothing written. */
export function importSelector(selector: string, baseDir: string): Suite[] {
  const parsed = parseImportSelector(selector);
  const absolute = resolve(baseDir, parsed.path);
  return runImport(parsed.format, [absolute], parsed.options, baseDir).map((suite) => memorySuite(suite, `${IMPORT_PREFIX}${parsed.format}:${absolute}`, parsed.options));
}

/**
 * A Suite object over imported items. `hash` covers the definition, the options and the
 * bytes of every source file, so any change to the upstream files changes it; `promptHash`
 * is computed exactly as the loader computes it for the written form of the same suite.
 */
export function memorySuite(suite: ImportedSuite, origin: string, options: ImportOptions): Suite {
  const { spec } = suite;
  const body = suiteBody(spec);
  const file = `${origin}#${spec.id}`;
  const { samples, exemplars } = validateImported(suite, body, file);
  const fewShot = spec.fewShot === undefined ? undefined : { file: fewShotFileName(spec.id), ...spec.fewShot };
  const definition: SuiteDefinition = {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    domain: spec.domain,
    task: spec.task,
    license: spec.license,
    provenance: spec.provenance,
    prompt: spec.prompt,
    ...(fewShot === undefined ? {} : { fewShot }),
    scorers: spec.scorers.map((scorer) => (typeof scorer === 'string' ? { id: scorer } : scorer)),
    file,
    dataFile: suite.sources[0] ?? origin,
    hash: hashValue({ importer: IMPORT_VERSION, definition: body, options, sources: suite.sources.map(fileSha256) }),
    promptHash: hashValue({ prompt: spec.prompt, fewShot: fewShot ?? null, exemplars: exemplars.slice(0, fewShot?.k ?? 0) }),
    exemplars,
  };
  return deepFreeze({
    ...definition,
    async *samples(): AsyncIterable<Sample> {
      yield* samples;
    },
  });
}
