import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSuite } from '../../../suites/loader.js';
import { builtinSuitesDir } from '../../../suites/resolve.js';
import type { Sample } from '../../../suites/types.js';
import { collect } from '../helpers.js';
import { inputsOf, n, type Inputs } from './inputs.js';

// A second, independent implementation of the finance formulas (other algebraic forms,
// schedules instead of closed forms, Newton instead of bisection, tax by slices instead of
// quick deductions); nothing is imported from the generator. A wrong key fails here.

const flowsOf = (text: unknown): number[] => String(text).split(',').map(Number);
const pv = (rate: number, flows: readonly number[]) => flows.reduce((sum, flow, t) => sum + flow * (1 + rate) ** -t, 0);

/** Level payment as principal over the sum of discount factors. */
function levelPayment(principal: number, annualPercent: number, months: number): number {
  const i = annualPercent / 1200;
  let factors = 0;
  for (let t = 1; t <= months; t += 1) factors += (1 + i) ** -t;
  return principal / factors;
}

/** 等额本金 schedule: payment of each month. */
function principalSchedule(principal: number, annualPercent: number, months: number): number[] {
  const part = principal / months;
  return Array.from({ length: months }, (_, k) => part + (principal - part * k) * (annualPercent / 1200));
}

/** Newton's method on NPV; with one sign change in the flows the root is the unique IRR. */
function irr(flows: readonly number[]): number {
  let rate = 0.1;
  for (let step = 0; step < 100; step += 1) {
    const slope = flows.reduce((sum, flow, t) => sum - t * flow * (1 + rate) ** (-t - 1), 0);
    rate -= pv(rate, flows) / slope;
  }
  return rate;
}

function signChanges(flows: readonly number[]): number {
  let changes = 0;
  for (let t = 1; t < flows.length; t += 1) if (Math.sign(flows[t] ?? 0) !== Math.sign(flows[t - 1] ?? 0)) changes += 1;
  return changes;
}

/** Closed-form price: annuity of coupons plus discounted face. */
function price(face: number, couponPercent: number, ytmPercent: number, years: number, perYear = 1): number {
  const r = ytmPercent / 100 / perYear;
  const periods = years * perYear;
  return ((face * couponPercent) / 100 / perYear) * ((1 - (1 + r) ** -periods) / r) + face * (1 + r) ** -periods;
}

/** Modified duration as the numerical derivative −P′/P; Macaulay = modified × (1 + y). */
function modified(i: Inputs): number {
  const at = (ytm: number) => price(100, n(i, 'couponPercent'), ytm, n(i, 'years'));
  const h = 1e-5;
  return -((at(n(i, 'ytmPercent') + h) - at(n(i, 'ytmPercent') - h)) / (2 * h / 100)) / at(n(i, 'ytmPercent'));
}

function ytm(i: Inputs): number {
  let y = 5;
  for (let step = 0; step < 100; step += 1) {
    const f = price(100, n(i, 'couponPercent'), y, n(i, 'years')) - n(i, 'price');
    const slope = (price(100, n(i, 'couponPercent'), y + 1e-6, n(i, 'years')) - price(100, n(i, 'couponPercent'), y - 1e-6, n(i, 'years'))) / 2e-6;
    y -= f / slope;
  }
  return y;
}

/** Annual comprehensive-income tax summed slice by slice over the statutory brackets. */
const SLICES: [number, number][] = [[36000, 3], [144000, 10], [300000, 20], [420000, 25], [660000, 30], [960000, 35], [Infinity, 45]];
function taxBySlices(taxable: number): number {
  let tax = 0;
  let lower = 0;
  for (const [upper, percent] of SLICES) {
    if (taxable > lower) tax += ((Math.min(taxable, upper) - lower) * percent) / 100;
    lower = upper;
  }
  return tax;
}
const taxableOf = (i: Inputs) => n(i, 'wages') - 60000 - n(i, 'special') - n(i, 'additional');
const marginalPercent = (taxable: number) => (SLICES.find(([upper]) => taxable <= upper) ?? [0, 45])[1];

function depreciationSchedule(i: Inputs, kind: string): number[] {
  const [cost, salvage, life] = [n(i, 'cost'), n(i, 'salvage'), n(i, 'life')];
  if (kind === 'sum-of-years') return Array.from({ length: life }, (_, k) => ((cost - salvage) * (life - k)) / ((life * (life + 1)) / 2));
  // Double-declining, Chinese practice: 2/n of book value, then the rest above salvage over the last two years.
  const out: number[] = [];
  let book = cost;
  for (let year = 1; year <= life - 2; year += 1) {
    out.push(book * (2 / life));
    book -= book * (2 / life);
  }
  return [...out, (book - salvage) / 2, (book - salvage) / 2];
}

