/**
 * Text folding shared by extraction and the text scorers, so that "Ｂ", "B" and
 * "b。" compare the way a human grader would compare them.
 */

/** Full-width ASCII forms (Ｂ, １２, ：, （）) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

// Only sentence-ending punctuation: a trailing ")" or "%" can be part of the answer.
const TRAILING_PUNCTUATION = /[\s.,;:!?。，、；：！？…]/u;

export interface NormalizeOptions {
  /** Default false: letters are lower-cased before comparing. */
  readonly caseSensitive?: boolean;
}

/** Half-width, whitespace collapsed and trimmed, trailing punctuation dropped, lower-cased unless caseSensitive. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const folded = dropTrailingPunctuation(toHalfWidth(text).replace(/\s+/g, ' ').trim());
  return options.caseSensitive === true ? folded : folded.toLowerCase();
}

// A loop, not /[…]+$/: that regex is quadratic on long runs of punctuation inside the text.
function dropTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
