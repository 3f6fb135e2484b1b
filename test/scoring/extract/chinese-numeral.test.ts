import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, readChineseNumeral } from '../../../scoring/extract/chinese-numeral.js';

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
    ['十二万', 120000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
    ['四分之三', 0.75],
    ['二分之一', 0.5],
    ['负四分之三', -0.75],
    ['千分之三', 3],
  ] as const)('%s → %d', (text, want) => {
    expect(parseChineseNumeral(text)).toBe(want);
  });

  it('reports percent and per-mille as units', () => {
    expect(readChineseNumeral('百分之五')).toEqual({ value: 5, unit: '%' });
    expect(readChineseNumeral('千分之三')).toEqual({ value: 3, unit: '‰' });
    expect(readChineseNumeral('四分之三')).toEqual({ value: 0.75 });
  });

  it.each(['', '三个', 'abc', '点五', '零分之一'])('%j is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
