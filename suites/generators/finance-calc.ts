import { createRng, type Rng } from './lib.js';
import { bondDuration, bondPricing, bondYieldCategory, equalInstalment, equalPrincipal, internalRate, netPresentValue, PERCENT_ANSWER, percentOnGrid } from './finance-calc-capital.js';
import { doubleDeclining, effectiveAnnualRate, futureValue, IIT_BASIC_DEDUCTION, IIT_RULE_VERSION, iitTax, straightLine, sumOfYears, VAT_RULE_VERSION } from './finance-formulas.js';
import { calcSamples, type CalcCategory, type CalcDraft } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * finance-calc: numeric finance questions, 12 per category. Each names its convention
 * (monthly rate = annual/12, Chinese double-declining practice, which equity a ratio
 * uses) so that exactly one number is right.
 */

/** A resident's year: wages, social insurance and housing fund (专项扣除), special additional deductions. */
export function drawTaxpayer(rng: Rng): { wages: number; special: number; additional: number; taxable: number } | undefined {
  // Income bands drawn evenly, so low brackets are not crowded out by the wide high range.
  const [low, high] = rng.pick([[8, 20], [20, 45], [45, 80], [80, 150]] as const);
  const wages = rng.int(low, high) * 10000 + rng.int(0, 9) * 1000;
  const special = Math.round(wages * rng.real(0.08, 0.2, 3));
  const additional = rng.pick([0, 12000, 24000, 36000, 48000, 60000, 72000]);
  const taxable = wages - IIT_BASIC_DEDUCTION - special - additional;
  return taxable > 1000 ? { wages, special, additional, taxable } : undefined;
}

export function taxpayerText(payer: { wages: number; special: number; additional: number }): string {
  return `居民个人某纳税年度取得工资薪金收入 ${payer.wages} 元，无其他综合所得；全年专项扣除（三险一金）${payer.special} 元，专项附加扣除合计 ${payer.additional} 元，无其他扣除`;
}

export const TAX_METHOD = '按现行个人所得税法综合所得年度税率表（3%～45% 七级超额累进，基本减除费用 60000 元/年）';

const incomeTax: CalcCategory = {
  category: 'individual-income-tax',
  count: 12,
  source: IIT_RULE_VERSION,
  make(rng, index): CalcDraft | undefined {
    const payer = drawTaxpayer(rng);
    if (!payer) return undefined;
    const inputs = { wages: payer.wages, special: payer.special, additional: payer.additional };
    const formula = '应纳税所得额 = 收入 − 60000 − 专项扣除 − 专项附加扣除；税额 = 应纳税所得额 × 税率 − 速算扣除数';
    const tax = iitTax(payer.taxable);
    if (index % 2 === 0) return { kind: 'annual-tax', input: `${taxpayerText(payer)}。${TAX_METHOD}计算其全年应纳个人所得税（元）。`, exact: tax, formula, inputs, unit: '元' };
    return { kind: 'take-home', input: `${taxpayerText(payer)}。${TAX_METHOD}计算全年应纳个人所得税，再求其税后收入（元；税后收入 = 工资薪金收入 − 专项扣除 − 个人所得税）。`, exact: payer.wages - payer.special - tax, formula: `${formula}；税后收入 = 收入 − 专项扣除 − 税额`, inputs, unit: '元' };
  },
};

const VAT_CASES: readonly (readonly [number, string])[] = [[13, '销售一批钢材'], [13, '销售一批家用电器'], [9, '提供一项交通运输服务'], [9, '提供一项建筑服务'], [6, '提供一项信息技术服务'], [6, '提供一项咨询服务']];

