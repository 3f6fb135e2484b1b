import { describe, expect, it } from 'vitest';
import { extractNumber, extractNumberAnswer } from '../../../scoring/extract/number.js';

// The golden table of model outputs (both pipelines side by side) is in test/scoring/golden/.
describe('extractNumber', () => {
  it('defaults to the flexible pipeline', () => {
    expect(extractNumber('共 3 步，得 15')).toBe(15);
    expect(extractNumber('共 3 步，得 15', { pipeline: 'strict' })).toBeUndefined();
  });

  it('drops the unit from the value but reports it in the detailed answer', () => {
    expect(extractNumber('答案：12.5%')).toBe(12.5);
    expect(extractNumberAnswer('答案：12.5%')).toEqual({ value: 12.5, unit: '%' });
    expect(extractNumberAnswer('答案：12.5')).toEqual({ value: 12.5 });
  });

  it('reads a "*" between numbers as multiplication, not markdown', () => {
    expect(extractNumber('答案：1.5*10^3')).toBe(1500);
    expect(extractNumber('**答案**：*42*')).toBe(42);
  });

  it('ignores a cue inside a refusal clause', () => {
    expect(extractNumber('无法得出最终答案 3')).toBeUndefined();
  });
});
