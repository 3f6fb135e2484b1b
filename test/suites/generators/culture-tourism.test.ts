import { describe, expect, it } from 'vitest';
import { scriptedReply } from '../../../reference/script.js';
import { createScorer } from '../../../scoring/index.js';
import { GENERATORS } from '../../../suites/generators/registry.js';
import { renderPrompt } from '../../../suites/render.js';
import type { Sample } from '../../../suites/types.js';
import { bundledSuites } from '../helpers.js';

/**
 * The generated culture-and-tourism suites. Calculations are recomputed from metadata
 * with the fare table and rules copied here; knowledge keys are checked against tables
 * written here independently of the generator's.
 */

type Inputs = Record<string, number | number[]>;
const n = (inputs: Inputs, key: string): number => {
  const value = inputs[key];
  if (typeof value !== 'number') throw new Error(`input ${key} missing`);
  return value;
};
const list = (inputs: Inputs, key: string): number[] => {
  const value = inputs[key];
  if (!Array.isArray(value)) throw new Error(`input ${key} is not a list`);
  return value;
};

/** Minutes and fares of the illustrative route, in order. */
const ROUTE = [[25, 20], [15, 10], [12, 80], [40, 0], [10, 15], [30, 60]] as const;
const leg = (i: Inputs, column: 0 | 1): number => ROUTE.slice(n(i, 'first'), n(i, 'first') + n(i, 'count')).reduce((sum, row) => sum + row[column], 0);
const share = (age: number): number => (age >= 65 || age < 6 ? 0 : age >= 60 || age <= 18 ? 0.5 : 1);
const withheld = (days: number): number => (days >= 7 ? 0 : days >= 4 ? 0.2 : days >= 1 ? 0.4 : 0.6);

const FORMULAS: Record<string, (i: Inputs) => number> = {
  'itinerary-time': (i) => leg(i, 0) + list(i, 'stays').reduce((a, b) => a + b, 0),
  'itinerary-cost': (i) => leg(i, 1) * (n(i, 'adults') + n(i, 'children') / 2),
  'ticket-family': (i) => n(i, 'price') * list(i, 'ages').reduce((sum, age) => sum + share(age), 0),
  'ticket-group': (i) => n(i, 'price') * (n(i, 'full') * (n(i, 'full') >= 20 ? 0.8 : 1) + n(i, 'half') / 2),
  'daily-capacity': (i) => (list(i, 'areas').reduce((sum, area, k) => sum + area / (list(i, 'perCapita')[k] ?? NaN), 0) * n(i, 'hours')) / n(i, 'stay'),
  'gate-time': (i) => n(i, 'queue') / n(i, 'gates') / n(i, 'rate'),
  'in-park': (i) => n(i, 'arrivals') * n(i, 'stay'),
  'currency-to-cny': (i) => (n(i, 'amount') * n(i, 'rate')) / n(i, 'unit'),
  'cny-to-currency': (i) => (n(i, 'cny') * n(i, 'unit')) / n(i, 'rate'),
  'currency-with-fee': (i) => ((n(i, 'amount') * n(i, 'rate')) / n(i, 'unit')) * (1 + n(i, 'fee') / 100),
  'refund-amount': (i) => n(i, 'price') * n(i, 'persons') * (1 - withheld(n(i, 'days'))),
  'refund-penalty': (i) => n(i, 'price') * n(i, 'persons') * withheld(n(i, 'days')),
  'tour-budget': (i) => Math.ceil(n(i, 'persons') / 2) * n(i, 'nights') * n(i, 'room') + n(i, 'persons') * ((n(i, 'nights') + 1) * n(i, 'meals') + n(i, 'ticket')),
};

