import { UsageError } from '../../common/errors.js';
import { renderTable } from '../../results/render/format.js';
import { countSamples, loadSuite } from '../../suites/loader.js';
import { findSuiteFiles, loadBuiltinSuites, resolveSuites } from '../../suites/resolve.js';
import { parseCommandArgs } from '../args.js';
import type { CommandContext } from './context.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const SUITES_HELP = `Usage: pingce suites list [--suite ID|PATH …]
       pingce suites validate PATH …

  list       id, version, domain, task, items and licence of the bundled suites
             (or of the suites named with --suite)
  validate   checks suite files (or every *.yaml below a folder): schema, data
             lines, duplicate ids, answers outside the options; errors name
             file:line; exit 2 on the first invalid suite`;

const OPTIONS = {
  suite: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function suitesCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('suites', args, OPTIONS, true);
  const [action, ...paths] = positionals;
  if (values.help || action === undefined) {
    context.stdout(`${SUITES_HELP}\n`);
    return values.help ? 0 : 2;
  }
  if (action === 'list') {
    const suites = values.suite && values.suite.length > 0 ? await resolveSuites(values.suite, context.cwd) : await loadBuiltinSuites();
    const rows: string[][] = [];
    for (const suite of suites) rows.push([suite.id, suite.version, suite.domain, suite.task, String(await countSamples(suite)), suite.license]);
    context.stdout(`${renderTable(['id', 'version', 'domain', 'task', 'items', 'license'], rows)}\n`);
    return 0;
  }
  if (action === 'validate') {
    if (paths.length === 0) throw new UsageError('USAGE', 'pingce suites validate needs at least one PATH');
    for (const path of paths) {
      const full = resolve(context.cwd, path);
      const files = statSync(full, { throwIfNoEntry: false })?.isDirectory() ? findSuiteFiles(full) : [full];
      for (const file of files) {
        const suite = await loadSuite(file);
        const items = await countSamples(suite);
        context.stdout(`ok  ${suite.id}@${suite.version}  ${items} items  ${file}\n`);
      }
    }
    return 0;
  }
  throw new UsageError('USAGE', `unknown action "suites ${action}": use list or validate`);
}
