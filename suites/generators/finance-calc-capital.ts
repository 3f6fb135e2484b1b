import { round, type Rng } from './lib.js';
import { bondPrice, bondYield, equalPrincipalInterest, equalPrincipalPayment, irr, levelPayment, macaulayDuration, modifiedDuration, npv, signChanges } from './finance-formulas.js';
import type { CalcCategory, CalcDraft } from './healthcare-items.js';

/** Loan, discounting and bond items of finance-calc. Rates are drawn and stored as percentages. */

export const PERCENT_ANSWER = '以百分数的数值作答，例如 3.25 表示 3.25%';

/** A percentage on a 0.05 grid, e.g. 4.35: the kind of rate a loan contract states. */
export function percentOnGrid(rng: Rng, low: number, high: number): number {
  return round(rng.int(Math.round(low / 0.05), Math.round(high / 0.05)) * 0.05, 2);
}

function loanTerms(rng: Rng): { principal: number; annualRatePercent: number; years: number; months: number; text: string } {
  const principal = rng.int(10, 300) * 10000;
  const annualRatePercent = percentOnGrid(rng, 2.5, 6.5);
  const years = rng.pick([5, 10, 15, 20, 25, 30]);
  const months = years * 12;
  return { principal, annualRatePercent, years, months, text: `贷款本金 ${principal} 元，年利率 ${annualRatePercent}%，期限 ${years} 年（${months} 个月），按月还款，月利率 = 年利率 / 12` };
}

export const equalInstalment: CalcCategory = {
  category: 'equal-instalment',
  count: 12,
  source: 'formula: 等额本息 annuity payment (original calculation)',
  make(rng, index): CalcDraft {
    const loan = loanTerms(rng);
    const payment = levelPayment(loan.principal, loan.annualRatePercent / 100, loan.months);
    const inputs = { principal: loan.principal, annualRatePercent: loan.annualRatePercent, months: loan.months };
    const formula = 'M = P·i·(1+i)^n / ((1+i)^n − 1)，i = 年利率/12';
    if (index % 2 === 0) return { kind: 'level-payment', input: `${loan.text}，采用等额本息方式。求每月还款额（元）。`, exact: payment, formula, inputs, unit: '元' };
    return { kind: 'level-total-interest', input: `${loan.text}，采用等额本息方式。求整个还款期的利息总额（元；用未取整的月供计算，利息总额 = 月供 × 月数 − 本金）。`, exact: payment * loan.months - loan.principal, formula: `${formula}；利息总额 = M·n − P`, inputs, unit: '元' };
  },
};

export const equalPrincipal: CalcCategory = {
  category: 'equal-principal',
  count: 12,
  source: 'formula: 等额本金 payments (original calculation)',
  make(rng, index): CalcDraft {
    const loan = loanTerms(rng);
    const rate = loan.annualRatePercent / 100;
    const inputs = { principal: loan.principal, annualRatePercent: loan.annualRatePercent, months: loan.months };
    const formula = '第 k 月还款 = P/n + (P − (k−1)·P/n)·i，i = 年利率/12';
    const head = `${loan.text}，采用等额本金方式`;
    switch (index % 3) {
      case 0:
        return { kind: 'first-payment', input: `${head}。求第 1 个月的还款额（元）。`, exact: equalPrincipalPayment(loan.principal, rate, loan.months, 1), formula, inputs: { ...inputs, month: 1 }, unit: '元' };
      case 1: {
        const month = rng.int(2, loan.months);
        return { kind: 'month-payment', input: `${head}。求第 ${month} 个月的还款额（元）。`, exact: equalPrincipalPayment(loan.principal, rate, loan.months, month), formula, inputs: { ...inputs, month }, unit: '元' };
      }
      default:
        return { kind: 'principal-total-interest', input: `${head}。求整个还款期的利息总额（元）。`, exact: equalPrincipalInterest(loan.principal, rate, loan.months), formula: '利息总额 = P·i·(n+1)/2', inputs, unit: '元' };
    }
  },
};

/** A conventional project: one outlay, then inflows. One sign change, so its IRR is unique. */
function projectFlows(rng: Rng): number[] {
  const outlay = rng.int(10, 500) * 1000;
  const years = rng.int(3, 6);
  return [-outlay, ...Array.from({ length: years }, () => Math.round((outlay * rng.real(0.12, 0.55, 3)) / 100) * 100)];
}

export function flowsText(flows: readonly number[]): string {
  const inflows = flows.slice(1);
  return `期初（第 0 年）投资 ${-(flows[0] ?? 0)} 元，第 1～${inflows.length} 年年末的净现金流入依次为 ${inflows.join('、')} 元`;
}

