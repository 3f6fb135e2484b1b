import type { Sample } from '../types.js';
import { createRng, type Rng } from './lib.js';
import { ALLERGENS, DURATION_RANGE, LUNG_SITES, NO_ALLERGY_ANSWERS, NODULE_KINDS, SCENARIOS, SURNAMES, UNIT_VARIANTS, type DrugOrder, type Scenario } from './healthcare-emr-data.js';
import { chineseNumber, draw, uniqueSamples } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * healthcare-emr: short answers extracted from templated medical-record notes and CT
 * reports. The note is generated from known fields, so the answer is known; each note
 * also carries look-alike numbers (an earlier worsening, a peak temperature, a second
 * lesion) so that copying the first number seen is not enough. `target` lists the
 * accepted spellings for `exact-match`.
 */

interface EmrDraft {
  readonly input: string;
  readonly target: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

interface Note {
  readonly text: string;
  readonly scenario: Scenario;
  readonly duration: { readonly value: number; readonly unit: keyof typeof UNIT_VARIANTS };
  readonly doses: readonly (DrugOrder & { readonly amount: number })[];
  readonly vitals: { readonly temperature: string; readonly pulse: number; readonly systolic: number; readonly diastolic: number };
  readonly allergen: string | undefined;
}

function makeNote(rng: Rng): Note {
  const scenario = rng.pick(SCENARIOS);
  const unit = rng.pick(scenario.durationUnits);
  const [low, high] = DURATION_RANGE[unit];
  const duration = { value: rng.int(low, high), unit };
  // The worsening is recent and, in days, shorter than the complaint: a look-alike number, not a contradiction.
  const worse = rng.int(1, unit === '天' ? Math.min(3, duration.value - 1) : 3);
  const doses = scenario.orders.map((order) => ({ ...order, amount: rng.pick(order.amounts) }));
  const temperature = rng.real(scenario.temperature[0], scenario.temperature[1], 1).toFixed(1);
  const peak = (Number(temperature) + rng.real(0.3, 1, 1)).toFixed(1);
  const systolic = rng.int(scenario.systolic[0], scenario.systolic[1]);
  const vitals = { temperature, pulse: rng.int(58, 118), systolic, diastolic: rng.int(58, Math.min(108, systolic - 30)) };
  const allergen = rng.next() < 0.35 ? undefined : rng.pick(ALLERGENS);
  const sex = rng.pick(['男', '女']);
  const age = rng.int(28, 85);
  const fever = scenario.symptoms.startsWith('发热') ? `，体温最高 ${peak}℃` : '';
  const lines = [
    `姓名：${rng.pick(SURNAMES)}某　性别：${sex}　年龄：${age}岁`,
    `主诉：${scenario.symptoms}${duration.value}${unit}。`,
    `现病史：患者${duration.value}${unit}前${scenario.onset}${fever}，近${worse}天症状加重，遂来就诊。`,
    `既往史：${scenario.pastHistory.replace('{years}', String(rng.int(2, Math.min(20, age - 20))))}。${allergen ? `过敏史：对${allergen}过敏，表现为皮疹。` : '否认药物、食物过敏史。'}`,
    `体格检查：T ${temperature}℃，P ${vitals.pulse}次/分，R ${rng.int(14, 26)}次/分，BP ${systolic}/${vitals.diastolic}mmHg。`,
    `初步诊断：${scenario.diagnosis}`,
    `处理：${doses.map((dose, index) => `${index + 1}. ${dose.name} ${dose.amount} ${dose.unit} ${dose.route} ${dose.frequency}`).join('；')}。`,
  ];
  return { text: `【门诊病历】\n${lines.join('\n')}`, scenario, duration, doses, vitals, allergen };
}

function durationItem(rng: Rng): EmrDraft {
  const note = makeNote(rng);
  const { value, unit } = note.duration;
  const target = [String(value), chineseNumber(value)].flatMap((number) => UNIT_VARIANTS[unit].map((spelling) => `${number}${spelling}`));
  return { input: `${note.text}\n\n问题：主诉中症状的持续时间是多少？只输出“数字+时间单位”（如 5天、2周），不要输出其他内容。`, target, metadata: { field: 'chief-complaint-duration', value, unit, note: 'answer = duration written in 主诉' } };
}

function doseItem(rng: Rng): EmrDraft {
  const note = makeNote(rng);
  const dose = rng.pick(note.doses);
  const forms = [`${dose.amount}${dose.unit}`, `${dose.amount} ${dose.unit}`];
  // 0.5 g and 500 mg are the same dose; either spelling is right.
  if (dose.unit === 'g') forms.push(`${dose.amount * 1000}mg`, `${dose.amount * 1000} mg`);
  return { input: `${note.text}\n\n问题：处理医嘱中${dose.name}的单次剂量是多少？只输出“数值+单位”（如 20mg），不要输出其他内容。`, target: forms, metadata: { field: 'medication-dose', drug: dose.name, amount: dose.amount, unit: dose.unit } };
}

const VITALS = [
  { key: 'temperature', label: '体温', unit: '℃', extra: ['°C'] },
  { key: 'pulse', label: '脉搏（次/分）', unit: '次/分', extra: [] },
  { key: 'systolic', label: '收缩压（mmHg）', unit: 'mmHg', extra: [] },
  { key: 'diastolic', label: '舒张压（mmHg）', unit: 'mmHg', extra: [] },
] as const;

function vitalItem(rng: Rng, index: number): EmrDraft {
  const note = makeNote(rng);
  const vital = VITALS[index % VITALS.length] ?? VITALS[0];
  const value = String(note.vitals[vital.key]);
  const target = [value, ...[vital.unit, ...vital.extra].flatMap((unit) => [`${value}${unit}`, `${value} ${unit}`])];
  return { input: `${note.text}\n\n问题：体格检查记录的${vital.label}是多少？只输出数字，不要输出单位或其他内容。`, target, metadata: { field: vital.key, value, unit: vital.unit } };
}

function allergyItem(rng: Rng, index: number): EmrDraft {
  // Every third note records no allergy, so "无" is sometimes the right answer.
  const note = draw(() => {
    const candidate = makeNote(rng);
    const wantNone = index % 3 === 2;
    if ((candidate.allergen === undefined) !== wantNone) return undefined;
    return candidate.doses.some((dose) => dose.name === candidate.allergen) ? undefined : candidate;
  }, 'allergy note');
  const target = note.allergen === undefined ? NO_ALLERGY_ANSWERS : [note.allergen, `${note.allergen}过敏`, `对${note.allergen}过敏`];
  return { input: `${note.text}\n\n问题：患者对哪种药物过敏？只输出药物名称；若病历记录无过敏史，只输出“无”。`, target, metadata: { field: 'allergy', allergen: note.allergen ?? null } };
}

function imagingItem(rng: Rng, index: number): EmrDraft {
  const site = rng.pick(LUNG_SITES);
  const other = rng.pick(LUNG_SITES.filter((candidate) => candidate.slice(0, 2) !== site.slice(0, 2)));
  const kind = rng.pick(NODULE_KINDS);
  const long = rng.int(6, 28);
  const short = rng.int(4, long - 1);
  const calcified = rng.pick([2, 3, 4, 5].filter((value) => value !== short));
  // Either order occurs in real reports, so the larger number is not always first.
  const sizeText = rng.next() < 0.5 ? `${long} mm × ${short} mm` : `${short} mm × ${long} mm`;
  const report = [
    '【胸部 CT 平扫报告】',
    `检查所见：胸廓对称，双肺纹理清晰。${site}见一${kind}结节，大小约 ${sizeText}，边缘${rng.pick(['光整', '分叶', '可见短毛刺'])}。${other}见一钙化灶，直径约 ${calcified} mm。纵隔内未见肿大淋巴结，双侧胸腔未见积液。`,
    `诊断意见：${site}${kind}结节，建议结合临床随访复查。`,
  ].join('\n');
  const askLong = index % 2 === 0;
  const value = askLong ? long : short;
  const lobe = site.slice(0, 4);
  return {
    input: `${report}\n\n问题：报告中${lobe}${kind}结节的${askLong ? '最大径（长径）' : '短径'}是多少 mm？只输出数字，不要输出单位或其他内容。`,
    target: [String(value), `${value}mm`, `${value} mm`],
    metadata: { field: askLong ? 'nodule-long-axis' : 'nodule-short-axis', value, sizes: [short, long], calcifiedMm: calcified },
  };
}

const CATEGORIES: readonly (readonly [string, (rng: Rng, index: number) => EmrDraft])[] = [
  ['chief-complaint-duration', durationItem],
  ['medication-dose', doseItem],
  ['vital-sign', vitalItem],
  ['allergy', allergyItem],
  ['imaging-finding', imagingItem],
];
const PER_CATEGORY = 10;

export function healthcareEmrSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  return uniqueSamples(rng, 'hce', CATEGORIES, PER_CATEGORY, (draft) => ({ target: [...new Set(draft.target)], metadata: draft.metadata }));
}

export const healthcareEmr: SuiteGenerator = {
  file: 'healthcare/healthcare-emr.jsonl',
  seed: 'pingce-healthcare-emr-v1',
  generate: healthcareEmrSamples,
};
