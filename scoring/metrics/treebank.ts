import { PY_SPACE_CLASS, PY_WORD_CLASS, pySplit } from './python-text.js';

/**
 * English word tokenisation as NLTK's `word_tokenize(text, preserve_line=True)`
 * (the improved Penn Treebank tokenizer, NLTK 3.x). The CMRC 2018 evaluation script
 * splits the non-Chinese runs of an answer with it, so CMRC F1 depends on exactly
 * where it splits: "don't" → "do n't", "$100" → "$ 100", a final "." or "?" apart,
 * `"` → `` and ''.
 *
 * The rewrite rules and their order are the tokenizer's behaviour, restated here as
 * JavaScript regular expressions with Python's semantics made explicit: Unicode `\w`
 * and `\b`, Python `$` (end, or before a final newline), Python `\s` and `\d`.
 *
 * Not reproduced: the Punkt sentence splitting that `word_tokenize` does first by
 * default. It only matters for a "." ending a sentence in the middle of the text
 * ("It rained. Then…": Punkt gives "rained", "."; this gives "rained.").
 */

const W = `[${PY_WORD_CLASS}]`;
const S = `[${PY_SPACE_CLASS}]`;
/** Python's `$` without MULTILINE: the end, or just before a newline that ends the string. */
const END = '(?=\\n?$)';
/** Python's `\b` with Unicode word characters. */
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

type Rule = readonly [RegExp, string];

const rule = (pattern: string, replacement: string, flags = ''): Rule => [new RegExp(pattern, `gu${flags}`), replacement];

const STARTING_QUOTES: readonly Rule[] = [
  rule('([«“‘„]|`+)', ' $1 '),
  rule('^"', '``'),
  rule('(``)', ' $1 '),
  rule('([ (\\[{<])("|\'{2})', '$1 `` '),
  // An opening apostrophe ('Hello) is split off unless it starts a contraction ('re, 's…).
  rule(`(?<!${W})(')(?!(?:re|ve|ll|m|t|s|d|n)${B})(?=${W})`, '$1 ', 'i'),
];

const PUNCTUATION: readonly Rule[] = [
  rule(`([^.])(\\.)([\\])}>"'»”’ ]*)${S}*${END}`, '$1 $2 $3 '),
  rule('([:,])([^\\p{Nd}])', ' $1 $2'),
  rule(`([:,])${END}`, ' $1 '),
  rule('\\.{2,}', ' $& '),
  rule('[;@#$%&]', ' $& '),
  rule('[\\u2012-\\u2015]', ' $& '),
  rule(`([^.])(\\.)([\\])}>"']*)${S}*${END}`, '$1 $2$3 '),
  rule('[?!]', ' $& '),
  rule("([^'])' ", "$1 ' "),
  rule('[*]', ' $& '),
];

const PARENS_BRACKETS: Rule = rule('[\\][(){}<>]', ' $& ');
const DOUBLE_DASHES: Rule = rule('--', ' -- ');

const ENDING_QUOTES: readonly Rule[] = [
  rule('([»”’])', ' $1 '),
  rule("''", " '' "),
  rule('"', " '' "),
  rule(`${S}+`, ' '),
  rule("([^' ])('[sS]|'[mM]|'[dD]|') ", '$1 $2 '),
  rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", '$1 $2 '),
];

// "cannot" → "can not", "gonna" → "gon na", " 'tis" → " 't is", as the MacIntyre contraction list.
const CONTRACTIONS: readonly Rule[] = [
  rule(`${B}(can)(not)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(d)('ye)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(gim)(me)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(gon)(na)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(got)(ta)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(lem)(me)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(more)('n)${B}`, ' $1 $2 ', 'i'),
  rule(`${B}(wan)(na)(?=${S})`, ' $1 $2 ', 'i'),
  rule(` ('t)(is)${B}`, ' $1 $2 ', 'i'),
  rule(` ('t)(was)${B}`, ' $1 $2 ', 'i'),
];

function apply(text: string, rules: readonly Rule[]): string {
  let result = text;
  for (const [pattern, replacement] of rules) result = result.replace(pattern, replacement);
  return result;
}

/** Tokens of one line of English text, as NLTK's Treebank-style word tokenizer gives them. */
export function treebankTokenize(text: string): string[] {
  let result = apply(text, STARTING_QUOTES);
  result = apply(result, PUNCTUATION);
  result = apply(result, [PARENS_BRACKETS, DOUBLE_DASHES]);
  result = apply(` ${result} `, ENDING_QUOTES);
  result = apply(result, CONTRACTIONS);
  return pySplit(result);
}