const valueAddedTax: CalcCategory = {
  category: 'vat',
  count: 12,
  source: VAT_RULE_VERSION,
  make(rng, index): CalcDraft | undefined {
    const [ratePercent, deal] = rng.pick(VAT_CASES);
    const head = `某增值税一般纳税人${deal}，适用税率 ${ratePercent}%`;
    const rate = ratePercent / 100;
    switch (index % 3) {
      case 0: {
        const gross = rng.int(1000, 900000);
        return { kind: 'output-from-gross', input: `${head}，开具发票的含税价合计 ${gross} 元。求该笔业务的销项税额（元）。`, exact: (gross / (1 + rate)) * rate, formula: '销项税额 = 含税价 / (1 + 税率) × 税率', inputs: { ratePercent, gross }, unit: '元' };
      }
      case 1: {
        const net = rng.int(1000, 900000);
        return { kind: 'gross-from-net', input: `${head}，不含税价款 ${net} 元。求价税合计（元）。`, exact: net * (1 + rate), formula: '价税合计 = 不含税价 × (1 + 税率)', inputs: { ratePercent, net }, unit: '元' };
      }
      default: {
        const net = rng.int(50000, 2000000);
        const inputTax = Math.round(net * rate * rng.real(0.2, 0.9, 3) * 100) / 100;
        return { kind: 'payable', input: `${head}，当月该业务不含税销售额 ${net} 元，当月取得并认证的进项税额合计 ${inputTax} 元，无其他业务。求当月应纳增值税额（元；应纳税额 = 销项税额 − 进项税额）。`, exact: net * rate - inputTax, formula: '应纳税额 = 不含税销售额 × 税率 − 进项税额', inputs: { ratePercent, net, inputTax }, unit: '元' };
      }
    }
  },
};

const PERIODS: readonly (readonly [number, string])[] = [[1, '每年复利一次'], [2, '每半年复利一次'], [4, '每季度复利一次'], [12, '每月复利一次'], [365, '每日复利一次（一年按 365 天）']];

const compoundInterest: CalcCategory = {
  category: 'compound-interest',
  count: 12,
  source: 'formula: FV = P(1+r/m)^(mt); EAR = (1+r/m)^m − 1',
  make(rng, index): CalcDraft {
    const [perYear, phrase] = rng.pick(PERIODS);
    const ratePercent = percentOnGrid(rng, 1.5, 12);
    const years = rng.int(2, 20);
    const amount = rng.int(1, 200) * 1000;
    const growth = futureValue(1, ratePercent / 100, perYear, years);
    switch (index % 3) {
      case 0:
        return { kind: 'future-value', input: `本金 ${amount} 元，名义年利率 ${ratePercent}%，${phrase}，${years} 年后的本利和是多少元？`, exact: amount * growth, formula: 'FV = P·(1 + r/m)^(m·t)', inputs: { amount, ratePercent, perYear, years }, unit: '元' };
      case 1:
        return { kind: 'present-value', input: `若希望 ${years} 年后获得 ${amount} 元，名义年利率 ${ratePercent}%，${phrase}，现在需要一次性存入多少元？`, exact: amount / growth, formula: 'PV = FV / (1 + r/m)^(m·t)', inputs: { amount, ratePercent, perYear, years }, unit: '元' };
      default:
        return { kind: 'effective-rate', input: `名义年利率 ${ratePercent}%，${phrase}。求其实际年利率（有效年利率，${PERCENT_ANSWER}）。`, exact: effectiveAnnualRate(ratePercent / 100, perYear) * 100, formula: 'EAR = (1 + r/m)^m − 1', inputs: { ratePercent, perYear }, unit: '%' };
    }
  },
};

