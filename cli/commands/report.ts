import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun } from '../../results/summary.js';
import { computeBreakdowns, needsSamples, parseBreakdownField } from '../../results/breakdown.js';
import { loadRunSuites } from '../../results/run-samples.js';
import { renderMarkdownReport } from '../../results/render/markdown.js';
import { parseCommandArgs } from '../args.js';
import { DEFAULT_STORE } from '../config/defaults.js';
import { storePathFor } from '../config/from-flags.js';
import { writeFileAtomic } from '../output.js';
import type { CommandContext } from './context.js';

export const REPORT_HELP = `Usage: pingce report RUN_ID|last [options]

Re-renders a run's report from the result store; no model is called.

Options:
      --format md|json  Markdown report (default) or the JSON summary
      --by FIELD        add accuracy per value of FIELD: category, or metadata.NAME
                        (read from the run's suite files, which must be unchanged); repeatable
  -o, --out FILE        write to FILE instead of standard output
      --store FILE      result store (default: the config's, else ${DEFAULT_STORE})
  -c, --config FILE     configuration whose store to read
      --list            list the runs in the store instead
  -h, --help            this help`;

const OPTIONS = {
  format: { type: 'string' },
  by: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  store: { type: 'string' },
  config: { type: 'string', short: 'c' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function reportCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, OPTIONS, true);
  if (values.help) {
    context.stdout(`${REPORT_HELP}\n`);
    return 0;
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError('USAGE', `--format must be md or json, not "${format}"`);
  const fields = (values.by ?? []).map(parseBreakdownField);
  const storePath = storePathFor(values.store, values.config, context.cwd);
  if (!existsSync(storePath)) throw new UsageError('STORE_NOT_FOUND', `no result store at ${storePath}; run \`pingce run\` first or pass --store`);
  const store = openSqliteStore(storePath);
  try {
    if (values.list) {
      for (const run of store.listRuns()) context.stdout(`${run.id}  ${run.status.padEnd(11)}  ${run.startedAt}  ${run.suites.length} suites × ${run.models.length} models\n`);
      return 0;
    }
    const [runId, ...extra] = positionals;
    if (runId === undefined || extra.length > 0) throw new UsageError('USAGE', 'pingce report takes one RUN_ID (or "last"); see `pingce report --list`');
    const run = store.getRun(runId);
    if (!run) throw new UsageError('RUN_NOT_FOUND', `no run "${runId}" in ${storePath}; see \`pingce report --list\``);
    let summary = summarizeRun(run, store.tallies(run.id), store.items(run.id));
    if (fields.length > 0) {
      // The store keeps no sample metadata: it is re-read from the suite files, pinned by their content hash.
      const suites = needsSamples(fields) ? await loadRunSuites(run, { requireUnchanged: true, purpose: 'report --by metadata.*' }) : undefined;
      summary = { ...summary, breakdowns: computeBreakdowns(run, store.items(run.id), fields, suites) };
    }
    const text = format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderMarkdownReport(summary);
    if (values.out !== undefined) context.stdout(`${writeFileAtomic(resolve(context.cwd, values.out), text)}\n`);
    else context.stdout(text);
    return 0;
  } finally {
    store.close();
  }
}
