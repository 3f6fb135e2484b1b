import { both, flexibleOnly, type NumberCase } from './types.js';

// Styles the reference endpoint uses: these must never regress.
export const REFERENCE: readonly NumberCase[] = [
  // A short labelled reply counts as a lone number for strict.
  { out: '计算结果为 12.5', ...both(12.5) },
  { out: '答案：1,234.5', ...both(1234.5) },
  { out: '<think>先算……得 3</think>最终答案：3.75', ...both(3.75) },
];

export const FORMS: readonly NumberCase[] = [
  { out: '答案：12.5 mg', ...both(12.5) },
  { out: '1,234.5', ...both(1234.5) },
  { out: '答案：1,234,567', ...both(1234567) },
  { out: '-3', ...both(-3) },
  { out: '温度变化为 -4.5 ℃', ...both(-4.5) },
  { out: '答案：−7', ...both(-7) },
  { out: 'x = -5', ...both(-5) },
  { out: '12.5%', ...both(12.5), unit: '%' },
  { out: '答案：12.5%', ...both(12.5), unit: '%' },
  { out: '１２３', ...both(123) },
  { out: '答案：３．５', ...both(3.5) },
  { out: '约 3.2', ...both(3.2) },
  { out: '答案：约 3.14', ...both(3.14) },
  { out: '2e-3', ...both(0.002) },
  { out: 'The answer is 6.02e23.', ...both(6.02e23) },
  { out: '1.5 × 10^3', ...both(1500) },
  { out: '答案：2.5×10⁻³ mol', ...both(0.0025) },
  { out: '光速约为 $3.0 \\times 10^{8}$ m/s', ...both(3e8) },
  { out: '\\boxed{42}', ...both(42) },
  { out: '所以 $\\boxed{-0.5}$，验证：-0.5 × 2 = -1', ...both(-0.5) },
  { out: '最终答案：121,665.29 元', ...both(121665.29) },
  { out: '**答案：** 23,933.61 元', ...both(23933.61) },
  { out: '答：5250 元', ...both(5250) },
  { out: '答案：5,250.00元', ...both(5250) },
  { out: '答案：3.14159（保留两位小数为 3.14）', ...both(3.14159) },
  // 万 and 亿 multiply: targets are written in base units.
  { out: '1.5万', ...both(15000) },
  { out: '答案：1.5万元，即15000元', ...both(15000) },
  { out: '约为1.2万元', ...both(12000) },
  { out: '答案：约 1.2万亿', ...both(1.2e12) },
  { out: '2023 年全国 GDP 约为 126万亿元', ...flexibleOnly(1.26e14) },
  { out: '3/4', ...both(0.75) },
  { out: '-3/4', ...both(-0.75) },
  { out: '答案：\\frac{3}{4}', ...both(0.75) },
  { out: 'The answer is $\\frac{5}{8}$.', ...both(0.625) },
  { out: '\\boxed{-\\frac{1}{2}}', ...both(-0.5) },
  { out: '概率为 \\dfrac{1}{4}', ...both(0.25) },
];

export const CHINESE_NUMERALS: readonly NumberCase[] = [
  { out: '三', ...both(3) },
  { out: '十二', ...both(12) },
  { out: '三点五', ...both(3.5) },
  { out: '十二万', ...both(120000) },
  { out: '一亿二千万', ...both(120000000) },
  { out: '四分之三', ...both(0.75) },
  { out: '负四分之三', ...both(-0.75) },
  { out: '百分之五', ...both(5), unit: '%' },
  { out: '增长率为百分之十二点五', ...both(12.5), unit: '%' },
  { out: '答案：百分之12.5', ...both(12.5), unit: '%' },
  { out: '千分之三', ...both(3), unit: '‰' },
  { out: '答案：一百零五', ...both(105) },
  { out: '答案是负二点五', ...both(-2.5) },
  { out: '答案：两千三百五十', ...both(2350) },
  { out: '答案是两千三百', ...both(2300) },
  // "结果" is a weak cue: only the flexible pipeline reads it when it is not the whole reply.
  { out: '结果：负二', ...both(-2) },
  { out: '经过上面的计算可以得到，最终结果为负二。', ...flexibleOnly(-2) },
];
