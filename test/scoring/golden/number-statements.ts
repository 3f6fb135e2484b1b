import { both, flexibleOnly, type NumberCase } from './types.js';

/** Where the answer is: an explicit statement beats intermediate numbers; strict reads nothing else. */
export const STATEMENTS: readonly NumberCase[] = [
  { out: '答案是 7，验算：7 × 2 = 14', ...both(7) },
  { out: '结果为 5，最终答案：7', ...both(7) },
  { out: '答案：3 + 4 = 7', ...both(7) },
  { out: 'First 3 + 4 = 7, then 7 × 2 = 14. The answer is 14.', ...both(14) },
  { out: 'The final answer is -0.25.', ...both(-0.25) },
  { out: 'Final answer: -0.25', ...both(-0.25) },
  { out: 'The answer is 14, because 3 + 4 = 7 and 7 × 2 = 14.', ...both(14) },
  { out: 'The answer is 9, since 3 × 3 = 9 and not 3 + 3 = 6.', ...both(9) },
  { out: 'Result: 42', ...both(42) },
  { out: '初步估算约 100，答案：98.6', ...both(98.6) },
  { out: '<think>利息 = 50000 × 0.035 × 3，答案：5250</think>\n答案：5250 元', ...both(5250) },
  { out: '<think>Let me compute 17 × 23 = 391.</think>\n391', ...both(391) },
  { out: '<think>……</think>\n\n**最终答案：** $\\boxed{391}$', ...both(391) },
  { out: '答：原价为300元。', ...both(300) },
  { out: 'x = 300', ...both(300) },
  { out: '最终结果：42', ...both(42) },
  { out: '2*3=6', ...flexibleOnly(6) },
  { out: '利息 = 50000 × 3.5% × 3 = 5250 元', ...flexibleOnly(5250) },
  { out: 'BMI = 72 / 1.65² ≈ 26.4', ...flexibleOnly(26.4) },
  { out: '共 3 步：第 1 步……第 3 步得 15。', ...flexibleOnly(15) },
  { out: '用 GPT-4 计算', ...flexibleOnly(4) },
  { out: '答案如下：\n\n42', ...flexibleOnly(42) },
  { out: '设原价为x元，则0.8x = 240，解得x = 300。\n所以原价是300元。', ...flexibleOnly(300) },
  { out: '温度下降了 5 ℃，即变化量为 -5 ℃。', ...flexibleOnly(-5) },
  { out: 'First, compute the area: 3 × 4 = 12. Then double it: 12 × 2 = 24.\nSo the total is 24.', ...flexibleOnly(24) },
  {
    out: '第一步：月利率 = 4.2% / 12 = 0.35%。\n第二步：代入等额本息公式，得月供约 4890.17 元。\n\n因此每月还款 4890.17 元。',
    ...flexibleOnly(4890.17),
  },
  {
    out: 'Step 1: The principal is 100,000 and the rate is 4%.\nStep 2: 100,000 × 1.04^5 = 121,665.29.\n\n**Final answer: 121,665.29**',
    ...both(121665.29),
  },
  { out: '根据公式，销项税额 = 25000 / 1.13 × 0.13 ≈ 2876.11（元）。\n\n答案：2876.11', ...both(2876.11) },
];

/** Nothing to extract: refusals, empty answers, reasoning that never finished. */
export const NO_ANSWER: readonly NumberCase[] = [
  { out: '抱歉，我无法计算。', ...both(null) },
  { out: '抱歉，我无法计算第3题。', ...both(null) },
  { out: 'I cannot compute that.', ...both(null) },
  { out: 'I cannot solve this without the interest rate (e.g. 5%).', ...both(null) },
  { out: '信息不足，无法得出答案。', ...both(null) },
  { out: '题目缺少第2个条件，无法计算。', ...both(null) },
  { out: '', ...both(null) },
  { out: '<think>先算 3 × 4 = 12', ...both(null) },
];
