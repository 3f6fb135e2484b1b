import { type Ctx, entity, fresh, type Piece, tok } from './nlp-core.js';

/**
 * pingce's own lexicons for the chinese-nlp generators. Names are combined at random
 * from surname and given-name lists, organisations from a place, a trade name and an
 * industry word, so no entity is a real person or body. Every entry carries the words
 * and tags GUIDELINE.md prescribes (e.g. surname and given name are separate nr words).
 */

export type Gender = 'm' | 'f';

// Surnames that are also common function words (于, 向, 万, 和 …) are left out so a
// segmentation gold never hinges on reading a surname against a preposition.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '田', '董', '潘', '袁', '蔡', '蒋', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '廖', '贾', '夏', '邹', '孟', '熊', '秦', '邱', '薛', '段', '雷', '侯', '龙', '史', '陶', '贺', '顾', '毛', '郝', '龚', '邵', '钱', '严', '戴', '孔'] as const;
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛'] as const;
const MALE_GIVEN = ['建国', '志强', '俊杰', '海涛', '明辉', '立新', '国栋', '文博', '宏伟', '振华', '永刚', '晓东', '鹏飞', '子豪', '浩然', '建军', '德明', '光耀', '泽宇', '一鸣', '伟', '强', '磊', '军', '勇', '斌', '家豪', '思成', '卫东', '庆丰'] as const;
const FEMALE_GIVEN = ['秀英', '丽华', '婉清', '静怡', '雅琴', '晓燕', '美玲', '淑芬', '慧敏', '玉兰', '春梅', '欣怡', '梦瑶', '若兰', '佳琪', '丽娟', '海燕', '雪梅', '娟', '芳', '敏', '静', '丽', '燕', '霞', '婷', '素珍', '月华', '诗涵', '凤英'] as const;

export interface Person {
  readonly piece: Piece;
  readonly name: string;
  readonly surname: string;
  readonly gender: Gender;
}

/** A person; surnames are kept distinct within one text so mentions never share a surname. */
export function person(ctx: Ctx, gender: Gender = ctx.rng.pick(['m', 'f'] as const)): Person {
  const surname = ctx.rng.next() < 0.06 ? fresh(ctx, COMPOUND_SURNAMES, (s) => `surname:${s}`) : fresh(ctx, SURNAMES, (s) => `surname:${s}`);
  const given = ctx.rng.pick(gender === 'm' ? MALE_GIVEN : FEMALE_GIVEN);
  return { piece: entity('PER', [tok(`${surname}/nr`), tok(`${given}/nr`)]), name: surname + given, surname, gender };
}

/** Real city names are used only as settings; everything placed in them is invented. */
const CITIES = [
  ['杭州市', '杭州'], ['宁波市', '宁波'], ['温州市', '温州'], ['苏州市', '苏州'], ['南京市', '南京'], ['合肥市', '合肥'],
  ['福州市', '福州'], ['长沙市', '长沙'], ['武汉市', '武汉'], ['成都市', '成都'], ['济南市', '济南'], ['郑州市', '郑州'],
  ['无锡市', '无锡'], ['绍兴市', '绍兴'], ['嘉兴市', '嘉兴'], ['南昌市', '南昌'], ['昆明市', '昆明'], ['贵阳市', '贵阳'],
] as const;
/** Invented district, town and road names (generic compounds, each one ns word). */
const DISTRICTS = ['东城区', '南湖区', '江北区', '临江区', '滨海区', '青山区', '北湖区', '城南区', '新港区', '西岭区', '云溪区', '长宁区'] as const;
const TOWNS = ['桃源镇', '清河镇', '石桥镇', '白沙镇', '柳湾镇', '梅林镇'] as const;
const ROADS = ['解放路', '人民路', '建设路', '滨江路', '长兴路', '东风路', '文华路', '学院路', '枫林路', '湖光路', '迎宾路', '春晖路'] as const;

