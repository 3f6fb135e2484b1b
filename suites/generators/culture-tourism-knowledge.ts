import { DYNASTIES, FESTIVALS, SEASONS, SOLAR_TERMS, WORLD_HERITAGE } from './culture-tourism-heritage.js';
import type { Rng } from './lib.js';
import type { Fact } from './manufacturing-kit.js';

/**
 * Knowledge questions generated from the heritage tables: the key is read off the
 * table, the distractors are other rows, so every item is right by construction.
 */

const TERMS_SOURCE = 'textbook: 中国传统历法 — 二十四节气';

function term(index: number): string {
  return SOLAR_TERMS[((index % 24) + 24) % 24] ?? '';
}

export function solarTermFacts(rng: Rng, nextCount: number, seasonCount: number): Fact[] {
  const order = rng.shuffle(SOLAR_TERMS.map((_, index) => index));
  const next = order.slice(0, nextCount).map((index): Fact => ({
    category: 'solar-terms',
    question: `二十四节气中，紧接在“${term(index)}”之后的节气是`,
    answer: term(index + 1),
    distractors: [term(index - 1), term(index + 2), term(index + 12)],
    rationale: `节气顺序为 ${term(index - 1)} → ${term(index)} → ${term(index + 1)} → ${term(index + 2)}。`,
    source: TERMS_SOURCE,
    details: { kind: 'solar-next', term: term(index) },
  }));
  const season = order.slice(nextCount, nextCount + seasonCount).map((index): Fact => {
    const right = SEASONS[Math.floor(index / 6)] ?? '';
    const others = SEASONS.filter((name) => name !== right);
    return {
      category: 'solar-terms',
      question: `按传统划分，“${term(index)}”属于哪个季节的节气？`,
      answer: right,
      distractors: [others[0] ?? '', others[1] ?? '', others[2] ?? ''],
      rationale: `立春至谷雨为春季，立夏至大暑为夏季，立秋至霜降为秋季，立冬至大寒为冬季；“${term(index)}”是第 ${index + 1} 个节气。`,
      source: TERMS_SOURCE,
      details: { kind: 'solar-season', term: term(index) },
    };
  });
  return [...next, ...season];
}

function threeOthers<T>(rng: Rng, items: readonly T[], right: T): [T, T, T] {
  const [a, b, c] = rng.shuffle(items.filter((item) => item !== right));
  if (a === undefined || b === undefined || c === undefined) throw new Error('need three other rows');
  return [a, b, c];
}

export function festivalFacts(rng: Rng): Fact[] {
  const source = 'textbook: 中国传统节日与民俗';
  const lunar = FESTIVALS.map((festival, index): Fact => {
    const byDate = index % 2 === 0;
    return {
      category: 'festivals',
      question: byDate ? `农历${festival.date}是我国哪个传统节日？` : `传统节日“${festival.name}”在农历的哪一天？`,
      answer: byDate ? festival.name : festival.date,
      distractors: threeOthers(rng, FESTIVALS, festival).map((other) => (byDate ? other.name : other.date)) as [string, string, string],
      rationale: `${festival.name}为农历${festival.date}。`,
      source,
      details: { kind: byDate ? 'festival-name' : 'festival-date', festival: festival.name },
    };
  });
  const qingming: Fact = {
    category: 'festivals',
    question: '下列传统节日中，日期由二十四节气确定、而不是固定在某个农历日期的是',
    answer: '清明节',
    distractors: ['端午节', '重阳节', '元宵节'],
    rationale: '清明节即清明节气（公历 4 月 4–6 日前后）；端午、重阳、元宵分别为农历五月初五、九月初九、正月十五。',
    source,
  };
  return [...lunar, qingming];
}

export function dynastyFacts(rng: Rng, earliest: number, latest: number, ordering: number): Fact[] {
  const source = 'textbook: 中国历史 — 朝代年表';
  const seen = new Set<string>();
  // A set of four drawn twice would be one question asked twice: draw again.
  const draw = (): (typeof DYNASTIES)[number][] => {
    for (;;) {
      const four = rng.shuffle(DYNASTIES).slice(0, 4);
      const key = four.map((dynasty) => dynasty.name).sort().join();
      if (!seen.has(key)) {
        seen.add(key);
        return four;
      }
    }
  };
  const byYear = (list: readonly (typeof DYNASTIES)[number][]) => [...list].sort((a, b) => a.founded - b.founded);
  const pick = (kind: 'earliest' | 'latest'): Fact => {
    const four = draw();
    const sorted = byYear(four);
    const right = (kind === 'earliest' ? sorted[0] : sorted[3]) ?? sorted[0];
    const others = four.filter((dynasty) => dynasty !== right).map((dynasty) => dynasty.name);
    return {
      category: 'dynasties',
      question: `下列朝代（时期）中，建立时间${kind === 'earliest' ? '最早' : '最晚'}的是`,
      answer: right?.name ?? '',
      distractors: [others[0] ?? '', others[1] ?? '', others[2] ?? ''],
      rationale: `按建立先后：${sorted.map((dynasty) => dynasty.name).join(' → ')}。`,
      source,
      details: { kind: `dynasty-${kind}`, dynasties: four.map((dynasty) => dynasty.name) },
    };
  };
  const order = (): Fact => {
    const sorted = byYear(draw()).map((dynasty) => dynasty.name);
    const [a = '', b = '', c = '', d = ''] = sorted;
    const text = (list: readonly string[]): string => list.join(' → ');
    return {
      category: 'dynasties',
      question: '下列朝代（时期）按建立时间先后排列，正确的是',
      answer: text(sorted),
      distractors: [text([b, a, c, d]), text([a, c, b, d]), text([a, b, d, c])],
      rationale: `正确顺序为 ${text(sorted)}。`,
      source,
      details: { kind: 'dynasty-order', dynasties: sorted },
    };
  };
  return [...Array.from({ length: earliest }, () => pick('earliest')), ...Array.from({ length: latest }, () => pick('latest')), ...Array.from({ length: ordering }, order)];
}

export function heritageFacts(rng: Rng): Fact[] {
  const provinces = [...new Set(WORLD_HERITAGE.map((entry) => entry.province))];
  return WORLD_HERITAGE.map((entry): Fact => ({
    category: 'world-heritage',
    question: `世界遗产“${entry.site}”位于我国哪个省级行政区？`,
    answer: entry.province,
    distractors: threeOthers(rng, provinces, entry.province),
    rationale: `“${entry.site}”于 ${entry.year} 年列入《世界遗产名录》，位于${entry.province}。`,
    source: 'official: UNESCO World Heritage List (whc.unesco.org)',
    details: { kind: 'heritage-province', site: entry.site },
  }));
}
