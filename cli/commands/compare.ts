import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { buildComparison, type ComparisonSide } from '../../results/compare.js';
import { renderComparisonMarkdown } from '../../results/render/compare-markdown.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import type { ResultStore, RunRecord } from '../../results/types.js';
import { DEFAULT_RESAMPLES } from '../../scoring/stats/resample.js';
import { parseCommandArgs, positiveInteger } from '../args.js';
import { DEFAULT_STORE } from '../config/defaults.js';
import { storePathFor } from '../config/from-flags.js';
import { writeFileAtomic } from '../output.js';
import type { CommandContext } from './context.js';

export const COMPARE_HELP = `Usage: pingce compare RUN_A RUN_B [options]
       pingce compare RUN --model A --model B [options]

Compares two runs (or two models of one run) item by item: the same suite,
sample and repeat in both. No model is called. For each suite × scorer: items
paired, accuracy of A and B, B − A with its 95% interval, a paired test
(McNemar's exact test for 0/1 scores, a paired bootstrap otherwise) and the
items that flipped. Only items scored in both are paired; errors are counted
apart. RUN may be "last".

With two runs of one model each the model ids may differ; with more models,
models of the same id are paired, or name them: --model A --model B (A from
RUN_A, B from RUN_B), or --model M once for model M in both.

Options:
      --model ID        model to compare (see above); repeatable
      --format md|json  Markdown (default) or JSON (docs/json-summary.md)
  -o, --out FILE        write to FILE instead of standard output
      --fail-on-drop    exit 1 if some suite's accuracy (primary scorer) dropped
                        significantly from A to B (p < 0.05)
      --seed S          seed of the bootstrap (default 0)
      --resamples N     bootstrap resamples (default ${DEFAULT_RESAMPLES})
      --store FILE      result store (default: the config's, else ${DEFAULT_STORE})
  -c, --config FILE     configuration whose store to read
  -h, --help            this help

Exit codes: 0 compared; 1 --fail-on-drop and a significant drop; 2 usage error.`;

const OPTIONS = {
  model: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'fail-on-drop': { type: 'boolean' },
  seed: { type: 'string' },
  resamples: { type: 'string' },
  store: { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface SidePlan {
  readonly run: RunRecord;
  readonly model: string;
}

export async function compareCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, OPTIONS, true);
  if (values.help) {
    context.stdout(`${COMPARE_HELP}\n`);
    return 0;
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError('USAGE', `--format must be md or json, not "${format}"`);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('USAGE', 'pingce compare takes RUN_A RUN_B, or one RUN with --model A --model B; see `pingce compare --help`');
  const resamples = positiveInteger(values.resamples, '--resamples') ?? DEFAULT_RESAMPLES;
  const seed = values.seed ?? '0';
  const storePath = storePathFor(values.store, values.config, context.cwd);
  if (!existsSync(storePath)) throw new UsageError('STORE_NOT_FOUND', `no result store at ${storePath}; run \`pingce run\` first or pass --store`);
  const store = openSqliteStore(storePath);
  try {
    const runs = positionals.map((id) => findRun(store, id, storePath));
    const plans = pairSides(runs, values.model ?? []);
    const sides = plans.map(({ a, b }) => ({ a: side(store, a), b: side(store, b) }));
    const report = buildComparison(sides, { seed, resamples });
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderComparisonMarkdown(report);
    if (values.out !== undefined) context.stdout(`${writeFileAtomic(resolve(context.cwd, values.out), text)}\n`);
    else context.stdout(text);
    for (const warning of report.warnings) context.stderr(`warning: ${warning}\n`);
    if (values['fail-on-drop'] && report.significantDrop) {
      const dropped = report.suites.flatMap((suite) => suite.scorers.filter((scorer) => scorer.primary && scorer.significantDrop).map(() => `${suite.suite} (${suite.modelA} → ${suite.modelB})`));
      context.stderr(`significant drop in ${dropped.join(', ')}: exit 1\n`);
      return 1;
    }
    return 0;
  } finally {
    store.close();
  }
}

function findRun(store: ResultStore, id: string, storePath: string): RunRecord {
  const run = store.getRun(id);
  if (!run) throw new UsageError('RUN_NOT_FOUND', `no run "${id}" in ${storePath}; see \`pingce report --list\``);
  return run;
}

/** A fresh pass over a side's items: each comparison reads them once. */
function side(store: ResultStore, plan: SidePlan): ComparisonSide {
  return { run: plan.run, model: plan.model, items: store.items(plan.run.id) };
}

/** Which model of which run is compared with which (see the help text). */
export function pairSides(runs: readonly RunRecord[], models: readonly string[]): { a: SidePlan; b: SidePlan }[] {
  const [runA, runB] = runs;
  if (!runA) throw new UsageError('USAGE', 'pingce compare needs a run');
  if (!runB) {
    if (models.length !== 2) throw new UsageError('USAGE', 'to compare two models of one run, name them: --model A --model B');
    return [{ a: { run: runA, model: checkModel(runA, models[0]) }, b: { run: runA, model: checkModel(runA, models[1]) } }];
  }
  if (models.length > 2) throw new UsageError('USAGE', '--model is given at most twice: the model of RUN_A and the model of RUN_B');
  if (models.length === 2) return [{ a: { run: runA, model: checkModel(runA, models[0]) }, b: { run: runB, model: checkModel(runB, models[1]) } }];
  if (models.length === 1) return [{ a: { run: runA, model: checkModel(runA, models[0]) }, b: { run: runB, model: checkModel(runB, models[0]) } }];
  const [onlyA, ...moreA] = runA.models;
  const [onlyB, ...moreB] = runB.models;
  // One model each: the usual "same model, new version" or "model X against model Y" case.
  if (onlyA && onlyB && moreA.length === 0 && moreB.length === 0) return [{ a: { run: runA, model: onlyA.id }, b: { run: runB, model: onlyB.id } }];
  const common = runA.models.filter((model) => runB.models.some((other) => other.id === model.id));
  if (common.length === 0) {
    throw new UsageError('USAGE', `runs ${runA.id} and ${runB.id} have no model id in common (${runA.models.map((m) => m.id).join(', ')} vs ${runB.models.map((m) => m.id).join(', ')}); name them with --model A --model B`);
  }
  return common.map((model) => ({ a: { run: runA, model: model.id }, b: { run: runB, model: model.id } }));
}

function checkModel(run: RunRecord, model: string | undefined): string {
  if (model === undefined || !run.models.some((entry) => entry.id === model)) {
    throw new UsageError('USAGE', `run ${run.id} has no model "${model ?? ''}"; its models: ${run.models.map((entry) => entry.id).join(', ') || 'none'}`);
  }
  return model;
}