function recompute(sample: Sample): { key: number; decimals: number } {
  const meta = sample.metadata as { kind: string; inputs: Inputs; decimals: number; rounding: 'round' | 'floor' };
  const formula = FORMULAS[meta.kind];
  if (!formula) throw new Error(`${sample.id}: no formula for ${meta.kind}`);
  if (meta.kind.startsWith('refund')) expect(n(meta.inputs, 'withheld')).toBe(withheld(n(meta.inputs, 'days')));
  const scaled = formula(meta.inputs) * 10 ** meta.decimals;
  const fraction = scaled - Math.floor(scaled);
  if (meta.rounding === 'floor') {
    expect(fraction > 0.05 && fraction < 0.95, `${sample.id} near a floor boundary`).toBe(true);
    return { key: Math.floor(scaled) / 10 ** meta.decimals, decimals: meta.decimals };
  }
  expect(Math.abs(fraction - 0.5), `${sample.id} near a rounding boundary`).toBeGreaterThan(0.1 - 1e-9);
  return { key: Math.floor(scaled + 0.5) / 10 ** meta.decimals, decimals: meta.decimals };
}

const TERMS: readonly string[] = '立春雨水惊蛰春分清明谷雨立夏小满芒种夏至小暑大暑立秋处暑白露秋分寒露霜降立冬小雪大雪冬至小寒大寒'.match(/../g) ?? [];
const FESTIVAL_DATES: Record<string, string> = { 春节: '正月初一', 元宵节: '正月十五', '龙抬头（春龙节）': '二月初二', 端午节: '五月初五', 七夕节: '七月初七', 中元节: '七月十五', 中秋节: '八月十五', 重阳节: '九月初九', 寒衣节: '十月初一', 腊八节: '腊月初八' };
const DYNASTY_ORDER = ['夏', '商', '西周', '东周', '秦', '西汉', '东汉', '三国', '西晋', '东晋', '南北朝', '隋', '唐', '五代十国', '北宋', '南宋', '元', '明', '清'];
const PROVINCE_OF: Record<string, string> = {
  莫高窟: '甘肃省', 秦始皇陵及兵马俑坑: '陕西省', 泰山: '山东省', 黄山: '安徽省', 九寨沟风景名胜区: '四川省', 黄龙风景名胜区: '四川省', 武陵源风景名胜区: '湖南省', 承德避暑山庄及其周围寺庙: '河北省', '曲阜孔庙、孔林和孔府': '山东省', 武当山古建筑群: '湖北省',
  布达拉宫历史建筑群: '西藏自治区', 庐山国家公园: '江西省', '峨眉山—乐山大佛': '四川省', 丽江古城: '云南省', 平遥古城: '山西省', 苏州古典园林: '江苏省', 颐和园: '北京市', 天坛: '北京市', 大足石刻: '重庆市', '青城山—都江堰': '四川省',
  '西递、宏村古村落': '安徽省', 龙门石窟: '河南省', 云冈石窟: '山西省', 殷墟: '河南省', 开平碉楼与村落: '广东省', 三清山国家公园: '江西省', 五台山: '山西省', '登封“天地之中”历史建筑群': '河南省', 元上都遗址: '内蒙古自治区', 红河哈尼梯田文化景观: '云南省',
  左江花山岩画文化景观: '广西壮族自治区', '鼓浪屿：历史国际社区': '福建省', 梵净山: '贵州省', 良渚古城遗址: '浙江省', '泉州：宋元中国的世界海洋商贸中心': '福建省', 景迈山古茶林文化景观: '云南省', '巴丹吉林沙漠—沙山湖泊群': '内蒙古自治区', 澄江化石地: '云南省', 三江并流保护区: '云南省',
};
const UTC_OFFSET: Record<string, number> = { 北京: 480, 上海: 480, 广州: 480, 成都: 480, 东京: 540, 首尔: 540, 马尼拉: 480, 新加坡: 480, 河内: 420, 曼谷: 420, 雅加达: 420, 新德里: 330, 加德满都: 345, 塔什干: 300, 卡拉奇: 300, 迪拜: 240, 莫斯科: 180, 内罗毕: 180, 约翰内斯堡: 120 };

