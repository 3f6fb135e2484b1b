import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../scoring/extract/chinese-numeral.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['三千零二十', 3020],
    ['一万二千', 12000],
    ['两万', 20000],
    ['二五', 25],
    ['三点一四', 3.14],
    ['负五', -5],
    ['百分之十五', 15],
  ] as const)('%s → %d', (text, want) => {
    expect(parseChineseNumeral(text)).toBe(want);
  });

  it.each(['', '三个', 'abc', '点五'])('%j is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
