/**
 * Building blocks of the templated notes in healthcare-emr: fictional patients, each
 * scenario with a consistent complaint, diagnosis and orders. Doses are plausible
 * values picked from short lists; the items test extraction, not prescribing.
 */

export type DurationUnit = '天' | '周' | '个月' | '年';

export interface DrugOrder {
  readonly name: string;
  readonly amounts: readonly number[];
  readonly unit: 'mg' | 'g';
  readonly route: string;
  readonly frequency: string;
}

export interface Scenario {
  readonly symptoms: string;
  /** The first symptom, used in the history of present illness. */
  readonly onset: string;
  readonly diagnosis: string;
  readonly durationUnits: readonly DurationUnit[];
  readonly orders: readonly [DrugOrder, DrugOrder];
  /** A past-history line that does not contradict the diagnosis. */
  readonly pastHistory: string;
  /** Ranges of the recorded temperature (℃) and systolic pressure, consistent with the diagnosis. */
  readonly temperature: readonly [number, number];
  readonly systolic: readonly [number, number];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    symptoms: '发热、咳嗽、咳痰',
    onset: '受凉后出现发热，伴咳嗽、咳黄痰',
    diagnosis: '社区获得性肺炎',
    durationUnits: ['天'],
    orders: [
      { name: '头孢曲松', amounts: [1, 2], unit: 'g', route: '静脉滴注', frequency: '每日1次' },
      { name: '氨溴索', amounts: [15, 30], unit: 'mg', route: '口服', frequency: '每日3次' },
    ],
    pastHistory: '高血压病史{years}年，规律服用降压药',
    temperature: [37.8, 39.6], systolic: [110, 150],
  },
  {
    symptoms: '头晕、头痛',
    onset: '无明显诱因出现头晕、头痛，自测血压偏高',
    diagnosis: '原发性高血压',
    durationUnits: ['天', '周', '个月'],
    orders: [
      { name: '氨氯地平', amounts: [5, 10], unit: 'mg', route: '口服', frequency: '每日1次' },
      { name: '缬沙坦', amounts: [80, 160], unit: 'mg', route: '口服', frequency: '每日1次' },
    ],
    pastHistory: '2型糖尿病病史{years}年',
    temperature: [36.2, 37.2], systolic: [146, 182],
  },
  {
    symptoms: '多饮、多尿、体重下降',
    onset: '无明显诱因出现口干、多饮、多尿，体重较前下降',
    diagnosis: '2型糖尿病',
    durationUnits: ['周', '个月', '年'],
    orders: [
      { name: '二甲双胍', amounts: [0.5, 1], unit: 'g', route: '口服', frequency: '每日2次' },
      { name: '阿卡波糖', amounts: [50, 100], unit: 'mg', route: '口服', frequency: '每日3次' },
    ],
    pastHistory: '高脂血症病史{years}年',
    temperature: [36.2, 37.2], systolic: [105, 138],
  },
  {
    symptoms: '反复上腹痛',
    onset: '进食后出现上腹部隐痛，伴反酸、嗳气',
    diagnosis: '慢性胃炎',
    durationUnits: ['周', '个月', '年'],
    orders: [
      { name: '奥美拉唑', amounts: [20, 40], unit: 'mg', route: '口服', frequency: '每日1次' },
      { name: '铝碳酸镁', amounts: [0.5, 1], unit: 'g', route: '嚼服', frequency: '每日3次' },
    ],
    pastHistory: '胆囊结石病史{years}年',
    temperature: [36.2, 37.2], systolic: [100, 135],
  },
  {
    symptoms: '活动后胸闷、胸痛',
    onset: '活动后出现胸骨后闷痛，休息数分钟可缓解',
    diagnosis: '冠状动脉粥样硬化性心脏病，不稳定型心绞痛',
    durationUnits: ['天', '周', '个月'],
    orders: [
      { name: '阿托伐他汀', amounts: [20, 40], unit: 'mg', route: '口服', frequency: '每晚1次' },
      { name: '氯吡格雷', amounts: [75], unit: 'mg', route: '口服', frequency: '每日1次' },
    ],
    pastHistory: '高血压病史{years}年',
    temperature: [36.2, 37.2], systolic: [118, 160],
  },
  {
    symptoms: '尿频、尿急、尿痛',
    onset: '无明显诱因出现尿频、尿急、尿痛',
    diagnosis: '急性膀胱炎',
    durationUnits: ['天'],
    orders: [
      { name: '左氧氟沙星', amounts: [0.5], unit: 'g', route: '口服', frequency: '每日1次' },
      { name: '碳酸氢钠', amounts: [0.5, 1], unit: 'g', route: '口服', frequency: '每日3次' },
    ],
    pastHistory: '慢性胃炎病史{years}年',
    temperature: [36.3, 37.4], systolic: [100, 138],
  },
];

/** Drugs a note may record an allergy to; never one the same note orders. */
export const ALLERGENS: readonly string[] = ['青霉素', '磺胺类药物', '阿司匹林', '碘造影剂', '链霉素', '布洛芬'];

export const SURNAMES: readonly string[] = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙'];

/** Synonymous spellings of each unit a correct answer may use. */
export const UNIT_VARIANTS: Readonly<Record<DurationUnit, readonly string[]>> = {
  天: ['天', '日'],
  周: ['周', '星期', '个星期'],
  个月: ['个月', '月'],
  年: ['年'],
};

export const DURATION_RANGE: Readonly<Record<DurationUnit, readonly [number, number]>> = {
  天: [2, 14],
  周: [1, 8],
  个月: [1, 11],
  年: [1, 10],
};

export const LUNG_SITES: readonly string[] = ['右肺上叶尖段', '右肺中叶外侧段', '右肺下叶背段', '左肺上叶尖后段', '左肺上叶舌段', '左肺下叶基底段'];
export const NODULE_KINDS: readonly string[] = ['实性', '磨玻璃', '部分实性'];

/** Accepted answers when a note records no allergy. */
export const NO_ALLERGY_ANSWERS: readonly string[] = ['无', '否认', '无药物过敏史', '否认药物过敏史', '否认药物、食物过敏史', '无过敏史', '没有'];
