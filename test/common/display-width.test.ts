import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../common/display-width.js';
import { renderTable } from '../../results/render/format.js';

describe('displayWidth', () => {
  it('counts CJK, full-width and astral CJK as two cells and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('评测Ａ')).toBe(6);
    expect(displayWidth('𬬻')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('is what the summary table aligns by', () => {
    const [header, , row] = renderTable(['套件', 'n'], [['finance', '12']]).split('\n');
    // Aligned in terminal cells, not in characters.
    expect(displayWidth(header?.slice(0, header.indexOf('n')) ?? '')).toBe(displayWidth(row?.slice(0, row.indexOf('12')) ?? ''));
  });
});
