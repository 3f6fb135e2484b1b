import type { Sample } from '../types.js';
import { createRng, itemId, type Rng } from './lib.js';

/**
 * Short-answer items: extraction from templated tourist notices and contract summaries
 * (the answer is the field the template was filled with), and time-zone arithmetic for
 * flights. Every place, company and code is invented.
 */

/** `HH:MM` from minutes after midnight. */
export function clock(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/** Accepted forms of a time: `07:30` and `7:30`. */
function timeForms(text: string): string[] {
  return text.startsWith('0') ? [text, text.slice(1)] : [text];
}

interface Question {
  readonly field: string;
  readonly ask: string;
  readonly answers: readonly string[];
}

interface Notice {
  readonly template: string;
  readonly text: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly questions: readonly Question[];
}

const TIME = '（格式 HH:MM）';
const NUMBER = '（只写数字）';

function scenicNotice(rng: Rng): Notice {
  const name = rng.pick(['青岚山景区', '云溪古镇', '碧湖湿地公园', '石门峡谷景区', '松涛森林公园', '白鹭洲文化园']);
  const open = rng.pick([450, 480, 510]);
  const close = rng.pick([1020, 1050, 1080, 1110]);
  const last = close - rng.pick([60, 90]);
  const f = { name, open: clock(open), close: clock(close), lastEntry: clock(last), ticketStop: clock(last - 30), firstBus: clock(open + 20), lastBus: clock(close - rng.pick([20, 40])), price: String(rng.int(6, 26) * 10), limit: String(rng.int(6, 60) * 500) };
  return {
    template: 'scenic-notice',
    text: `【${name}开放公告】即日起，${name}开放时间调整为 ${f.open}—${f.close}，${f.lastEntry} 停止入园，${f.ticketStop} 停止售票。门票 ${f.price} 元/人，景区实行实名预约，每日最大接待量 ${f.limit} 人，达到上限后停止预约。景区观光车首班 ${f.firstBus} 发车，末班 ${f.lastBus} 发车。`,
    fields: f,
    questions: [
      { field: 'lastEntry', ask: `游客最晚几点前必须入园？${TIME}`, answers: timeForms(f.lastEntry) },
      { field: 'ticketStop', ask: `景区几点停止售票？${TIME}`, answers: timeForms(f.ticketStop) },
      { field: 'lastBus', ask: `观光车末班车几点发车？${TIME}`, answers: timeForms(f.lastBus) },
      { field: 'limit', ask: `景区每日最大接待量是多少人？${NUMBER}`, answers: [f.limit] },
      { field: 'price', ask: `门票每人多少元？${NUMBER}`, answers: [f.price] },
    ],
  };
}

function contractSummary(rng: Rng): Notice {
  const agency = rng.pick(['云游国际旅行社', '青禾假期旅行社', '远山文化旅行社', '星河旅游服务公司']);
  const days = rng.int(2, 6);
  const f = {
    agency,
    code: `${rng.pick(['QL', 'YX', 'BH', 'SM'])}2025-${String(rng.int(1, 9999)).padStart(4, '0')}`,
    route: rng.pick(['青岚山—云溪古镇', '碧湖湿地—白鹭洲', '石门峡谷—松涛森林', '云溪古镇—碧湖湿地']),
    days: String(days),
    date: `${rng.int(1, 12)}月${rng.int(1, 28)}日`,
    gather: clock(rng.pick([390, 420, 450, 480])),
    place: rng.pick(['市体育中心北门', '火车站东广场', '会展中心 2 号门', '人民公园南门', '地铁文化宫站 B 出口']),
    fee: String(rng.int(40, 400) * 10),
    excluded: rng.pick(['单房差', '个人消费', '旅游意外险', '景区内自费项目']),
    minimum: String(rng.int(10, 30)),
    notice: String(rng.int(3, 7)),
  };
  return {
    template: 'tour-contract',
    text: `${agency}《国内旅游合同》摘要：合同编号 ${f.code}；线路 ${f.route}，${days} 天 ${days - 1} 晚；出发日期 ${f.date}，当日 ${f.gather} 在${f.place}集合；团费 ${f.fee} 元/人，含交通、住宿和首道门票，不含${f.excluded}；成团人数不少于 ${f.minimum} 人，未达到成团人数时，旅行社应至少在出发前 ${f.notice} 日通知游客并全额退款。`,
    fields: f,
    questions: [
      { field: 'code', ask: '合同编号是什么？（照抄原文）', answers: [f.code] },
      { field: 'place', ask: '出发当日在哪里集合？（照抄原文中的地点）', answers: [f.place] },
      { field: 'minimum', ask: `成团最少需要多少人？${NUMBER}`, answers: [f.minimum] },
      { field: 'notice', ask: `未成团时，旅行社最迟应在出发前几日通知游客？${NUMBER}`, answers: [f.notice] },
      { field: 'excluded', ask: '团费不包含哪项费用？（照抄原文）', answers: [f.excluded] },
      { field: 'date', ask: '出发日期是哪一天？（照抄原文，如 5月3日）', answers: [f.date] },
    ],
  };
}

function museumNotice(rng: Rng): Notice {
  const name = rng.pick(['云岫市博物馆', '青禾民俗博物馆', '澜汐美术馆', '鹿鸣非遗展示馆']);
  const close = rng.pick([1020, 1050, 1080]);
  const closed = rng.pick(['周一', '周二']);
  const f = { name, closed, open: clock(rng.pick([540, 570])), close: clock(close), lastEntry: clock(close - 60), days: String(rng.pick([3, 5, 7, 10, 14])), companions: String(rng.int(2, 5)), guide: String(rng.int(2, 6) * 50), group: String(rng.int(15, 40)) };
  return {
    template: 'museum-notice',
    text: `${name}参观须知：本馆每${closed}闭馆（法定节假日除外），开放时间 ${f.open}—${f.close}，${f.lastEntry} 停止入馆。参观实行免费预约，最多可提前 ${f.days} 天预约，每人每次最多为 ${f.companions} 人预约。人工讲解服务 ${f.guide} 元/场，每场不超过 ${f.group} 人。馆内禁止使用闪光灯和自拍杆。`,
    fields: f,
    questions: [
      { field: 'closed', ask: '每周哪一天闭馆？（照抄原文，如 周X）', answers: [closed, closed.replace('周', '星期')] },
      { field: 'days', ask: `最多可以提前几天预约？${NUMBER}`, answers: [f.days] },
      { field: 'guide', ask: `人工讲解服务每场多少元？${NUMBER}`, answers: [f.guide] },
      { field: 'group', ask: `每场人工讲解最多多少人？${NUMBER}`, answers: [f.group] },
      { field: 'lastEntry', ask: `几点停止入馆？${TIME}`, answers: timeForms(f.lastEntry) },
    ],
  };
}

function hotelNotice(rng: Rng): Notice {
  const name = rng.pick(['山月客栈', '听溪酒店', '松间民宿', '望湖宾馆']);
  const f = { name, checkin: clock(rng.pick([840, 900])), checkout: clock(rng.pick([660, 720])), late: clock(1080), deposit: String(rng.int(2, 10) * 100), breakfastStart: clock(rng.pick([390, 420])), breakfastEnd: clock(rng.pick([570, 600])), floor: String(rng.int(2, 6)) };
  return {
    template: 'hotel-notice',
    text: `${name}入住须知：入住时间为 ${f.checkin} 以后，退房时间为 ${f.checkout} 以前；延迟退房至 ${f.late} 以前加收半天房费，${f.late} 以后按全天房费计。入住时需交押金 ${f.deposit} 元，退房查房无误后原路退还。早餐供应时间 ${f.breakfastStart}—${f.breakfastEnd}，地点在 ${f.floor} 楼餐厅。`,
    fields: f,
    questions: [
      { field: 'deposit', ask: `入住需交押金多少元？${NUMBER}`, answers: [f.deposit] },
      { field: 'checkout', ask: `最晚几点前退房不加收费用？${TIME}`, answers: timeForms(f.checkout) },
      { field: 'breakfastEnd', ask: `早餐几点结束供应？${TIME}`, answers: timeForms(f.breakfastEnd) },
      { field: 'floor', ask: `早餐餐厅在几楼？${NUMBER}`, answers: [f.floor] },
      { field: 'late', ask: `延迟退房到几点以前只加收半天房费？${TIME}`, answers: timeForms(f.late) },
    ],
  };
}

export const NOTICE_TEMPLATES = [scenicNotice, contractSummary, museumNotice, hotelNotice] as const;

/** `perTemplate` extraction items per template, cycling through its questions so every field is asked. */
export function extractionItems(rng: Rng, perTemplate: number, taken: Set<string>): Omit<Sample, 'id'>[] {
  const out: Omit<Sample, 'id'>[] = [];
  for (const make of NOTICE_TEMPLATES) {
    for (let index = 0, attempts = 0; index < perTemplate; attempts += 1) {
      if (attempts > perTemplate * 50) throw new Error(`cannot draw ${perTemplate} distinct ${make.name} items`);
      const notice = make(rng);
      const question = notice.questions[index % notice.questions.length];
      if (!question) throw new Error(`${notice.template} has no questions`);
      const input = `${notice.text}\n\n问题：${question.ask}`;
      if (taken.has(input)) continue;
      taken.add(input);
      out.push({ category: notice.template, input, target: question.answers, metadata: { template: notice.template, field: question.field, fields: notice.fields, answer: question.answers[0] } });
      index += 1;
    }
  }
  return out;
}

/**
 * Fixed UTC offsets (minutes) of places that do not observe daylight saving time, with a
 * plausible nonstop flight time from China (hours) so the itineraries read as real ones.
 */
export const ZONES = [
  { city: '东京', offset: 540, hours: [3, 4.5] },
  { city: '首尔', offset: 540, hours: [2, 3] },
  { city: '马尼拉', offset: 480, hours: [3, 4.5] },
  { city: '新加坡', offset: 480, hours: [4, 6] },
  { city: '河内', offset: 420, hours: [2.5, 4] },
  { city: '曼谷', offset: 420, hours: [3.5, 5] },
  { city: '雅加达', offset: 420, hours: [5, 7] },
  { city: '新德里', offset: 330, hours: [5.5, 7.5] },
  { city: '加德满都', offset: 345, hours: [4.5, 6.5] },
  { city: '塔什干', offset: 300, hours: [5.5, 7] },
  { city: '卡拉奇', offset: 300, hours: [6, 8] },
  { city: '迪拜', offset: 240, hours: [8, 10] },
  { city: '莫斯科', offset: 180, hours: [7.5, 10] },
  { city: '内罗毕', offset: 180, hours: [10, 13] },
  { city: '约翰内斯堡', offset: 120, hours: [12.5, 15] },
] as const;

function utc(offset: number): string {
  const sign = offset < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

export function timeZoneItem(rng: Rng): Omit<Sample, 'id'> {
  const home = { city: rng.pick(['北京', '上海', '广州', '成都']), offset: 480 };
  const abroad = rng.pick(ZONES);
  const outbound = rng.next() < 0.5;
  const [from, to] = outbound ? [home, abroad] : [abroad, home];
  const departure = rng.int(0, 95) * 15;
  const duration = rng.int(abroad.hours[0] * 4, abroad.hours[1] * 4) * 15;
  const arrival = departure - from.offset + duration + to.offset;
  const hours = Math.floor(duration / 60);
  const minutes = duration % 60;
  const input = `一架航班当地时间 ${clock(departure)} 从${from.city}（${utc(from.offset)}）起飞，飞行 ${hours} 小时${minutes === 0 ? '' : ` ${minutes} 分钟`}后抵达${to.city}（${utc(to.offset)}），两地均不实行夏令时。抵达时${to.city}当地时间是几点几分？（24 小时制，格式 HH:MM，只写时刻，不写日期）`;
  const answer = clock(arrival);
  return { category: 'time-zone', input, target: timeForms(answer), metadata: { departure: clock(departure), fromOffset: from.offset, toOffset: to.offset, durationMinutes: duration, formula: '到达当地时间 = 出发当地时间 − 出发地 UTC 偏移 + 飞行时长 + 到达地 UTC 偏移（对 24 小时取模）', answer } };
}

export function cultureExtractSamples(seed: string, perTemplate: number, timeZones: number): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const drafts = extractionItems(rng, perTemplate, taken);
  while (drafts.length < perTemplate * NOTICE_TEMPLATES.length + timeZones) {
    const item = timeZoneItem(rng);
    if (typeof item.input !== 'string' || taken.has(item.input)) continue;
    taken.add(item.input);
    drafts.push(item);
  }
  return drafts.map((draft, index) => ({ id: itemId('ct-sa', index), ...draft }));
}
