import type { Rng } from './lib.js';
import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Culture-and-tourism calculations. Fares, ticket rules and refund rules are fixed
 * tables invented for these items and stated in full in every question, so the key
 * never depends on a real (and changing) price list.
 */

/** A scenic area's internal transport, in route order (invented). */
export const SEGMENTS = [
  { to: '古镇入口', mode: '观光车', minutes: 25, fare: 20 },
  { to: '索道下站', mode: '观光车', minutes: 15, fare: 10 },
  { to: '山顶观景台', mode: '索道', minutes: 12, fare: 80 },
  { to: '天池', mode: '步行栈道', minutes: 40, fare: 0 },
  { to: '游船码头', mode: '电瓶车', minutes: 10, fare: 15 },
  { to: '湖心岛', mode: '游船', minutes: 30, fare: 60 },
] as const;

const START = '游客中心';

export const FARE_TEXT = `示意交通表（为本题虚构）：${SEGMENTS.map((segment, index) => `${index === 0 ? START : SEGMENTS[index - 1]?.to}→${segment.to}，${segment.mode}，${segment.minutes} 分钟，${segment.fare} 元/人`).join('；')}。儿童（1.2 m–1.5 m）乘车船按成人票价半价，1.2 m 以下免费。`;

function stopName(index: number): string {
  return index === 0 ? START : SEGMENTS[index - 1]?.to ?? START;
}

function route(rng: Rng): { first: number; count: number } {
  const count = rng.int(2, 4);
  return { first: rng.int(0, SEGMENTS.length - count), count };
}

export const itineraryTime: CalcMaker = function itineraryTime(rng): Calc {
  const { first, count } = route(rng);
  const stays = Array.from({ length: count - 1 }, () => rng.int(2, 12) * 5);
  const ride = SEGMENTS.slice(first, first + count).reduce((sum, segment) => sum + segment.minutes, 0);
  const stops = stays.map((stay, index) => `在${stopName(first + index + 1)}停留 ${stay} 分钟`).join('，');
  return {
    kind: 'itinerary-time',
    category: 'itinerary-time',
    question: `${FARE_TEXT}游客从${stopName(first)}出发，沿上表线路依次前往${stopName(first + count)}，途中${stops}（不计候车时间）。从出发到抵达${stopName(first + count)}共需多少分钟？`,
    inputs: { first, count, stays },
    formula: 'Σ 所经路段用时 + Σ 停留时间',
    value: ride + stays.reduce((sum, stay) => sum + stay, 0),
    decimals: 0,
    unit: '分钟',
    mistakes: [ride, ride + stays.reduce((sum, stay) => sum + stay, 0) / 2],
  };
};

export const itineraryCost: CalcMaker = function itineraryCost(rng): Calc {
  const { first, count } = route(rng);
  const adults = rng.int(1, 12);
  const children = rng.int(1, 6);
  const infants = rng.int(0, 2);
  const fare = SEGMENTS.slice(first, first + count).reduce((sum, segment) => sum + segment.fare, 0);
  return {
    kind: 'itinerary-cost',
    category: 'itinerary-cost',
    question: `${FARE_TEXT}一行游客含成人 ${adults} 人、1.2 m–1.5 m 儿童 ${children} 人、1.2 m 以下儿童 ${infants} 人，从${stopName(first)}乘坐上表交通依次到达${stopName(first + count)}（单程）。全程交通费共多少元？`,
    inputs: { first, count, adults, children, infants },
    formula: 'Σ 路段票价 × (成人数 + 0.5 × 半价儿童数)',
    value: fare * (adults + 0.5 * children),
    decimals: 1,
    unit: '元',
    mistakes: [fare * (adults + children), fare * (adults + children + infants) * 0.5, fare * adults],
  };
};

/** Ticket rules (invented, stated in every question). */
export const TICKET_RULES = '门票规则（为本题虚构）：6 周岁以下儿童免票；6–18 周岁（含）未成年人、60–64 周岁老人购半价票；65 周岁及以上老人免票；其余购全价票。同一订单全价票达到 20 张及以上时，全价票按八折计算（半价票不再打折）。';

/** The price category of one visitor: 1 full, 0.5 half, 0 free. */
export function ticketShare(age: number): number {
  if (age < 6 || age >= 65) return 0;
  if (age <= 18 || age >= 60) return 0.5;
  return 1;
}

