import { describe, expect, it } from 'vitest';
import { DEFAULT_STEPS, normalize, NORMALIZATION_STEPS, type NormalizationStep, normalizeText, parseNormalizationSteps, toHalfWidth } from '../../scoring/normalize.js';
import { thrownCode } from './helpers.js';

describe('toHalfWidth', () => {
  it('maps full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('Ｂ．１２３（ａ）：\u3000x')).toBe('B.123(a): x');
  });

  it('leaves Chinese punctuation outside the full-width ASCII block alone', () => {
    expect(toHalfWidth('答案。「A」')).toBe('答案。「A」');
  });
});

describe('normalizeText', () => {
  it.each([
    ['  北京  ', '北京'],
    ['报修。', '报修'],
    ['Paris!', 'paris'],
    ['ＡＢＣ', 'abc'],
    ['New\n  York', 'new york'],
    ['好！！！', '好'],
    ['3.5', '3.5'],
    ['50%', '50%'],
    ['f(x)', 'f(x)'],
  ])('%j → %j', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });

  it('keeps case when asked', () => {
    expect(normalizeText(' Paris. ', { caseSensitive: true })).toBe('Paris');
  });
});

describe('normalize steps', () => {
  it.each([
    [['fullwidth'], 'ＡＢＣ１２３：（ｘ）\u3000！', 'ABC123:(x) !'],
    [['t2s'], '臺灣的軟體開發與資料庫', '台湾的软体开发与资料库'],
    [['t2s'], '香港衞生署：看著我', '香港卫生署：看着我'],
    [['t2s'], 'Plain English stays', 'Plain English stays'],
    [['unify-punctuation'], '“北京”，「上海」。《红楼梦》……——【注】', '"北京","上海"."红楼梦"...-[注]'],
    [['unify-punctuation'], '答案：Ｂ！（注意）', '答案:Ｂ!(注意)'],
    [['strip-punctuation'], '“北京”，上海。Hello, world!', '北京上海Hello world'],
    [['strip-punctuation'], '3.5、-5、50%、1,234、12:30', '3.5-550%1,23412:30'],
    [['strip-punctuation'], 'a + b = c ¥5', 'a + b = c ¥5'],
    [['cjk-spacing'], '24 小时 内 New York', '24小时内New York'],
    [['whitespace'], '  New\n\t York  ', 'New York'],
    [['trailing-punctuation'], '报修。！ ', '报修'],
    [['casefold'], 'ÀBC Paris', 'àbc paris'],
  ] as const)('%j: %j → %j', (steps, input, want) => {
    expect(normalize(input, steps)).toBe(want);
  });

  it('runs steps in their fixed order, whatever order they are listed in', () => {
    const text = ' ＂臺北＂ ， 到了 ';
    expect(normalize(text, ['whitespace', 'strip-punctuation', 'fullwidth', 't2s'])).toBe(normalize(text, ['fullwidth', 't2s', 'strip-punctuation', 'whitespace']));
    expect(normalize(text, ['casefold', 'whitespace', 'strip-punctuation', 'fullwidth', 't2s'])).toBe('台北 到了');
  });

  it('with no steps leaves the text alone', () => {
    expect(normalize(' Ａ。 ', [])).toBe(' Ａ。 ');
  });

  it('lists the steps in their order', () => {
    expect(NORMALIZATION_STEPS).toEqual(['fullwidth', 't2s', 'unify-punctuation', 'strip-punctuation', 'cjk-spacing', 'whitespace', 'trailing-punctuation', 'casefold']);
  });

  it('keeps normalizeText equal to the default steps', () => {
    for (const text of ['  北京  ', 'ＡＢＣ', 'New\n  York!', '好！！！']) {
      expect(normalizeText(text)).toBe(normalize(text, DEFAULT_STEPS));
    }
  });

  it('rejects an unknown step with a suggestion', () => {
    expect(thrownCode(() => normalize('x', ['t2S' as NormalizationStep]))).toBe('NORMALIZE_STEP');
    expect(() => parseNormalizationSteps(['whitespaces'])).toThrow(/unknown normalisation step "whitespaces" \(did you mean "whitespace"\?\)/);
    expect(() => parseNormalizationSteps([3])).toThrow(/unknown normalisation step 3; known steps: fullwidth, t2s/);
  });
});
