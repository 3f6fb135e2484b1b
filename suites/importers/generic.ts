import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { didYouMean } from '../../common/did-you-mean.js';
import { SuiteError } from '../errors.js';
import type { TaskKind } from '../types.js';
import { answerLetters, CHOICE_SCORERS, compact, IMPORT_VERSION, importRoot, indexLetter, provenance, SampleList } from './common.js';
import { csvTable, parseCsv } from './csv.js';
import { isRecord, parseJsonLines, parseLocatedJson } from './json.js';
import { checkOptionKeys, choiceOption, domainOption, encodingOption } from './options.js';
import { readText, slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions, SourcePlace } from './types.js';

const OPTION_KEYS = ['map', 'task', 'scorers'] as const;
const TASKS: readonly TaskKind[] = ['multiple-choice', 'short-answer', 'numeric', 'classification', 'generation'];
const FIELDS = ['input', 'target', 'choices', 'id', 'category'] as const;
type Field = (typeof FIELDS)[number];

/** Which source column or key feeds each sample field; `choices` may list several columns (`A|B|C|D`). */
export type ColumnMap = Readonly<Partial<Record<Field, readonly string[]>>>;

/** `input=question,target=answer,choices=A|B|C|D,id=qid,category=subject`; without --map, the fields' own names. */
export function parseColumnMap(text: string | undefined): ColumnMap {
  if (text === undefined) return { input: ['input'], target: ['target'], choices: ['choices'], id: ['id'], category: ['category'] };
  const map: Partial<Record<Field, readonly string[]>> = {};
  for (const part of text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const equals = part.indexOf('=');
    const field = FIELDS.find((name) => name === part.slice(0, equals).trim());
    if (equals <= 0 || field === undefined) throw new UsageError('USAGE', `--map entry "${part}" must be FIELD=COLUMN with FIELD one of ${FIELDS.join(', ')}${didYouMean(part.slice(0, Math.max(equals, 0)), FIELDS)}`);
    const columns = part.slice(equals + 1).split('|').map((column) => column.trim()).filter((column) => column !== '');
    if (columns.length === 0 || (field !== 'choices' && columns.length > 1)) throw new UsageError('USAGE', `--map ${field}= needs ${field === 'choices' ? 'one or more columns separated by |' : 'exactly one column'}`);
    map[field] = columns;
  }
  if (!map.input) throw new UsageError('USAGE', '--map must say which column holds the question: input=COLUMN');
  return map;
}

interface Row {
  readonly values: Readonly<Record<string, unknown>>;
  readonly at: SourcePlace;
}

/** JSON Lines (or one JSON array) by default; CSV/TSV with a header row by extension. */
function readRows(file: string, options: ImportOptions): Row[] {
  const text = readText(file, encodingOption(options));
  const extension = extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') {
    const table = csvTable(parseCsv(text, file, extension === '.tsv' ? '\t' : ','), file);
    return table.rows.map((row) => ({ values: Object.fromEntries(table.header.map((name, index) => [name.trim(), row.fields[index] ?? ''])), at: { file, line: row.line } }));
  }
  if (text.trimStart().startsWith('[')) {
    const json = parseLocatedJson(text, file);
    return (json.value as unknown[]).map((value) => ({ values: isRecord(value) ? value : {}, at: { file, line: json.lineOf(value) ?? 1 } }));
  }
  return parseJsonLines(text, file).map(({ value, line }) => {
    if (!isRecord(value)) throw new SuiteError({ file, line }, 'each line must be a JSON object');
    return { values: value, at: { file, line } };
  });
}

const present = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

function choicesOf(row: Row, columns: readonly string[]): string[] | undefined {
  if (columns.length === 1) {
    const value = row.values[columns[0] ?? ''];
    if (!present(value)) return undefined;
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value;
    if (isRecord(value)) return Object.keys(value).sort().map((key) => String(value[key]));
    throw new SuiteError(row.at, `choices column "${columns[0]}" must hold a list or an object of options`);
  }
  const choices = columns.map((column) => (present(row.values[column]) ? String(row.values[column]) : ''));
  // A CSV with columns A–E leaves E empty on four-option rows.
  while (choices.length > 0 && choices.at(-1) === '') choices.pop();
  return choices;
}

