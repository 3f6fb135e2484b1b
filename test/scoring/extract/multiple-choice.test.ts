import { describe, expect, it } from 'vitest';
import { extractChoices } from '../../../scoring/extract/multiple-choice.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';

interface Case {
  /** The completion exactly as a model returned it (reasoning is stripped first, as in a run). */
  readonly out: string;
  readonly want: string | undefined;
  /** Number of options offered; 4 unless stated. */
  readonly n?: number;
  readonly multi?: boolean;
  readonly choices?: readonly string[];
}

const DOSE = ['1 片', '2 片', '4 片', '5 片'];
const CITIES = ['北京', '上海', '广州', '深圳'];
const HOURS = ['8 小时', '12 小时', '24 小时', '48 小时'];

// Styles the reference endpoint uses: these must never regress.
const REFERENCE: readonly Case[] = [
  { out: '答案：B', want: 'B' },
  { out: '经过分析，故选C。', want: 'C' },
  { out: '【D】', want: 'D' },
  { out: '正确答案是Ｂ。', want: 'B' },
  { out: '<think>先看选项A，似乎不对……再看B。</think>\n答案：B', want: 'B' },
  { out: 'The answer is (A).', want: 'A' },
  { out: 'B. 2 片', want: 'B', choices: DOSE },
  { out: 'C. 24 小时', want: 'C', choices: HOURS },
  { out: '抱歉，我无法确定这道题的答案。', want: undefined, choices: DOSE },
];

const CHINESE: readonly Case[] = [
  { out: '答案是 C', want: 'C' },
  { out: '正确答案为 B。', want: 'B' },
  { out: '故选C', want: 'C' },
  { out: '因此选 D', want: 'D' },
  { out: '选择B', want: 'B' },
  { out: '本题选C', want: 'C' },
  { out: '应选A。', want: 'A' },
  { out: '综上所述，选B。', want: 'B' },
  { out: '答：A', want: 'A' },
  { out: '答案：Ｃ', want: 'C' },
  { out: '故选：Ｄ。', want: 'D' },
  { out: '正确选项为D', want: 'D' },
  { out: '答案是选项B', want: 'B' },
  { out: '答案应为 A', want: 'A' },
  { out: 'A项正确', want: 'A' },
  { out: '**答案**：D', want: 'D' },
  { out: '答案：\n\nC', want: 'C' },
  { out: '答案：B. 4', want: 'B', choices: ['2', '4', '6', '8'] },
  { out: '下列说法中不正确的是：B', want: 'B' },
  { out: '选项A是错误的，选项B也不对，选项C正确。', want: 'C' },
  { out: '初步判断为A……但考虑到剂量换算，最终答案为C', want: 'C' },
  { out: '初步答案：A\n再检查一遍单位换算。\n最终答案：D', want: 'D' },
  { out: '答案是 B 吗？不，答案是 C。', want: 'C' },
  { out: '我选A……不对，重新算一下：500 / 250 = 2。\n\nB', want: 'B' },
  { out: '我不选A，选B。', want: 'B' },
  {
    out: '首先，BMI = 72 / 1.65² ≈ 26.4。\n选项A是22.8，不对；选项B是24.5，不对；选项C是26.4，符合。\n因此答案为C。',
    want: 'C',
  },
  { out: 'B\n\n解析：0.25 g = 250 mg，500 / 250 = 2 片。', want: 'B', choices: DOSE },
  { out: 'A. 270 mg\n\n患儿单次剂量 = 18 × 15 = 270 mg。', want: 'A' },
  { out: '正确答案：B\n\n解析：A选项是 90 mg，C选项是 180 mg，均不符合。', want: 'B' },
  { out: 'A. 1 片\nB. 2 片\nC. 4 片\nD. 5 片\n答案：B', want: 'B', choices: DOSE },
  { out: '所以应该是C。', want: 'C' },
];

const BRACKETS_AND_FORMS: readonly Case[] = [
  { out: '「A」', want: 'A' },
  { out: '(A)', want: 'A' },
  { out: '（B）', want: 'B' },
  { out: '〔B〕', want: 'B' },
  { out: '[A]', want: 'A' },
  { out: '『C』', want: 'C' },
  { out: '\\boxed{C}', want: 'C' },
  { out: '$\\boxed{\\text{B}}$', want: 'B' },
  { out: 'The answer is \\boxed{B}.', want: 'B' },
  { out: 'Ｂ', want: 'B' },
  { out: 'Ｂ．４', want: 'B', choices: ['2', '4', '6', '8'] },
  { out: 'B', want: 'B' },
  { out: 'A', want: 'A' },
  { out: 'D。', want: 'D' },
  { out: '  C  \n', want: 'C' },
  { out: 'E', want: 'E', n: 5 },
];

const ENGLISH: readonly Case[] = [
  { out: 'Answer: C', want: 'C' },
  { out: 'The answer is: D', want: 'D' },
  { out: 'Final Answer: D', want: 'D' },
  { out: 'The correct option is (C).', want: 'C' },
  { out: 'I would choose B because it lists the right dose.', want: 'B' },
  { out: 'Option D is correct.', want: 'D' },
  { out: 'C is the correct answer.', want: 'C' },
  { out: 'So the answer must be C', want: 'C' },
  { out: 'I think the answer is probably B.', want: 'B' },
  { out: "Based on the calculation, it's B.", want: 'B' },
  { out: 'Answer: I think it is B.', want: 'B', n: 10 },
  {
    out: "Let's think step by step. 18 kg × 15 mg/kg = 270 mg. Option A says 270 mg, which matches. So the answer is A.",
    want: 'A',
  },
  { out: 'Let me check each option.\n(A) is too low.\n(B) is too high.\nTherefore, the answer is (C).', want: 'C' },
];

