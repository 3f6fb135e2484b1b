import { pySplit, pyStrip } from './python-text.js';

/**
 * sacrebleu's tokenizers (sacrebleu 2.x), each returning the space-joined line that
 * BLEU then splits on whitespace:
 * - `13a`: mteval-v13a, sacrebleu's default;
 * - `zh`: every "Chinese" character (sacrebleu's own ranges, below) set apart, the rest as 13a;
 * - `char`: every character (spaces included) joined with spaces;
 * - `none`: the line as it is.
 */
export type BleuTokenizerName = '13a' | 'zh' | 'char' | 'none';

export const BLEU_TOKENIZERS: readonly BleuTokenizerName[] = ['13a', 'zh', 'char', 'none'];

// mteval-v13a's rules, applied in this order to " line ": symbols set apart; "." and ","
// set apart unless between digits (3.5, 1,000); a "-" after a digit set apart.
const MTEVAL_RULES: readonly (readonly [RegExp, string])[] = [
  [/([{-~[-` -&(-+:-@/])/gu, ' $1 '],
  [/([^0-9])([.,])/gu, '$1 $2 '],
  [/([.,])([^0-9])/gu, ' $1 $2'],
  [/([0-9])(-)/gu, '$1 $2 '],
];

/** sacrebleu's `TokenizerRegexp`, shared by 13a and zh; whitespace collapses as Python's `split()`. */
function mtevalPost(line: string): string {
  let result = line;
  for (const [pattern, replacement] of MTEVAL_RULES) result = result.replace(pattern, replacement);
  return splitJoin(result);
}

export function tokenize13a(line: string): string {
  let text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (text.includes('&')) {
    text = text.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  return mtevalPost(` ${text} `);
}

/**
 * sacrebleu's "Chinese character" test. Its table writes two supplementary ranges as
 * '\u20000'–'\u2a6d6' and '\u2f800'–'\u2fa1d', which Python reads as two-character
 * strings; compared with one character they act as U+2001–U+2A6D (general punctuation
 * such as “ ” — …, arrows, maths symbols) and U+2F81–U+2FA1, and CJK Extension B itself
 * (U+20000…) is never split. Reproduced as sacrebleu behaves, not as its comment says.
 */
const ZH_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4db5],
  [0x4e00, 0x9fa5],
  [0x9fa6, 0x9fbb],
  [0xf900, 0xfa2d],
  [0xfa30, 0xfa6a],
  [0xfa70, 0xfad9],
  [0x2001, 0x2a6d],
  [0x2f81, 0x2fa1],
  [0xff00, 0xffef],
  [0x2e80, 0x2eff],
  [0x3000, 0x303f],
  [0x31c0, 0x31ef],
  [0x2f00, 0x2fdf],
  [0x2ff0, 0x2fff],
  [0x3100, 0x312f],
  [0x31a0, 0x31bf],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0x2600, 0x26ff],
  [0x2700, 0x27bf],
  [0x3200, 0x32ff],
  [0x3300, 0x33ff],
];

// All ranges lie in the BMP: a 64 KiB lookup table answers per character without scanning them.
const ZH_TABLE = new Uint8Array(0x10000);
for (const [start, end] of ZH_RANGES) ZH_TABLE.fill(1, start, end + 1);

export function isSacrebleuChineseChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xffff && ZH_TABLE[code] === 1;
}

export function tokenizeZh(line: string): string {
  let spaced = '';
  for (const char of pyStrip(line)) spaced += isSacrebleuChineseChar(char) ? ` ${char} ` : char;
  return mtevalPost(spaced);
}

export function tokenizeChar(line: string): string {
  return [...line].join(' ');
}

export function bleuTokenizer(name: BleuTokenizerName): (line: string) => string {
  switch (name) {
    case '13a':
      return tokenize13a;
    case 'zh':
      return tokenizeZh;
    case 'char':
      return tokenizeChar;
    case 'none':
      return (line) => line;
  }
}

/** Python's `' '.join(text.split())`. */
export function splitJoin(text: string): string {
  return pySplit(text).join(' ');
}