const FORMULAS: Record<string, (i: Inputs) => number> = {
  'level-payment': (i) => levelPayment(n(i, 'principal'), n(i, 'annualRatePercent'), n(i, 'months')),
  'level-total-interest': (i) => levelPayment(n(i, 'principal'), n(i, 'annualRatePercent'), n(i, 'months')) * n(i, 'months') - n(i, 'principal'),
  'first-payment': (i) => principalSchedule(n(i, 'principal'), n(i, 'annualRatePercent'), n(i, 'months'))[0] ?? NaN,
  'month-payment': (i) => principalSchedule(n(i, 'principal'), n(i, 'annualRatePercent'), n(i, 'months'))[n(i, 'month') - 1] ?? NaN,
  'principal-total-interest': (i) => principalSchedule(n(i, 'principal'), n(i, 'annualRatePercent'), n(i, 'months')).reduce((sum, pay) => sum + pay, 0) - n(i, 'principal'),
  npv: (i) => pv(n(i, 'ratePercent') / 100, flowsOf(i['cashFlows'])),
  irr: (i) => irr(flowsOf(i['cashFlows'])) * 100,
  'price-annual': (i) => price(n(i, 'face'), n(i, 'couponPercent'), n(i, 'ytmPercent'), n(i, 'years')),
  'price-semiannual': (i) => price(n(i, 'face'), n(i, 'couponPercent'), n(i, 'ytmPercent'), n(i, 'years'), 2),
  'ytm-annual': (i) => ytm(i),
  macaulay: (i) => modified(i) * (1 + n(i, 'ytmPercent') / 100),
  modified: (i) => modified(i),
  'annual-tax': (i) => taxBySlices(taxableOf(i)),
  'take-home': (i) => n(i, 'wages') - n(i, 'special') - taxBySlices(taxableOf(i)),
  'output-from-gross': (i) => n(i, 'gross') - n(i, 'gross') / (1 + n(i, 'ratePercent') / 100),
  'gross-from-net': (i) => n(i, 'net') + (n(i, 'net') * n(i, 'ratePercent')) / 100,
  payable: (i) => (n(i, 'net') * n(i, 'ratePercent')) / 100 - n(i, 'inputTax'),
  'future-value': (i) => n(i, 'amount') * Math.exp(n(i, 'perYear') * n(i, 'years') * Math.log1p(n(i, 'ratePercent') / 100 / n(i, 'perYear'))),
  'present-value': (i) => n(i, 'amount') * Math.exp(-n(i, 'perYear') * n(i, 'years') * Math.log1p(n(i, 'ratePercent') / 100 / n(i, 'perYear'))),
  'effective-rate': (i) => Math.expm1(n(i, 'perYear') * Math.log1p(n(i, 'ratePercent') / 100 / n(i, 'perYear'))) * 100,
  'current-ratio': (i) => n(i, 'currentAssets') / n(i, 'currentLiabilities'),
  'quick-ratio': (i) => (n(i, 'currentAssets') - n(i, 'inventory')) / n(i, 'currentLiabilities'),
  roe: (i) => (200 * n(i, 'netProfit')) / (n(i, 'openingEquity') + n(i, 'closingEquity')),
  'debt-to-asset': (i) => (100 * n(i, 'totalLiabilities')) / n(i, 'totalAssets'),
  'straight-line': (i) => (n(i, 'cost') - n(i, 'salvage')) / n(i, 'life'),
  'double-declining': (i) => depreciationSchedule(i, 'double-declining')[n(i, 'year') - 1] ?? NaN,
  'sum-of-years': (i) => depreciationSchedule(i, 'sum-of-years')[n(i, 'year') - 1] ?? NaN,
};

const round2 = (value: number) => Math.sign(value) * (Math.round(Math.abs(value) * 100) / 100);
let calc: Sample[] = [];
let mcq: Sample[] = [];
let explain: Sample[] = [];

beforeAll(async () => {
  const load = async (name: string) => collect(await loadSuite(join(builtinSuitesDir, 'finance', `${name}.yaml`)));
  [calc, mcq, explain] = await Promise.all([load('finance-calc'), load('finance-mcq'), load('finance-explain')]);
});

