import type { Sample } from '../types.js';
import { createRng, type Rng } from './lib.js';
import { uniqueSamples } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * finance-extract: short answers scored by `exact-match`. Figures are read from a
 * templated income statement (this year's and last year's columns, so the row alone is
 * not enough); transactions are classified by a rule table printed in the question —
 * the cash-flow rules of CAS 31 and an invented expense-approval policy — so the key
 * follows from the stated rules, computed here.
 */

interface ExtractDraft {
  readonly input: string;
  readonly target: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Integer cents → "1234567.89" and "1,234,567.89": amounts are built in cents so no float rounding enters the text. */
export function yuanText(cents: number, commas: boolean): string {
  const whole = String(Math.floor(cents / 100));
  const text = commas ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${text}.${String(cents % 100).padStart(2, '0')}`;
}

const COMPANIES = ['甲', '乙', '丙', '丁', '戊'] as const;

/** One year's income statement, in cents, internally consistent (营业利润 and 净利润 derived, 25% income tax). */
function incomeYear(rng: Rng): Record<string, number> {
  const revenue = rng.int(5_000_000, 900_000_000) * 100 + rng.int(0, 99);
  const cost = Math.round(revenue * rng.real(0.45, 0.75, 4));
  const selling = Math.round(revenue * rng.real(0.03, 0.1, 4));
  const admin = Math.round(revenue * rng.real(0.03, 0.09, 4));
  const finance = Math.round(revenue * rng.real(0.005, 0.02, 4));
  const operating = revenue - cost - selling - admin - finance;
  const tax = Math.round(operating * 0.25);
  return { 营业收入: revenue, 营业成本: cost, 销售费用: selling, 管理费用: admin, 财务费用: finance, 营业利润: operating, 所得税费用: tax, 净利润: operating - tax };
}

function statementItem(rng: Rng): ExtractDraft {
  const company = `${rng.pick(COMPANIES)}公司`;
  const year = rng.int(2019, 2024);
  const current = incomeYear(rng);
  const previous = incomeYear(rng);
  const rows = Object.keys(current).map((name) => `${name} | ${yuanText(current[name] ?? 0, true)} | ${yuanText(previous[name] ?? 0, true)}`);
  const row = rng.pick(Object.keys(current));
  const thisYear = rng.next() < 0.5;
  const cents = (thisYear ? current : previous)[row] ?? 0;
  return {
    input: `【${company} ${year} 年度利润表（摘要）】单位：元\n项目 | 本期金额 | 上期金额\n${rows.join('\n')}\n\n问题：${company}${thisYear ? '本期' : '上期'}的${row}是多少元？只输出数字，保留表中的两位小数，不要千分位逗号和单位。`,
    target: [yuanText(cents, false), yuanText(cents, true)],
    metadata: { row, column: thisYear ? 'current' : 'previous', cents },
  };
}

/** Cash-flow classes as CAS 31 assigns them; the question prints these rules. */
const CASH_FLOW_CLASSES = {
  经营活动: ['向客户销售产品，收到货款', '为客户提供维修服务，收到服务费', '以银行存款支付本月职工工资', '缴纳上月增值税', '向供应商支付原材料采购款'],
  投资活动: ['购入一台生产设备，以银行存款支付价款', '出售一辆旧运输车辆，收到价款', '购买另一家公司 10% 的股权，支付价款', '收到被投资单位分派的现金股利', '购买一项专利权，支付价款'],
  筹资活动: ['向银行取得一年期借款，款项已到账', '偿还到期的银行借款本金', '向本公司股东分配现金股利', '支付银行借款利息', '增发股票，收到股东投入的现金'],
} as const;
type CashFlowClass = keyof typeof CASH_FLOW_CLASSES;

const CASH_FLOW_RULES = [
  '【现金流量分类规则（依据《企业会计准则第 31 号——现金流量表》，一般企业）】',
  '- 经营活动：销售商品、提供劳务收到的现金；购买商品、接受劳务支付的现金；支付给职工的现金；支付的各项税费。',
  '- 投资活动：购建或处置固定资产、无形资产收付的现金；取得或处置其他企业股权、债权投资收付的现金；取得投资收益（股利、利息）收到的现金。',
  '- 筹资活动：吸收投资（如发行股票）收到的现金；取得或偿还借款收付的现金；分配股利、利润或偿付利息支付的现金。',
].join('\n');

function cashFlowItem(rng: Rng, index: number): ExtractDraft {
  const classes = Object.keys(CASH_FLOW_CLASSES) as CashFlowClass[];
  const label = classes[index % classes.length] ?? '经营活动';
  const event = rng.pick(CASH_FLOW_CLASSES[label]);
  const amount = rng.int(1, 900) * 1000;
  return {
    input: `${CASH_FLOW_RULES}\n\n交易：某制造企业${event}，金额 ${amount} 元。\n问题：按上述规则，该笔现金流量应列入哪一类？只输出“经营活动”“投资活动”或“筹资活动”之一。`,
    target: [label, `${label}现金流量`, `${label}产生的现金流量`],
    metadata: { event, amount, label, source: 'standard: 企业会计准则第 31 号——现金流量表' },
  };
}

/** An invented expense-approval policy (printed in the question) and its rule, computed. */
const LEVELS = ['部门经理', '财务总监', '总经理'] as const;
const EXPENSES = ['办公用品采购', '境内差旅费', '境外差旅费', '业务招待费', '员工培训费'] as const;
type Expense = (typeof EXPENSES)[number];

export function approvalLevel(expense: Expense, amount: number): (typeof LEVELS)[number] {
  let level = amount <= 5000 ? 0 : amount <= 50000 ? 1 : 2;
  if (expense === '业务招待费') level = Math.max(level, 1);
  if (expense === '境外差旅费') level = Math.min(level + 1, 2);
  return LEVELS[level] ?? '总经理';
}

const APPROVAL_RULES = [
  '【费用报销审批规则（虚构公司制度，仅用于本题）】',
  '1. 单笔金额 ≤ 5000 元：部门经理审批；5000 元 < 金额 ≤ 50000 元：财务总监审批；金额 > 50000 元：总经理审批。',
  '2. 业务招待费不论金额，至少由财务总监审批（按第 1 条应由总经理审批的，仍由总经理审批）。',
  '3. 境外差旅费在第 1 条确定的级别上提高一级（部门经理→财务总监→总经理；已是总经理的不变）。',
  '4. 其他费用只按第 1 条确定。',
].join('\n');

function approvalItem(rng: Rng): ExtractDraft | undefined {
  const expense = rng.pick(EXPENSES);
  const amount = rng.pick([rng.int(300, 4800), rng.int(5200, 49800), rng.int(50200, 300000)]);
  const label = approvalLevel(expense, amount);
  return {
    input: `${APPROVAL_RULES}\n\n报销单：${expense}，金额 ${amount} 元。\n问题：按上述规则，该笔报销的最终审批人是谁？只输出“部门经理”“财务总监”或“总经理”之一。`,
    target: [label],
    metadata: { expense, amount, label, source: 'illustrative rule table defined by pingce (fictional company policy)' },
  };
}

const CATEGORIES: readonly (readonly [string, (rng: Rng, index: number) => ExtractDraft | undefined])[] = [
  ['statement-extraction', statementItem],
  ['cash-flow-classification', cashFlowItem],
  ['approval-routing', approvalItem],
];
const PER_CATEGORY = 16;

export function financeExtractSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  return uniqueSamples(rng, 'fne', CATEGORIES, PER_CATEGORY, (draft) => ({ target: [...new Set(draft.target)], metadata: draft.metadata }));
}

export const financeExtract: SuiteGenerator = {
  file: 'finance/finance-extract.jsonl',
  seed: 'pingce-finance-extract-v1',
  generate: financeExtractSamples,
};
