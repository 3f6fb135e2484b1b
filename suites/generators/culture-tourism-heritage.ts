import type { Fact } from './manufacturing-kit.js';

/**
 * Stable, checkable facts about Chinese cultural heritage, as tables the knowledge
 * items are generated from. Each table is a single source of truth; the tests keep an
 * independent copy and check the keys against it.
 */

/** The 24 solar terms in calendar order, starting from 立春. */
export const SOLAR_TERMS = [
  '立春', '雨水', '惊蛰', '春分', '清明', '谷雨',
  '立夏', '小满', '芒种', '夏至', '小暑', '大暑',
  '立秋', '处暑', '白露', '秋分', '寒露', '霜降',
  '立冬', '小雪', '大雪', '冬至', '小寒', '大寒',
] as const;

/** Season of a solar term by its index: six terms per season, from 立春. */
export const SEASONS = ['春季', '夏季', '秋季', '冬季'] as const;

/** Traditional festivals fixed by the lunar calendar. */
export const FESTIVALS = [
  { name: '春节', date: '正月初一' },
  { name: '元宵节', date: '正月十五' },
  { name: '龙抬头（春龙节）', date: '二月初二' },
  { name: '端午节', date: '五月初五' },
  { name: '七夕节', date: '七月初七' },
  { name: '中元节', date: '七月十五' },
  { name: '中秋节', date: '八月十五' },
  { name: '重阳节', date: '九月初九' },
  { name: '寒衣节', date: '十月初一' },
  { name: '腊八节', date: '腊月初八' },
] as const;

/** Dynasties and periods in the usual textbook order, with the conventional founding year (negative = BCE). */
export const DYNASTIES = [
  { name: '夏', founded: -2070 },
  { name: '商', founded: -1600 },
  { name: '西周', founded: -1046 },
  { name: '东周', founded: -770 },
  { name: '秦', founded: -221 },
  { name: '西汉', founded: -202 },
  { name: '东汉', founded: 25 },
  { name: '三国', founded: 220 },
  { name: '西晋', founded: 266 },
  { name: '东晋', founded: 317 },
  { name: '南北朝', founded: 420 },
  { name: '隋', founded: 581 },
  { name: '唐', founded: 618 },
  { name: '五代十国', founded: 907 },
  { name: '北宋', founded: 960 },
  { name: '南宋', founded: 1127 },
  { name: '元', founded: 1271 },
  { name: '明', founded: 1368 },
  { name: '清', founded: 1636 },
] as const;

/**
 * UNESCO World Heritage properties in China that lie in a single provincial-level
 * region, with their inscription year. Names that contain their province were left out,
 * since they would give the answer away.
 */