describe('finance-calc', () => {
  it('every target equals the independently recomputed value rounded to 2 decimals, clear of rounding boundaries', () => {
    expect(calc).toHaveLength(144);
    for (const sample of calc) {
      const formula = FORMULAS[String(sample.metadata?.['kind'])];
      if (!formula) throw new Error(`${sample.id}: no recomputation for ${String(sample.metadata?.['kind'])}`);
      const exact = formula(inputsOf(sample));
      expect(sample.target, sample.id).toBe(round2(exact));
      expect(sample.metadata?.['exact'] as number, sample.id).toBeCloseTo(exact, 4);
      const scaled = Math.abs(exact) * 100;
      expect(Math.abs(scaled - Math.floor(scaled) - 0.5), sample.id).toBeGreaterThan(0.1);
    }
  });

  it('asks for IRRs only of flows with one sign change, so each IRR is unique', () => {
    for (const sample of calc.filter((candidate) => candidate.category === 'irr')) {
      const flows = flowsOf(inputsOf(sample)['cashFlows']);
      expect(signChanges(flows), sample.id).toBe(1);
      expect(Math.abs(pv(Number(sample.metadata?.['exact']) / 100, flows)), sample.id).toBeLessThan(1);
    }
  });

  it('states the rule version of every tax item', () => {
    for (const sample of calc.filter((candidate) => ['individual-income-tax', 'vat'].includes(candidate.category ?? ''))) {
      expect(sample.metadata?.['source'], sample.id).toMatch(/2018 年修正|2019年第39号/);
    }
  });
});

describe('finance-mcq computed items', () => {
  const keyed = (sample: Sample) => sample.choices?.['ABCD'.indexOf(String(sample.target))] ?? '';

  it('each key points at the option the recomputed value selects', () => {
    const computed = mcq.filter((sample) => 'inputs' in (sample.metadata ?? {}));
    expect(computed).toHaveLength(32);
    for (const sample of computed) {
      const i = inputsOf(sample);
      switch (sample.metadata?.['kind']) {
        case 'marginal-rate':
          expect(keyed(sample), sample.id).toBe(`${marginalPercent(taxableOf(i))}%`);
          for (const [upper] of SLICES.slice(0, -1)) expect(Math.abs(taxableOf(i) - upper), sample.id).toBeGreaterThanOrEqual(3000);
          break;
        case 'interest-saved': {
          const level = FORMULAS['level-total-interest']?.(i) ?? NaN;
          const value = level - (FORMULAS['principal-total-interest']?.(i) ?? NaN);
          expect(keyed(sample), sample.id).toBe(`${round2(value).toFixed(2)} 元`);
          break;
        }
        case 'max-npv': {
          const values = (i['cashFlows'] as unknown as string[]).map((flows) => pv(n(i, 'ratePercent') / 100, flowsOf(flows)));
          const best = values.indexOf(Math.max(...values));
          expect(sample.target, sample.id).toBe('ABCD'[best]);
          expect(keyed(sample), sample.id).toBe(['项目甲', '项目乙', '项目丙', '项目丁'][best]);
          break;
        }
        case 'bond-price':
          expect(keyed(sample), sample.id).toBe(`${round2(price(100, n(i, 'couponPercent'), n(i, 'ytmPercent'), n(i, 'years'))).toFixed(2)} 元`);
          break;
        default:
          throw new Error(`${sample.id}: unknown kind`);
      }
    }
  });
});

describe('finance-explain key facts', () => {
  const short = (value: number) => String(round2(value));

  it('are the recomputed figures and conclusions', () => {
    for (const sample of explain) {
      const i = inputsOf(sample);
      const facts = sample.target as string[];
      switch (sample.metadata?.['kind']) {
        case 'loan-methods':
          expect(facts, sample.id).toEqual([short(FORMULAS['level-payment']?.(i) ?? NaN), short(FORMULAS['first-payment']?.(i) ?? NaN)]);
          break;
        case 'income-tax':
          expect(facts, sample.id).toEqual([String(taxableOf(i)), `${marginalPercent(taxableOf(i))}%`, short(taxBySlices(taxableOf(i)))]);
          break;
        case 'npv-decision': {
          const value = pv(n(i, 'ratePercent') / 100, flowsOf(i['cashFlows']));
          expect(facts, sample.id).toEqual([short(Math.abs(value)), value > 0 ? '建议投资' : '建议放弃']);
          break;
        }
        case 'bond-premium': {
          const value = price(100, n(i, 'couponPercent'), n(i, 'ytmPercent'), n(i, 'years'));
          expect(facts, sample.id).toEqual([short(value), value > 100 ? '溢价' : '折价']);
          break;
        }
        default:
          throw new Error(`${sample.id}: unknown kind`);
      }
    }
  });
});
