import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../scoring/extract/number-read.js';

const values = (text: string): number[] => readNumbers(text).map((token) => token.value);

describe('readNumbers', () => {
  it.each([
    ['1,234.5', [1234.5]],
    ['1,2,3', [1, 2, 3]],
    ['GPT-4 and 3-5', [4, 3, 5]],
    ['-3 and 负3', [-3, -3]],
    ['2e-3', [0.002]],
    ['1.5 × 10^3', [1500]],
    ['1.5×10^{-3}', [0.0015]],
    ['3.2×10⁵', [320000]],
    ['1.5万', [15000]],
    ['1.5 万', [15000]],
    ['3千万', [30000000]],
    ['1.2万亿', [1200000000000]],
    ['3/4', [0.75]],
    ['2024/3/4', [2024]],
    ['\\frac{3}{4} + \\dfrac{1}{2}', [0.75, 0.5]],
    ['-\\frac{1}{2}', [-0.5]],
    ['5/0', []],
  ] as const)('%j → %j', (text, want) => {
    expect(values(text)).toEqual(want);
  });

  it('reports percent and per-mille units and positions', () => {
    expect(readNumbers('增长 12.5%，损耗 3‰')).toEqual([
      { value: 12.5, unit: '%', index: 3, end: 8 },
      { value: 3, unit: '‰', index: 12, end: 14 },
    ]);
    expect(readNumbers('百分之12.5')).toEqual([{ value: 12.5, unit: '%', index: 0, end: 7 }]);
  });
});
