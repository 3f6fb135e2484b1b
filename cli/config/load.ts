import { dirname, resolve } from 'node:path';
import { deepFreeze } from '../../common/freeze.js';
import { hashValue } from '../../common/hash.js';
import { schemaValidator } from '../../common/schema.js';
import { readLocatedYaml, validateLocated } from '../../common/yaml-document.js';
import { DEFAULT_CACHE, DEFAULT_CONCURRENCY, DEFAULT_OUTPUT, DEFAULT_REFERENCE, DEFAULT_RUN, DEFAULT_STORE } from './defaults.js';
import { ConfigError } from './errors.js';
import type { ModelConfig, ModelPrice, ReferenceConfig, ResolvedConfig, RunSettings } from './types.js';

/** The config file as the schema allows it, before defaults. */
export interface RawConfig {
  models: ModelConfig[];
  judges?: ModelConfig[];
  suites: string[];
  store?: string;
  output?: string;
  cache?: string | false;
  run?: Partial<RunSettings>;
  reference?: Partial<ReferenceConfig>;
  prices?: Record<string, ModelPrice>;
}

/**
 * Loads eval.config.yaml once, at the boundary: parse, validate against
 * schemas/eval-config.schema.json, check what a schema cannot (unique model ids),
 * fill defaults and freeze. Every problem names the file, line and key path.
 */
export function loadConfigFile(file: string): ResolvedConfig {
  const { raw, baseDir, file: path } = loadRawConfig(file);
  return resolveConfig(raw, baseDir, path);
}

/** Parses and validates without filling defaults, so command-line flags can still override. */
export function loadRawConfig(file: string): { raw: RawConfig; baseDir: string; file: string } {
  const path = resolve(file);
  const makeError = (location: ConstructorParameters<typeof ConfigError>[0], message: string, cause?: unknown) => new ConfigError(location, message, { cause });
  const yaml = readLocatedYaml(path, makeError);
  validateLocated(yaml, schemaValidator('eval-config'), makeError);
  const raw = yaml.value as RawConfig;
  const seen = new Map<string, string>();
  for (const list of ['models', 'judges'] as const) {
    (raw[list] ?? []).forEach((model, index) => {
      const first = seen.get(model.id);
      if (first !== undefined) throw new ConfigError(yaml.locate([list, index, 'id']), `model id "${model.id}" is already used by ${first}`);
      seen.set(model.id, `${list}[${index}]`);
    });
  }
  return { raw, baseDir: dirname(path), file: path };
}

/** Fills defaults and freezes. Also used for command-line-only runs (no file). */
export function resolveConfig(raw: RawConfig, baseDir: string, file?: string): ResolvedConfig {
  const run: RunSettings = { ...DEFAULT_RUN, ...raw.run };
  const reference: ReferenceConfig = { ...DEFAULT_REFERENCE, ...raw.reference, accuracy: { ...DEFAULT_REFERENCE.accuracy, ...raw.reference?.accuracy } };
  const models = raw.models.map((model) => ({ ...model, concurrency: model.concurrency ?? DEFAULT_CONCURRENCY }));
  const judges = (raw.judges ?? []).map((model) => ({ ...model, concurrency: model.concurrency ?? DEFAULT_CONCURRENCY }));
  const body = {
    models,
    judges,
    suites: [...raw.suites],
    store: resolve(baseDir, raw.store ?? DEFAULT_STORE),
    output: resolve(baseDir, raw.output ?? DEFAULT_OUTPUT),
    cache: raw.cache === false ? (false as const) : resolve(baseDir, raw.cache ?? DEFAULT_CACHE),
    run,
    reference,
    prices: { ...raw.prices },
  };
  // The hash covers what changes results; the file's location and the prices do not.
  const hash = hashValue({ models, judges, suites: body.suites, run, reference });
  return deepFreeze({ ...(file === undefined ? {} : { file }), baseDir, ...body, hash });
}
