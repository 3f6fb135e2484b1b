import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Travel-money calculations: currency conversion at a rate given in the question,
 * cancellation refunds under a fixed rule table, and a small trip budget.
 */

/** Typical magnitudes only; each question states its own rate, drawn around these. */
const CURRENCIES = [
  { name: '美元', unit: 1, base: 7.1 },
  { name: '欧元', unit: 1, base: 7.8 },
  { name: '英镑', unit: 1, base: 9.1 },
  { name: '港币', unit: 1, base: 0.91 },
  { name: '日元', unit: 100, base: 4.8 },
  { name: '泰铢', unit: 1, base: 0.2 },
  { name: '韩元', unit: 1000, base: 5.2 },
] as const;

export const currency: CalcMaker = function currency(rng): Calc {
  const money = rng.pick(CURRENCIES);
  const rate = rng.real(money.base * 0.95, money.base * 1.05, 4);
  const quote = `汇率按 ${money.unit} ${money.name} = ${rate} 元人民币计算（题目给定，仅用于本题）`;
  const variant = rng.int(0, 2);
  if (variant === 0) {
    const amount = rng.int(5, 800) * (money.unit === 1 ? 10 : money.unit * 10);
    return { kind: 'currency-to-cny', category: 'currency', question: `一位游客在境外消费 ${amount} ${money.name}，${quote}。折合人民币多少元？`, inputs: { amount, rate, unit: money.unit }, formula: 'CNY = amount / unit × rate', value: (amount / money.unit) * rate, decimals: 2, unit: '元', mistakes: [amount * rate, (amount / money.unit) / rate] };
  }
  const cny = rng.int(10, 500) * 100;
  if (variant === 1) {
    return { kind: 'cny-to-currency', category: 'currency', question: `一位游客用 ${cny} 元人民币兑换${money.name}，${quote}，不计手续费。可兑换多少${money.name}？`, inputs: { cny, rate, unit: money.unit }, formula: 'foreign = CNY / rate × unit', value: (cny / rate) * money.unit, decimals: 2, unit: money.name, mistakes: [cny * rate, cny / rate] };
  }
  const fee = rng.pick([0.5, 1, 1.5, 2]);
  const amount = rng.int(5, 300) * (money.unit === 1 ? 10 : money.unit * 10);
  const base = (amount / money.unit) * rate;
  return { kind: 'currency-with-fee', category: 'currency', question: `一位游客需要兑换 ${amount} ${money.name}，${quote}，银行另按兑换所需人民币金额的 ${fee}% 收取手续费。共需支付人民币多少元？`, inputs: { amount, rate, unit: money.unit, fee }, formula: 'CNY = amount / unit × rate × (1 + fee%)', value: base * (1 + fee / 100), decimals: 2, unit: '元', mistakes: [base, base * (1 - fee / 100)] };
};

/** Cancellation rule (invented): days before departure → share of the total withheld. */
export const REFUND_TIERS = [
  { minDays: 7, withheld: 0 },
  { minDays: 4, withheld: 0.2 },
  { minDays: 1, withheld: 0.4 },
  { minDays: 0, withheld: 0.6 },
] as const;

export const REFUND_TEXT = '退团规则（为本题虚构）：出发前 7 日及以上取消，全额退还团费；出发前 4–6 日取消，扣除团费总额的 20%；出发前 1–3 日取消，扣除 40%；出发当日取消，扣除 60%，其余退还。';

export function withheldShare(days: number): number {
  return REFUND_TIERS.find((tier) => days >= tier.minDays)?.withheld ?? 0.6;
}

export const refundFee: CalcMaker = function refundFee(rng): Calc {
  const price = rng.int(80, 900) * 10 + rng.pick([0, 0, 5, 8]);
  const persons = rng.int(1, 6);
  const days = rng.int(0, 9);
  const withheld = withheldShare(days);
  const total = price * persons;
  const askRefund = rng.next() < 0.6;
  const when = days === 0 ? '出发当日' : `出发前 ${days} 日`;
  // The neighbouring tier is the usual slip (e.g. reading 4–6 日 as 1–3 日).
  const other = withheldShare(days + 3) === withheld ? withheldShare(Math.max(0, days - 3)) : withheldShare(days + 3);
  return {
    kind: askRefund ? 'refund-amount' : 'refund-penalty',
    category: 'refund-fee',
    question: `${REFUND_TEXT}一位游客为 ${persons} 人报名某跟团游，团费 ${price} 元/人，已全额支付，于${when}申请取消全部名额。按上述规则，${askRefund ? '应退还多少元' : '应扣除多少元'}？`,
    inputs: { price, persons, days, withheld },
    formula: askRefund ? 'refund = price × persons × (1 − withheld(days))' : 'penalty = price × persons × withheld(days)',
    value: askRefund ? total * (1 - withheld) : total * withheld,
    decimals: 2,
    unit: '元',
    mistakes: askRefund ? [total * (1 - other), total * withheld] : [total * other, total * (1 - withheld)],
  };
};

export const tourBudget: CalcMaker = function tourBudget(rng): Calc {
  const persons = rng.int(2, 9);
  const nights = rng.int(1, 5);
  const room = rng.int(20, 80) * 10;
  const meals = rng.int(6, 20) * 10;
  const ticket = rng.int(0, 30) * 10;
  const rooms = Math.ceil(persons / 2);
  const value = rooms * nights * room + persons * (nights + 1) * meals + persons * ticket;
  return {
    kind: 'tour-budget',
    category: 'tour-budget',
    question: `${persons} 位游客自由行 ${nights + 1} 天 ${nights} 晚：住双人间（每间最多住 2 人，按所需最少间数订房），房价 ${room} 元/间·晚；餐费按 ${meals} 元/人·天计 ${nights + 1} 天；景点门票合计 ${ticket} 元/人。总预算是多少元？`,
    inputs: { persons, nights, room, meals, ticket },
    formula: 'ceil(n/2)·nights·room + n·(nights + 1)·meals + n·ticket',
    value,
    decimals: 0,
    unit: '元',
    mistakes: [(persons / 2) * nights * room + persons * (nights + 1) * meals + persons * ticket, rooms * nights * room + persons * nights * meals + persons * ticket],
  };
};