const financialRatios: CalcCategory = {
  category: 'financial-ratios',
  count: 12,
  source: 'textbook topic: 财务管理—财务比率分析 (definitions stated in each question)',
  make(rng, index): CalcDraft {
    const wan = (low: number, high: number) => rng.int(low, high) * 10000;
    switch (index % 4) {
      case 0: {
        const currentAssets = wan(200, 9000);
        const currentLiabilities = wan(150, 7000);
        return { kind: 'current-ratio', input: `某公司期末流动资产 ${currentAssets} 元，流动负债 ${currentLiabilities} 元。求流动比率（流动资产 / 流动负债）。`, exact: currentAssets / currentLiabilities, formula: '流动比率 = 流动资产 / 流动负债', inputs: { currentAssets, currentLiabilities }, unit: '' };
      }
      case 1: {
        const currentAssets = wan(400, 9000);
        const inventory = Math.round(currentAssets * rng.real(0.15, 0.5, 3));
        const currentLiabilities = wan(150, 7000);
        return { kind: 'quick-ratio', input: `某公司期末流动资产 ${currentAssets} 元，其中存货 ${inventory} 元，流动负债 ${currentLiabilities} 元。求速动比率（(流动资产 − 存货) / 流动负债）。`, exact: (currentAssets - inventory) / currentLiabilities, formula: '速动比率 = (流动资产 − 存货) / 流动负债', inputs: { currentAssets, inventory, currentLiabilities }, unit: '' };
      }
      case 2: {
        const openingEquity = wan(500, 20000);
        const closingEquity = Math.round(openingEquity * rng.real(0.9, 1.3, 3));
        const netProfit = Math.round(openingEquity * rng.real(0.02, 0.25, 3));
        return { kind: 'roe', input: `某公司本年净利润 ${netProfit} 元，年初所有者权益 ${openingEquity} 元，年末所有者权益 ${closingEquity} 元。求净资产收益率 ROE（净利润 / 平均所有者权益 × 100%，平均 = (年初 + 年末) / 2；${PERCENT_ANSWER}）。`, exact: (netProfit / ((openingEquity + closingEquity) / 2)) * 100, formula: 'ROE = 净利润 / ((年初权益 + 年末权益)/2) × 100', inputs: { netProfit, openingEquity, closingEquity }, unit: '%' };
      }
      default: {
        const totalAssets = wan(1000, 50000);
        const totalLiabilities = Math.round(totalAssets * rng.real(0.2, 0.85, 3));
        return { kind: 'debt-to-asset', input: `某公司期末资产总额 ${totalAssets} 元，负债总额 ${totalLiabilities} 元。求资产负债率（负债总额 / 资产总额 × 100%；${PERCENT_ANSWER}）。`, exact: (totalLiabilities / totalAssets) * 100, formula: '资产负债率 = 负债总额 / 资产总额 × 100', inputs: { totalAssets, totalLiabilities }, unit: '%' };
      }
    }
  },
};

const depreciation: CalcCategory = {
  category: 'depreciation',
  count: 12,
  source: 'textbook topic: 会计学—固定资产折旧（直线法、双倍余额递减法、年数总和法）',
  make(rng, index): CalcDraft {
    const cost = rng.int(5, 500) * 1000;
    const salvage = Math.round(cost * rng.pick([0, 0.03, 0.04, 0.05, 0.1]));
    const life = rng.int(4, 10);
    const year = rng.int(1, life);
    const head = `某设备原值 ${cost} 元，预计净残值 ${salvage} 元，预计使用年限 ${life} 年`;
    const inputs = { cost, salvage, life, year };
    switch (index % 3) {
      case 0:
        return { kind: 'straight-line', input: `${head}，按年限平均法（直线法）计提折旧。求年折旧额（元）。`, exact: straightLine(cost, salvage, life), formula: '年折旧额 = (原值 − 净残值) / 年限', inputs: { cost, salvage, life }, unit: '元' };
      case 1:
        return { kind: 'double-declining', input: `${head}，按双倍余额递减法计提折旧（年折旧率 = 2 / 年限，按期初账面净值计提，不考虑净残值；最后两年改为将账面净值扣除净残值后平均摊销）。求第 ${year} 年的折旧额（元）。`, exact: doubleDeclining(cost, salvage, life, year), formula: '前 n−2 年：期初账面净值 × 2/n；最后两年：(账面净值 − 净残值) / 2', inputs, unit: '元' };
      default:
        return { kind: 'sum-of-years', input: `${head}，按年数总和法计提折旧。求第 ${year} 年的折旧额（元）。`, exact: sumOfYears(cost, salvage, life, year), formula: '第 k 年折旧 = (原值 − 净残值) × (n − k + 1) / (n(n+1)/2)', inputs, unit: '元' };
    }
  },
};

export const FINANCE_CALC_CATEGORIES: readonly CalcCategory[] = [equalInstalment, equalPrincipal, netPresentValue, internalRate, bondPricing, bondYieldCategory, bondDuration, incomeTax, valueAddedTax, compoundInterest, financialRatios, depreciation];

export const financeCalc: SuiteGenerator = {
  file: 'finance/finance-calc.jsonl',
  seed: 'pingce-finance-calc-v1',
  generate: (seed) => calcSamples(createRng(seed), 'fnc', FINANCE_CALC_CATEGORIES),
};