export function city(ctx: Ctx): { readonly full: string; readonly short: string } {
  const [full, short] = fresh(ctx, CITIES, (c) => `city:${c[0]}`);
  return { full, short };
}

/**
 * A LOC entity: adjacent place-name words form one entity (GUIDELINE §E3). With `where`
 * (a city's full name) the place is in that city, so a text's authority and place agree.
 */
export function place(ctx: Ctx, where?: string): Piece {
  const form = ctx.rng.int(0, 3);
  const town = where ?? city(ctx).full;
  const district = fresh(ctx, DISTRICTS, (d) => `district:${d}`);
  const road = () => fresh(ctx, ROADS, (r) => `road:${r}`);
  if (form === 0) return entity('LOC', `${town}/ns ${district}/ns`);
  if (form === 1) return entity('LOC', `${district}/ns ${road()}/ns`);
  if (form === 2) return entity('LOC', `${town}/ns ${district}/ns ${road()}/ns`);
  return entity('LOC', `${district}/ns ${fresh(ctx, TOWNS, (t) => `town:${t}`)}/ns`);
}

const ORDINALS = ['第一', '第二', '第三', '第四', '第五'] as const;

/**
 * Hospital names split into their parts (PKU), the whole an ORG (GUIDELINE §S3).
 * Children's and cancer hospitals only where the text does not name an adult patient's case.
 */
export function hospital(ctx: Ctx, specialised = false, inCity?: string): Piece {
  const where = inCity ?? (ctx.rng.next() < 0.7 ? city(ctx).full : fresh(ctx, DISTRICTS, (d) => `district:${d}`));
  const kinds = specialised ? (['ordinal', '中心/n 医院/n', '人民/n 医院/n', '儿童/n 医院/n', '肿瘤/n 医院/n'] as const) : (['ordinal', 'ordinal', '中心/n 医院/n', '人民/n 医院/n'] as const);
  const kind = ctx.rng.pick(kinds);
  const tail = kind === 'ordinal' ? `${ctx.rng.pick(ORDINALS)}/m 人民/n 医院/n` : kind;
  return entity('ORG', `${where}/ns ${tail}`);
}

/** Trade names (字号, nz): invented two-character names. */
const TRADE_NAMES = ['宏远', '恒泰', '鼎盛', '瑞丰', '永固', '博达', '嘉禾', '天衡', '启明', '明澜', '澄源', '信和', '长盛', '弘毅', '鑫磊', '汇川', '立方', '景行'] as const;

type CompanyKind = 'contractor' | 'developer' | 'supervisor' | 'property' | 'pharma' | 'software' | 'insurance';
const COMPANY_TAILS: Readonly<Record<CompanyKind, readonly string[]>> = {
  contractor: ['建筑/n 工程/n 有限公司/n', '建工/n 集团/n 有限公司/n', '市政/n 工程/n 有限公司/n'],
  developer: ['房地产/n 开发/v 有限公司/n', '房地产/n 有限公司/n'],
  supervisor: ['工程/n 咨询/v 有限公司/n', '工程/n 监理/v 有限公司/n'],
  property: ['物业/n 管理/v 有限公司/n', '物业/n 服务/v 有限公司/n'],
  pharma: ['医药/n 科技/n 有限公司/n', '药业/n 有限公司/n'],
  software: ['信息/n 技术/n 有限公司/n', '软件/n 有限公司/n'],
  insurance: ['人寿/n 保险/n 有限公司/n', '财产/n 保险/n 有限公司/n'],
};

/** A company: optional city short name, trade name, industry words, 有限公司 — one ORG. */
export function company(ctx: Ctx, kind: CompanyKind): Piece {
  const trade = fresh(ctx, TRADE_NAMES, (t) => `trade:${t}`);
  const prefix = ctx.rng.next() < 0.5 ? `${city(ctx).short}/ns ` : '';
  return entity('ORG', `${prefix}${trade}/nz ${ctx.rng.pick(COMPANY_TAILS[kind])}`);
}

