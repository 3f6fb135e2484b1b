import type { Sample } from '../types.js';
import { createRng, itemId, numericDistractors, round, type Rng } from './lib.js';
import { drawRenalPatient, CG_FORMULA, EGFR_FORMULA, patientInputs, patientText } from './healthcare-calc-renal.js';
import { HEALTHCARE_FACTS } from './healthcare-facts.js';
import { bandText, bazett, bmi, BMI_CUTS, BMI_LABELS, bmiCategory, ckdEpi2021, CKD_STAGES, ckdStage, cockcroftGault, dripRate, mosteller, RENAL_TABLE_SOURCE, RENAL_TABLES, renalBand, renalTableText, SEX_ZH, type Sex } from './healthcare-formulas.js';
import { answerPositions, clearOfCuts, clearOfRounding, drawUnique, placedChoice, type Inputs } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * healthcare-mcq: four-option single-answer questions. Half are computed (BMI category,
 * CKD G-stage, an illustrative renal dose band, a clinical calculation with numeric
 * distractors) and keyed by code; half come from the fact table in healthcare-facts.ts.
 */

interface McqDraft {
  readonly input: string;
  readonly right: string;
  readonly distractors: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Per computed category: 8 items, each produced by `make(rng, index)`. */
const PER_CATEGORY = 8;

// Each BMI band drawn away from its edges, so the category does not hinge on rounding.
const BMI_RANGES: readonly (readonly [number, number])[] = [[15.5, 18.2], [18.8, 23.7], [24.3, 27.7], [28.3, 35]];

function bmiItem(rng: Rng, index: number): McqDraft | undefined {
  const wanted = index % BMI_LABELS.length;
  const [low, high] = BMI_RANGES[wanted] ?? [18.8, 23.7];
  const sex = rng.pick<Sex>(['male', 'female']);
  const heightCm = rng.int(150, 188);
  const weightKg = round(rng.real(low, high, 2) * (heightCm / 100) ** 2, 1);
  const value = bmi(weightKg, heightCm);
  const label = bmiCategory(value);
  if (label !== BMI_LABELS[wanted] || !clearOfCuts(value, BMI_CUTS, 0.2)) return undefined;
  return {
    input: `成年${SEX_ZH[sex]}性，身高 ${heightCm} cm，体重 ${weightKg} kg。按我国《成人体重判定》（WS/T 428-2013），其体重分类为`,
    right: label,
    distractors: BMI_LABELS.filter((other) => other !== label),
    metadata: { kind: 'bmi-category', formula: 'BMI = 体重(kg) / 身高(m)²；< 18.5 体重过低，18.5–< 24 体重正常，24–< 28 超重，≥ 28 肥胖', inputs: { sex, heightCm, weightKg }, computed: round(value, 4), source: 'standard: WS/T 428-2013' },
  };
}

function ckdItem(rng: Rng, index: number): McqDraft | undefined {
  const wanted = CKD_STAGES[index % CKD_STAGES.length]?.label;
  const patient = drawRenalPatient(rng, false, { mgDl: [0.45, 7.5], umol: [0, 0] });
  const value = ckdEpi2021(patient.ageYears, patient.creatinineMgDl, patient.sex);
  const label = ckdStage(value);
  if (label !== wanted || !clearOfCuts(value, CKD_STAGES.map((stage) => stage.min).filter((min) => min > 0), 1.5)) return undefined;
  return {
    input: `${patientText(patient, false)}。按 CKD-EPI 2021 肌酐方程（不含种族系数）估算 eGFR，并按 KDIGO 2012 的 GFR 分期，该患者属于`,
    right: label,
    distractors: rng.shuffle(CKD_STAGES.map((stage) => stage.label).filter((other) => other !== label)).slice(0, 3),
    metadata: { kind: 'ckd-stage', formula: `${EGFR_FORMULA}；G1 ≥ 90，G2 60–89，G3a 45–59，G3b 30–44，G4 15–29，G5 < 15`, inputs: patientInputs(patient, false), computed: round(value, 4), source: 'formula: CKD-EPI 2021; standard: KDIGO 2012 GFR categories' },
  };
}

function renalBandItem(rng: Rng, index: number): McqDraft | undefined {
  const table = RENAL_TABLES[index % RENAL_TABLES.length];
  if (!table) return undefined;
  const patient = drawRenalPatient(rng, index % 4 >= 2, { mgDl: [0.7, 5.5], umol: [60, 480] });
  const crcl = cockcroftGault(patient.ageYears, patient.weightKg, patient.creatinineMgDl, patient.sex);
  if (!clearOfCuts(crcl, table.bands.map((band) => band.minCrCl).filter((edge) => edge > 0), 3)) return undefined;
  const right = bandText(renalBand(table, crcl));
  return {
    input: `${renalTableText(table)}\n\n${patientText(patient, true)}。按 Cockcroft–Gault 公式（使用实际体重）估算肌酐清除率，按上表应选择的${table.drug}给药方案是`,
    right,
    distractors: table.bands.map(bandText).filter((text) => text !== right),
    metadata: { kind: 'renal-dose-band', formula: CG_FORMULA, inputs: patientInputs(patient, true), table: table.bands, computed: round(crcl, 4), source: `formula: Cockcroft–Gault; ${RENAL_TABLE_SOURCE}` },
  };
}

function calculationItem(rng: Rng, index: number): McqDraft | undefined {
  let spec: { question: string; value: number; decimals: number; unit: string; formula: string; inputs: Inputs; kind: string; source: string };
  switch (index % 4) {
    case 0: {
      const patient = drawRenalPatient(rng, index % 8 >= 4, { mgDl: [0.6, 3.5], umol: [50, 300] });
      spec = { kind: 'cockcroft-gault', question: `${patientText(patient, true)}。按 Cockcroft–Gault 公式（使用实际体重）估算，其肌酐清除率约为`, value: cockcroftGault(patient.ageYears, patient.weightKg, patient.creatinineMgDl, patient.sex), decimals: 1, unit: 'mL/min', formula: CG_FORMULA, inputs: patientInputs(patient, true), source: 'formula: Cockcroft–Gault (1976)' };
      break;
    }
    case 1: {
      const heightCm = rng.int(145, 190);
      const weightKg = rng.real(40, 100, 1);
      spec = { kind: 'bsa', question: `患者身高 ${heightCm} cm，体重 ${weightKg} kg。按 Mosteller 公式，其体表面积约为`, value: mosteller(heightCm, weightKg), decimals: 2, unit: 'm²', formula: 'BSA = √(身高(cm) × 体重(kg) / 3600)', inputs: { heightCm, weightKg }, source: 'formula: Mosteller (1987)' };
      break;
    }
    case 2: {
      const qtMs = rng.int(320, 480);
      const heartRate = rng.int(50, 125);
      spec = { kind: 'bazett', question: `心电图示 QT 间期 ${qtMs} ms，心率 ${heartRate} 次/分。按 Bazett 公式，QTc 约为`, value: bazett(qtMs, heartRate), decimals: 0, unit: 'ms', formula: 'QTc = QT / √RR，RR = 60 / 心率 (s)', inputs: { qtMs, heartRate }, source: 'formula: Bazett (1920)' };
      break;
    }
    default: {
      const volumeMl = rng.int(2, 20) * 50;
      const hours = rng.pick([2, 3, 4, 5, 6, 8, 10, 12]);
      const dropFactor = rng.pick([15, 20]);
      spec = { kind: 'drip-rate', question: `${volumeMl} mL 液体需在 ${hours} 小时内匀速滴完，输液器滴系数为 ${dropFactor} 滴/mL。滴速约为`, value: dripRate(volumeMl, hours, dropFactor), decimals: 0, unit: '滴/分钟', formula: '滴速 = 体积(mL) × 滴系数 / (时间(h) × 60)', inputs: { volumeMl, hours, dropFactor }, source: 'formula: drip rate (original calculation)' };
    }
  }
  if (!clearOfRounding(spec.value, spec.decimals, 0.15)) return undefined;
  const answer = round(spec.value, spec.decimals);
  const text = (value: number) => `${value.toFixed(spec.decimals)} ${spec.unit}`;
  return {
    input: spec.question,
    right: text(answer),
    distractors: numericDistractors(rng, answer, spec.decimals).map(text),
    metadata: { kind: spec.kind, formula: spec.formula, inputs: spec.inputs, computed: round(spec.value, 4), decimals: spec.decimals, unit: spec.unit, source: spec.source },
  };
}

const COMPUTED: readonly (readonly [string, (rng: Rng, index: number) => McqDraft | undefined])[] = [
  ['bmi-category', bmiItem],
  ['ckd-stage', ckdItem],
  ['renal-dose-band', renalBandItem],
  ['clinical-calculation', calculationItem],
];

export function healthcareMcqSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const positions = answerPositions(rng, COMPUTED.length * PER_CATEGORY + HEALTHCARE_FACTS.length);
  const push = (category: string, draft: McqDraft) => {
    const { choices, target } = placedChoice(rng, draft.right, draft.distractors, positions[samples.length] ?? 0);
    samples.push({ id: itemId('hcm', samples.length), category, input: draft.input, choices, target, metadata: { ...draft.metadata, answer: draft.right } });
  };
  for (const [category, make] of COMPUTED) {
    for (let index = 0; index < PER_CATEGORY; index += 1) {
      const draft = drawUnique(() => make(rng, index), seen, `${category} item ${index}`);
      push(category, draft);
    }
  }
  for (const fact of HEALTHCARE_FACTS) {
    push(fact.category, { input: fact.question, right: fact.answer, distractors: fact.distractors, metadata: { rationale: fact.rationale, source: fact.source } });
  }
  return samples;
}

export const healthcareMcq: SuiteGenerator = {
  file: 'healthcare/healthcare-mcq.jsonl',
  seed: 'pingce-healthcare-mcq-v1',
  generate: healthcareMcqSamples,
};
