import { PingceError } from '../../common/errors.js';
import { lcsLength } from './lcs.js';

/**
 * ROUGE-L (sentence level) as Google's `rouge-score` computes it (`_score_lcs`, Lin 2004):
 * precision = LCS / |prediction tokens|, recall = LCS / |reference tokens|,
 * F = 2PR / (P + R) (β = 1), all 0 when either side has no tokens. Several references:
 * the one with the highest F, as `RougeScorer.score_multi` picks.
 *
 * Tokens, for `mixed` (the default): the text is lower-cased; each Han, Hiragana,
 * Katakana or Hangul character is a token; each run of ASCII letters and digits is a
 * token; every other character (whitespace, punctuation of any width, other letters
 * such as é) separates tokens and is dropped. For text without CJK characters this is
 * exactly rouge-score's default tokenizer (no stemming); for Chinese it is character
 * level, the usual convention, which rouge-score itself cannot do (its tokenizer drops
 * every non-ASCII character, so Chinese text scores 0).
 * `char`: every character that `mixed` keeps is its own token, digits and letters too
 * ("2018年" → 2 0 1 8 年): the convention of scoring Chinese text as space-joined characters.
 */

export type RougeTokenization = 'mixed' | 'char';

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f: number;
}

export interface RougeOptions {
  readonly tokenization?: RougeTokenization;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ASCII_ALNUM = /[a-z0-9]/;

export function rougeTokens(text: string, tokenization: RougeTokenization = 'mixed'): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') tokens.push(word);
    word = '';
  };
  for (const char of text.toLowerCase()) {
    if (CJK.test(char)) {
      flush();
      tokens.push(char);
    } else if (ASCII_ALNUM.test(char)) {
      if (tokenization === 'char') tokens.push(char);
      else word += char;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

/** ROUGE-L of a prediction against one reference (rouge-score's argument order is target, prediction). */
export function rougeL(prediction: string, reference: string, options: RougeOptions = {}): RougeScore {
  return rougeLTokens(rougeTokens(prediction, options.tokenization), rougeTokens(reference, options.tokenization));
}

/** ROUGE-L on already tokenised text. */
export function rougeLTokens(predictionTokens: readonly string[], referenceTokens: readonly string[]): RougeScore {
  if (predictionTokens.length === 0 || referenceTokens.length === 0) return { precision: 0, recall: 0, f: 0 };
  const lcs = lcsLength(referenceTokens, predictionTokens);
  const precision = lcs / predictionTokens.length;
  const recall = lcs / referenceTokens.length;
  return { precision, recall, f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The best ROUGE-L over several references, by F (the first of equal ones), as `score_multi`. */
export function rougeLMax(prediction: string, references: readonly string[], options: RougeOptions = {}): RougeScore {
  if (references.length === 0) throw new PingceError('METRIC_INPUT', 'ROUGE-L needs at least one reference');
  const predictionTokens = rougeTokens(prediction, options.tokenization);
  let best: RougeScore | undefined;
  for (const reference of references) {
    const score = rougeLTokens(predictionTokens, rougeTokens(reference, options.tokenization));
    if (best === undefined || score.f > best.f) best = score;
  }
  return best ?? { precision: 0, recall: 0, f: 0 };
}
