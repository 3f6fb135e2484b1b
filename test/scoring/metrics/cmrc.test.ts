import { describe, expect, it } from 'vitest';
import { cmrcCorpus, cmrcExactMatch, cmrcF1, cmrcNormalize, cmrcSegments, longestCommonSubstring } from '../../../scoring/metrics/cmrc.js';
import { thrownCode } from '../helpers.js';
import { readReference } from './reference.js';

interface CmrcCase {
  readonly prediction: string | null;
  readonly references: string[];
  readonly em?: number;
  readonly f1?: number;
  readonly predictionSegments?: string[];
}

/**
 * reference/cmrc2018.json: 38 questions (ours) scored by the official evaluation script
 * ymcui/cmrc2018 squad-style-data/cmrc2018_evaluate.py (v5-special) under Python 3.11 and
 * NLTK 3.10.3 — only its Python 2 `.decode('utf-8')` calls dropped, and word_tokenize run
 * with preserve_line=True (NLTK's Punkt model cannot be downloaded here). The script
 * printed AVERAGE 40.997, F1 63.573, EM 18.421, TOTAL 38, SKIP 1.
 */
const reference = readReference<{ cases: CmrcCase[]; corpus: { em: number; f1: number; average: number; total: number; skip: number } }>('cmrc2018.json');

describe('CMRC 2018 metrics match the official script', () => {
  const answered = reference.cases.filter((item): item is CmrcCase & { prediction: string } => item.prediction !== null);

  it.each(answered)('$prediction vs $references', (item) => {
    expect(cmrcSegments(item.prediction)).toEqual(item.predictionSegments);
    expect(cmrcExactMatch(item.prediction, item.references)).toBe(item.em);
    expect(cmrcF1(item.prediction, item.references)).toBeCloseTo(item.f1 ?? Number.NaN, 12);
  });

  it('reports the corpus means ×100 as the script prints them, an unanswered question counting 0', () => {
    const result = cmrcCorpus(reference.cases.map((item) => ({ prediction: item.prediction ?? undefined, references: item.references })));
    expect(result.em).toBeCloseTo(reference.corpus.em, 10);
    expect(result.f1).toBeCloseTo(reference.corpus.f1, 10);
    expect(result.average).toBeCloseTo(reference.corpus.average, 10);
    expect({ total: result.total, skipped: result.skipped }).toEqual({ total: 38, skipped: 1 });
    expect([result.average, result.f1, result.em].map((value) => value.toFixed(3))).toEqual(['40.997', '63.573', '18.421']);
  });
});

describe('CMRC details (hand-derived from the script text)', () => {
  it('uses the longest common substring, not subsequence: 北京大学 vs 北大 share only one contiguous character', () => {
    // Segments 北 京 大 学 vs 北 大: LCS-substring 1 → P 1/2, R 1/4, F1 = 2·(1/2·1/4)/(3/4) = 1/3.
    expect(cmrcF1('北大', ['北京大学'])).toBeCloseTo(1 / 3, 15);
    expect(longestCommonSubstring(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toBe(2);
  });

  it('keeps inner spaces for EM but not for F1, and strips the ends', () => {
    expect(cmrcExactMatch(' 曹雪芹\n', ['曹雪芹'])).toBe(1);
    expect(cmrcExactMatch('曹 雪芹', ['曹雪芹'])).toBe(0);
    expect(cmrcF1('曹 雪芹', ['曹雪芹'])).toBe(1);
  });

  it('removes exactly the script punctuation list: "……" never matches one character, ‘ is not listed', () => {
    expect(cmrcNormalize('《红楼梦》，。：？！“”；’「」（）『』－～-:_*^/\\~`+=·、')).toBe('红楼梦');
    expect(cmrcNormalize('等等……')).toBe('等等……');
    expect(cmrcNormalize('‘引号’')).toBe('‘引号');
    expect(cmrcNormalize('Hello, World!')).toBe('hello, world!');
  });

  it('treats only U+4E00–U+9FA5 as Chinese characters', () => {
    expect(cmrcSegments('鿏元素')).toEqual(['鿏', '元', '素']);
    expect(cmrcSegments('〇〇七')).toEqual(['〇〇', '七']);
  });

  it('scores an empty prediction 0 and takes the best reference', () => {
    expect(cmrcF1('', ['北京'])).toBe(0);
    expect(cmrcF1('1949年', ['1949年10月1日', '1949年'])).toBe(1);
  });

  it('rejects an empty reference list, as the script cannot score one', () => {
    expect(thrownCode(() => cmrcF1('x', []))).toBe('METRIC_INPUT');
    expect(thrownCode(() => cmrcExactMatch('x', []))).toBe('METRIC_INPUT');
    expect(thrownCode(() => cmrcCorpus([]))).toBe('METRIC_INPUT');
  });
});
