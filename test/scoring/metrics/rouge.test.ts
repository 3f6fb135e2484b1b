import { describe, expect, it } from 'vitest';
import { rougeL, rougeLMax, rougeLTokens, rougeTokens } from '../../../scoring/metrics/rouge.js';
import { thrownCode } from '../helpers.js';

describe('ROUGE-L equals rouge-score (google-research/rouge rouge_scorer_test.py)', () => {
  // rouge-score's score(target, prediction); ours is rougeL(prediction, reference).
  it('testRougeLConsecutive / testRougeLNonConsecutive: P 1, R 2/3, F 4/5', () => {
    for (const prediction of ['testing one', 'testing two']) {
      const score = rougeL(prediction, 'testing one two');
      expect(score.precision).toBeCloseTo(1, 15);
      expect(score.recall).toBeCloseTo(2 / 3, 15);
      expect(score.f).toBeCloseTo(4 / 5, 15);
    }
  });

  it('testRougeEmpty: an empty prediction scores 0', () => {
    expect(rougeL('', 'testing one two')).toEqual({ precision: 0, recall: 0, f: 0 });
    // testRougeLsum's "summary is all non-word characters" case, for ROUGE-L as well.
    expect(rougeL('/', 'w1 w2 w3 w4 w5')).toEqual({ precision: 0, recall: 0, f: 0 });
  });

  it('testRougeLAgainstRouge155: the values ROUGE-1.5.5 gave on testdata/pyrouge_files *.0 and *.1', () => {
    // Texts from rouge/testdata/pyrouge_files/{prediction,target}.{0,1}.txt; expected values to 5 places.
    const prediction0 = "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi";
    const target0 = "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L";
    const prediction1 = "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD";
    const target1 = "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN";
    const first = rougeL(prediction0, target0);
    expect([first.recall, first.precision, first.f]).toEqual([expect.closeTo(0.40741, 5), expect.closeTo(0.6875, 5), expect.closeTo(0.51163, 5)]);
    const second = rougeL(prediction1, target1);
    expect([second.recall, second.precision, second.f]).toEqual([expect.closeTo(0.40476, 5), expect.closeTo(0.65385, 5), expect.closeTo(0.5, 5)]);
  });

  it('testLcsTable: LCS of [1,2,3,4,5] and [2,5,3,4] is 3', () => {
    const score = rougeLTokens(['2', '5', '3', '4'], ['1', '2', '3', '4', '5']);
    expect(score.precision).toBe(3 / 4);
    expect(score.recall).toBe(3 / 5);
  });

  it("tokenises English as rouge-score's default tokenizer (lower-case, [a-z0-9] runs)", () => {
    expect(rougeTokens("It's the U.S.-made café, 2,000 units!")).toEqual(['it', 's', 'the', 'u', 's', 'made', 'caf', '2', '000', 'units']);
  });
});

describe('ROUGE-L on Chinese (hand-derived)', () => {
  it('is character level and drops punctuation of either width', () => {
    expect(rougeTokens('今天，天气 很好！OK 2018年')).toEqual(['今', '天', '天', '气', '很', '好', 'ok', '2018', '年']);
    expect(rougeTokens('2018年', 'char')).toEqual(['2', '0', '1', '8', '年']);
  });

  it('scores 今天天气很好 against 今天的天气真的很好: LCS 今天天气很好 = 6, P 6/6, R 6/9, F 0.8', () => {
    const score = rougeL('今天天气很好', '今天的天气真的很好');
    expect(score).toEqual({ precision: 1, recall: 6 / 9, f: expect.closeTo(0.8, 15) });
  });

  it('scores a reordering by its longest common subsequence: 北京是中国的首都 vs 中国的首都是北京', () => {
    // Tokens 北 京 是 中 国 的 首 都 / 中 国 的 首 都 是 北 京: LCS 中国的首都 = 5 of 8 each side.
    expect(rougeL('北京是中国的首都', '中国的首都是北京')).toEqual({ precision: 5 / 8, recall: 5 / 8, f: expect.closeTo(5 / 8, 15) });
  });

  it('takes the best reference by F, the first among equals (score_multi)', () => {
    const best = rougeLMax('北京', ['上海', '北京市', '北京']);
    expect(best.f).toBe(1);
    expect(thrownCode(() => rougeLMax('x', []))).toBe('METRIC_INPUT');
  });

  it('handles 2,000-character texts', () => {
    const text = '人工智能正在改变世界。'.repeat(200);
    expect(rougeL(text, text).f).toBe(1);
  });
});
