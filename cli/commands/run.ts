import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseCommandArgs, positiveInteger } from '../args.js';
import { configFromFlags } from '../config/from-flags.js';
import type { ResolvedConfig } from '../config/types.js';
import { modelRecord, resolveModelTargets } from '../models.js';
import { writeFileAtomic } from '../output.js';
import { createProgressReporter } from '../progress.js';
import { toolVersion } from '../version.js';
import { startReferenceFromConfig } from './serve-reference.js';
import { executeRun } from '../../runners/run.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun, type RunSummary } from '../../results/summary.js';
import { renderMarkdownReport } from '../../results/render/markdown.js';
import { renderSummaryTable } from '../../results/render/table.js';
import type { RunSuiteRecord } from '../../results/types.js';
import { countSamples } from '../../suites/loader.js';
import { resolveSuites } from '../../suites/resolve.js';
import type { Suite } from '../../suites/types.js';
import type { CommandContext } from './context.js';

export const RUN_HELP = `Usage: pingce run [options]

Runs suites against models, stores every item, prints a summary and writes a report.

Options:
  -c, --config FILE      configuration file (default: ./eval.config.yaml if present)
      --suite ID|PATH    suite id (globs allowed) or path to a suite file or folder; repeatable
      --model ID         only this model from the config; repeatable
      --target KIND:MODEL  a model named on the command line instead of the config's
                         (openai:MODEL, anthropic:MODEL, mock:NAME)
      --base-url URL     base URL for --target (e.g. http://127.0.0.1:11434/v1)
      --api-key-env VAR  environment variable holding the API key for --target
      --limit N          only the first N samples of each suite
      --json FILE        write the machine-readable summary (docs/json-summary.md)
      --store FILE       SQLite result store (default from config: .pingce/results.db)
      --output DIR       report folder (default from config: .pingce/reports)
      --serve-reference  start pingce's reference endpoint (config "reference:") for this run
  -h, --help             this help

Exit codes: 0 success; 1 the run finished but more items ended in error than
run.maxErrorRate allows; 2 usage, configuration or suite errors (nothing is run).`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  suite: { type: 'string', multiple: true },
  model: { type: 'string', multiple: true },
  target: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key-env': { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'string' },
  store: { type: 'string' },
  output: { type: 'string' },
  'serve-reference': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs('run', args, OPTIONS);
  if (values.help) {
    context.stdout(`${RUN_HELP}\n`);
    return 0;
  }
  const config = configFromFlags(
    {
      config: values.config,
      target: values.target,
      baseUrl: values['base-url'],
      apiKeyEnv: values['api-key-env'],
      suites: values.suite,
      models: values.model,
      limit: positiveInteger(values.limit, '--limit'),
      store: values.store,
      output: values.output,
    },
    context.cwd,
  );
  // Everything that can be wrong with the input is checked before anything is written.
  const models = resolveModelTargets(config.models, context.env, config.file);
  const suites = await resolveSuites(config.suites, config.baseDir);
  // Streams every suite's data once so a bad line fails the command before any model is called.
  for (const suite of suites) await countSamples(suite);

  const reference = values['serve-reference'] ? await startReferenceFromConfig(config, suites) : undefined;
  if (reference) context.stderr(`reference endpoint listening on ${reference.url}/v1 (a scripted stand-in, not a model)\n`);
  try {
    const summary = await evaluate(config, models, suites, context);
    context.stdout(renderSummaryTable(summary));
    const reportFile = writeFileAtomic(join(config.output, `${summary.runId}.md`), renderMarkdownReport(summary));
    context.stdout(`report: ${reportFile}\n`);
    if (values.json !== undefined) {
      const jsonFile = writeFileAtomic(join(context.cwd, values.json), `${JSON.stringify(summary, null, 2)}\n`);
      context.stdout(`json: ${jsonFile}\n`);
    }
    return exitCodeFor(summary, config.run.maxErrorRate, context);
  } finally {
    await reference?.close();
  }
}

async function evaluate(config: ResolvedConfig, models: ReturnType<typeof resolveModelTargets>, suites: Suite[], context: CommandContext): Promise<RunSummary> {
  const store = openSqliteStore(config.store);
  try {
    const runId = newRunId();
    store.createRun({
      id: runId,
      startedAt: new Date().toISOString(),
      toolVersion,
      configHash: config.hash,
      suites: suites.map(suiteRecord),
      models: models.map(modelRecord),
      settings: { ...config.run },
    });
    context.stderr(`run ${runId}: ${suites.length} suite(s) × ${models.length} model(s), store ${store.path}\n`);
    const writer = store.writer(runId);
    const progress = createProgressReporter(context.stderr);
    const abort = new AbortController();
    const stop = context.onInterrupt(() => {
      context.stderr('\ninterrupt: finishing items in flight; press Ctrl-C again to quit at once\n');
      abort.abort();
    });
    try {
      const outcome = await executeRun({
        suites,
        models,
        limits: config.run,
        ...(config.run.limit === undefined ? {} : { limit: config.run.limit }),
        threads: config.run.workers,
        signal: abort.signal,
        onEvent: (event) => {
          if (event.type === 'item-finished') writer.add(event.result);
          progress(event);
        },
      });
      writer.flush();
      store.finishRun(runId, outcome.status, outcome.counts, new Date().toISOString());
    } catch (error) {
      writer.flush();
      store.finishRun(runId, 'failed', { items: 0, errors: 0, retries: 0 }, new Date().toISOString());
      throw error;
    } finally {
      stop();
    }
    const run = store.getRun(runId);
    if (!run) throw new Error(`run ${runId} vanished from ${store.path}`);
    return summarizeRun(run, store.tallies(runId));
  } finally {
    store.close();
  }
}

function suiteRecord(suite: Suite): RunSuiteRecord {
  return {
    id: suite.id,
    version: suite.version,
    title: suite.title,
    domain: suite.domain,
    task: suite.task,
    hash: suite.hash,
    promptHash: suite.promptHash,
    scorers: suite.scorers,
    license: suite.license,
  };
}

function exitCodeFor(summary: RunSummary, maxErrorRate: number, context: CommandContext): number {
  if (summary.status === 'interrupted') {
    context.stderr('run interrupted: the results so far are stored and reported\n');
    return 130;
  }
  const { items, errors } = summary.totals;
  if (items > 0 && errors / items > maxErrorRate) {
    context.stderr(`${errors} of ${items} items ended in error (more than run.maxErrorRate = ${maxErrorRate}): exit 1\n`);
    return 1;
  }
  return 0;
}

/** Sortable and unique enough for one store: `20261129-031502-3fa9c1`. */
function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}
