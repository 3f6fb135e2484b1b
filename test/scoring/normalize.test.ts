import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth } from '../../scoring/normalize.js';

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
