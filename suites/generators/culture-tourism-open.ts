import type { Sample } from '../types.js';
import { dailyCapacity, itineraryTime, ticketPricing, ticketShare } from './culture-tourism-calcs.js';
import { currency, refundFee, withheldShare } from './culture-tourism-money.js';
import { fixed, inputOf, onlyKind, type OpenScenario, openItems } from './manufacturing-kit.js';

/**
 * Open-ended culture-and-tourism items: a notice, message or reply built on one
 * calculation, whose computed value is the required fact.
 */

const SHARE_NAMES: Readonly<Record<number, string>> = { 0: '免票', 0.5: '半价票', 1: '全价票' };

const SCENARIOS: readonly OpenScenario[] = [
  {
    category: 'capacity-notice',
    make: dailyCapacity,
    task: '以景区管理处的名义写一则 150 字左右的游客公告：说明日最大承载量，以及达到上限时的限流和预约安排。',
    reference: (calc, fact) => `经核定，本景区日最大承载量为 ${fact} 人次（每日开放 ${inputOf(calc, 'hours')} 小时，人均游览 ${inputOf(calc, 'stay')} 小时）。景区实行实名分时预约，当日预约或入园人数达到上限时停止预约和售票，请游客错峰出行、服从现场疏导。`,
  },
  {
    category: 'family-ticket-message',
    make: onlyKind('ticket-family', ticketPricing),
    task: '写一段 100 字左右发给家人的微信留言：说明每位成员适用的票种和门票总价。',
    reference: (calc, fact) => {
      const ages = calc.inputs['ages'];
      const list = Array.isArray(ages) ? ages.map((age: number) => `${age} 岁${SHARE_NAMES[ticketShare(age)] ?? ''}`).join('、') : '';
      return `全价票 ${inputOf(calc, 'price')} 元：${list}，门票合计 ${fact} 元。`;
    },
  },
  {
    category: 'itinerary-plan',
    make: itineraryTime,
    task: '写一段 150 字左右的游览安排：按时间顺序列出各站、交通方式和停留时间，并给出全程用时。',
    reference: (_calc, fact) => `按交通表依次乘车或步行，逐站游览并在各站停留，全程共需 ${fact} 分钟，建议预留候车和拍照的机动时间。`,
  },
  {
    category: 'currency-advice',
    make: onlyKind('currency-with-fee', currency),
    task: '写一段 100 字左右的换汇建议：说明所需人民币金额的计算过程，并提醒汇率与手续费的影响。',
    reference: (calc, fact) => `按题给汇率换算后再加 ${inputOf(calc, 'fee')}% 手续费，共需人民币 ${fact} 元。实际汇率随市场变动，不同银行手续费不同，出行前可比较渠道并适量兑换。`,
  },
  {
    category: 'refund-reply',
    make: onlyKind('refund-amount', refundFee),
    task: '以旅行社客服的身份写一段 100–150 字的回复：说明适用的退团条款和应退金额。',
    reference: (calc, fact) => `您在出发前 ${inputOf(calc, 'days')} 日申请取消，按退团规则扣除团费总额的 ${fixed(withheldShare(inputOf(calc, 'days')) * 100, 0)}%，应退还 ${fact} 元，款项将按原支付渠道退回。`,
  },
];

export function cultureOpenItems(seed: string, perScenario: number): Sample[] {
  return openItems(seed, 'ct-open', SCENARIOS, perScenario);
}