/** The key a knowledge item must have, from the tables above; undefined for hand-written items. */
function expectedAnswer(meta: Record<string, unknown>): string | undefined {
  const names = (meta['dynasties'] as string[] | undefined) ?? [];
  const sorted = [...names].sort((a, b) => DYNASTY_ORDER.indexOf(a) - DYNASTY_ORDER.indexOf(b));
  const index = TERMS.indexOf(String(meta['term']));
  switch (meta['kind']) {
    case 'solar-next': return TERMS[(index + 1) % 24];
    case 'solar-season': return ['春季', '夏季', '秋季', '冬季'][Math.floor(index / 6)];
    case 'festival-name': return String(meta['festival']);
    case 'festival-date': return FESTIVAL_DATES[String(meta['festival'])];
    case 'dynasty-earliest': return sorted[0];
    case 'dynasty-latest': return sorted[3];
    case 'dynasty-order': return sorted.join(' → ');
    case 'heritage-province': return PROVINCE_OF[String(meta['site'])];
    default: return undefined;
  }
}

const SUITES = {
  'culture-tourism-calc': { prefix: 'ct-calc', task: 'numeric' },
  'culture-tourism-choice': { prefix: 'ct-mc', task: 'multiple-choice' },
  'culture-tourism-extract': { prefix: 'ct-sa', task: 'short-answer' },
  'culture-tourism-open': { prefix: 'ct-open', task: 'generation' },
} as const;
type SuiteId = keyof typeof SUITES;
const COUNTS: Record<SuiteId, Record<string, number>> = {
  'culture-tourism-calc': Object.fromEntries(['itinerary-time', 'itinerary-cost', 'ticket-pricing', 'capacity', 'visitor-flow', 'currency', 'refund-fee', 'tour-budget'].map((category) => [category, 9])),
  'culture-tourism-choice': { 'solar-terms': 24, festivals: 11, dynasties: 16, 'world-heritage': 39, 'intangible-heritage': 5, 'ticket-pricing': 2, currency: 2, 'refund-fee': 2, 'tour-budget': 2, capacity: 2 },
  'culture-tourism-extract': { 'scenic-notice': 10, 'tour-contract': 10, 'museum-notice': 10, 'hotel-notice': 10, 'time-zone': 15 },
  'culture-tourism-open': { 'capacity-notice': 3, 'family-ticket-message': 3, 'itinerary-plan': 3, 'currency-advice': 3, 'refund-reply': 3 },
};

const get = bundledSuites('culture-tourism', Object.keys(SUITES) as SuiteId[]);
const metaOf = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;

describe.each(Object.keys(SUITES) as SuiteId[])('%s', (id) => {
  it('is a versioned, licensed suite whose provenance names its generator and seed', () => {
    const { suite } = get(id);
    const generator = GENERATORS.find((entry) => entry.file === `culture-tourism/${id}.jsonl`);
    expect(generator).toBeDefined();
    expect({ id: suite.id, version: suite.version, license: suite.license, domain: suite.domain, task: suite.task }).toEqual({ id, version: '1.0.0', license: 'Apache-2.0', domain: 'culture-tourism', task: SUITES[id].task });
    expect(suite.provenance).toContain('suites/generators/culture-tourism-suites.ts');
    expect(suite.provenance).toContain(`"${generator?.seed}"`);
    for (const spec of suite.scorers) expect(() => createScorer(spec)).not.toThrow();
  });

  it('has the expected items per category, unique ids and unique prompts', () => {
    const { suite, samples } = get(id);
    const counts: Record<string, number> = {};
    for (const sample of samples) counts[sample.category ?? '(none)'] = (counts[sample.category ?? '(none)'] ?? 0) + 1;
    expect(counts).toEqual(COUNTS[id]);
    expect(samples.map((sample) => sample.id)).toEqual(samples.map((_, index) => `${SUITES[id].prefix}-${String(index + 1).padStart(3, '0')}`));
    expect(new Set(samples.map((sample) => renderPrompt(suite, sample).at(-1)?.content)).size).toBe(samples.length);
  });

  it("scores the reference endpoint's correct replies 1 and its wrong replies 0 with the primary scorer", () => {
    const { suite, samples } = get(id);
    const primary = createScorer(suite.scorers[0] ?? { id: 'none' });
    for (const sample of samples) {
      const score = (outcome: 'correct' | 'wrong') => {
        const text = scriptedReply(sample, suite.task, outcome, 7);
        return primary(sample, { raw: text, answerText: text.replace(/<think>[\s\S]*?<\/think>/, '') }).value;
      };
      expect([score('correct'), score('wrong')], sample.id).toEqual([1, 0]);
    }
  });
});

