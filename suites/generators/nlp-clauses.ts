import type { Sample } from '../types.js';
import type { Rng } from './lib.js';
import { type Category, type Ctx, entity, expand, type Filler, newCtx, type Piece, pieceText, plain, realise, type Realised, samplesByCategory } from './nlp-core.js';
import { archive, CASES, type ClinicalCase, company, date, designInstitute, disease, drug, type Drug, government, hospital, money, person, place, REGIMENS } from './nlp-lexicon.js';

/**
 * Clause templates for the segmentation, POS and NER suites. A sentence is one clause
 * from each stage of a domain (opening, middle, optional closing), so the stages read
 * in order and any combination is grammatical. Tokens are written `word/tag` as
 * GUIDELINE.md segments and tags them; `{slot}` fills come from nlp-lexicon.ts.
 */

interface Domain {
  readonly slots: Readonly<Record<string, Filler>>;
  readonly stages: readonly [readonly string[], readonly string[], readonly string[]];
}

const pickPlain =
  (...specs: readonly string[]): Filler =>
  (ctx) =>
    plain(ctx.rng.pick(specs));

const common: Readonly<Record<string, Filler>> = {
  PER: (ctx) => person(ctx).piece,
  DATE: (ctx) => date(ctx),
  LOC: place,
};

/**
 * One clinical case per medical sentence (keyed by its Ctx), so the diagnosis, the
 * department and the drugs named in one sentence belong together.
 */
const cases = new WeakMap<Ctx, ClinicalCase>();
function clinicalCase(ctx: Ctx): ClinicalCase {
  const known = cases.get(ctx);
  if (known) return known;
  const picked = ctx.rng.pick(CASES);
  cases.set(ctx, picked);
  return picked;
}

/** The case's own drugs first; another drug once they are used up. */
function caseDrug(ctx: Ctx): Piece {
  const left = clinicalCase(ctx).drugs.filter((name) => !ctx.used.has(`drug:${name}`));
  if (left.length === 0) return drug(ctx);
  const name = ctx.rng.pick(left);
  ctx.used.add(`drug:${name}`);
  return entity('DRUG', `${name}/n`);
}

/** The case's diagnosis the first time, a comorbidity after that. */
function caseDisease(ctx: Ctx): Piece {
  const name = clinicalCase(ctx).diagnosis;
  if (ctx.used.has(`disease:${name}`)) return disease(ctx);
  ctx.used.add(`disease:${name}`);
  return entity('DISEASE', `${name}/n`);
}

const medical: Domain = {
  slots: {
    ...common,
    HOSP: (ctx) => hospital(ctx),
    DEPT: (ctx) => plain(`${clinicalCase(ctx).dept}/n`),
    SYM: pickPlain('发热/v', '咳嗽/v', '呕吐/v', '腹泻/v', '胸痛/n', '腹痛/n'),
    DRUG: caseDrug,
    ANY_DRUG: drug,
    DIS: caseDisease,
    // A drug and its usual dose together, so no sentence pairs a drug with a dose it is never given in.
    DRUG_DOSE: (ctx) => {
      const piece = caseDrug(ctx);
      return [piece, plain(`${REGIMENS[pieceText(piece) as Drug][0]}/m 毫克/q`)];
    },
    DRUG_USAGE: (ctx) => {
      const piece = caseDrug(ctx);
      const [mg, perDay] = REGIMENS[pieceText(piece) as Drug];
      return [piece, plain(`的/u 用法/n 为/v 每/r 日/q ${perDay}/m 次/q ，/w 每/r 次/q ${mg}/m 毫克/q`)];
    },
  },
  stages: [
    [
      '患者/n {PER} 因/p {SYM} {#2-10} 天/q 于/p {DATE} 入住/v {HOSP} {DEPT}',
      '{DATE} ，/w {PER} 医生/n 在/p {HOSP} {DEPT} 接诊/v 了/u 一/m 名/q {DIS} 患者/n',
      '患者/n {PER} 有/v {DIS} 病史/n {#2-20} 年/q',
      '{HOSP} {DEPT} 于/p {DATE} 收治/v 了/u 患者/n {PER}',
      '{DATE} ，/w 患者/n {PER} 因/p {SYM} 到/v {HOSP} 急诊/n 就诊/v',
      '患者/n {PER} 在/p {HOSP} 门诊/n 确诊/v 为/v {DIS}',
    ],
    [
      '入院/v 后/f 给予/v {DRUG_DOSE} 口服/v',
      '{PER} 医生/n 开具/v 了/u {DRUG}',
      '患者/n 对/p {ANY_DRUG} 过敏/v',
      '医嘱/n 停用/v {DRUG} 并/c 改用/v {DRUG}',
      '护士/n {PER} 每/r 日/q 测量/v {#2-4} 次/q 体温/n',
      '{DRUG_USAGE}',
      '复查/v 血常规/n 未/d 见/v 异常/a',
    ],
    [
      '经/p 治疗/v 后/f 症状/n 明显/a 好转/v',
      '患者/n 于/p {DATE} 出院/v',
      '嘱/v 患者/n 按时/d 服药/v',
      '建议/v 患者/n {#1-4} 周/q 后/f 到/v {HOSP} 复诊/v',
      '家属/n 对/p 治疗/v 方案/n 表示/v 同意/v',
    ],
  ],
};

