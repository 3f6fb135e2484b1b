/**
 * Financial formulas and fixed rule tables behind the finance suites. Every target is
 * computed from these; the tests recompute them with their own implementation. Rates
 * are decimals here (0.049), percentages only in prompts.
 */

/** 等额本息: the level monthly payment of a loan. */
export function levelPayment(principal: number, annualRate: number, months: number): number {
  const rate = annualRate / 12;
  return (principal * rate) / (1 - (1 + rate) ** -months);
}

/** 等额本金: the payment of month `month` (1-based): equal principal plus interest on the balance. */
export function equalPrincipalPayment(principal: number, annualRate: number, months: number, month: number): number {
  const part = principal / months;
  return part + (principal - part * (month - 1)) * (annualRate / 12);
}

/** 等额本金 total interest: the balances form an arithmetic series, so interest = P·r·(n+1)/2. */
export function equalPrincipalInterest(principal: number, annualRate: number, months: number): number {
  return (principal * (annualRate / 12) * (months + 1)) / 2;
}

/** Net present value of flows at t = 0, 1, 2, … */
export function npv(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, t) => sum + flow / (1 + rate) ** t, 0);
}

/** Sign changes in a cash-flow series: with exactly one, the IRR above −100% is unique (Descartes' rule of signs). */
export function signChanges(flows: readonly number[]): number {
  const signs = flows.filter((flow) => flow !== 0).map(Math.sign);
  return signs.slice(1).filter((sign, index) => sign !== signs[index]).length;
}

/**
 * Bisection for a root of a function that is continuous and changes sign once on [low, high].
 * Callers guarantee that (one sign change in the flows; price strictly falling in yield).
 */
export function bisect(f: (x: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  const fa = f(a);
  if (Math.sign(fa) === Math.sign(f(b))) throw new Error('bisect: no sign change on the interval');
  for (let step = 0; step < 200; step += 1) {
    const mid = (a + b) / 2;
    if (Math.sign(f(mid)) === Math.sign(fa)) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

export function irr(flows: readonly number[]): number {
  if (signChanges(flows) !== 1) throw new Error('irr: flows must change sign exactly once');
  return bisect((rate) => npv(rate, flows), -0.99, 10);
}

/** Price of a bond with `years` to maturity and `frequency` coupons a year, at yield `ytm` (per-period rate ytm/frequency). */
export function bondPrice(face: number, couponRate: number, ytm: number, years: number, frequency: number): number {
  const periods = years * frequency;
  const rate = ytm / frequency;
  const coupon = (face * couponRate) / frequency;
  let price = face / (1 + rate) ** periods;
  for (let t = 1; t <= periods; t += 1) price += coupon / (1 + rate) ** t;
  return price;
}

/** Yield to maturity of an annual-coupon bond: the price falls strictly in the yield, so the root is unique. */
export function bondYield(face: number, couponRate: number, price: number, years: number): number {
  return bisect((ytm) => bondPrice(face, couponRate, ytm, years, 1) - price, -0.5, 1);
}

/** Macaulay duration in years of an annual-coupon bond. */
export function macaulayDuration(face: number, couponRate: number, ytm: number, years: number): number {
  let weighted = 0;
  for (let t = 1; t <= years; t += 1) weighted += (t * (face * couponRate + (t === years ? face : 0))) / (1 + ytm) ** t;
  return weighted / bondPrice(face, couponRate, ytm, years, 1);
}

export function modifiedDuration(face: number, couponRate: number, ytm: number, years: number): number {
  return macaulayDuration(face, couponRate, ytm, years) / (1 + ytm);
}

/**
 * China individual income tax, comprehensive income of a resident, annual table
 * (个人所得税法 2018 年修正, in force 2019-01-01): upper bound of taxable income, rate,
 * quick deduction. Basic deduction 60 000 yuan a year.
 */
export const IIT_RULE_VERSION = 'law: 《中华人民共和国个人所得税法》（2018 年修正，2019-01-01 起施行）综合所得年度税率表';
export const IIT_BASIC_DEDUCTION = 60000;
export const IIT_BRACKETS: readonly { readonly upTo: number; readonly rate: number; readonly quick: number }[] = [
  { upTo: 36000, rate: 0.03, quick: 0 },
  { upTo: 144000, rate: 0.1, quick: 2520 },
  { upTo: 300000, rate: 0.2, quick: 16920 },
  { upTo: 420000, rate: 0.25, quick: 31920 },
  { upTo: 660000, rate: 0.3, quick: 52920 },
  { upTo: 960000, rate: 0.35, quick: 85920 },
  { upTo: Infinity, rate: 0.45, quick: 181920 },
];

export function iitBracket(taxable: number): { readonly upTo: number; readonly rate: number; readonly quick: number } {
  const bracket = IIT_BRACKETS.find((candidate) => taxable <= candidate.upTo);
  if (!bracket) throw new Error(`no bracket for ${taxable}`);
  return bracket;
}

export function iitTax(taxable: number): number {
  if (taxable <= 0) return 0;
  const bracket = iitBracket(taxable);
  return taxable * bracket.rate - bracket.quick;
}

/** VAT rates of general taxpayers after 财政部 税务总局 海关总署公告2019年第39号 (from 2019-04-01). */
export const VAT_RULE_VERSION = 'regulation: 财政部 税务总局 海关总署公告2019年第39号（2019-04-01 起，一般纳税人税率 13%/9%/6%）';

export function futureValue(principal: number, annualRate: number, perYear: number, years: number): number {
  return principal * (1 + annualRate / perYear) ** (perYear * years);
}

export function effectiveAnnualRate(nominal: number, perYear: number): number {
  return (1 + nominal / perYear) ** perYear - 1;
}

export function straightLine(cost: number, salvage: number, life: number): number {
  return (cost - salvage) / life;
}

/**
 * Double-declining balance, Chinese practice: 2/n of the opening book value (salvage
 * ignored) until the last two years, which split what is left above salvage evenly.
 */
export function doubleDeclining(cost: number, salvage: number, life: number, year: number): number {
  let book = cost;
  for (let y = 1; y <= life - 2; y += 1) {
    const charge = (book * 2) / life;
    if (y === year) return charge;
    book -= charge;
  }
  return (book - salvage) / 2;
}

/** 年数总和法: (cost − salvage) × remaining life / sum of years' digits. */
export function sumOfYears(cost: number, salvage: number, life: number, year: number): number {
  return ((cost - salvage) * (life - year + 1)) / ((life * (life + 1)) / 2);
}
