import { describe, expect, it } from 'vitest';
import { extractNumber } from '../../../scoring/extract/number.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';

// [completion as returned, expected number]; reasoning is stripped first, as in a run.
const CASES: readonly (readonly [string, number | undefined])[] = [
  // Styles the reference endpoint uses.
  ['计算结果为 12.5', 12.5],
  ['答案：1,234.5', 1234.5],
  ['<think>先算……得 3</think>最终答案：3.75', 3.75],
  // Units, separators, signs, forms.
  ['答案：12.5 mg', 12.5],
  ['1,234.5', 1234.5],
  ['-3', -3],
  ['温度变化为 -4.5 ℃', -4.5],
  ['答案：−7', -7],
  ['x = -5', -5],
  ['12.5%', 12.5],
  ['１２３', 123],
  ['答案：３．５', 3.5],
  ['约 3.2', 3.2],
  ['2e-3', 0.002],
  ['\\boxed{42}', 42],
  ['所以 $\\boxed{-0.5}$，验证：-0.5 × 2 = -1', -0.5],
  ['最终答案：121,665.29 元', 121665.29],
  ['**答案：** 23,933.61 元', 23933.61],
  ['答：5250 元', 5250],
  ['答案：5,250.00元', 5250],
  // An explicit statement wins over intermediate numbers.
  ['答案是 7，验算：7 × 2 = 14', 7],
  ['结果为 5，最终答案：7', 7],
  ['答案：3 + 4 = 7', 7],
  ['First 3 + 4 = 7, then 7 × 2 = 14. The answer is 14.', 14],
  ['The final answer is -0.25.', -0.25],
  ['The answer is 14, because 3 + 4 = 7 and 7 × 2 = 14.', 14],
  ['The answer is 9, since 3 × 3 = 9 and not 3 + 3 = 6.', 9],
  ['Result: 42', 42],
  ['初步估算约 100，答案：98.6', 98.6],
  ['<think>利息 = 50000 × 0.035 × 3，答案：5250</think>\n答案：5250 元', 5250],
  // Otherwise the last number.
  ['利息 = 50000 × 3.5% × 3 = 5250 元', 5250],
  ['BMI = 72 / 1.65² ≈ 26.4', 26.4],
  ['共 3 步：第 1 步……第 3 步得 15。', 15],
  ['用 GPT-4 计算', 4],
  ['答案如下：\n\n42', 42],
  // Chinese numerals.
  ['三', 3],
  ['十二', 12],
  ['三点五', 3.5],
  ['百分之五', 5],
  ['答案：一百零五', 105],
  ['结果：负二', -2],
  ['答案是两千三百', 2300],
  // Nothing to extract.
  ['抱歉，我无法计算。', undefined],
  ['I cannot compute that.', undefined],
  ['', undefined],
  ['<think>先算 3 × 4 = 12', undefined],
];

describe('extractNumber golden table', () => {
  it('has at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('%j → %s', (out, want) => {
    expect(extractNumber(extractOutput(out).answerText)).toBe(want);
  });
});
