import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { renderSummaryTable } from '../../results/render/table.js';
import { buildScorers, parseScorerFlag, rescoreItem, type BuiltScorer } from '../../results/rescore.js';
import { loadRunSuites, recordedSuiteFiles } from '../../results/run-samples.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun } from '../../results/summary.js';
import type { RunRecord, RunStatus, RunSuiteRecord } from '../../results/types.js';
import { parseCommandArgs } from '../args.js';
import { DEFAULT_STORE } from '../config/defaults.js';
import { storePathFor } from '../config/from-flags.js';
import { writeFileAtomic } from '../output.js';
import { newRunId } from '../run/run-id.js';
import { toolVersion } from '../version.js';
import type { CommandContext } from './context.js';

export const RESCORE_HELP = `Usage: pingce rescore RUN_ID|last [options]

Scores a run's stored outputs again with today's scorers, without calling any
model, into a NEW run linked to the original (settings.rescoredFrom). The
samples (targets, choices) are re-read from the suite files the run recorded,
matched by sample id; the scorers are those of the suite files, or the ones
named with --scorer, which replace them for every suite. Error items stay
errors; an item whose sample is gone from its suite becomes an error item.
Model-graded scores (judge, pairwise, cascade) are carried over, not judged
again: that would call the judge model.

Options:
      --scorer ID[:JSON]  scorer to apply instead of the suites' own, with
                          optional JSON options (numeric:{"tolerance":0.5}); repeatable
      --json FILE         also write the new run's JSON summary
      --store FILE        result store (default: the config's, else ${DEFAULT_STORE})
  -c, --config FILE       configuration whose store to use
  -h, --help              this help

Compare the two afterwards with: pingce compare RUN_ID NEW_RUN_ID`;

const OPTIONS = {
  scorer: { type: 'string', multiple: true },
  json: { type: 'string' },
  store: { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function rescoreCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('rescore', args, OPTIONS, true);
  if (values.help) {
    context.stdout(`${RESCORE_HELP}\n`);
    return 0;
  }
  const [runId, ...extra] = positionals;
  if (runId === undefined || extra.length > 0) throw new UsageError('USAGE', 'pingce rescore takes one RUN_ID (or "last"); see `pingce report --list`');
  const override = values.scorer?.map(parseScorerFlag);
  const overrideScorers = override === undefined ? undefined : buildScorers(override, '--scorer', { allowJudges: false });
  const storePath = storePathFor(values.store, values.config, context.cwd);
  if (!existsSync(storePath)) throw new UsageError('STORE_NOT_FOUND', `no result store at ${storePath}; run \`pingce run\` first or pass --store`);
  const store = openSqliteStore(storePath);
  try {
    const original = store.getRun(runId);
    if (!original) throw new UsageError('RUN_NOT_FOUND', `no run "${runId}" in ${storePath}; see \`pingce report --list\``);
    // Everything that can fail on input (suite files, scorer options) fails before the new run is created.
    const suites = await loadRunSuites(original, { requireUnchanged: false, purpose: 'rescore' });
    const scorers = new Map<string, BuiltScorer[]>();
    const records: RunSuiteRecord[] = [];
    for (const record of original.suites) {
      const current = suites.get(record.id);
      const specs = override ?? current?.suite.scorers ?? record.scorers;
      const built = overrideScorers ?? buildScorers(specs, `suite ${record.id}`, { allowJudges: true });
      scorers.set(record.id, built);
      const carried = built.filter((scorer) => 'carry' in scorer).map((scorer) => scorer.id);
      if (carried.length > 0) context.stderr(`note: suite ${record.id}: model-graded scores (${carried.join(', ')}) are carried over from run ${original.id}, not judged again\n`);
      records.push({ ...record, scorers: specs, ...(current ? { version: current.suite.version, hash: current.suite.hash } : {}) });
      if (!current) context.stderr(`warning: suite ${record.id} is not among run ${original.id}'s suite files; its items become error items\n`);
      else if (current.suite.promptHash !== record.promptHash) context.stderr(`warning: suite ${record.id}'s prompts changed since run ${original.id}; the stored outputs answer the old prompts\n`);
      else if (!current.unchanged) context.stderr(`note: suite ${record.id} changed since run ${original.id}; targets and scorers are read from the current file\n`);
    }

    const newId = newRunId();
    store.createRun({
      id: newId,
      startedAt: new Date().toISOString(),
      toolVersion,
      configHash: original.configHash,
      suites: records,
      models: original.models,
      settings: { ...original.settings, rescoredFrom: original.id, ...(override ? { rescoreScorers: override } : {}) },
      // Only the suite files: enough for report --by metadata.* and for rescoring again, and
      // without the models `pingce run --resume` would call, since no model answered in this run.
      spec: { suiteFiles: recordedSuiteFiles(original), rescoredFrom: original.id },
    });
    const writer = store.writer(newId);
    let items = 0;
    let errors = 0;
    let finished = false;
    try {
      for (const item of store.items(original.id)) {
        const result = rescoreItem(item, suites.get(item.suiteId), scorers.get(item.suiteId) ?? []);
        writer.add(result);
        items += 1;
        if (result.status === 'error') errors += 1;
      }
      writer.close();
      store.finishRun(newId, statusOf(original.status), { items, errors, retries: 0, cached: 0 }, new Date().toISOString());
      finished = true;
    } finally {
      if (!finished) {
        writer.close();
        store.finishRun(newId, 'failed', { items, errors, retries: 0 }, new Date().toISOString());
      }
    }

    const run = store.getRun(newId);
    if (!run) throw new Error(`rescored run ${newId} vanished from ${storePath}`);
    const summary = summarizeRun(run, store.tallies(newId), store.items(newId));
    context.stdout(renderSummaryTable(summary));
    context.stdout(`rescored run ${original.id} into new run ${newId} (${items} items, no model called)\n`);
    context.stdout(`compare: pingce compare ${original.id} ${newId}${values.store === undefined ? '' : ` --store ${storePath}`}\n`);
    if (values.json !== undefined) context.stdout(`json: ${writeFileAtomic(resolve(context.cwd, values.json), `${JSON.stringify(summary, null, 2)}\n`)}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/**
 * A rescore covers exactly the items the original run has, so it is no more
 * complete than the original; a run still marked running (or killed) counts as interrupted.
 */
function statusOf(status: RunRecord['status']): RunStatus {
  return status === 'running' ? 'interrupted' : status;
}
