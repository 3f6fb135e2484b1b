import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { countPlan } from '../../runners/plan.js';
import { parseShard } from '../../runners/select.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import type { RunSummary } from '../../results/summary.js';
import { judgeKind } from '../../scoring/judge/specs.js';
import { resolveSuites } from '../../suites/resolve.js';
import { parseCommandArgs, parseDuration, positiveInteger } from '../args.js';
import { configFromFlags, storePathFor } from '../config/from-flags.js';
import { DEFAULT_STORE } from '../config/defaults.js';
import { effectiveEndpoint, resolveModelTargets } from '../models.js';
import { writeFileAtomic } from '../output.js';
import { runPool } from '../../runners/run.js';
import { evaluate, type Evaluation } from '../run/execute.js';
import { checkScorers } from '../run/judges.js';
import { loadRecordedSuites, planOptions, readSpec, type RunSpec } from '../run/spec.js';
import type { CommandContext } from './context.js';

export const RUN_HELP = `Usage: pingce run [options]
       pingce run --resume RUN_ID|last [--store FILE]

Runs suites against models, stores every item, prints a summary and writes a report.

Options:
  -c, --config FILE      configuration file (default: ./eval.config.yaml if present)
      --suite ID|PATH    suite id (globs allowed) or path to a suite file or folder; repeatable
      --model ID         only this model from the config; repeatable
      --target KIND:MODEL  a model named on the command line instead of the config's
                         (openai:MODEL, anthropic:MODEL, mock:NAME)
      --base-url URL     base URL for --target (e.g. http://127.0.0.1:11434/v1)
      --api-key-env VAR  environment variable holding the API key for --target
      --concurrency N    requests in flight per model (overrides the config)
      --limit N          only the first N samples of each suite
      --sample N         a seeded sample of N samples per suite (same on every machine)
      --seed S           seed of --sample (default 0)
      --repeats N        ask each sample N times
      --shard I/N        run only shard I of N (0-based); join shards with \`pingce merge\`
      --deadline D       stop after D (e.g. 90s, 30m, 2h); the run stays resumable
      --resume RUN_ID    finish an interrupted run (or "last"): committed items are not asked again
      --no-cache         neither read nor write the response cache
      --refresh-cache    ask the model again and overwrite the cached responses
      --json FILE        write the machine-readable summary (docs/json-summary.md)
      --store FILE       SQLite result store (default from config: ${DEFAULT_STORE})
      --output DIR       report folder (default from config: .pingce/reports)
      --serve-reference  start pingce's reference endpoint (config "reference:") for this run
      --dry-run          plan and render everything, call no model, write nothing; print per
                         model the items, estimated input/output tokens and, with a "prices:"
                         table in the config, the estimated cost (see suites/README.md)
  -h, --help             this help

Exit codes: 0 success; 1 the run finished but more items ended in error than
run.maxErrorRate allows; 2 usage, configuration or suite errors (nothing is run);
130 interrupted (resume with --resume).`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  suite: { type: 'string', multiple: true },
  model: { type: 'string', multiple: true },
  target: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key-env': { type: 'string' },
  concurrency: { type: 'string' },
  limit: { type: 'string' },
  sample: { type: 'string' },
  seed: { type: 'string' },
  repeats: { type: 'string' },
  shard: { type: 'string' },
  deadline: { type: 'string' },
  resume: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'refresh-cache': { type: 'boolean' },
  json: { type: 'string' },
  store: { type: 'string' },
  output: { type: 'string' },
  'serve-reference': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type RunValues = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

export async function runCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs('run', args, OPTIONS);
  if (values.help) {
    context.stdout(`${RUN_HELP}\n`);
    return 0;
  }
  if (values['no-cache'] && values['refresh-cache']) throw new UsageError('USAGE', '--no-cache and --refresh-cache contradict each other');
  const cacheMode = values['no-cache'] ? 'off' : values['refresh-cache'] ? 'refresh' : 'use';
  if (values['dry-run']) {
    // A dry run writes nothing, so an option that only makes sense for a real run is a mistake, not something to ignore.
    const conflicting = (['resume', 'json', 'serve-reference'] as const).filter((flag) => values[flag] !== undefined);
    if (conflicting.length > 0) throw new UsageError('USAGE', `--dry-run writes nothing and calls no model; drop --${conflicting.join(', --')}`);
  }
  if (values.resume !== undefined) return resumeRun(values, cacheMode, context);

  const sampleSize = positiveInteger(values.sample, '--sample');
  if (values.seed !== undefined && sampleSize === undefined) throw new UsageError('USAGE', '--seed goes with --sample');
  const config = configFromFlags(
    {
      config: values.config,
      target: values.target,
      baseUrl: values['base-url'],
      apiKeyEnv: values['api-key-env'],
      suites: values.suite,
      models: values.model,
      limit: positiveInteger(values.limit, '--limit'),
      concurrency: positiveInteger(values.concurrency, '--concurrency'),
      repeats: positiveInteger(values.repeats, '--repeats'),
      sample: sampleSize === undefined ? undefined : { size: sampleSize, seed: integer(values.seed, '--seed') ?? 0 },
      deadlineMs: values.deadline === undefined ? undefined : parseDuration(values.deadline, '--deadline'),
      noCache: values['no-cache'],
      store: values.store,
      output: values.output,
    },
    context.cwd,
  );
  if (values['dry-run']) return dryRun(config, values.shard, context);
  // Everything that can be wrong with the input is checked before anything is written.
  const models = resolveModelTargets(config.models, context.env, config.file);
  const judges = resolveModelTargets(config.judges, context.env, config.file);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const checkedSuites = (async () => {
    const suites = await resolveSuites(config.suites, config.baseDir);
    await checkScorers(suites, [...models, ...judges].map((model) => model.id));
    return suites;
  })();
  // The worker threads boot while the suites load and the plan is counted; they get the suites once checked.
  const pool = runPool({ suites: checkedSuites, models, judges, threads: config.run.workers });
  try {
    const suites = await checkedSuites;
    const spec: RunSpec = {
      suiteFiles: suites.map((suite) => suite.file),
      models: config.models,
      judges: config.judges,
      run: config.run,
      ...(shard === undefined ? {} : { shard }),
      cache: config.cache,
      output: config.output,
    };
    const totals = await countPlan(suites, models.map((model) => model.id), planOptions(spec));

    const reference = values['serve-reference'] ? await (await import('./serve-reference.js')).startReferenceFromConfig(config, suites) : undefined;
    if (reference) context.stderr(`reference endpoint listening on ${reference.url}/v1 (a scripted stand-in, not a model)\n`);
    try {
      const summary = await evaluate({ storePath: config.store, spec, configHash: config.hash, suites, models, judges, totals, cacheMode, pool }, context);
      return await finish(summary, spec, values.json, context);
    } finally {
      await reference?.close();
    }
  } finally {
    await pool.close();
  }
}