function targetOf(row: Row, value: unknown, task: TaskKind, choiceCount: number): unknown {
  if (!present(value)) return undefined;
  if (task !== 'multiple-choice') return value;
  if (typeof value === 'number') return indexLetter(value, choiceCount, row.at, 'target');
  if (Array.isArray(value)) return answerLetters(value.map(String).join(''), choiceCount, row.at, 'target');
  return answerLetters(String(value), choiceCount, row.at, 'target');
}

function importFile(file: string, options: ImportOptions, root: string): ImportedSuite {
  const map = parseColumnMap(options['map']);
  const rows = readRows(file, options);
  const task = choiceOption(options, 'task', TASKS, map.choices && rows.some((row) => map.choices?.some((column) => present(row.values[column]))) ? 'multiple-choice' : 'short-answer');
  const used = new Set(Object.values(map).flat());
  const list = new SampleList();
  rows.forEach((row, index) => {
    const pick = (field: Field) => row.values[map[field]?.[0] ?? ''];
    const input = pick('input');
    if (typeof input !== 'string' || input.trim() === '') throw new SuiteError(row.at, `no question text in "${map.input?.[0]}"`);
    const choices = map.choices ? choicesOf(row, map.choices) : undefined;
    if (task === 'multiple-choice' && (choices === undefined || choices.length < 2)) throw new SuiteError(row.at, 'a multiple-choice item needs at least two choices');
    const extra = Object.entries(row.values).filter(([key, value]) => !used.has(key) && present(value));
    const category = pick('category');
    list.add(
      compact({
        id: present(pick('id')) ? String(pick('id')).trim() : String(index),
        input,
        choices: task === 'multiple-choice' ? choices : undefined,
        target: targetOf(row, pick('target'), task, choices?.length ?? 0),
        category: present(category) ? String(category) : undefined,
        metadata: extra.length > 0 ? Object.fromEntries(extra) : undefined,
      }),
      row.at,
    );
  });
  const scorers = options['scorers'] === undefined ? (task === 'multiple-choice' ? [...CHOICE_SCORERS] : task === 'numeric' ? ['numeric'] : ['exact-match']) : options['scorers'].split(',').map((id) => id.trim()).filter((id) => id !== '');
  const stem = basename(file, extname(file));
  return {
    spec: {
      id: `generic-${slug(stem.replace(/_/g, '-'))}`,
      version: IMPORT_VERSION,
      title: stem,
      description: `${list.items.length} items imported from ${basename(file)} with pingce import generic.`,
      domain: domainOption(options, 'general'),
      task,
      license: options['license'] ?? 'Unspecified: third-party or user data; record its licence with --option license=…',
      provenance: provenance({ format: 'generic', upstream: `a user-supplied file (${basename(file)}), columns mapped as ${options['map'] ?? 'input,target,choices,id,category'}`, files: [file], root, notes: ['Unmapped columns are kept in metadata.'] }),
      prompt: { template: task === 'multiple-choice' ? '{{input}}\n{{choices}}\n\n只回答正确选项的字母。' : '{{input}}' },
      scorers,
    },
    samples: list.items,
    exemplars: [],
    sources: [file],
  };
}

export const genericImporter: Importer = {
  id: 'generic',
  summary: 'Any JSONL / JSON array / CSV / TSV with a column mapping: --map input=question,target=answer,choices=A|B|C|D,id=qid,category=subject',
  optionKeys: OPTION_KEYS,
  run(paths, options) {
    checkOptionKeys('generic', options, OPTION_KEYS);
    if (options['split'] !== undefined) throw new UsageError('USAGE', 'generic imports whole files; it has no --split');
    const root = importRoot(paths);
    for (const path of paths) {
      if (!existsSync(path) || statSync(path).isDirectory()) throw new UsageError('IMPORT_NOT_FOUND', `${path}: name a data file (JSONL, JSON, CSV or TSV)`);
    }
    return paths.map((file) => importFile(file, options, root));
  },
};
