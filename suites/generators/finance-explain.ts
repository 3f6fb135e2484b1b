import type { Sample } from '../types.js';
import { createRng, round, type Rng } from './lib.js';
import { flowsText, percentOnGrid } from './finance-calc-capital.js';
import { drawTaxpayer, TAX_METHOD, taxpayerText } from './finance-calc.js';
import { bondPrice, equalPrincipalPayment, IIT_RULE_VERSION, iitBracket, iitTax, levelPayment, npv } from './finance-formulas.js';
import { clearOfRounding, uniqueSamples } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * finance-explain: open-ended explanations for a client. Scored with `includes`
 * (all: true) on key facts the prompt requires — computed figures and a conclusion in
 * wording the prompt fixes — rather than ROUGE-L against a generated reference, which
 * would reward the reference's phrasing instead of correct figures. Figures are key
 * facts in their shortest form (1234.5, not 1234.50) so that both spellings contain
 * them; a negative NPV is keyed by its absolute value because models write the minus
 * sign in several ways. Clarity of the prose is not scored (that needs a judge).
 */

interface ExplainDraft {
  readonly input: string;
  readonly keyFacts: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

const CLIENT = '请用通俗易懂的语言向客户解释（约 150～300 字），数字不要使用千分位分隔符。';

/** Shortest decimal text of a value rounded to 2 places: 1234.5 for 1234.50, 1200 for 1200.00. */
const fact2 = (value: number): string => String(round(value, 2));

function loanExplain(rng: Rng): ExplainDraft | undefined {
  const principal = rng.int(20, 300) * 10000;
  const annualRatePercent = percentOnGrid(rng, 2.5, 6.5);
  const months = rng.pick([10, 20, 30]) * 12;
  const level = levelPayment(principal, annualRatePercent / 100, months);
  const first = equalPrincipalPayment(principal, annualRatePercent / 100, months, 1);
  if (!clearOfRounding(level, 2) || !clearOfRounding(first, 2)) return undefined;
  return {
    input: `客户计划贷款 ${principal} 元，年利率 ${annualRatePercent}%，期限 ${months} 个月，按月还款（月利率 = 年利率 / 12），想了解等额本息和等额本金的区别。${CLIENT}回答中必须写出：等额本息的每月还款额、等额本金的第 1 个月还款额（单位元，保留两位小数）。`,
    keyFacts: [fact2(level), fact2(first)],
    metadata: { kind: 'loan-methods', inputs: { principal, annualRatePercent, months }, computed: [round(level, 6), round(first, 6)], formula: 'M = P·i·(1+i)^n/((1+i)^n − 1)；首月等额本金 = P/n + P·i', source: 'formula: 等额本息 / 等额本金 (original calculation)' },
  };
}

function taxExplain(rng: Rng): ExplainDraft | undefined {
  const payer = drawTaxpayer(rng);
  if (!payer) return undefined;
  const bracket = iitBracket(payer.taxable);
  const tax = iitTax(payer.taxable);
  return {
    input: `${taxpayerText(payer)}。${TAX_METHOD}，向其说明全年个人所得税是怎样算出来的。${CLIENT}回答中必须写出：全年应纳税所得额（元，整数）、适用的最高一级税率（百分数，如 20%）、全年应纳税额（元，保留两位小数）。`,
    keyFacts: [String(payer.taxable), `${round(bracket.rate * 100, 0)}%`, fact2(tax)],
    metadata: { kind: 'income-tax', inputs: { wages: payer.wages, special: payer.special, additional: payer.additional }, computed: [payer.taxable, bracket.rate, round(tax, 2)], formula: '应纳税所得额 = 收入 − 60000 − 专项扣除 − 专项附加扣除；税额 = 应纳税所得额 × 税率 − 速算扣除数', source: IIT_RULE_VERSION },
  };
}

const DECISIONS = { invest: '建议投资', reject: '建议放弃' } as const;

function investmentExplain(rng: Rng, index: number): ExplainDraft | undefined {
  const outlay = rng.int(10, 300) * 1000;
  const years = rng.int(3, 5);
  const flows = [-outlay, ...Array.from({ length: years }, () => Math.round((outlay * rng.real(0.15, 0.4, 3)) / 100) * 100)];
  const ratePercent = rng.int(6, 14);
  const value = npv(ratePercent / 100, flows);
  // A near-zero NPV would make the advice a coin toss; require a clear margin.
  if (Math.abs(value) < outlay * 0.02 || !clearOfRounding(value, 2)) return undefined;
  const decision = value > 0 ? DECISIONS.invest : DECISIONS.reject;
  // Alternate the conclusion so that always advising to invest cannot pass.
  if ((decision === DECISIONS.invest) !== (index % 2 === 0)) return undefined;
  return {
    input: `某客户考虑一个项目：${flowsText(flows)}，折现率 ${ratePercent}%。${CLIENT}回答中必须写出：项目净现值 NPV（元，保留两位小数）；以及结论，结论使用原词“${DECISIONS.invest}”或“${DECISIONS.reject}”之一。`,
    keyFacts: [fact2(Math.abs(value)), decision],
    metadata: { kind: 'npv-decision', inputs: { ratePercent, cashFlows: flows.join(',') }, computed: round(value, 6), formula: 'NPV = Σ CF_t/(1+r)^t；NPV > 0 建议投资，否则建议放弃', source: 'formula: NPV rule (original calculation)' },
  };
}

function bondExplain(rng: Rng, index: number): ExplainDraft | undefined {
  const couponPercent = rng.int(4, 16) / 2;
  const ytmPercent = percentOnGrid(rng, 1.5, 9);
  const years = rng.int(2, 10);
  if (Math.abs(couponPercent - ytmPercent) < 0.5) return undefined;
  const value = bondPrice(100, couponPercent / 100, ytmPercent / 100, years, 1);
  if (!clearOfRounding(value, 2)) return undefined;
  const relation = value > 100 ? '溢价' : '折价';
  if ((relation === '溢价') !== (index % 2 === 0)) return undefined;
  return {
    input: `客户想买入一只面值 100 元、票面年利率 ${couponPercent}%、每年付息一次、剩余期限 ${years} 年的债券（刚付完一期利息），当前市场到期收益率为 ${ytmPercent}%。${CLIENT}回答中必须写出：该债券的理论价格（元，保留两位小数）；并说明它是“溢价”还是“折价”交易（使用这两个原词之一）。`,
    keyFacts: [fact2(value), relation],
    metadata: { kind: 'bond-premium', inputs: { face: 100, couponPercent, ytmPercent, years }, computed: round(value, 6), formula: 'P = Σ 100·c/(1+y)^t + 100/(1+y)^N；P > 100 溢价，P < 100 折价', source: 'formula: bond price (original calculation)' },
  };
}

const CATEGORIES: readonly (readonly [string, (rng: Rng, index: number) => ExplainDraft | undefined])[] = [
  ['loan-explanation', loanExplain],
  ['tax-explanation', taxExplain],
  ['investment-explanation', investmentExplain],
  ['bond-explanation', bondExplain],
];
const PER_CATEGORY = 4;

export function financeExplainSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  return uniqueSamples(rng, 'fnx', CATEGORIES, PER_CATEGORY, (draft) => ({ target: draft.keyFacts, metadata: { ...draft.metadata, keyFacts: draft.keyFacts } }));
}

export const financeExplain: SuiteGenerator = {
  file: 'finance/finance-explain.jsonl',
  seed: 'pingce-finance-explain-v1',
  generate: financeExplainSamples,
};