const WITH_REASONING: readonly Case[] = [
  { out: '<think>The dose is 270 mg. Hmm, B is 90 mg, not it.</think>\nA', want: 'A' },
  { out: '<think>用户问的是BMI……答案应该是C吧</think>\n\n**答案：C**', want: 'C' },
  { out: '<thinking>Option B looks right.</thinking>The answer is B.', want: 'B' },
  { out: '<think>\n答案：A\n</think>\n\n答案：D', want: 'D' },
  { out: '嗯，让我想想，A不对。\n</think>\n\n答案：C', want: 'C' },
  { out: '<think>先计算体重指数，72 除以 1.65 的平方，答案：C', want: undefined },
  { out: '<think>故选A</think>', want: undefined },
];

const BY_OPTION_TEXT: readonly Case[] = [
  { out: '答案是上海。', want: 'B', choices: CITIES },
  { out: '广州', want: 'C', choices: CITIES },
  { out: '答案是24 小时内完成。', want: 'C', choices: HOURS },
  { out: 'The answer is Paris.', want: 'A', choices: ['Paris', 'London', 'Berlin', 'Rome'] },
  { out: '答案：2 片', want: 'B', choices: DOSE },
  { out: '答案：无效，因为合同未生效。', want: 'B', choices: ['有效', '无效'], n: 2 },
  { out: '答案：不同意。', want: 'B', choices: ['同意', '不同意'], n: 2 },
  { out: '答案是北京或上海。', want: undefined, choices: CITIES },
  { out: '答案：杭州', want: undefined, choices: CITIES },
];

const MULTI: readonly Case[] = [
  { out: 'ABD', want: 'ABD', multi: true },
  { out: 'A、C、E', want: 'ACE', n: 5, multi: true },
  { out: 'B, D', want: 'BD', multi: true },
  { out: '答案：AC', want: 'AC', multi: true },
  { out: '答案：DB', want: 'BD', multi: true },
  { out: '答案选AD', want: 'AD', multi: true },
  { out: '正确答案是 A 和 C', want: 'AC', multi: true },
  { out: '选项B和D正确', want: 'BD', multi: true },
  { out: 'The answers are B and D.', want: 'BD', multi: true },
  { out: '答案：B', want: 'B', multi: true },
  { out: '答案：ABE', want: undefined, multi: true },
];

const UNDECIDED: readonly Case[] = [
  { out: "Let's think step by step.", want: undefined },
  { out: "Let's think step by step.", want: undefined, n: 10 },
  { out: 'I think A is wrong.', want: undefined },
  { out: 'I think A is wrong.', want: undefined, n: 10 },
  { out: 'I cannot answer that.', want: undefined, n: 10 },
  { out: 'I cannot determine the answer from the information given.', want: undefined },
  { out: 'The answer is a prime number, so none of these fit.', want: undefined },
  { out: '无法判断，题目信息不足。', want: undefined },
  { out: '这道题我不会。', want: undefined },
  { out: '', want: undefined },
  { out: 'ABD', want: undefined },
  { out: '答案：A, C', want: undefined },
  { out: '答案：E', want: undefined },
  { out: 'E', want: undefined },
  { out: '答案：A或B', want: undefined },
  { out: 'The answer is A or B.', want: undefined },
  { out: '答案不是A', want: undefined },
  { out: '不选A，因为剂量太低；所以也不选B。', want: undefined },
  { out: '选项A的说法有待商榷。', want: undefined },
  { out: 'A. 1 片\nB. 2 片\nC. 4 片\nD. 5 片', want: undefined, choices: DOSE },
];

const CASES: readonly Case[] = [...REFERENCE, ...CHINESE, ...BRACKETS_AND_FORMS, ...ENGLISH, ...WITH_REASONING, ...BY_OPTION_TEXT, ...MULTI, ...UNDECIDED];

describe('extractChoices golden table', () => {
  it('has at least 80 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES)('$out → $want', ({ out, want, n = 4, multi = false, choices }) => {
    const { answerText } = extractOutput(out);
    expect(extractChoices(answerText, n, { multi, ...(choices === undefined ? {} : { choices }) })).toBe(want);
  });
});

describe('extractChoices', () => {
  it('limits letters to the offered options', () => {
    expect(extractChoices('答案：C', 2)).toBeUndefined();
    expect(extractChoices('答案：C', 3)).toBe('C');
  });

  it('gives nothing when no options are offered', () => {
    expect(extractChoices('答案：A', 0)).toBeUndefined();
  });

  it('reads option text only when choices are given', () => {
    expect(extractChoices('答案是上海。', 4)).toBeUndefined();
    expect(extractChoices('答案是上海。', 4, { choices: CITIES })).toBe('B');
  });

  it('prefers the longer option text when one choice contains another', () => {
    expect(extractChoices('答案是北京市。', 2, { choices: ['北京', '北京市'] })).toBe('B');
  });
});