const construction: Domain = {
  slots: {
    ...common,
    OWNER: (ctx) => {
      const kind = ctx.rng.int(0, 2);
      return kind === 0 ? company(ctx, 'developer') : kind === 1 ? hospital(ctx, true) : ownerGovernment(ctx);
    },
    CONTRACTOR: (ctx) => company(ctx, 'contractor'),
    SUPERVISOR: (ctx) => company(ctx, 'supervisor'),
    GOV: (ctx) => government(ctx, ['住建局']),
    BUILDING: pickPlain('综合楼/n', '住宅楼/n', '教学楼/n', '门诊楼/n', '办公楼/n', '厂房/n', '体育馆/n', '图书馆/n'),
    MONEY: (ctx) => money(ctx, 'large'),
    MONEY_SMALL: (ctx) => money(ctx, 'small'),
    GRADE: pickPlain('C25/n', 'C30/n', 'C35/n', 'C40/n'),
    PCT: pickPlain('2%/m', '3%/m', '5%/m'),
  },
  stages: [
    [
      '{OWNER} 将/p 位于/v {LOC} 的/u {BUILDING} 工程/n 发包/v 给/p {CONTRACTOR}',
      '{DATE} ，/w {OWNER} 与/p {CONTRACTOR} 签订/v 了/u 施工/v 合同/n',
      '{LOC} {BUILDING} 工程/n 由/p {CONTRACTOR} 承建/v',
      '本/r 合同/n 由/p {OWNER} 与/p {CONTRACTOR} 于/p {DATE} 签订/v',
      '{SUPERVISOR} 受/v 委托/v 承担/v {LOC} {BUILDING} 工程/n 的/u 监理/v 工作/n',
    ],
    [
      '合同/n 总价/n 为/v {MONEY}',
      '工程/n 于/p {DATE} 开工/v',
      '项目/n 经理/n 由/p {PER} 担任/v',
      '混凝土/n 强度/n 等级/n 不/d 低于/v {GRADE}',
      '质量/n 保证金/n 按/p 合同/n 价款/n 的/u {PCT} 预留/v',
      '工期/n 为/v {#180-720} 日历天/q',
    ],
    [
      '计划/v 于/p {DATE} 竣工/v',
      '发包人/n 应/v 在/p 收到/v 付款/v 申请/v 后/f {#7-28} 日/q 内/f 支付/v 进度款/n',
      '逾期/v 竣工/v 每/r 日/q 支付/v 违约金/n {MONEY_SMALL}',
      '{GOV} 于/p {DATE} 组织/v 了/u 竣工/v 验收/v',
      '保修/v 期限/n 为/v {#2-5} 年/q',
    ],
  ],
};

/** A district government as the employer of a public building: "{district}人民政府". */
function ownerGovernment(ctx: Ctx): Piece {
  const district = ctx.rng.pick(['东城区', '南湖区', '江北区', '临江区', '滨海区', '青山区'] as const);
  return entity('ORG', `${district}/ns 人民/n 政府/n`);
}

const opinion: Domain = {
  slots: {
    ...common,
    GOV: (ctx) => government(ctx, ['城管局', '市场监管局', '环保局', '住建局']),
    COMPANY: (ctx) => company(ctx, 'contractor'),
    PROPERTY: (ctx) => company(ctx, 'property'),
    BIG: (ctx) => plain(`${ctx.rng.int(2, 95)}万/m`),
  },
  stages: [
    [
      '{DATE} ，/w 网友/n 在/p 政务/n 平台/n 反映/v {LOC} 夜间/t 施工/v 噪声/n 扰民/v',
      '{LOC} 多/m 个/q 小区/n 出现/v 停水/v 现象/n',
      '居民/n {PER} 向/p {GOV} 投诉/v {COMPANY} 的/u 施工/v 噪声/n',
      '有关/v {LOC} 垃圾/n 清运/v 不/d 及时/a 的/u 帖子/n 引发/v 关注/v',
      '{DATE} ，/w {LOC} 一/m 处/q 路面/n 发生/v 塌陷/v',
      '网友/n {PER} 发帖/v 称/v {PROPERTY} 擅自/d 提高/v 停车费/n',
    ],
    [
      '该/r 话题/n 的/u 阅读/v 次数/n 超过/v {BIG}',
      '{GOV} 接到/v 投诉/v 后/f 立即/d 派/v 人员/n 核查/v',
      '一些/m 网友/n 质疑/v 信息/n 公开/v 不/d 及时/a',
      '{COMPANY} 回应/v 称/v 将/d 在/p {#3-15} 日/q 内/f 完成/v 整改/v',
      '舆情/n 热度/n 在/p {DATE} 达到/v 峰值/n',
    ],
    [
      '网友/n 对/p 处理/v 结果/n 表示/v 满意/a',
      '{GOV} 在/p 官方/n 账号/n 发布/v 了/u 公告/n',
      '{GOV} 表示/v 将/d 加强/v 监管/v',
      '事件/n 于/p {DATE} 得到/v 妥善/a 处置/v',
    ],
  ],
};