/** Government bodies by their usual abbreviation (one nt word) after the city. */
export type GovKind = '住建局' | '卫健委' | '城管局' | '市场监管局' | '环保局' | '医保局' | '档案局';
export function government(ctx: Ctx, kinds: readonly GovKind[], inCity?: string): Piece {
  return entity('ORG', `${inCity ?? city(ctx).full}/ns ${fresh(ctx, kinds, (k) => `gov:${k}`)}/nt`);
}

export function archive(ctx: Ctx, inCity?: string): Piece {
  return entity('ORG', `${inCity ?? city(ctx).full}/ns ${ctx.rng.pick(['档案馆/n', '城建/n 档案馆/n'] as const)}`);
}

export function designInstitute(ctx: Ctx): Piece {
  return entity('ORG', ctx.rng.next() < 0.5 ? `${city(ctx).full}/ns 建筑/n 设计院/n` : `${fresh(ctx, TRADE_NAMES, (t) => `trade:${t}`)}/nz 勘察/v 设计/v 有限公司/n`);
}

/** Generic drug names; each one n word and one DRUG entity. */
export const DRUGS = ['阿司匹林', '二甲双胍', '阿托伐他汀', '氨氯地平', '头孢呋辛', '奥美拉唑', '甲硝唑', '布洛芬', '硝苯地平', '美托洛尔', '氯吡格雷', '左氧氟沙星', '阿莫西林', '呋塞米', '螺内酯', '华法林', '利伐沙班', '泮托拉唑', '伐昔洛韦', '别嘌醇'] as const;
export type Drug = (typeof DRUGS)[number];
export const DISEASES = ['高血压', '糖尿病', '冠心病', '肺炎', '胃炎', '胆囊炎', '阑尾炎', '哮喘', '痛风', '贫血', '脑梗死', '心力衰竭', '支气管炎', '胰腺炎', '带状疱疹'] as const;

/**
 * Usual adult oral regimens — milligrams per dose, doses per day, evening dosing — so a
 * record never pairs a drug with an implausible dose (the items test reading, not pharmacology).
 */
export const REGIMENS: Readonly<Record<Drug, readonly [mg: number, perDay: 1 | 2 | 3, evening?: boolean]>> = {
  阿司匹林: [100, 1], 二甲双胍: [500, 2], 阿托伐他汀: [20, 1, true], 氨氯地平: [5, 1], 头孢呋辛: [250, 2], 奥美拉唑: [20, 2],
  甲硝唑: [200, 3], 布洛芬: [200, 2], 硝苯地平: [30, 1], 美托洛尔: [25, 2], 氯吡格雷: [75, 1], 左氧氟沙星: [500, 1],
  阿莫西林: [500, 3], 呋塞米: [20, 1], 螺内酯: [20, 1], 华法林: [2.5, 1], 利伐沙班: [10, 1], 泮托拉唑: [40, 1],
  伐昔洛韦: [300, 2], 别嘌醇: [100, 1],
};

const TIMES = ['一', '两', '三'] as const;

/** "每日两次" / "每晚一次" for a drug's regimen. */
export function frequencyText(drugName: Drug): string {
  const [, perDay, evening] = REGIMENS[drugName];
  return evening ? '每晚一次' : `每日${TIMES[perDay - 1] ?? String(perDay)}次`;
}

/** Diagnoses with the department, presenting symptoms, tests and drugs that go with them. */
export interface ClinicalCase {
  readonly diagnosis: string;
  readonly dept: string;
  readonly symptoms: readonly string[];
  readonly exams: readonly string[];
  readonly drugs: readonly Drug[];
}

