/**
 * Punctuation steps. Chinese text mixes Chinese marks (，。「」) with Western ones
 * (,.""), often in one answer; a grader reads "“北京”。" and '"北京".' as the same.
 */

// Marks with a Western counterpart. Full-width ASCII punctuation (，：（）) is mapped by code
// point below, so it is not listed.
const UNIFIED: Readonly<Record<string, string>> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  // Book-title marks have no Western form; in an answer they quote a title.
  '《': '"',
  '》': '"',
  '〈': '"',
  '〉': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '〖': '[',
  '〗': ']',
  '〜': '~',
  '・': '·',
};

const FULL_WIDTH_PUNCTUATION = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/;
// "……" (one Chinese ellipsis, two characters) and "——" (one Chinese dash) are single marks.
const ELLIPSES = /[…⋯]+/g;
const DASHES = /[—―–]+/g;
const SINGLE = /[\s\S]/gu;

/** Chinese and full-width punctuation become the Western mark: "，" → ",", "。" → ".", "「」" → '"', "……" → "...". */
export function unifyPunctuation(text: string): string {
  return text
    .replace(ELLIPSES, '...')
    .replace(DASHES, '-')
    .replace(SINGLE, (char) => UNIFIED[char] ?? (FULL_WIDTH_PUNCTUATION.test(char) ? String.fromCharCode(char.charCodeAt(0) - 0xfee0) : char));
}

const PUNCTUATION = /\p{P}/gu;
// Kept because they change what a number means: "3.5" is not "35", "-5" is not "5", "50%" is not "50".
const PERCENT_SIGNS = new Set(['%', '％', '‰']);
const INSIDE_NUMBER = new Set(['.', ',', ':', '/', '．', '，', '：', '／']);
const MINUS_SIGNS = new Set(['-', '－', '‐']);
const DIGIT = /\p{Nd}/u;

/**
 * Every Unicode punctuation mark (`\p{P}`: Chinese and Western) is removed, except
 * `%` and `‰`, a `.` `,` `:` `/` between two digits, and a `-` right before a digit.
 * Symbols (`+ = $ ¥ ℃ ×`) are not punctuation and stay.
 */
export function stripPunctuation(text: string): string {
  return text.replace(PUNCTUATION, (char: string, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + char.length);
    if (PERCENT_SIGNS.has(char)) return char;
    if (INSIDE_NUMBER.has(char) && DIGIT.test(before) && DIGIT.test(after)) return char;
    if (MINUS_SIGNS.has(char) && DIGIT.test(after)) return char;
    return '';
  });
}

// Only sentence-ending punctuation: a trailing ")" or "%" can be part of the answer.
const TRAILING_PUNCTUATION = /[\s.,;:!?。，、；：！？…]/u;

/** Trailing whitespace and sentence punctuation (`。.！!？?，,；;：:、…`) are dropped: "报修。" → "报修". */
export function dropTrailingPunctuation(text: string): string {
  // A loop, not /[…]+$/: that regex is quadratic on long runs of punctuation inside the text.
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
