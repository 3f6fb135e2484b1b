import { both, type ChoiceCase, CITIES, DOSE, flexibleOnly, HOURS } from './types.js';

export const BRACKETS_AND_FORMS: readonly ChoiceCase[] = [
  { out: '「A」', ...both('A') },
  { out: '(A)', ...both('A') },
  { out: '（B）', ...both('B') },
  { out: '〔B〕', ...both('B') },
  { out: '[A]', ...both('A') },
  { out: '『C』', ...both('C') },
  { out: '\\boxed{C}', ...both('C') },
  { out: '$\\boxed{\\text{B}}$', ...both('B') },
  { out: '$$\\boxed{D}$$', ...both('D') },
  { out: '最终答案是：\\boxed{A}', ...both('A') },
  { out: 'The answer is \\boxed{B}.', ...both('B') },
  { out: 'Ｂ', ...both('B') },
  { out: 'Ｂ．４', ...both('B'), choices: ['2', '4', '6', '8'] },
  { out: 'B', ...both('B') },
  { out: 'A', ...both('A') },
  { out: 'B。', ...both('B') },
  { out: 'D。', ...both('D') },
  { out: '**C**', ...both('C') },
  { out: '  C  \n', ...both('C') },
  { out: 'E', ...both('E'), n: 5 },
  { out: '答案：J', ...both('J'), n: 10 },
  { out: 'Answer: F', ...both('F'), n: 6 },
];

export const WITH_REASONING: readonly ChoiceCase[] = [
  { out: '<think>The dose is 270 mg. Hmm, B is 90 mg, not it.</think>\nA', ...both('A') },
  { out: '<think>用户问的是BMI……答案应该是C吧</think>\n\n**答案：C**', ...both('C') },
  { out: '<thinking>Option B looks right.</thinking>The answer is B.', ...both('B') },
  { out: '<think>\n答案：A\n</think>\n\n答案：D', ...both('D') },
  { out: '嗯，让我想想，A不对。\n</think>\n\n答案：C', ...both('C') },
  { out: '<think>\nThe question asks about first-line therapy. Option A is second-line; option C fits.\n</think>\n\nC', ...both('C') },
  // A trace that never closed: the model ran out of tokens while reasoning, so there is no answer.
  { out: '<think>先计算体重指数，72 除以 1.65 的平方，答案：C', ...both(null) },
  { out: '<think>故选A</think>', ...both(null) },
  // A configured end marker: what precedes it is reasoning, whatever it says.
  { out: 'Let me think. Answer: B? Checking again…<|end_of_thought|>\n\n(C)', ...both('C'), endMarkers: ['<|end_of_thought|>'] },
  { out: 'Let me think. Answer: B? Checking again…\n\n(C)', strict: 'B', flexible: 'C' },
  { out: '想想看：A不对，B也不对◁/think▷答案：D', ...both('D'), endMarkers: ['◁/think▷'] },
];

export const BY_OPTION_TEXT: readonly ChoiceCase[] = [
  { out: '答案是上海。', ...flexibleOnly('B'), choices: CITIES },
  { out: '广州', ...flexibleOnly('C'), choices: CITIES },
  { out: '答案是24 小时内完成。', ...flexibleOnly('C'), choices: HOURS },
  { out: '答案：2 片', ...flexibleOnly('B'), choices: DOSE },
  { out: '答案：无效，因为合同未生效。', ...flexibleOnly('B'), choices: ['有效', '无效'], n: 2 },
  { out: '答案：不同意。', ...flexibleOnly('B'), choices: ['同意', '不同意'], n: 2 },
  { out: '答案是北京或上海。', ...both(null), choices: CITIES },
  { out: '答案：杭州', ...both(null), choices: CITIES },
];