export const CASES: readonly ClinicalCase[] = [
  { diagnosis: '肺炎', dept: '呼吸科', symptoms: ['发热', '咳嗽'], exams: ['胸部CT', '血常规'], drugs: ['头孢呋辛', '左氧氟沙星', '阿莫西林'] },
  { diagnosis: '支气管炎', dept: '呼吸科', symptoms: ['咳嗽', '咳痰'], exams: ['胸部X线', '血常规'], drugs: ['阿莫西林', '左氧氟沙星'] },
  { diagnosis: '冠心病', dept: '心内科', symptoms: ['胸痛', '胸闷'], exams: ['心电图', '冠脉CT'], drugs: ['阿司匹林', '阿托伐他汀', '美托洛尔', '氯吡格雷'] },
  { diagnosis: '高血压', dept: '心内科', symptoms: ['头晕', '头痛'], exams: ['动态血压监测', '心电图'], drugs: ['氨氯地平', '硝苯地平', '美托洛尔'] },
  { diagnosis: '心力衰竭', dept: '心内科', symptoms: ['胸闷', '气促'], exams: ['心脏彩超', '胸部X线'], drugs: ['呋塞米', '螺内酯', '美托洛尔'] },
  { diagnosis: '胃炎', dept: '消化科', symptoms: ['腹痛', '反酸'], exams: ['胃镜'], drugs: ['奥美拉唑', '泮托拉唑'] },
  { diagnosis: '胆囊炎', dept: '普外科', symptoms: ['腹痛', '发热'], exams: ['腹部B超'], drugs: ['头孢呋辛', '甲硝唑'] },
  { diagnosis: '阑尾炎', dept: '普外科', symptoms: ['腹痛', '呕吐'], exams: ['腹部CT', '血常规'], drugs: ['头孢呋辛', '甲硝唑'] },
  { diagnosis: '糖尿病', dept: '内分泌科', symptoms: ['口干', '多尿'], exams: ['糖化血红蛋白', '空腹血糖'], drugs: ['二甲双胍'] },
  { diagnosis: '痛风', dept: '内分泌科', symptoms: ['关节痛'], exams: ['血尿酸'], drugs: ['别嘌醇', '布洛芬'] },
  { diagnosis: '脑梗死', dept: '神经科', symptoms: ['头晕', '肢体无力'], exams: ['头颅MRI'], drugs: ['阿司匹林', '氯吡格雷', '阿托伐他汀'] },
  { diagnosis: '带状疱疹', dept: '皮肤科', symptoms: ['皮疹', '局部疼痛'], exams: ['血常规'], drugs: ['伐昔洛韦'] },
];

export function drug(ctx: Ctx): Piece {
  return entity('DRUG', `${fresh(ctx, DRUGS, (d) => `drug:${d}`)}/n`);
}

export function disease(ctx: Ctx): Piece {
  return entity('DISEASE', `${fresh(ctx, DISEASES, (d) => `disease:${d}`)}/n`);
}

/** Days since 2019-01-01 → [year, month, day]. */
export function calendar(day: number): readonly [number, number, number] {
  const date = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** A later date than the last one in this text, so a record's dates read in order. */
export function date(ctx: Ctx, withYear = ctx.rng.next() < 0.6, advance = ctx.rng.int(1, 20)): Piece {
  ctx.day += advance;
  const [year, month, day] = calendar(ctx.day);
  return entity('DATE', `${withYear ? `${year}年/t ` : ''}${month}月/t ${day}日/t`);
}

/** Large sums in 万元 ("1280万/m 元/q"), small ones in 元; both MONEY entities. */
export function money(ctx: Ctx, size: 'large' | 'small'): Piece {
  if (size === 'small') return entity('MONEY', `${ctx.rng.pick([500, 1000, 2000, 3000, 5000, 8000, 10000])}/m 元/q`);
  const decimal = ctx.rng.real(100, 999, 1);
  // "356.0万元" is not how a contract writes it: a whole number then loses its ".0".
  const value = ctx.rng.next() < 0.5 ? String(ctx.rng.int(120, 9800)) : String(decimal);
  return entity('MONEY', `${value}万/m 元/q`);
}
