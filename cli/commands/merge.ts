import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun } from '../../results/summary.js';
import { renderSummaryTable } from '../../results/render/table.js';
import type { RunRecord } from '../../results/types.js';
import type { RunCounts } from '../../runners/types.js';
import { parseCommandArgs } from '../args.js';
import { writeFileAtomic } from '../output.js';
import { newRunId } from '../run/run-id.js';
import { toolVersion } from '../version.js';
import type { CommandContext } from './context.js';

export const MERGE_HELP = `Usage: pingce merge STORE … -o OUT [--json FILE]

Joins the stores of a sharded run (pingce run --shard I/N on each machine) into
one run in OUT, whose numbers equal those of the same run unsharded. Each STORE's
newest run is taken. The shards must come from the same configuration and suites,
cover distinct shards of the same N, and be complete.

Options:
  -o, --out FILE   the store to write the merged run into (created if needed)
      --json FILE  also write the merged run's JSON summary
  -h, --help       this help`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function mergeCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, OPTIONS, true);
  if (values.help) {
    context.stdout(`${MERGE_HELP}\n`);
    return 0;
  }
  if (values.out === undefined || positionals.length === 0) throw new UsageError('USAGE', 'pingce merge needs shard stores and -o OUT; see `pingce merge --help`');
  const out = resolve(context.cwd, values.out);
  const inputs = positionals.map((path) => resolve(context.cwd, path));
  if (inputs.includes(out)) throw new UsageError('USAGE', `-o ${out} is one of the inputs; write the merged run to a new store`);
  const shards = inputs.map((path) => ({ path, run: newestRun(path) }));
  checkCompatible(shards);

  const first = shards[0]?.run;
  if (!first) throw new UsageError('USAGE', 'no shards');
  const { shard: _shard, ...settings } = first.settings;
  const { shard: _specShard, ...spec } = first.spec;
  const runId = newRunId();
  const store = openSqliteStore(out);
  try {
    store.createRun({
      id: runId,
      startedAt: shards.map((shard) => shard.run.startedAt).sort()[0] ?? first.startedAt,
      toolVersion,
      configHash: first.configHash,
      suites: first.suites,
      models: first.models,
      settings: { ...settings, mergedFrom: shards.map((shard) => `${shard.path}#${shard.run.id}`) },
      spec,
    });
    for (const shard of shards) store.importRun(shard.path, shard.run.id, runId);
    const finishedAt = shards.map((shard) => shard.run.finishedAt ?? '').sort().at(-1) ?? new Date().toISOString();
    store.finishRun(runId, 'completed', sumCounts(shards.map((shard) => shard.run.counts)), finishedAt);
    const run = store.getRun(runId);
    if (!run) throw new Error(`merged run ${runId} vanished`);
    const summary = summarizeRun(run, store.tallies(runId), store.items(runId));
    context.stdout(renderSummaryTable(summary));
    context.stdout(`merged ${shards.length} shard(s) into run ${runId} in ${out}\n`);
    if (values.json !== undefined) context.stdout(`json: ${writeFileAtomic(resolve(context.cwd, values.json), `${JSON.stringify(summary, null, 2)}\n`)}\n`);
    return 0;
  } finally {
    store.close();
  }
}

function newestRun(path: string): RunRecord {
  if (!existsSync(path)) throw new UsageError('STORE_NOT_FOUND', `no result store at ${path}`);
  const store = openSqliteStore(path);
  try {
    const run = store.getRun('last');
    if (!run) throw new UsageError('RUN_NOT_FOUND', `${path} holds no run`);
    return run;
  } finally {
    store.close();
  }
}

/** Refuses shards that would not add up to one run. */
function checkCompatible(shards: readonly { path: string; run: RunRecord }[]): void {
  const [first, ...rest] = shards;
  if (!first) return;
  const suitesOf = (run: RunRecord) => JSON.stringify(run.suites.map((suite) => [suite.id, suite.hash]));
  const modelsOf = (run: RunRecord) => JSON.stringify(run.models.map((model) => [model.id, model.adapter, model.model, model.baseUrl, model.params]));
  for (const shard of rest) {
    if (shard.run.configHash !== first.run.configHash) throw new UsageError('MERGE_MISMATCH', `${shard.path} comes from another configuration than ${first.path}`);
    if (suitesOf(shard.run) !== suitesOf(first.run)) throw new UsageError('MERGE_MISMATCH', `${shard.path} ran other suites (or other versions) than ${first.path}`);
    if (modelsOf(shard.run) !== modelsOf(first.run)) throw new UsageError('MERGE_MISMATCH', `${shard.path} ran other models than ${first.path}`);
  }
  const seen = new Map<string, string>();
  let count: string | undefined;
  for (const shard of shards) {
    if (shard.run.status !== 'completed') throw new UsageError('MERGE_INCOMPLETE', `${shard.path}: run ${shard.run.id} is ${shard.run.status}; finish it with pingce run --resume ${shard.run.id} --store ${shard.path}`);
    const label = typeof shard.run.settings['shard'] === 'string' ? shard.run.settings['shard'] : undefined;
    if (label === undefined) throw new UsageError('MERGE_MISMATCH', `${shard.path}: run ${shard.run.id} was not sharded (no --shard)`);
    const [index, total] = label.split('/');
    if (count !== undefined && total !== count) throw new UsageError('MERGE_MISMATCH', `${shard.path} is shard ${label}, but others are of ${count}`);
    count = total;
    const twin = seen.get(index ?? '');
    if (twin) throw new UsageError('MERGE_MISMATCH', `${shard.path} and ${twin} are both shard ${label}`);
    seen.set(index ?? '', shard.path);
  }
  if (count !== undefined && seen.size !== Number(count)) {
    throw new UsageError('MERGE_INCOMPLETE', `only ${seen.size} of ${count} shards given; missing ${Array.from({ length: Number(count) }, (_, index) => String(index)).filter((index) => !seen.has(index)).join(', ')}`);
  }
}

function sumCounts(counts: readonly (RunCounts | undefined)[]): RunCounts {
  return counts.reduce<RunCounts>(
    (total, next) => ({
      items: total.items + (next?.items ?? 0),
      errors: total.errors + (next?.errors ?? 0),
      retries: total.retries + (next?.retries ?? 0),
      cached: (total.cached ?? 0) + (next?.cached ?? 0),
    }),
    { items: 0, errors: 0, retries: 0, cached: 0 },
  );
}