export const ticketPricing: CalcMaker = function ticketPricing(rng): Calc {
  const price = rng.int(12, 40) * 5;
  if (rng.next() < 0.5) {
    const ages = Array.from({ length: rng.int(4, 7) }, () => rng.pick([3, 5, 6, 9, 12, 15, 18, 19, 25, 34, 41, 48, 59, 60, 62, 64, 65, 70, 78]));
    const halves = ages.map(ticketShare).reduce((sum, share) => sum + share, 0);
    return {
      kind: 'ticket-family',
      category: 'ticket-pricing',
      question: `${TICKET_RULES}某景区全价票 ${price} 元。一个家庭同一订单购票，成员年龄分别为 ${ages.map((age) => `${age} 岁`).join('、')}（均按周岁计）。共需支付门票多少元？`,
      inputs: { price, ages },
      formula: 'price × Σ share(age)，share: 全价 1、半价 0.5、免票 0',
      value: price * halves,
      // A half-price ticket of an odd multiple of 5 ends in .5, so one decimal keeps every key exact.
      decimals: 1,
      unit: '元',
      mistakes: [price * ages.length, price * ages.filter((age) => age >= 6).length * 0.75],
    };
  }
  const full = rng.int(12, 40);
  const half = rng.int(0, 10);
  const free = rng.int(0, 6);
  const discount = full >= 20 ? 0.8 : 1;
  return {
    kind: 'ticket-group',
    category: 'ticket-pricing',
    question: `${TICKET_RULES}某景区全价票 ${price} 元。一个旅游团同一订单购票：应购全价票的成人 ${full} 人，符合半价条件的 ${half} 人，符合免票条件的 ${free} 人。共需支付门票多少元？`,
    inputs: { price, full, half, free },
    formula: 'price × (full × (full ≥ 20 ? 0.8 : 1) + 0.5 × half)',
    value: price * (full * discount + 0.5 * half),
    decimals: 1,
    unit: '元',
    mistakes: [price * (full + 0.5 * half) * (full >= 20 ? 0.8 : 0.9), price * (full + half + free) * discount, price * (full + 0.5 * half)],
  };
};

const ZONES = ['古街', '广场', '园林', '展馆', '滨水步道'] as const;

export const dailyCapacity: CalcMaker = function dailyCapacity(rng): Calc {
  const picked = rng.shuffle(ZONES).slice(0, rng.int(2, 3));
  const areas = picked.map(() => rng.int(20, 400) * 100);
  const perCapita = picked.map(() => rng.pick([2, 3, 5, 8, 10, 15, 20]));
  const hours = rng.pick([8, 9, 10, 11, 12]);
  const stay = rng.pick([1.5, 2, 2.5, 3, 3.5, 4]);
  const instant = areas.reduce((sum, area, index) => sum + area / (perCapita[index] ?? 1), 0);
  const zones = picked.map((zone, index) => `${zone}可游览面积 ${areas[index]} m²、人均空间 ${perCapita[index]} m²/人`).join('；');
  return {
    kind: 'daily-capacity',
    category: 'capacity',
    question: `某景区按面积法核定承载量：${zones}。瞬时承载量 = Σ(各区可游览面积 ÷ 人均空间)，日最大承载量 = 瞬时承载量 × 每日开放时间 ÷ 人均游览时间。景区每日开放 ${hours} 小时，人均游览时间 ${stay} 小时。日最大承载量是多少人次（中间结果不取整）？`,
    inputs: { areas, perCapita, hours, stay },
    formula: 'C = Σ(Aᵢ/aᵢ) × T / t，向下取整',
    value: (instant * hours) / stay,
    decimals: 0,
    unit: '人次',
    rounding: 'floor',
    mistakes: [instant, instant * hours],
  };
};

export const visitorFlow: CalcMaker = function visitorFlow(rng): Calc {
  if (rng.next() < 0.5) {
    const queue = rng.int(8, 60) * 100;
    const gates = rng.int(4, 16);
    const rate = rng.pick([6, 8, 10, 12, 15]);
    return { kind: 'gate-time', category: 'visitor-flow', question: `节假日早晨景区入口排队游客约 ${queue} 人，共开放 ${gates} 条闸机通道，每条通道平均每分钟通过 ${rate} 人。全部游客入园约需多少分钟？`, inputs: { queue, gates, rate }, formula: 't = Q / (n·r)', value: queue / (gates * rate), decimals: 1, unit: '分钟', mistakes: [queue / rate] };
  }
  const arrivals = rng.int(5, 60) * 100;
  const stay = rng.pick([1.5, 2, 2.5, 3, 3.5, 4, 4.5]);
  return { kind: 'in-park', category: 'visitor-flow', question: `某博物馆开放期间游客到达较平稳，平均每小时入馆 ${arrivals} 人，每位游客平均停留 ${stay} 小时。按利特尔法则（馆内平均人数 = 到达率 × 平均停留时间），馆内平均同时在馆人数约为多少人？`, inputs: { arrivals, stay }, formula: 'L = λ·W', value: arrivals * stay, decimals: 0, unit: '人', mistakes: [arrivals / stay, arrivals * (stay + 1)] };
};
