import { both, type ChoiceCase, flexibleOnly } from './types.js';

const HOURS_EN = ['12 hours', '24 hours', '48 hours', '72 hours'];

export const ENGLISH: readonly ChoiceCase[] = [
  { out: 'Answer: C', ...both('C') },
  { out: 'Answer：Ｃ', ...both('C') },
  { out: 'The answer is: D', ...both('D') },
  { out: 'Final Answer: D', ...both('D') },
  { out: 'My answer: B', ...both('B') },
  { out: 'Correct option: D', ...both('D') },
  { out: 'The correct option is (C).', ...both('C') },
  { out: 'The correct answer is D) Increased heart rate.', ...both('D') },
  { out: 'The answer is B: Metformin.', ...both('B') },
  { out: 'Answer: A, because aspirin irreversibly inhibits COX-1.', ...both('A') },
  { out: 'Therefore, the best answer is (D).', ...both('D') },
  { out: '**Answer: (B)**\n\nExplanation: the half-life is about 6 hours.', ...both('B') },
  { out: 'Answer: B\nExplanation: Option A is incorrect because the dose is too high.', ...both('B') },
  { out: 'The answer is C.\n\nExplanation: A and B are contraindicated, D is irrelevant.', ...both('C') },
  { out: 'Answer: (E) All of the above', ...both('E'), n: 5 },
  { out: 'I would choose B because it lists the right dose.', ...flexibleOnly('B') },
  { out: 'I choose option C.', ...flexibleOnly('C') },
  { out: 'Option D is correct.', ...flexibleOnly('D') },
  { out: 'C is the correct answer.', ...flexibleOnly('C') },
  { out: 'I believe B is correct.', ...flexibleOnly('B') },
  { out: 'B is the best option here.', ...flexibleOnly('B') },
  { out: 'So the answer must be C', ...both('C') },
  { out: 'I think the answer is probably B.', ...both('B') },
  { out: "Based on the calculation, it's B.", ...flexibleOnly('B') },
  // "Answer: I…" is the pronoun; only the flexible pipeline goes on to read "it is B".
  { out: 'Answer: I think it is B.', ...flexibleOnly('B'), n: 10 },
  { out: "I'm not sure, but I think the answer is B.", ...both('B') },
  { out: 'Between A and C, C is more accurate. Final answer: C', ...both('C') },
  { out: 'At first glance the answer seems to be A. However, considering the contraindication, the answer is C.', ...both('C') },
  {
    out: "Let's think step by step. 18 kg × 15 mg/kg = 270 mg. Option A says 270 mg, which matches. So the answer is A.",
    ...both('A'),
  },
  { out: 'Let me check each option.\n(A) is too low.\n(B) is too high.\nTherefore, the answer is (C).', ...both('C') },
  {
    out: 'Step 1: Calculate the dose: 15 mg/kg × 20 kg = 300 mg.\nStep 2: Compare with the options: A is 150 mg, B is 300 mg.\nThe answer is B.',
    ...both('B'),
  },
  { out: 'B) 24 hours', ...both('B'), choices: HOURS_EN },
  // The label contradicts its text (B is 24 hours): strict will not guess which one was meant.
  { out: 'B. 48 hours', ...flexibleOnly('B'), choices: HOURS_EN },
  { out: 'The answer is Paris.', ...flexibleOnly('A'), choices: ['Paris', 'London', 'Berlin', 'Rome'] },
];
