import { resolve } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { getImporter, importerIds, runImport } from '../../suites/importers/index.js';
import { parseKeyValue } from '../../suites/importers/options.js';
import { writeImportedSuites } from '../../suites/importers/write.js';
import { parseCommandArgs } from '../args.js';
import type { CommandContext } from './context.js';

export const IMPORT_HELP = `Usage: pingce import FORMAT PATH… -o DIR [options]

Converts public benchmark files into an ordinary pingce suite folder (YAML + JSONL
+ few-shot JSONL per subject or task), which \`pingce suites validate DIR\` and
\`pingce run --suite DIR\` accept. Nothing is written unless every suite imports
and validates. The data stays third-party: its licence is recorded in each YAML
file, and complying with it is your responsibility (several are non-commercial).

Formats: ${importerIds().join(', ')} (pingce import --list)

Options:
  -o, --out DIR         output folder; must not exist or be empty (see --force)
      --id ID           suite id (with several suites: replaces the format prefix)
      --split SPLIT     val | test | dev (default per format: ceval/fineval val, others test)
      --map SPEC        generic: input=COL,target=COL,choices=A|B|C|D,id=COL,category=COL
      --option KEY=VAL  importer option (repeatable): k=5, cot=true, encoding=gb18030,
                        task=tnews, labels=FILE, answers=FILE, target=tags, segpos=true,
                        license=…, domain=…, scorers=a,b (see suites/importers/README.md)
      --force           replace DIR if it exists
      --list            list the formats
  -h, --help            this help

In eval.config.yaml the same import runs in memory: suites: ["import:ceval:../data/ceval?split=val"]`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  split: { type: 'string' },
  map: { type: 'string' },
  option: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function importCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, OPTIONS, true);
  if (values.help) {
    context.stdout(`${IMPORT_HELP}\n`);
    return 0;
  }
  if (values.list) {
    for (const id of importerIds()) context.stdout(`${id.padEnd(12)} ${getImporter(id).summary}\n`);
    return 0;
  }
  const [format, ...paths] = positionals;
  if (format === undefined) {
    context.stdout(`${IMPORT_HELP}\n`);
    return 2;
  }
  getImporter(format);
  if (paths.length === 0) throw new UsageError('USAGE', `pingce import ${format} needs at least one PATH; see \`pingce import --help\``);
  if (values.out === undefined) throw new UsageError('USAGE', 'pingce import needs -o DIR, the folder to write the suites to');
  const options: Record<string, string> = {};
  for (const entry of values.option ?? []) {
    const [key, value] = parseKeyValue(entry, '--option');
    if (key in options) throw new UsageError('USAGE', `--option ${key} is given twice`);
    options[key] = value;
  }
  for (const key of ['id', 'split', 'map'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    if (key in options) throw new UsageError('USAGE', `--${key} and --option ${key}= both given`);
    options[key] = value;
  }
  const suites = runImport(format, paths, options, context.cwd);
  const written = await writeImportedSuites(suites, format, resolve(context.cwd, values.out), { force: values.force === true });
  for (const suite of written) {
    const shots = suite.exemplars > 0 ? ` (+${suite.exemplars} few-shot exemplars)` : '';
    context.stdout(`ok  ${suite.id}  ${suite.items} items${shots}  ${suite.file}\n`);
  }
  const licences = [...new Set(written.map((suite) => suite.license))];
  context.stderr(`third-party data, licence: ${licences.join('; ')}. Complying with it is your responsibility; do not commit or redistribute where it forbids that.\n`);
  return 0;
}