describe('culture-tourism keys', () => {
  it('recomputes every numeric target, and every computed multiple-choice key, from metadata', () => {
    for (const sample of get('culture-tourism-calc').samples) expect(sample.target, sample.id).toBe(recompute(sample).key);
    for (const sample of get('culture-tourism-choice').samples.filter((item) => metaOf(item)['inputs'] !== undefined)) {
      const { key, decimals } = recompute(sample);
      const values = (sample.choices ?? []).map((choice) => Number(/^-?[\d.]+/.exec(choice)?.[0]));
      expect(values.filter((value) => value.toFixed(decimals) === key.toFixed(decimals)), sample.id).toHaveLength(1);
      expect(values['ABCD'.indexOf(String(sample.target))]?.toFixed(decimals), sample.id).toBe(key.toFixed(decimals));
    }
  });

  it('keys every knowledge item to the answer the independent tables give', () => {
    const knowledge = get('culture-tourism-choice').samples.filter((item) => metaOf(item)['inputs'] === undefined);
    let derived = 0;
    for (const sample of knowledge) {
      const meta = metaOf(sample);
      const keyed = sample.choices?.['ABCD'.indexOf(String(sample.target))];
      expect(new Set(sample.choices).size, sample.id).toBe(4);
      expect(keyed, sample.id).toBe(meta['answer']);
      expect(String(meta['source'])).toMatch(/^(textbook|official): /);
      const expected = expectedAnswer(meta);
      if (expected !== undefined) derived += 1;
      if (expected !== undefined) expect(keyed, sample.id).toBe(expected);
    }
    expect(derived).toBe(knowledge.length - 6);
    expect(Object.keys(PROVINCE_OF)).toHaveLength(39);
  });

  it('answers each extraction item with the filled-in field, which appears in the notice', () => {
    for (const sample of get('culture-tourism-extract').samples.filter((item) => item.category !== 'time-zone')) {
      const meta = metaOf(sample) as { field: string; fields: Record<string, string>; answer: string };
      const [answer] = sample.target as string[];
      expect(answer).toBe(meta.fields[meta.field]);
      expect(answer).toBe(meta.answer);
      const notice = String(sample.input).split('\n\n问题：')[0] ?? '';
      expect(new RegExp(`(?<![\\d])${answer}(?![\\d])`).test(notice), sample.id).toBe(true);
      // A time asked for must not also be the value of another field (the notice would be ambiguous).
      if (/^\d\d:\d\d$/.test(answer ?? '')) expect(Object.values(meta.fields).filter((value) => value === answer), sample.id).toHaveLength(1);
    }
  });

  it('computes each arrival time from the departure, the flight time and the stated UTC offsets', () => {
    for (const sample of get('culture-tourism-extract').samples.filter((item) => item.category === 'time-zone')) {
      const meta = metaOf(sample) as { departure: string; fromOffset: number; toOffset: number; durationMinutes: number };
      const [, from = '', to = ''] = /从(.+?)（UTC.*抵达(.+?)（UTC/.exec(String(sample.input)) ?? [];
      expect([UTC_OFFSET[from], UTC_OFFSET[to]], sample.id).toEqual([meta.fromOffset, meta.toOffset]);
      const [hours = 0, minutes = 0] = meta.departure.split(':').map(Number);
      const arrival = (((hours * 60 + minutes - meta.fromOffset + meta.durationMinutes + meta.toOffset) % 1440) + 1440) % 1440;
      const text = `${String(Math.floor(arrival / 60)).padStart(2, '0')}:${String(arrival % 60).padStart(2, '0')}`;
      expect((sample.target as string[])[0], sample.id).toBe(text);
    }
  });

  it('requires in every open-ended item the recomputed value, which its reference answer states', () => {
    for (const sample of get('culture-tourism-open').samples) {
      const { key, decimals } = recompute(sample);
      const meta = sample.metadata as { requiredFacts: string[]; reference: string };
      expect(sample.target, sample.id).toBe(key.toFixed(decimals));
      expect(meta.requiredFacts).toEqual([sample.target]);
      expect(meta.reference).toContain(String(sample.target));
    }
  });
});