const technical: Domain = {
  slots: {
    ...common,
    ARCHIVE: (ctx) => archive(ctx),
    DESIGN: designInstitute,
    RETAIN: pickPlain('10/m 年/q', '30/m 年/q'),
  },
  stages: [
    [
      '{DATE} ，/w {ARCHIVE} 接收/v 了/u {DESIGN} 移交/v 的/u 竣工/v 图纸/n {#3-60} 卷/q',
      '档案/n 管理员/n {PER} 对/p {LOC} 桥梁/n 工程/n 的/u 案卷/n 进行/v 了/u 整理/v',
      '{PER} 工程师/n 于/p {DATE} 借阅/v 了/u {LOC} 隧道/n 工程/n 的/u 设计/v 变更/v 文件/n',
      '{ARCHIVE} 于/p {DATE} 开展/v 了/u 档案/n 鉴定/v 工作/n',
      '{DESIGN} 向/p {ARCHIVE} 移交/v 了/u {#20-400} 份/q 电子/n 文件/n',
    ],
    [
      '该/r 批/q 档案/n 的/u 保管/v 期限/n 为/v {RETAIN}',
      '图纸/n 已/d 完成/v 数字化/v 扫描/v',
      '借阅/v 期限/n 为/v {#7-30} 天/q',
      '原件/n 存放/v 在/p {#1-9} 号/q 库房/n',
      '电子/n 文件/n 以/p PDF/n 格式/n 归档/v',
    ],
    [
      '库房/n 温度/n 控制/v 在/p {#14-24} 摄氏度/q 以下/f',
      '鉴定/v 结果/n 由/p {PER} 审核/v',
      '归还/v 日期/n 为/v {DATE}',
      '检索/v 目录/n 于/p {DATE} 更新/v',
      '{ARCHIVE} 已/d 将/p 案卷/n 目录/n 录入/v 系统/n',
    ],
  ],
};

export const CLAUSE_DOMAINS: Readonly<Record<Category, Domain>> = {
  'medical-record': medical,
  'construction-contract': construction,
  'public-opinion': opinion,
  'technical-archive': technical,
};

export interface BuiltSentence {
  readonly pieces: Piece[];
  /** Which clauses were combined, e.g. `medical-record:2-0-4` (`x` = no closing clause). */
  readonly template: string;
}

/** One sentence of a domain: opening, middle and (usually) closing clause, commas between. */
export function buildSentence(ctx: Ctx, category: Category): BuiltSentence {
  const { slots, stages } = CLAUSE_DOMAINS[category];
  const [opening, middle, closing] = stages;
  const first = ctx.rng.int(0, opening.length - 1);
  const second = ctx.rng.int(0, middle.length - 1);
  const third = ctx.rng.next() < 0.7 ? ctx.rng.int(0, closing.length - 1) : undefined;
  const chosen = [opening[first], middle[second], third === undefined ? undefined : closing[third]].filter((clause): clause is string => clause !== undefined);
  const pieces: Piece[] = [];
  chosen.forEach((clause, index) => {
    if (index > 0) pieces.push(plain('，/w'));
    pieces.push(...expand(clause, slots, ctx));
  });
  pieces.push(plain('。/w'));
  return { pieces, template: `${category}:${first}-${second}-${third ?? 'x'}` };
}

/**
 * The samples of a sentence-level NLP suite (segmentation, POS, NER): distinct built
 * sentences per category, each turned into a sample by `toSample`.
 */
export function sentenceSamples(rng: Rng, prefix: string, toSample: (item: { readonly template: string; readonly sentence: Realised }, id: string, category: Category) => Sample): Sample[] {
  return samplesByCategory(
    prefix,
    (category) => {
      const built = buildSentence(newCtx(rng), category);
      return { template: built.template, sentence: realise(built.pieces) };
    },
    (item) => item.sentence.text,
    toSample,
  );
}