export const WORLD_HERITAGE = [
  { site: '莫高窟', province: '甘肃省', year: 1987 },
  { site: '秦始皇陵及兵马俑坑', province: '陕西省', year: 1987 },
  { site: '泰山', province: '山东省', year: 1987 },
  { site: '黄山', province: '安徽省', year: 1990 },
  { site: '九寨沟风景名胜区', province: '四川省', year: 1992 },
  { site: '黄龙风景名胜区', province: '四川省', year: 1992 },
  { site: '武陵源风景名胜区', province: '湖南省', year: 1992 },
  { site: '承德避暑山庄及其周围寺庙', province: '河北省', year: 1994 },
  { site: '曲阜孔庙、孔林和孔府', province: '山东省', year: 1994 },
  { site: '武当山古建筑群', province: '湖北省', year: 1994 },
  { site: '布达拉宫历史建筑群', province: '西藏自治区', year: 1994 },
  { site: '庐山国家公园', province: '江西省', year: 1996 },
  { site: '峨眉山—乐山大佛', province: '四川省', year: 1996 },
  { site: '丽江古城', province: '云南省', year: 1997 },
  { site: '平遥古城', province: '山西省', year: 1997 },
  { site: '苏州古典园林', province: '江苏省', year: 1997 },
  { site: '颐和园', province: '北京市', year: 1998 },
  { site: '天坛', province: '北京市', year: 1998 },
  { site: '大足石刻', province: '重庆市', year: 1999 },
  { site: '青城山—都江堰', province: '四川省', year: 2000 },
  { site: '西递、宏村古村落', province: '安徽省', year: 2000 },
  { site: '龙门石窟', province: '河南省', year: 2000 },
  { site: '云冈石窟', province: '山西省', year: 2001 },
  { site: '殷墟', province: '河南省', year: 2006 },
  { site: '开平碉楼与村落', province: '广东省', year: 2007 },
  { site: '三清山国家公园', province: '江西省', year: 2008 },
  { site: '五台山', province: '山西省', year: 2009 },
  { site: '登封“天地之中”历史建筑群', province: '河南省', year: 2010 },
  { site: '元上都遗址', province: '内蒙古自治区', year: 2012 },
  { site: '红河哈尼梯田文化景观', province: '云南省', year: 2013 },
  { site: '左江花山岩画文化景观', province: '广西壮族自治区', year: 2016 },
  { site: '鼓浪屿：历史国际社区', province: '福建省', year: 2017 },
  { site: '梵净山', province: '贵州省', year: 2018 },
  { site: '良渚古城遗址', province: '浙江省', year: 2019 },
  { site: '泉州：宋元中国的世界海洋商贸中心', province: '福建省', year: 2021 },
  { site: '景迈山古茶林文化景观', province: '云南省', year: 2023 },
  { site: '巴丹吉林沙漠—沙山湖泊群', province: '内蒙古自治区', year: 2024 },
  { site: '澄江化石地', province: '云南省', year: 2012 },
  { site: '三江并流保护区', province: '云南省', year: 2003 },
] as const;

/** Hand-written items on China's elements of UNESCO's intangible cultural heritage lists. */
export const INTANGIBLE_FACTS: readonly Fact[] = [
  { category: 'intangible-heritage', question: '“二十四节气”被列入联合国教科文组织人类非物质文化遗产代表作名录是在哪一年？', answer: '2016 年', distractors: ['2001 年', '2009 年', '2020 年'], rationale: '2016 年 11 月“二十四节气”列入人类非物质文化遗产代表作名录。', source: 'official: UNESCO Intangible Cultural Heritage Lists (ich.unesco.org)' },
  { category: 'intangible-heritage', question: '2001 年我国首个入选联合国教科文组织“人类口头和非物质遗产代表作”的项目是', answer: '昆曲', distractors: ['京剧', '粤剧', '皮影戏'], rationale: '昆曲于 2001 年入选首批代表作；京剧 2010 年、粤剧 2009 年、中国皮影戏 2011 年列入。', source: 'official: UNESCO Intangible Cultural Heritage Lists (ich.unesco.org)' },
  { category: 'intangible-heritage', question: '“太极拳”被列入人类非物质文化遗产代表作名录是在哪一年？', answer: '2020 年', distractors: ['2009 年', '2016 年', '2022 年'], rationale: '太极拳于 2020 年 12 月列入人类非物质文化遗产代表作名录。', source: 'official: UNESCO Intangible Cultural Heritage Lists (ich.unesco.org)' },
  { category: 'intangible-heritage', question: '2022 年我国列入人类非物质文化遗产代表作名录的项目是', answer: '中国传统制茶技艺及其相关习俗', distractors: ['太极拳', '送王船', '中国剪纸'], rationale: '2022 年列入的是“中国传统制茶技艺及其相关习俗”；太极拳、送王船为 2020 年，中国剪纸为 2009 年。', source: 'official: UNESCO Intangible Cultural Heritage Lists (ich.unesco.org)' },
  { category: 'intangible-heritage', question: '2024 年我国列入人类非物质文化遗产代表作名录的项目是', answer: '春节——中国人庆祝传统新年的社会实践', distractors: ['端午节', '二十四节气', '中国书法'], rationale: '2024 年 12 月“春节”列入名录；端午节、中国书法为 2009 年，二十四节气为 2016 年。', source: 'official: UNESCO Intangible Cultural Heritage Lists (ich.unesco.org)' },
];
