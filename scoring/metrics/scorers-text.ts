import { nonNegative, validateOptions } from '../options.js';
import { shortAnswer } from '../scorers/text-match.js';
import { textTargets } from '../targets.js';
import type { ScorerFactory } from '../types.js';
import { BLEU_TOKENIZERS, type BleuTokenizerName } from './bleu-tokenizers.js';
import { BLEU_SMOOTHINGS, type BleuSmoothing, sentenceBleu } from './bleu.js';
import { cmrcExactMatch, cmrcF1 } from './cmrc.js';
import { type RougeTokenization, rougeLMax, rougeTokens } from './rouge.js';

/** An option check: the value is one of a fixed list. */
export function oneOf(values: readonly string[]): (value: unknown) => string | undefined {
  return (value) => (typeof value === 'string' && values.includes(value) ? undefined : `must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
}

const EMPTY = { value: null, explanation: 'empty answer' } as const;

/**
 * `cmrc-em`: CMRC 2018 exact match (1/0) of the answer text against the target answer
 * (or any of a list). Null for an empty answer. The whole answer text is compared, so
 * the prompt should ask for the span alone.
 */
export const cmrcEmScorer: ScorerFactory = (options) => {
  validateOptions('cmrc-em', options, {});
  return (sample, output) => {
    const references = textTargets('cmrc-em', sample);
    if (output.answerText.trim() === '') return EMPTY;
    const value = cmrcExactMatch(output.answerText, references);
    return { value, passed: value === 1, answer: shortAnswer(output.answerText.trim()) };
  };
};

/** `cmrc-f1`: CMRC 2018 F1 in [0, 1], the best over the target answers. Null for an empty answer. */
export const cmrcF1Scorer: ScorerFactory = (options) => {
  validateOptions('cmrc-f1', options, {});
  return (sample, output) => {
    const references = textTargets('cmrc-f1', sample);
    if (output.answerText.trim() === '') return EMPTY;
    return { value: cmrcF1(output.answerText, references), answer: shortAnswer(output.answerText.trim()) };
  };
};

/**
 * `rouge-l`: ROUGE-L F in [0, 1] against the target text (the best of a list).
 * Option `tokenization`: `mixed` (default: Chinese by character, English by word) or `char`.
 * Null for an answer with no tokens.
 */
export const rougeLScorer: ScorerFactory = (options) => {
  const valid = validateOptions('rouge-l', options, { tokenization: { type: 'string', check: oneOf(['mixed', 'char']) } });
  const tokenization = (valid['tokenization'] ?? 'mixed') as RougeTokenization;
  return (sample, output) => {
    const references = textTargets('rouge-l', sample);
    if (rougeTokens(output.answerText, tokenization).length === 0) return { value: null, explanation: 'the answer has no words or characters to compare' };
    const score = rougeLMax(output.answerText, references, { tokenization });
    return { value: score.f, answer: shortAnswer(output.answerText.trim()), explanation: `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}` };
  };
};

/**
 * `bleu`: sacrebleu sentence BLEU / 100 (so in [0, 1]) against the target (several
 * targets are several references). Options: `tokenize` (auto | 13a | zh | char | none,
 * default auto: zh when a reference has Han characters), `smooth` (exp | floor | add-k |
 * none, default exp), `smoothValue`, `lowercase`. Null for an empty answer.
 */
export const bleuScorer: ScorerFactory = (options) => {
  const valid = validateOptions('bleu', options, {
    tokenize: { type: 'string', check: oneOf(['auto', ...BLEU_TOKENIZERS]) },
    smooth: { type: 'string', check: oneOf(BLEU_SMOOTHINGS) },
    smoothValue: { type: 'number', check: nonNegative },
    lowercase: { type: 'boolean' },
  });
  const bleuOptions = {
    tokenize: (valid['tokenize'] ?? 'auto') as BleuTokenizerName | 'auto',
    smooth: (valid['smooth'] ?? 'exp') as BleuSmoothing,
    ...(typeof valid['smoothValue'] === 'number' ? { smoothValue: valid['smoothValue'] } : {}),
    lowercase: valid['lowercase'] === true,
  };
  return (sample, output) => {
    const references = textTargets('bleu', sample);
    if (output.answerText.trim() === '') return EMPTY;
    const result = sentenceBleu(output.answerText, references, bleuOptions);
    return { value: result.score / 100, answer: shortAnswer(output.answerText.trim()), explanation: `BLEU ${result.score.toFixed(2)} (tok ${result.tokenizer}, BP ${result.bp.toFixed(3)})` };
  };
};
