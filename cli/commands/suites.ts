import { UsageError } from '../../common/errors.js';
import { renderTable } from '../../results/render/format.js';
import { countSamples, loadSuite } from '../../suites/loader.js';
import { findSuiteFiles, loadBuiltinSuites, resolveSuites } from '../../suites/resolve.js';
import { checkSuiteData } from '../../suites/validate.js';
import { parseCommandArgs, positiveInteger } from '../args.js';
import type { CommandContext } from './context.js';
import { describeSuite, renderSamples } from './suite-show.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const SUITES_HELP = `Usage: pingce suites list [--suite ID|PATH …]
       pingce suites show ID|PATH [--render N]
       pingce suites validate PATH …

  list       id, version, domain, task, items and licence of the bundled suites
             (or of the suites named with --suite)
  show       a suite's definition: files, task, scorers, language, few-shot,
             CircularEval, hashes and the template in effect (the suite's own or
             pingce's default); with --render N, the exact messages sent for the
             first N samples, role by role, few-shot turns and rotations included
  validate   checks suite files (or every *.yaml below a folder): schema, data
             lines, duplicate ids, answers outside the options, targets the task
             cannot score (e.g. a non-number for numeric), template fields a
             sample lacks; warns when a data id is also a few-shot exemplar.
             Errors name file:line; exit 2 on the first invalid suite

Options:
      --suite ID|PATH  (list) the suites to list instead of the bundled ones; repeatable
      --render N       (show) render the first N samples
  -h, --help           this help`;

const OPTIONS = {
  suite: { type: 'string', multiple: true },
  render: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function suitesCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('suites', args, OPTIONS, true);
  const [action, ...paths] = positionals;
  if (values.help || action === undefined) {
    context.stdout(`${SUITES_HELP}\n`);
    return values.help ? 0 : 2;
  }
  if (values.render !== undefined && action !== 'show') throw new UsageError('USAGE', '--render goes with `pingce suites show`');
  if (action === 'list') {
    const suites = values.suite && values.suite.length > 0 ? await resolveSuites(values.suite, context.cwd) : await loadBuiltinSuites();
    const rows: string[][] = [];
    for (const suite of suites) rows.push([suite.id, suite.version, suite.domain, suite.task, String(await countSamples(suite)), suite.license]);
    context.stdout(`${renderTable(['id', 'version', 'domain', 'task', 'items', 'license'], rows)}\n`);
    return 0;
  }
  if (action === 'show') {
    if (paths.length !== 1) throw new UsageError('USAGE', 'pingce suites show takes one suite ID or PATH');
    const count = positiveInteger(values.render, '--render');
    const suites = await resolveSuites(paths, context.cwd);
    for (const [index, suite] of suites.entries()) {
      context.stdout(`${index > 0 ? '\n' : ''}${await describeSuite(suite)}`);
      if (count !== undefined) context.stdout(await renderSamples(suite, count));
    }
    return 0;
  }
  if (action === 'validate') {
    if (paths.length === 0) throw new UsageError('USAGE', 'pingce suites validate needs at least one PATH');
    for (const path of paths) {
      const full = resolve(context.cwd, path);
      const files = statSync(full, { throwIfNoEntry: false })?.isDirectory() ? findSuiteFiles(full) : [full];
      for (const file of files) {
        const suite = await loadSuite(file);
        const { items, warnings } = await checkSuiteData(suite);
        for (const warning of warnings) context.stderr(`warning: ${warning}\n`);
        context.stdout(`ok  ${suite.id}@${suite.version}  ${items} items${warnings.length > 0 ? `  ${warnings.length} warning(s)` : ''}  ${file}\n`);
      }
    }
    return 0;
  }
  throw new UsageError('USAGE', `unknown action "suites ${action}": use list, show or validate`);
}
