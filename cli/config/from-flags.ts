import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { didYouMean } from '../../common/did-you-mean.js';
import { looksLikePath } from '../../suites/resolve.js';
import { ConfigError } from './errors.js';
import { DEFAULT_STORE } from './defaults.js';
import { loadConfigFile, loadRawConfig, resolveConfig, type RawConfig } from './load.js';
import type { ModelConfig, ResolvedConfig } from './types.js';

/** Command-line flags that choose or override configuration. */
export interface ConfigFlags {
  readonly config?: string | undefined;
  readonly target?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly apiKeyEnv?: string | undefined;
  readonly suites?: readonly string[] | undefined;
  readonly models?: readonly string[] | undefined;
  readonly limit?: number | undefined;
  readonly concurrency?: number | undefined;
  readonly repeats?: number | undefined;
  readonly sample?: { readonly size: number; readonly seed?: number } | undefined;
  readonly deadlineMs?: number | undefined;
  readonly noCache?: boolean | undefined;
  readonly store?: string | undefined;
  readonly output?: string | undefined;
}

export const DEFAULT_CONFIG_FILE = 'eval.config.yaml';

/**
 * The configuration for a command: `-c FILE`, else ./eval.config.yaml, else
 * (with --target) none at all. Flags override the file; the result is validated
 * and frozen like a file's.
 */
export function configFromFlags(flags: ConfigFlags, cwd: string): ResolvedConfig {
  if (flags.target === undefined && (flags.baseUrl !== undefined || flags.apiKeyEnv !== undefined)) {
    throw new ConfigError(undefined, '--base-url and --api-key-env describe a --target model; add --target KIND:MODEL');
  }
  const configPath = flags.config ?? (existsSync(join(cwd, DEFAULT_CONFIG_FILE)) ? join(cwd, DEFAULT_CONFIG_FILE) : undefined);
  let raw: RawConfig;
  let baseDir = cwd;
  let file: string | undefined;
  if (configPath !== undefined) {
    if (!existsSync(configPath)) throw new ConfigError({ file: resolve(configPath) }, 'config file not found');
    ({ raw, baseDir, file } = loadRawConfig(configPath));
  } else if (flags.target !== undefined) {
    raw = { models: [], suites: [] };
  } else {
    throw new ConfigError(undefined, `no ${DEFAULT_CONFIG_FILE} in ${cwd}: pass -c FILE, or name a model with --target openai:MODEL --base-url URL and suites with --suite`);
  }

  let models = flags.target === undefined ? raw.models : [targetModel(flags.target, flags.baseUrl, flags.apiKeyEnv)];
  if (flags.models && flags.models.length > 0) models = selectModels(models, flags.models);
  if (flags.concurrency !== undefined) models = models.map((model) => ({ ...model, concurrency: flags.concurrency }));
  const suites = flags.suites && flags.suites.length > 0 ? [...flags.suites] : raw.suites;
  // Suites named on the command line are relative to where the user is, not to the config file.
  const suiteBase = flags.suites && flags.suites.length > 0 ? cwd : baseDir;
  if (suites.length === 0) throw new ConfigError(undefined, 'no suites to run: name them with --suite ID|PATH or in the config file');
  const merged: RawConfig = {
    ...raw,
    models,
    suites: suites.map((selector) => (looksLikePath(selector) ? resolve(suiteBase, selector) : selector)),
    ...(flags.store === undefined ? {} : { store: resolve(cwd, flags.store) }),
    ...(flags.output === undefined ? {} : { output: resolve(cwd, flags.output) }),
    ...(flags.noCache ? { cache: false as const } : {}),
    run: {
      ...raw.run,
      ...(flags.limit === undefined ? {} : { limit: flags.limit }),
      ...(flags.repeats === undefined ? {} : { repeats: flags.repeats }),
      ...(flags.sample === undefined ? {} : { sample: flags.sample }),
      ...(flags.deadlineMs === undefined ? {} : { deadlineMs: flags.deadlineMs }),
    },
  };
  return resolveConfig(merged, baseDir, file);
}

/** `openai:qwen2.5:7b` → adapter openai, model `qwen2.5:7b` (only the first colon splits). */
export function targetModel(target: string, baseUrl: string | undefined, apiKeyEnv: string | undefined): ModelConfig {
  const colon = target.indexOf(':');
  const kind = colon < 0 ? '' : target.slice(0, colon);
  const model = colon < 0 ? '' : target.slice(colon + 1);
  if (kind !== 'openai' && kind !== 'anthropic' && kind !== 'mock') {
    throw new ConfigError(undefined, `--target must look like openai:MODEL, anthropic:MODEL or mock:NAME, not "${target}"`);
  }
  if (model === '') throw new ConfigError(undefined, `--target ${target} names no model`);
  if (baseUrl !== undefined && !/^https?:\/\//.test(baseUrl)) throw new ConfigError(undefined, `--base-url must start with http:// or https://, not "${baseUrl}"`);
  return {
    id: target,
    adapter: kind,
    model,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(apiKeyEnv === undefined ? {} : { apiKeyEnv }),
  };
}

function selectModels(models: readonly ModelConfig[], ids: readonly string[]): ModelConfig[] {
  return ids.map((id) => {
    const model = models.find((candidate) => candidate.id === id);
    if (!model) throw new ConfigError(undefined, `--model ${id}: no such model in the config${didYouMean(id, models.map((candidate) => candidate.id))}`);
    return model;
  });
}

/** The result store a command reads: --store, else the config's (-c or ./eval.config.yaml), else the default. */
export function storePathFor(store: string | undefined, configFile: string | undefined, cwd: string): string {
  if (store !== undefined) return resolve(cwd, store);
  const file = configFile ?? (existsSync(join(cwd, DEFAULT_CONFIG_FILE)) ? join(cwd, DEFAULT_CONFIG_FILE) : undefined);
  return file === undefined ? resolve(cwd, DEFAULT_STORE) : loadConfigFile(file).store;
}
