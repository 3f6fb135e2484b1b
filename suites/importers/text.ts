import { readFileSync } from 'node:fs';
import { UsageError } from '../../common/errors.js';
import { SuiteError } from '../errors.js';

/**
 * Encodings an importer can be told to read (`--option encoding=…`). `auto` means: a
 * byte-order mark decides, else the text must be valid UTF-8. Legacy Chinese files are
 * never guessed: GB18030 would "decode" a Big5 file into plausible nonsense.
 */
export const ENCODINGS = ['auto', 'utf-8', 'gbk', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function parseEncoding(value: string | undefined): Encoding {
  const name = (value ?? 'auto').toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^(cp936|gb2312)$/, 'gbk').replace(/^(cp950|big5-hkscs)$/, 'big5');
  const known = ENCODINGS.find((encoding) => encoding === name);
  if (!known) throw new UsageError('USAGE', `unknown encoding "${value}"; use one of ${ENCODINGS.join(', ')}`);
  return known;
}

/** Reads a file as text: BOM removed, bytes that do not decode are an error naming the line. */
export function readText(file: string, encoding: Encoding = 'auto'): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new SuiteError({ file }, `cannot read file: ${(cause as Error).message}`, { cause });
  }
  return decodeBytes(bytes, file, encoding);
}

export function decodeBytes(bytes: Uint8Array, file: string, encoding: Encoding = 'auto'): string {
  const chosen = encoding === 'auto' ? bomEncoding(bytes) : encoding;
  try {
    // TextDecoder drops a BOM of its own encoding (ignoreBOM defaults to false).
    return new TextDecoder(chosen, { fatal: true }).decode(bytes);
  } catch (cause) {
    const line = firstBadLine(bytes, chosen);
    const hint = chosen === 'utf-8' ? '; if it is a legacy Chinese file pass --option encoding=gb18030 (GBK, Excel on Chinese Windows) or encoding=big5' : '';
    throw new SuiteError({ file, line }, `not valid ${chosen} text${hint}`, { cause });
  }
}

function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The line of the first undecodable byte: decode leniently and find the first replacement character. */
function firstBadLine(bytes: Uint8Array, encoding: string): number {
  const text = new TextDecoder(encoding).decode(bytes);
  const index = text.indexOf('\uFFFD');
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** Lines without their terminators (CRLF, LF or a lone CR); a final newline adds no empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * A suite-id-safe form of a name: lower case, runs of other characters as one "-".
 * Names without any ASCII letter or digit (FinanceIQ's `银行从业资格`) get a short
 * stable hash of their NFC form, since ids must match ^[a-z0-9][a-z0-9._-]*$.
 */
export function slug(name: string): string {
  const nfc = name.normalize('NFC');
  const ascii = nfc
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  const hasNonAscii = /[^\x00-\x7f]/.test(nfc);
  if (!hasNonAscii) return ascii === '' ? 'x' : ascii;
  const hash = fnv1a(nfc).toString(16).padStart(8, '0').slice(0, 6);
  return ascii === '' ? `u${hash}` : `${ascii}-${hash}`;
}

/** FNV-1a over UTF-16 units: a short, stable, dependency-free name hash (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
