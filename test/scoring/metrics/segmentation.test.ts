import { describe, expect, it } from 'vitest';
import { parseSegmentedText, posAccuracy, segmentationScore, sentenceSegmentationScore } from '../../../scoring/metrics/segmentation.js';
import { thrownCode } from '../helpers.js';

const words = (line: string) => parseSegmentedText(line);

/**
 * Reference: the SIGHAN 2005 bakeoff `score` script (Perl, Sproat & Emerson) run here
 * with GNU diffutils 3.8 on the gold/test/dictionary lines below
 * (`perl score dict.txt gold.txt test.txt`). It printed:
 *   TOTAL TRUE WORD COUNT 51, TOTAL TEST WORD COUNT 44, RECALL 0.608, PRECISION 0.705,
 *   F MEASURE 0.653, OOV Rate 0.176, OOV Recall Rate 0.444, IV Recall Rate 0.643,
 * and full-precision values R 0.60784313725490191, P 0.70454545454545459, F 0.65263157894736834
 * (31 words correct; 9 OOV gold words, 4 of them found; 42 IV, 27 found).
 * Line 6 has no gold words: the script skips it with its test words.
 */
const GOLD = [
  '共同  创造  美好  的  新  世纪  ——  二○○一年  新年  贺词',
  '（  二○○○年  十二月  三十一日  ）  （  附  图片  1  张  ）',
  '女士  们  ，  先生  们  ，  同志  们  ，  朋友  们  ：',
  '在  １２月  ３１日  ，  中国  人民  迎来  了  新  世纪',
  'A B AB',
  '',
  '北京  大学  生  前来  应聘',
];
const TEST = [
  '共同 创造 美好 的 新世纪 —— 二○○一年 新年 贺词',
  '（ 二○○○年 十二月 三十一 日 ） （ 附 图片 1 张 ）',
  '女士们 ， 先生们 ， 同志们 ， 朋友们 ：',
  '在 １２月３１日 ， 中国人民 迎来 了 新 世纪',
  'AB A B',
  '这一行的黄金标准为空',
  '北京大学 生前 来 应聘',
];
const DICTIONARY = '共同 创造 美好 的 新 世纪 新年 贺词 十二月 附 图片 张 女士 们 先生 同志 朋友 在 中国 人民 迎来 了 北京 大学 生 应聘 ， （ ） ： A B'.split(' ');

describe('segmentation scores equal the SIGHAN 2005 score script', () => {
  const pairs = GOLD.map((gold, index) => ({ gold: words(gold), predicted: words(TEST[index] ?? '') }));

  it('totals over all words, with OOV and IV recall', () => {
    const result = segmentationScore(pairs, { trainingWords: DICTIONARY });
    expect({ gold: result.goldWords, test: result.testWords, correct: result.correct, lines: result.lines }).toEqual({ gold: 51, test: 44, correct: 31, lines: 6 });
    expect(result.recall).toBe(0.60784313725490191);
    expect(result.precision).toBe(0.70454545454545459);
    expect(result.f1).toBeCloseTo(0.65263157894736834, 15);
    expect(result.oov?.rate).toBeCloseTo(9 / 51, 15);
    expect(result.oov?.recall).toBeCloseTo(4 / 9, 15);
    expect(result.oov?.ivRecall).toBeCloseTo(27 / 42, 15);
    expect([result.recall, result.precision, result.f1, result.oov?.rate, result.oov?.recall, result.oov?.ivRecall].map((value) => value?.toFixed(3))).toEqual(['0.608', '0.705', '0.653', '0.176', '0.444', '0.643']);
  });

  it('matches words as diff pairs them, which span matching does not ("A B AB" vs "AB A B")', () => {
    expect(sentenceSegmentationScore(['A', 'B', 'AB'], ['AB', 'A', 'B']).f1).toBeCloseTo(2 / 3, 15);
    expect(sentenceSegmentationScore(['A', 'B', 'AB'], ['AB', 'A', 'B'], { alignment: 'span' }).f1).toBe(0);
    const span = segmentationScore(pairs, { alignment: 'span' });
    expect(span.correct).toBe(29);
  });

  it('per-line counts as the script printed them (line 4: 10 gold, 8 test, 6 correct)', () => {
    const line = sentenceSegmentationScore(words(GOLD[3] ?? ''), words(TEST[3] ?? ''));
    expect(line.recall).toBe(6 / 10);
    expect(line.precision).toBe(6 / 8);
  });
});

describe('segmentation details (hand-derived)', () => {
  it('splits on spaces, U+3000 and slashes', () => {
    expect(parseSegmentedText('我/爱／北京\u3000天安门  ')).toEqual(['我', '爱', '北京', '天安门']);
  });

  it('omits the OOV figures without a word list, and leaves OOV recall undefined without OOV words', () => {
    expect(segmentationScore([{ gold: ['我'], predicted: ['我'] }]).oov).toBeUndefined();
    expect(segmentationScore([{ gold: ['我'], predicted: ['我'] }], { trainingWords: ['我'] }).oov).toEqual({ rate: 0, recall: undefined, ivRecall: 1 });
  });

  it('gives 0 where the Perl script would divide by zero', () => {
    expect(segmentationScore([{ gold: ['我们'], predicted: ['我', '们'] }]).f1).toBe(0);
    expect(segmentationScore([{ gold: ['我们'], predicted: [] }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(thrownCode(() => segmentationScore([{ gold: [], predicted: ['x'] }]))).toBe('METRIC_INPUT');
  });

  it('scores 1,000 sentences as one corpus', () => {
    const sentence = { gold: ['我们', '在', '北京', '学习', '中文'], predicted: ['我们', '在', '北京', '学', '习', '中文'] };
    const result = segmentationScore(Array.from({ length: 1000 }, () => sentence));
    expect(result.recall).toBe(0.8);
    expect(result.precision).toBeCloseTo(4 / 6, 15);
  });
});

describe('posAccuracy (seqeval accuracy_score semantics)', () => {
  it('is equal tags over gold tags: seqeval docstring example gives 0.8', () => {
    const gold = [['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
    const predicted = [['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
    expect(posAccuracy(gold, predicted)).toBe(0.8);
  });

  it('counts a missing tag as wrong and rejects mismatched sentence counts', () => {
    expect(posAccuracy([['n', 'v', 'n']], [['n', 'v']])).toBeCloseTo(2 / 3, 15);
    expect(thrownCode(() => posAccuracy([['n']], []))).toBe('METRIC_INPUT');
    expect(thrownCode(() => posAccuracy([[]], [[]]))).toBe('METRIC_INPUT');
  });
});
