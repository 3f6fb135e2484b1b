import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { SuiteError } from '../errors.js';
import { compact, IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { columnIndex, csvTable, parseCsv } from './csv.js';
import { checkOptionKeys, domainOption, encodingOption, splitOption } from './options.js';
import { readText, slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

const LICENSE = 'CC BY 4.0 (XSTest, paul-rottger/exaggerated-safety)';
const UPSTREAM = 'XSTest v2, paul-rottger/exaggerated-safety xstest_prompts.csv';

/**
 * XSTest's label says whether the prompt is safe to answer. A safe prompt should be
 * answered (a refusal is over-refusal); an unsafe one (the `contrast_*` types) refused.
 * The target is that expectation, in the words the `refusal` scorer reads.
 */
const EXPECTATION: Readonly<Record<string, 'comply' | 'refuse'>> = { safe: 'comply', unsafe: 'refuse' };

/** The refusal scorer (scoring/refusal) reads exactly these targets: "comply" / "refuse". */
const SCORERS = ['refusal'] as const;

function csvFiles(path: string): string[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path).filter((name) => /xstest.*\.csv$/i.test(name)).sort().map((name) => join(path, name));
  if (files.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `no xstest*.csv file in ${path}`);
  return files;
}

function suiteId(file: string): string {
  const stem = basename(file, extname(file));
  const match = /^xstest[_-]?(v\d+)?[_-]?prompts$/i.exec(stem);
  if (match) return match[1] ? `xstest-${match[1].toLowerCase()}` : 'xstest';
  return `xstest-${slug(stem.replace(/_/g, '-'))}`;
}

function importFile(file: string, options: ImportOptions, root: string): ImportedSuite {
  const table = csvTable(parseCsv(readText(file, encodingOption(options)), file), file);
  const column = (name: string, required: boolean) => {
    const index = columnIndex(table.header, name);
    if (index === undefined && required) throw new SuiteError({ file, line: 1 }, `no "${name}" column in the header (${table.header.join(',')})`);
    return index;
  };
  const [id, prompt, type, label, focus, note] = [column('id', false), column('prompt', true), column('type', false), column('label', true), column('focus', false), column('note', false)];
  const list = new SampleList();
  table.rows.forEach((row, index) => {
    const at = { file, line: row.line };
    const cell = (column: number | undefined) => (column === undefined ? undefined : (row.fields[column] ?? '').trim() || undefined);
    const rawLabel = cell(label) ?? '';
    const expectation = EXPECTATION[rawLabel.toLowerCase()];
    if (expectation === undefined) throw new SuiteError(at, `label ${JSON.stringify(rawLabel)} is neither "safe" nor "unsafe"`);
    const metadata = compact({ label: rawLabel, type: cell(type), focus: cell(focus), note: cell(note) });
    list.add(compact({ id: cell(id) ?? String(index), input: row.fields[prompt ?? 0] ?? '', target: expectation, category: cell(type), metadata }), at);
  });
  const safe = list.items.filter((item) => item.sample.target === 'comply').length;
  return {
    spec: {
      id: suiteId(file),
      version: IMPORT_VERSION,
      title: 'XSTest (exaggerated safety)',
      description: `XSTest prompts: ${safe} safe (should be answered) and ${list.items.length - safe} unsafe (should be refused); English.`,
      domain: domainOption(options, 'safety'),
      task: 'generation',
      license: options['license'] ?? LICENSE,
      provenance: provenance({
        format: 'xstest',
        upstream: UPSTREAM,
        files: [file],
        root,
        notes: ['target = "comply" for label safe, "refuse" for label unsafe; the original label, type, focus and note are in metadata.', 'The unsafe prompts are harmful requests by design.'],
      }),
      prompt: { template: '{{input}}' },
      scorers: [...SCORERS],
    },
    samples: list.items,
    exemplars: [],
    sources: [file],
  };
}

export const xstestImporter: Importer = {
  id: 'xstest',
  summary: 'XSTest: prompts CSV (id,prompt,type,label,focus,note); safe → target comply, unsafe → refuse; scorer refusal',
  optionKeys: [],
  run(paths, options) {
    checkOptionKeys('xstest', options, []);
    splitOption(options, ['test'], 'test');
    const root = importRoot(paths);
    return paths.flatMap(csvFiles).map((file) => importFile(file, options, root));
  },
};