export const netPresentValue: CalcCategory = {
  category: 'npv',
  count: 12,
  source: 'formula: NPV = Σ CF_t / (1+r)^t (original calculation)',
  make(rng): CalcDraft {
    const flows = projectFlows(rng);
    const ratePercent = rng.int(4, 14);
    return { kind: 'npv', input: `某项目${flowsText(flows)}，折现率为 ${ratePercent}%。求该项目的净现值 NPV（元；可能为负数）。`, exact: npv(ratePercent / 100, flows), formula: 'NPV = Σ_{t=0}^{n} CF_t / (1+r)^t', inputs: { ratePercent, cashFlows: flows.join(',') }, unit: '元' };
  },
};

export const internalRate: CalcCategory = {
  category: 'irr',
  count: 12,
  source: 'formula: IRR solves NPV = 0; unique by Descartes\' rule (one sign change); solved by bisection',
  make(rng): CalcDraft | undefined {
    const flows = projectFlows(rng);
    if (signChanges(flows) !== 1) return undefined;
    const value = irr(flows) * 100;
    if (value < 2 || value > 35) return undefined;
    return { kind: 'irr', input: `某项目${flowsText(flows)}。求该项目的内部收益率 IRR（${PERCENT_ANSWER}）。`, exact: value, formula: 'NPV(IRR) = Σ CF_t / (1+IRR)^t = 0（单一符号变化，解唯一）', inputs: { cashFlows: flows.join(',') }, unit: '%' };
  },
};

export const bondPricing: CalcCategory = {
  category: 'bond-price',
  count: 12,
  source: 'formula: bond price = PV of coupons + PV of face (original calculation)',
  make(rng, index): CalcDraft | undefined {
    const face = rng.pick([100, 1000]);
    const couponPercent = rng.int(4, 16) / 2;
    const ytmPercent = percentOnGrid(rng, 1.5, 9);
    const years = rng.int(2, 10);
    const frequency = index % 3 === 2 ? 2 : 1;
    if (Math.abs(couponPercent - ytmPercent) < 0.2) return undefined;
    const schedule = frequency === 1 ? '每年付息一次' : '每半年付息一次（每期票息 = 面值 × 票面年利率 / 2，每期折现率 = 到期收益率 / 2）';
    return { kind: frequency === 1 ? 'price-annual' : 'price-semiannual', input: `面值 ${face} 元的债券，票面年利率 ${couponPercent}%，${schedule}，剩余期限 ${years} 年，到期还本，刚付完一期利息。若年化到期收益率为 ${ytmPercent}%，求其理论价格（元）。`, exact: bondPrice(face, couponPercent / 100, ytmPercent / 100, years, frequency), formula: 'P = Σ_{t=1}^{mN} (F·c/m) / (1+y/m)^t + F / (1+y/m)^{mN}', inputs: { face, couponPercent, ytmPercent, years, frequency }, unit: '元' };
  },
};

export const bondYieldCategory: CalcCategory = {
  category: 'bond-yield',
  count: 12,
  source: 'formula: YTM solves price = PV(cash flows); price strictly falls in the yield, so the root is unique; solved by bisection',
  make(rng): CalcDraft | undefined {
    const couponPercent = rng.int(4, 16) / 2;
    const years = rng.int(2, 10);
    const price = round(bondPrice(100, couponPercent / 100, rng.real(0.015, 0.09, 4), years, 1), 2);
    const value = bondYield(100, couponPercent / 100, price, years) * 100;
    return { kind: 'ytm-annual', input: `面值 100 元、票面年利率 ${couponPercent}%、每年付息一次、剩余期限 ${years} 年的债券，刚付完一期利息，当前价格为 ${price} 元。求其到期收益率 YTM（${PERCENT_ANSWER}）。`, exact: value, formula: 'P = Σ_{t=1}^{N} 100·c / (1+y)^t + 100 / (1+y)^N，解 y', inputs: { face: 100, couponPercent, years, price }, unit: '%' };
  },
};

export const bondDuration: CalcCategory = {
  category: 'bond-duration',
  count: 12,
  source: 'formula: Macaulay duration and modified duration = D_mac / (1 + y), annual coupons',
  make(rng, index): CalcDraft {
    const couponPercent = rng.int(2, 16) / 2;
    const ytmPercent = percentOnGrid(rng, 1.5, 9);
    const years = rng.int(2, 10);
    const head = `面值 100 元、票面年利率 ${couponPercent}%、每年付息一次、剩余期限 ${years} 年的债券，到期收益率为 ${ytmPercent}%`;
    const inputs = { face: 100, couponPercent, ytmPercent, years };
    const macaulay = 'D = Σ t·PV(CF_t) / P';
    if (index % 2 === 0) return { kind: 'macaulay', input: `${head}。求其麦考利久期（年）。`, exact: macaulayDuration(100, couponPercent / 100, ytmPercent / 100, years), formula: macaulay, inputs, unit: '年' };
    return { kind: 'modified', input: `${head}。求其修正久期（修正久期 = 麦考利久期 / (1 + 到期收益率)）。`, exact: modifiedDuration(100, couponPercent / 100, ytmPercent / 100, years), formula: `${macaulay}；D_mod = D / (1 + y)`, inputs, unit: '年' };
  },
};
