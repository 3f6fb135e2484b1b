import { type Category, type Ctx, pieceText } from './nlp-core.js';
import { archive, CASES, city, company, date, designInstitute, frequencyText, government, hospital, money, person, place, REGIMENS } from './nlp-lexicon.js';

/**
 * Structured records behind the reading-comprehension and summarisation suites. A
 * passage and its answers (or reference summary) are both rendered from one record,
 * so an answer is in the passage by construction. Values are written so that no
 * answer is a substring of another field (e.g. payment terms in 天, dates in 日;
 * warranty in Chinese numerals so "2年" never hides inside "2022年").
 */

export interface MedicalRecord {
  readonly name: string;
  readonly sex: string;
  readonly age: string;
  readonly hospital: string;
  readonly dept: string;
  readonly symptom: string;
  readonly duration: string;
  readonly admitDate: string;
  readonly exam: string;
  readonly diagnosis: string;
  readonly drug: string;
  readonly dose: string;
  readonly freq: string;
  readonly dischargeDate: string;
  readonly doctor: string;
  readonly followUp: string;
}

export interface ContractRecord {
  readonly owner: string;
  readonly contractor: string;
  readonly project: string;
  readonly price: string;
  readonly startDate: string;
  readonly duration: string;
  readonly payDays: string;
  readonly retention: string;
  readonly penalty: string;
  readonly manager: string;
  readonly warranty: string;
}

export interface OpinionRecord {
  readonly date: string;
  readonly platform: string;
  readonly place: string;
  readonly issue: string;
  readonly reads: string;
  readonly agency: string;
  readonly company: string;
  readonly measure: string;
  readonly deadline: string;
}

export interface ArchiveRecord {
  readonly archiveNo: string;
  readonly title: string;
  readonly unit: string;
  readonly keeper: string;
  readonly transferDate: string;
  readonly volumes: string;
  readonly retention: string;
  readonly location: string;
  readonly archivist: string;
  readonly access: string;
}

export type AnyRecord =
  | { readonly category: 'medical-record'; readonly record: MedicalRecord }
  | { readonly category: 'construction-contract'; readonly record: ContractRecord }
  | { readonly category: 'public-opinion'; readonly record: OpinionRecord }
  | { readonly category: 'technical-archive'; readonly record: ArchiveRecord };

export function medicalRecord(ctx: Ctx): MedicalRecord {
  const patient = person(ctx);
  const clinical = ctx.rng.pick(CASES);
  const medicine = ctx.rng.pick(clinical.drugs);
  const admit = pieceText(date(ctx, true));
  return {
    name: patient.name,
    sex: patient.gender === 'm' ? '男' : '女',
    age: `${ctx.rng.int(18, 89)}岁`,
    hospital: pieceText(hospital(ctx)),
    dept: clinical.dept,
    symptom: ctx.rng.pick(clinical.symptoms),
    duration: `${ctx.rng.int(2, 14)}天`,
    admitDate: admit,
    exam: ctx.rng.pick(clinical.exams),
    diagnosis: clinical.diagnosis,
    drug: medicine,
    dose: `${REGIMENS[medicine][0]}毫克`,
    freq: frequencyText(medicine),
    dischargeDate: pieceText(date(ctx, true, ctx.rng.int(4, 16))),
    doctor: person(ctx).name,
    followUp: `${ctx.rng.int(1, 4)}周后`,
  };
}

export function contractRecord(ctx: Ctx): ContractRecord {
  return {
    owner: pieceText(ctx.rng.next() < 0.5 ? company(ctx, 'developer') : hospital(ctx)),
    contractor: pieceText(company(ctx, 'contractor')),
    project: `${pieceText(place(ctx))}${ctx.rng.pick(['综合楼', '住宅楼', '教学楼', '门诊楼', '办公楼', '体育馆'])}工程`,
    price: pieceText(money(ctx, 'large')),
    startDate: pieceText(date(ctx, true)),
    duration: `${ctx.rng.int(180, 720)}日历天`,
    payDays: `${ctx.rng.pick([7, 10, 14, 21, 28])}天`,
    retention: ctx.rng.pick(['2%', '3%', '5%']),
    penalty: pieceText(money(ctx, 'small')),
    manager: person(ctx).name,
    warranty: ctx.rng.pick(['两年', '三年', '五年']),
  };
}

const ISSUES = [
  { issue: '夜间施工噪声扰民', measure: '停止夜间22时至次日6时的施工作业', kind: 'contractor' },
  { issue: '道路积水严重', measure: '清理排水管道并增设临时排水泵', kind: 'contractor' },
  { issue: '垃圾清运不及时', measure: '把垃圾清运频次增加到每日两次', kind: 'property' },
  { issue: '小区停车费上涨', measure: '暂停执行新的停车收费标准', kind: 'property' },
] as const;

export function opinionRecord(ctx: Ctx): OpinionRecord {
  const issue = ctx.rng.pick(ISSUES);
  const local = city(ctx).full;
  return {
    date: pieceText(date(ctx, true)),
    platform: ctx.rng.pick(['政务服务平台', '本地论坛', '微博', '短视频平台']),
    place: pieceText(place(ctx, local)),
    issue: issue.issue,
    reads: `${ctx.rng.int(2, 95)}万次`,
    agency: pieceText(government(ctx, issue.kind === 'contractor' ? ['城管局', '住建局'] : ['市场监管局', '住建局'], local)),
    company: pieceText(company(ctx, issue.kind)),
    measure: issue.measure,
    deadline: `${ctx.rng.pick([3, 5, 7, 10, 15])}天内`,
  };
}

export function archiveRecord(ctx: Ctx): ArchiveRecord {
  const year = ctx.rng.int(2005, 2018);
  const local = city(ctx).full;
  return {
    archiveNo: `${ctx.rng.pick(['CJ', 'GC', 'SJ'])}-${year}-${String(ctx.rng.int(1, 9999)).padStart(4, '0')}`,
    title: `${pieceText(place(ctx, local))}${ctx.rng.pick(['桥梁', '隧道', '道路', '排水管网', '综合楼'])}工程竣工档案`,
    unit: pieceText(ctx.rng.next() < 0.5 ? designInstitute(ctx) : company(ctx, 'contractor')),
    keeper: pieceText(archive(ctx, local)),
    transferDate: pieceText(date(ctx, true)),
    volumes: `${ctx.rng.int(6, 180)}卷`,
    retention: ctx.rng.pick(['永久', '长期', '30年']),
    location: `${ctx.rng.int(1, 9)}号库房第${ctx.rng.int(1, 40)}排`,
    archivist: person(ctx).name,
    access: ctx.rng.pick(['仅限本单位查阅', '可对外开放查阅', '需经馆长批准后查阅']),
  };
}

export function anyRecord(ctx: Ctx, category: Category): AnyRecord {
  switch (category) {
    case 'medical-record':
      return { category, record: medicalRecord(ctx) };
    case 'construction-contract':
      return { category, record: contractRecord(ctx) };
    case 'public-opinion':
      return { category, record: opinionRecord(ctx) };
    case 'technical-archive':
      return { category, record: archiveRecord(ctx) };
  }
}

/** How often `needle` occurs in `text` (overlapping matches counted). */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}
