import { describe, expect, it } from 'vitest';
import { bleuTokenizer, type BleuTokenizerName, isSacrebleuChineseChar } from '../../../scoring/metrics/bleu-tokenizers.js';
import { type BleuOptions, type BleuSmoothing, computeBleu, corpusBleu, sentenceBleu } from '../../../scoring/metrics/bleu.js';
import { thrownCode } from '../helpers.js';
import { readReference } from './reference.js';

interface SacrebleuOptions {
  readonly tokenize?: BleuTokenizerName;
  readonly smooth_method?: BleuSmoothing;
  readonly smooth_value?: number;
  readonly lowercase?: boolean;
}
interface Stats {
  readonly score: number;
  readonly counts: readonly number[];
  readonly totals: readonly number[];
  readonly bp: number;
  readonly sysLen: number;
  readonly refLen: number;
}
interface Reference {
  readonly sentenceBleu: (Stats & { hypothesis: string; references: string[]; options: SacrebleuOptions })[];
  readonly corpusBleu: (Stats & { hypotheses: string[]; references: string[][]; options: SacrebleuOptions })[];
  readonly tokenizers: { tokenizer: BleuTokenizerName; text: string; tokens: string }[];
}

/**
 * reference/tools-reference.json, written by reference/generate_reference.py: each value is
 * what sacrebleu 2.6.0 returned (`sentence_bleu`, `corpus_bleu`, `BLEU(tokenize=…).tokenizer`)
 * on the same inputs. Scores agree to 1e-10 (the last binary digit can differ: V8's
 * Math.exp/log are not glibc's); counts, totals and lengths exactly.
 */
const reference = readReference<Reference>('tools-reference.json');

// sacrebleu's API defaults to 13a; pass the tokenizer explicitly so 'auto' is not in play.
const options = (given: SacrebleuOptions): BleuOptions => ({
  tokenize: given.tokenize ?? '13a',
  ...(given.smooth_method === undefined ? {} : { smooth: given.smooth_method }),
  ...(given.smooth_value === undefined ? {} : { smoothValue: given.smooth_value }),
  lowercase: given.lowercase === true,
});

function expectStats(actual: Stats, expected: Stats): void {
  expect(actual.score).toBeCloseTo(expected.score, 10);
  expect(actual.counts).toEqual(expected.counts);
  expect(actual.totals).toEqual(expected.totals);
  expect(actual.bp).toBeCloseTo(expected.bp, 12);
  expect([actual.sysLen, actual.refLen]).toEqual([expected.sysLen, expected.refLen]);
}

describe('sentence BLEU equals sacrebleu.sentence_bleu', () => {
  it.each(reference.sentenceBleu)('$hypothesis ($options)', (item) => {
    expectStats(sentenceBleu(item.hypothesis, item.references, options(item.options)), item);
  });
});

describe('corpus BLEU equals sacrebleu.corpus_bleu', () => {
  it.each(reference.corpusBleu)('case with options $options', (item) => {
    const items = item.hypotheses.map((prediction, index) => ({ prediction, references: item.references.map((stream) => stream[index] ?? '') }));
    expectStats(corpusBleu(items, options(item.options)), item);
  });

  it('reproduces the values asserted in sacrebleu test/test_bleu.py (test_corpus_bleu)', () => {
    const refs = [
      ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
      ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
    ];
    const hyps = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
    const items = hyps.map((prediction, index) => ({ prediction, references: refs.map((stream) => stream[index] ?? '') }));
    expect(Math.abs(corpusBleu(items).score - 48.530827)).toBeLessThan(1e-6);
    expect(Math.abs(corpusBleu(items, { tokenize: 'none' }).score - 49.1919566)).toBeLessThan(1e-6);
    expect(corpusBleu(items.map((item) => ({ ...item, prediction: '' }))).score).toBe(0);
  });

  it('reproduces test_bleu.py test_scoring and the raw_corpus_bleu effective-order cases', () => {
    expect(computeBleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11, { smooth: 'none' }).score / 100).toBeCloseTo(0.8375922397, 10);
    // raw_corpus_bleu = floor smoothing, no tokenisation, effective order (value .01 in the test).
    const raw = { tokenize: 'none', smooth: 'floor', smoothValue: 0.01, effectiveOrder: true } as const;
    expect(corpusBleu([{ prediction: 'test', references: ['a test'] }], raw).score / 100).toBeCloseTo(0.3678794411714425, 12);
    expect(corpusBleu([{ prediction: 'a test', references: ['a test'] }], raw).score / 100).toBeCloseTo(1, 12);
    expect(corpusBleu([{ prediction: 'a little test', references: ['a test'] }], raw).score / 100).toBeCloseTo(0.03218297948685433, 12);
    expect(corpusBleu([{ prediction: 'this is a fest', references: ['this is a test'] }], raw).score / 100).toBeCloseTo(0.223606797749979, 12);
  });

  it('reproduces test_bleu.py test_degenerate_statistics (floor smoothing)', () => {
    const cases: [number[], number[], number, number, number][] = [
      [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0],
      [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0],
      [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0],
    ];
    for (const [counts, totals, sysLen, refLen, smoothValue] of cases) {
      expect(computeBleu(counts, totals, sysLen, refLen, { smooth: 'floor', smoothValue }).score).toBe(0);
    }
  });
});

describe('tokenizers equal sacrebleu', () => {
  it.each(reference.tokenizers)('$tokenizer: $text', (item) => {
    expect(bleuTokenizer(item.tokenizer)(item.text.trimEnd())).toBe(item.tokens);
  });

  it('keeps sacrebleu zh quirks: U+2001–U+2A6D split, CJK Extension B not split', () => {
    expect(isSacrebleuChineseChar('“')).toBe(true);
    expect(isSacrebleuChineseChar('\u2a6d')).toBe(true);
    expect(isSacrebleuChineseChar('\u2a6e')).toBe(false);
    expect(isSacrebleuChineseChar('𠀀')).toBe(false);
    expect(isSacrebleuChineseChar('中')).toBe(true);
  });
});

describe('pingce choices around sacrebleu', () => {
  it('auto tokenisation picks zh when a reference has Han characters, else 13a', () => {
    expect(sentenceBleu('北京是首都', ['北京是中国的首都']).tokenizer).toBe('zh');
    expect(sentenceBleu('a test', ['a test']).tokenizer).toBe('13a');
    expect(corpusBleu([{ prediction: 'x', references: ['y'] }, { prediction: '好', references: ['好的'] }]).tokenizer).toBe('zh');
  });

  it('rejects a segment without references', () => {
    expect(thrownCode(() => sentenceBleu('x', []))).toBe('METRIC_INPUT');
  });
});