async function resumeRun(values: RunValues, cacheMode: Evaluation['cacheMode'], context: CommandContext): Promise<number> {
  const conflicting = (['suite', 'model', 'target', 'limit', 'sample', 'repeats', 'shard', 'concurrency', 'serve-reference'] as const).filter((flag) => values[flag] !== undefined);
  if (conflicting.length > 0) throw new UsageError('USAGE', `--resume continues a run as it was planned; drop --${conflicting.join(', --')}`);
  const storePath = storePathFor(values.store, values.config, context.cwd);
  if (!existsSync(storePath)) throw new UsageError('STORE_NOT_FOUND', `no result store at ${storePath}; pass --store`);
  const store = openSqliteStore(storePath);
  const run = store.getRun(values.resume ?? 'last');
  store.close();
  if (!run) throw new UsageError('RUN_NOT_FOUND', `no run "${values.resume}" in ${storePath}; see \`pingce report --list\``);
  if (run.status === 'completed') {
    context.stderr(`run ${run.id} is already complete; nothing to resume\n`);
  }
  const spec = readSpec(run);
  const suites = await loadRecordedSuites(run, spec);
  const models = resolveModelTargets(spec.models, context.env);
  const judges = resolveModelTargets(spec.judges ?? [], context.env);
  const pool = runPool({ suites, models, judges, threads: spec.run.workers });
  try {
    const skip = openSqliteStore(storePath);
    let totals;
    try {
      totals = await countPlan(suites, models.map((model) => model.id), { ...planOptions(spec), skip: (key) => skip.isDone(run.id, key) });
    } finally {
      skip.close();
    }
    const summary = await evaluate({ storePath, spec, configHash: run.configHash, suites, models, judges, totals, cacheMode, resumeRunId: run.id, pool }, context);
    return await finish(summary, spec, values.json, context);
  } finally {
    await pool.close();
  }
}

/**
 * `--dry-run`: the same suite loading, judge checks and plan as a run (every data
 * line is validated on the way), then estimates instead of calls. API keys are
 * not read, so costs can be checked before keys are handed out; a missing key
 * variable is only noted.
 */
async function dryRun(config: ReturnType<typeof configFromFlags>, shard: string | undefined, context: CommandContext): Promise<number> {
  const { estimateRun, renderDryRun } = await import('./dry-run.js');
  const suites = await resolveSuites(config.suites, config.baseDir);
  await checkScorers(suites, [...config.models, ...config.judges].map((model) => model.id));
  const plan = planOptions({ run: config.run, ...(shard === undefined ? {} : { shard: parseShard(shard) }) });
  const estimates = await estimateRun(suites, config.models, plan, config.prices);
  const judged = suites.some((suite) => suite.scorers.some((scorer) => judgeKind(scorer.id) !== undefined));
  context.stdout(renderDryRun(estimates, { judged }));
  for (const model of config.models) {
    const variable = effectiveEndpoint(model).apiKeyEnv;
    if (variable !== undefined && !context.env[variable]) context.stderr(`note: model "${model.id}" reads its API key from ${variable}, which is not set; a real run would stop there\n`);
  }
  return 0;
}

async function finish(summary: RunSummary, spec: RunSpec, jsonFile: string | undefined, context: CommandContext): Promise<number> {
  // The renderers load once the run is over, not before its first request.
  const [{ renderSummaryTable }, { renderMarkdownReport }] = await Promise.all([import('../../results/render/table.js'), import('../../results/render/markdown.js')]);
  context.stdout(renderSummaryTable(summary));
  const reportFile = writeFileAtomic(join(spec.output, `${summary.runId}.md`), renderMarkdownReport(summary));
  context.stdout(`report: ${reportFile}\n`);
  if (jsonFile !== undefined) context.stdout(`json: ${writeFileAtomic(resolve(context.cwd, jsonFile), `${JSON.stringify(summary, null, 2)}\n`)}\n`);
  if (summary.status === 'interrupted') return 130;
  const { items, errors } = summary.totals;
  if (items > 0 && errors / items > spec.run.maxErrorRate) {
    context.stderr(`${errors} of ${items} items ended in error (more than run.maxErrorRate = ${spec.run.maxErrorRate}): exit 1\n`);
    return 1;
  }
  return 0;
}


function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) throw new UsageError('USAGE', `${flag} must be a whole number, not "${value}"`);
  return number;
}
