import { SuiteError } from '../errors.js';
import { CHOICE_LETTERS } from '../render.js';
import { columnIndex, parseCsv, type CsvRecord } from './csv.js';
import { answerLetters, compact, SampleList } from './common.js';
import { readText, type Encoding } from './text.js';
import type { LocatedSample } from './types.js';

/** Where the parts of an exam item sit in a CSV row. */
interface Columns {
  readonly id?: number;
  readonly question: number;
  readonly choices: readonly number[];
  readonly answer?: number;
  readonly explanation?: number;
}

export interface ExamTable {
  readonly samples: readonly LocatedSample[];
  /** False when the file has no answer column (C-Eval test): the items are unlabelled. */
  readonly labelled: boolean;
  readonly hasExplanations: boolean;
}

/**
 * Reads one exam CSV (C-Eval, CMMLU, MMLU, FinEval, FinanceIQ) into samples.
 * With a header, columns are found by name, case-insensitively (`Answer`), and an
 * unnamed first column is the row id (pandas' index in CMMLU/FinanceIQ). Without one
 * (MMLU), the columns are question, options…, answer, and ids are 0-based row numbers;
 * a first row that reads `question,A,B,C,D,answer` is taken as a header anyway.
 */
export function readExamTable(file: string, options: { readonly header: boolean; readonly encoding: Encoding; readonly category?: string }): ExamTable {
  const records = parseCsv(readText(file, options.encoding), file);
  if (records.length === 0) throw new SuiteError({ file }, 'the file is empty');
  const first = records[0] as CsvRecord;
  const looksLikeHeader = columnIndex(first.fields, 'question') !== undefined;
  const hasHeader = options.header || looksLikeHeader;
  const columns = hasHeader ? namedColumns(first, file) : positionalColumns(first, file);
  const rows = hasHeader ? records.slice(1) : records;
  const width = first.fields.length;
  const list = new SampleList();
  let hasExplanations = false;
  rows.forEach((row, index) => {
    const at = { file, line: row.line };
    if (row.fields.length !== width) throw new SuiteError(at, `row has ${row.fields.length} fields, expected ${width}${hasHeader ? ' as in the header' : ' as in the first row'}`);
    const cell = (column: number | undefined) => (column === undefined ? undefined : (row.fields[column] ?? ''));
    const choices = columns.choices.map((column) => cell(column) ?? '');
    const rawAnswer = cell(columns.answer);
    const explanation = cell(columns.explanation);
    if (explanation !== undefined && explanation.trim() !== '') hasExplanations = true;
    const id = columns.id === undefined ? String(index) : (cell(columns.id) ?? '').trim();
    if (id === '') throw new SuiteError(at, 'the id cell is empty');
    list.add(
      compact({
        id,
        input: cell(columns.question) ?? '',
        choices,
        target: rawAnswer === undefined ? undefined : answerLetters(rawAnswer, choices.length, at),
        category: options.category,
        metadata: explanation !== undefined && explanation.trim() !== '' ? { explanation } : undefined,
      }),
      at,
    );
  });
  return { samples: list.items, labelled: columns.answer !== undefined, hasExplanations };
}

function namedColumns(header: CsvRecord, file: string): Columns {
  const cells = header.fields;
  const at = { file, line: header.line };
  const question = columnIndex(cells, 'question');
  if (question === undefined) throw new SuiteError(at, `no "question" column in the header (${cells.join(',')}); for a file without a header row use the mmlu importer`);
  const choices: number[] = [];
  for (const letter of CHOICE_LETTERS) {
    const column = columnIndex(cells, letter);
    if (column === undefined) break;
    choices.push(column);
  }
  if (choices.length < 2) throw new SuiteError(at, `option columns A, B, … not found in the header (${cells.join(',')})`);
  const named = columnIndex(cells, 'id');
  // CMMLU and FinanceIQ were written by pandas with its index: an unnamed first column.
  const id = named ?? (cells[0]?.trim() === '' ? 0 : undefined);
  return compact({ id, question, choices, answer: columnIndex(cells, 'answer'), explanation: columnIndex(cells, 'explanation') });
}

function positionalColumns(first: CsvRecord, file: string): Columns {
  const width = first.fields.length;
  if (width < 4) throw new SuiteError({ file, line: first.line }, `a headerless exam row needs question, at least two options and the answer; this one has ${width} fields`);
  return { question: 0, choices: Array.from({ length: width - 2 }, (_, index) => index + 1), answer: width - 1 };
}
