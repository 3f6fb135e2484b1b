import { SuiteError } from '../errors.js';

/** One CSV record and the (1-based) line it starts on, for error messages. */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

/**
 * An RFC 4180 parser. Records end at CRLF, LF or a lone CR; quoted fields may hold
 * delimiters, doubled quotes and line breaks (C-Eval and FinEval `explanation` cells
 * span lines, so splitting on lines first would tear records apart). A line break inside
 * a quoted field is kept as written. Lenient where Python's csv module is: a quote in
 * the middle of an unquoted field is a literal character. Strict where data would be
 * lost silently: text after a closing quote, or a quote never closed, is an error
 * naming file:line:column. Empty lines are skipped; a missing final newline is fine.
 */
export function parseCsv(input: string, file: string, delimiter = ','): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const length = text.length;
  let index = 0;
  let line = 1;
  let lineStart = 0;
  let fields: string[] = [];
  let recordLine = 1;
  let recordHasText = false;

  /** Consumes a line break at `index` if there is one; returns whether it did. */
  const lineBreak = (): boolean => {
    const char = text[index];
    if (char === '\r') index += text[index + 1] === '\n' ? 2 : 1;
    else if (char === '\n') index += 1;
    else return false;
    line += 1;
    lineStart = index;
    return true;
  };
  const endRecord = () => {
    if (recordHasText || fields.length > 1) records.push({ fields, line: recordLine });
    fields = [];
    recordHasText = false;
    recordLine = line;
  };

  while (index < length) {
    if (text[index] === '"') {
      const openLine = line;
      const openColumn = index - lineStart + 1;
      index += 1;
      let value = '';
      let chunkStart = index;
      for (;;) {
        if (index >= length) throw new SuiteError({ file, line: openLine, column: openColumn }, 'quoted field is never closed (missing ")');
        const char = text[index];
        if (char === '"') {
          value += text.slice(chunkStart, index);
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            chunkStart = index;
            continue;
          }
          index += 1;
          break;
        }
        if (char === '\r' || char === '\n') {
          // Kept as written (CRLF stays CRLF), but counted so later errors name the right line.
          lineBreak();
          continue;
        }
        index += 1;
      }
      fields.push(value);
      recordHasText = true;
      if (index >= length) break;
      if (text[index] === delimiter) {
        index += 1;
        if (index >= length) fields.push('');
        continue;
      }
      if (lineBreak()) {
        endRecord();
        continue;
      }
      throw new SuiteError({ file, line, column: index - lineStart + 1 }, `unexpected ${JSON.stringify(text[index])} after a closing quote; a quote inside a quoted field must be doubled ("")`);
    }
    // Unquoted field: up to the delimiter or the end of the line.
    let end = index;
    while (end < length && text[end] !== delimiter && text[end] !== '\r' && text[end] !== '\n') end += 1;
    const value = text.slice(index, end);
    fields.push(value);
    if (value !== '') recordHasText = true;
    index = end;
    if (index >= length) break;
    if (text[index] === delimiter) {
      index += 1;
      if (index >= length) fields.push('');
      continue;
    }
    lineBreak();
    endRecord();
  }
  if (fields.length > 0) endRecord();
  return records;
}

/** A CSV table: the header row's names and the data records below it. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRecord[];
}

/** Splits off the header and checks every row has as many fields as the header. */
export function csvTable(records: readonly CsvRecord[], file: string): CsvTable {
  const [head, ...rows] = records;
  if (!head) throw new SuiteError({ file }, 'the file is empty');
  for (const row of rows) {
    if (row.fields.length !== head.fields.length) {
      throw new SuiteError({ file, line: row.line }, `row has ${row.fields.length} fields but the header has ${head.fields.length}`);
    }
  }
  return { header: head.fields, rows };
}

/**
 * The index of a column by name, case- and space-insensitively (CMMLU writes `Answer`,
 * C-Eval `answer`); undefined when absent.
 */
export function columnIndex(header: readonly string[], ...names: readonly string[]): number | undefined {
  const wanted = names.map((name) => name.trim().toLowerCase());
  const index = header.findIndex((cell) => wanted.includes(cell.trim().toLowerCase()));
  return index < 0 ? undefined : index;
}
