import type { Sample } from '../types.js';
import { createRng, itemId, numericDistractors, round, type Rng } from './lib.js';
import { flowsText, percentOnGrid } from './finance-calc-capital.js';
import { drawTaxpayer, TAX_METHOD, taxpayerText } from './finance-calc.js';
import { FINANCE_FACTS } from './finance-facts.js';
import { bondPrice, equalPrincipalInterest, IIT_BRACKETS, IIT_RULE_VERSION, iitBracket, levelPayment, npv } from './finance-formulas.js';
import { answerPositions, clearOfCuts, clearOfRounding, drawUnique, placedChoice } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * finance-mcq: four-option single-answer questions. Half are computed (marginal tax
 * rate, the interest saved by 等额本金, the project with the highest NPV, a bond price)
 * and keyed by code; half come from the fact table in finance-facts.ts.
 */

interface McqDraft {
  readonly input: string;
  readonly right: string;
  readonly distractors: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

const PER_CATEGORY = 8;
const percent = (rate: number) => `${round(rate * 100, 0)}%`;

function taxBracketItem(rng: Rng, index: number): McqDraft | undefined {
  const payer = drawTaxpayer(rng);
  // Walk through the brackets so every rate is the key at least once.
  if (payer && iitBracket(payer.taxable) !== IIT_BRACKETS[index % IIT_BRACKETS.length]) return undefined;
  // Keep the taxable income 3000 yuan from every bracket edge, so the marginal rate is unambiguous.
  if (!payer || !clearOfCuts(payer.taxable, IIT_BRACKETS.map((bracket) => bracket.upTo).filter(Number.isFinite), 3000)) return undefined;
  const right = percent(iitBracket(payer.taxable).rate);
  const others = rng.shuffle(IIT_BRACKETS.map((bracket) => percent(bracket.rate)).filter((rate) => rate !== right)).slice(0, 3);
  return {
    input: `${taxpayerText(payer)}。${TAX_METHOD}，其全年应纳税所得额适用的最高一级（边际）税率是`,
    right,
    distractors: others,
    metadata: { kind: 'marginal-rate', inputs: { wages: payer.wages, special: payer.special, additional: payer.additional }, computed: payer.taxable, formula: '应纳税所得额 = 收入 − 60000 − 专项扣除 − 专项附加扣除；按年度税率表所在级次取税率', source: IIT_RULE_VERSION },
  };
}

function loanComparisonItem(rng: Rng): McqDraft | undefined {
  const principal = rng.int(20, 300) * 10000;
  const annualRatePercent = percentOnGrid(rng, 2.5, 6.5);
  const months = rng.pick([10, 15, 20, 25, 30]) * 12;
  const rate = annualRatePercent / 100;
  const value = levelPayment(principal, rate, months) * months - principal - equalPrincipalInterest(principal, rate, months);
  if (!clearOfRounding(value, 2)) return undefined;
  const answer = round(value, 2);
  const text = (amount: number) => `${amount.toFixed(2)} 元`;
  return {
    input: `贷款本金 ${principal} 元，年利率 ${annualRatePercent}%，期限 ${months} 个月，按月还款（月利率 = 年利率 / 12）。与等额本息方式相比，采用等额本金方式在整个还款期内少支付的利息约为`,
    right: text(answer),
    distractors: numericDistractors(rng, answer, 2).map(text),
    metadata: { kind: 'interest-saved', inputs: { principal, annualRatePercent, months }, computed: round(value, 6), decimals: 2, formula: '差额 = (M·n − P) − P·i·(n+1)/2，M 为等额本息月供，i = 年利率/12', source: 'formula: 等额本息 vs 等额本金 (original calculation)' },
  };
}

const PROJECTS = ['项目甲', '项目乙', '项目丙', '项目丁'] as const;

function projectItem(rng: Rng, index: number, position: number): McqDraft | undefined {
  const ratePercent = rng.int(6, 14);
  const years = rng.int(3, 5);
  const outlay = rng.int(10, 50) * 10000;
  const projects = PROJECTS.map(() => [-outlay, ...Array.from({ length: years }, () => rng.int(10, 60) * 1000)]);
  // Move the best project to the planned answer position, so keys stay spread over A–D.
  const bestAt = projects.map((flows) => npv(ratePercent / 100, flows)).reduce((top, value, at, all) => (value > (all[top] ?? -Infinity) ? at : top), 0);
  [projects[bestAt], projects[position]] = [projects[position] ?? [], projects[bestAt] ?? []];
  const values = projects.map((flows) => npv(ratePercent / 100, flows));
  const order = values.map((value, at) => [value, at] as const).sort((a, b) => b[0] - a[0]);
  const [best, second] = order;
  if (!best || !second || best[0] - second[0] < outlay * 0.01) return undefined;
  // Half the items are built so the largest undiscounted total is not the best NPV: discounting must matter.
  const sums = projects.map((flows) => flows.reduce((sum, flow) => sum + flow, 0));
  const largestSum = sums.indexOf(Math.max(...sums));
  if (index % 2 === 0 && largestSum === best[1]) return undefined;
  const lines = projects.map((flows, at) => `${PROJECTS[at]}：${flowsText(flows)}`);
  return {
    input: `四个互斥项目的期限相同，折现率均为 ${ratePercent}%：\n${lines.join('\n')}\n按净现值（NPV）法则应选择`,
    right: PROJECTS[best[1]] ?? '项目甲',
    distractors: [],
    metadata: { kind: 'max-npv', inputs: { ratePercent, cashFlows: projects.map((flows) => flows.join(',')) }, computed: values.map((value) => round(value, 4)), formula: 'NPV = Σ CF_t / (1+r)^t，选 NPV 最大者', source: 'formula: NPV rule for mutually exclusive projects (original calculation)' },
  };
}

function bondItem(rng: Rng): McqDraft | undefined {
  const couponPercent = rng.int(4, 16) / 2;
  const ytmPercent = percentOnGrid(rng, 1.5, 9);
  const years = rng.int(2, 10);
  if (Math.abs(couponPercent - ytmPercent) < 0.2) return undefined;
  const value = bondPrice(100, couponPercent / 100, ytmPercent / 100, years, 1);
  if (!clearOfRounding(value, 2)) return undefined;
  const answer = round(value, 2);
  const text = (amount: number) => `${amount.toFixed(2)} 元`;
  return {
    input: `面值 100 元、票面年利率 ${couponPercent}%、每年付息一次、剩余期限 ${years} 年的债券（刚付完一期利息），到期收益率为 ${ytmPercent}%。其理论价格约为`,
    right: text(answer),
    distractors: numericDistractors(rng, answer, 2).map(text),
    metadata: { kind: 'bond-price', inputs: { face: 100, couponPercent, ytmPercent, years }, computed: round(value, 6), decimals: 2, formula: 'P = Σ 100·c / (1+y)^t + 100 / (1+y)^N', source: 'formula: bond price (original calculation)' },
  };
}

const COMPUTED: readonly (readonly [string, (rng: Rng, index: number, position: number) => McqDraft | undefined])[] = [
  ['tax-bracket', taxBracketItem],
  ['loan-comparison', loanComparisonItem],
  ['project-choice', projectItem],
  ['bond-valuation', bondItem],
];

export function financeMcqSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const positions = answerPositions(rng, COMPUTED.length * PER_CATEGORY + FINANCE_FACTS.length);
  const push = (category: string, draft: McqDraft) => {
    const position = positions[samples.length] ?? 0;
    // The four projects keep their fixed order; projectItem already put the best one at `position`.
    const item = category === 'project-choice' ? { choices: [...PROJECTS], target: 'ABCD'[position] ?? 'A' } : placedChoice(rng, draft.right, draft.distractors, position);
    samples.push({ id: itemId('fnm', samples.length), category, input: draft.input, choices: item.choices, target: item.target, metadata: { ...draft.metadata, answer: draft.right } });
  };
  for (const [category, make] of COMPUTED) {
    for (let index = 0; index < PER_CATEGORY; index += 1) {
      const position = positions[samples.length] ?? 0;
      const draft = drawUnique(() => make(rng, index, position), seen, `${category} item ${index}`);
      push(category, draft);
    }
  }
  for (const fact of FINANCE_FACTS) {
    push(fact.category, { input: fact.question, right: fact.answer, distractors: fact.distractors, metadata: { rationale: fact.rationale, source: fact.source } });
  }
  return samples;
}

export const financeMcq: SuiteGenerator = {
  file: 'finance/finance-mcq.jsonl',
  seed: 'pingce-finance-mcq-v1',
  generate: financeMcqSamples,
};
