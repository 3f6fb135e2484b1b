import { parseCommandArgs, positiveInteger } from '../args.js';
import { DEFAULT_REFERENCE } from '../config/defaults.js';
import { ConfigError } from '../config/errors.js';
import type { ReferenceConfig, ResolvedConfig } from '../config/types.js';
import { startReferenceServer } from '../../reference/server.js';
import type { ReferenceServer } from '../../reference/types.js';
import { loadBuiltinSuites, resolveSuites } from '../../suites/resolve.js';
import type { Suite } from '../../suites/types.js';
import type { CommandContext } from './context.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigFile } from '../config/load.js';

export const SERVE_REFERENCE_HELP = `Usage: pingce serve-reference [options]

Starts pingce's reference endpoint: an OpenAI- and Anthropic-compatible HTTP
server on 127.0.0.1 that plays a seeded, scripted model over the suites it
knows (a stand-in for tests and demos, not a language model). Stops on Ctrl-C.

Options:
  -c, --config FILE    read the "reference:" settings and suites from this config
      --suite ID|PATH  suites whose prompts it answers (default: all bundled suites); repeatable
      --port N         port (default from config, else ${DEFAULT_REFERENCE.port}; 0 picks a free one)
      --seed N         seed of the scripted answers
      --accuracy P     share of correct answers, 0..1, for every suite
  -h, --help           this help

Routes: POST /v1/chat/completions, POST /v1/messages, GET /v1/models, GET /health;
for tests: GET /_pingce/ledger, /_pingce/stats, /_pingce/requests, /_pingce/faults,
POST /_pingce/faults, /_pingce/reset (see reference/README.md).`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  suite: { type: 'string', multiple: true },
  port: { type: 'string' },
  seed: { type: 'string' },
  accuracy: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function serveReferenceCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs('serve-reference', args, OPTIONS);
  if (values.help) {
    context.stdout(`${SERVE_REFERENCE_HELP}\n`);
    return 0;
  }
  const configFile = values.config ?? (existsSync(join(context.cwd, 'eval.config.yaml')) ? join(context.cwd, 'eval.config.yaml') : undefined);
  const config = configFile === undefined ? undefined : loadConfigFile(configFile);
  let reference: ReferenceConfig = config?.reference ?? DEFAULT_REFERENCE;
  if (values.port !== undefined) reference = { ...reference, port: values.port === '0' ? 0 : (positiveInteger(values.port, '--port') ?? reference.port) };
  if (values.seed !== undefined) reference = { ...reference, seed: Number.parseInt(values.seed, 10) };
  if (values.accuracy !== undefined) {
    const accuracy = Number(values.accuracy);
    if (!(accuracy >= 0 && accuracy <= 1)) throw new ConfigError(undefined, `--accuracy must be between 0 and 1, not "${values.accuracy}"`);
    reference = { ...reference, accuracy: { default: accuracy } };
  }
  const suites = values.suite && values.suite.length > 0
    ? await resolveSuites(values.suite, context.cwd)
    : config ? await resolveSuites(config.suites, config.baseDir) : await loadBuiltinSuites();
  const server = await startReferenceServer({ ...reference, suites });
  context.stdout(`pingce reference endpoint on ${server.url}/v1 (OpenAI) and ${server.url} (Anthropic); ${suites.length} suites; Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    const stop = context.onInterrupt(() => {
      stop();
      resolve();
    });
  });
  await server.close();
  return 0;
}

/** For `pingce run --serve-reference`: the endpoint, on the config's reference settings, for this run's suites. */
export async function startReferenceFromConfig(config: ResolvedConfig, suites: readonly Suite[]): Promise<ReferenceServer> {
  try {
    return await startReferenceServer({ ...config.reference, suites });
  } catch (cause) {
    throw new ConfigError(config.file ? { file: config.file, path: 'reference' } : undefined, `${(cause as Error).message} (is another pingce serve-reference running? set reference.port, and the model's baseUrl, to a free port)`, { cause });
  }
}
