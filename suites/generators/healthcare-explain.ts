import type { Sample } from '../types.js';
import { createRng, round, type Rng } from './lib.js';
import { drawRenalPatient, EGFR_FORMULA, patientInputs, patientText } from './healthcare-calc-renal.js';
import { bmi, BMI_CUTS, BMI_LABELS, bmiCategory, ckdEpi2021, CKD_STAGES, ckdStage, GLUCOSE_MGDL_PER_MMOL, SEX_ZH, type Sex } from './healthcare-formulas.js';
import { clearOfCuts, clearOfRounding, uniqueSamples } from './healthcare-items.js';
import type { SuiteGenerator } from './types.js';

/**
 * healthcare-explain: open-ended patient explanations. Scored with `includes` (all: true)
 * on key facts the prompt itself requires — the computed value and its category, in the
 * wording the prompt fixes — rather than ROUGE-L against a generated reference, which
 * would reward copying the reference's phrasing instead of getting the facts right.
 * Readability is not scored: that would need a judge model.
 */

interface ExplainDraft {
  readonly input: string;
  readonly keyFacts: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

const PLAIN = '请用通俗易懂、语气友善的语言向患者解释（约 100～200 字）。';

/** A one-decimal value is safe as a key fact when it is clear of rounding and does not end in .0 (26.0 vs 26). */
function oneDecimalFact(value: number): string | undefined {
  if (!clearOfRounding(value, 1, 0.15)) return undefined;
  const text = round(value, 1).toFixed(1);
  return text.endsWith('.0') ? undefined : text;
}

function bmiExplain(rng: Rng): ExplainDraft | undefined {
  const sex = rng.pick<Sex>(['male', 'female']);
  const heightCm = rng.int(150, 188);
  const weightKg = rng.real(42, 105, 1);
  const value = bmi(weightKg, heightCm);
  const fact = oneDecimalFact(value);
  if (!fact || !clearOfCuts(value, BMI_CUTS, 0.2)) return undefined;
  const label = bmiCategory(value);
  return {
    input: `一位成年${SEX_ZH[sex]}性患者身高 ${heightCm} cm，体重 ${weightKg} kg，想了解自己的体重是否正常。${PLAIN}回答中必须写出：BMI 数值（保留一位小数）；按我国《成人体重判定》（WS/T 428-2013）的分类，分类名称使用下列原词之一：${BMI_LABELS.join('、')}。`,
    keyFacts: [fact, label],
    metadata: { kind: 'bmi', inputs: { sex, heightCm, weightKg }, computed: round(value, 4), formula: 'BMI = 体重(kg) / 身高(m)²；WS/T 428-2013 切点 18.5/24/28', source: 'standard: WS/T 428-2013' },
  };
}

function kidneyExplain(rng: Rng): ExplainDraft | undefined {
  const patient = drawRenalPatient(rng, true, { mgDl: [0, 0], umol: [55, 380] });
  const value = ckdEpi2021(patient.ageYears, patient.creatinineMgDl, patient.sex);
  if (!clearOfRounding(value, 0, 0.15) || !clearOfCuts(value, CKD_STAGES.map((stage) => stage.min).filter((min) => min > 0), 1.5)) return undefined;
  const stage = ckdStage(value);
  return {
    input: `${patientText(patient, false)}，询问自己的肾功能情况。请按 CKD-EPI 2021 肌酐方程（不含种族系数）估算 eGFR，并${PLAIN}回答中必须写出：eGFR 数值（四舍五入取整数，单位 mL/min/1.73 m²）；KDIGO 2012 的 GFR 分期代号（G1、G2、G3a、G3b、G4、G5 之一）。`,
    keyFacts: [String(round(value, 0)), stage],
    metadata: { kind: 'egfr-stage', inputs: patientInputs(patient, false), computed: round(value, 4), formula: EGFR_FORMULA, source: 'formula: CKD-EPI 2021; standard: KDIGO 2012 GFR categories' },
  };
}

function medicationExplain(rng: Rng): ExplainDraft {
  const strengthMg = rng.pick([125, 250, 500]);
  const tablets = rng.pick([1, 2]);
  const perDay = rng.pick([2, 3, 4]);
  const days = rng.pick([3, 5, 7, 10, 14]);
  const doseMg = strengthMg * tablets;
  const total = tablets * perDay * days;
  return {
    input: `医嘱：某口服药，片剂规格 ${strengthMg} mg/片，每次 ${doseMg} mg，每日 ${perDay} 次，连续服用 ${days} 天。${PLAIN.replace('解释', '交代用法')}回答中必须用阿拉伯数字写明“每次X片”和整个疗程“共Y片”（例如“每次1片”“共21片”）。`,
    keyFacts: [`每次${tablets}片`, `共${total}片`],
    metadata: { kind: 'tablet-count', inputs: { strengthMg, doseMg, perDay, days }, computed: total, formula: '每次片数 = 每次剂量 / 规格；总片数 = 每次片数 × 每日次数 × 天数', source: 'original calculation (pingce)' },
  };
}

// WHO 1999 fasting plasma glucose bands, with the labels the prompt makes the model use.
const GLUCOSE_LABELS = ['空腹血糖正常', '空腹血糖受损', '达到糖尿病诊断切点'] as const;
const GLUCOSE_CUTS = [6.1, 7.0] as const;

function glucoseExplain(rng: Rng): ExplainDraft | undefined {
  const mgDl = rng.int(72, 290);
  const value = mgDl / GLUCOSE_MGDL_PER_MMOL;
  const fact = oneDecimalFact(value);
  if (!fact || !clearOfCuts(value, GLUCOSE_CUTS, 0.15)) return undefined;
  const label = GLUCOSE_LABELS[GLUCOSE_CUTS.filter((cut) => value >= cut).length] ?? GLUCOSE_LABELS[2];
  return {
    input: `患者用进口血糖仪自测空腹血糖为 ${mgDl} mg/dL，看不懂这个单位。请按 1 mmol/L = 18.0 mg/dL 换算，并${PLAIN}回答中必须写出：换算后的数值（mmol/L，保留一位小数）；按空腹血糖 < 6.1 mmol/L、6.1～< 7.0 mmol/L、≥ 7.0 mmol/L 三档的判断，分别使用原词：${GLUCOSE_LABELS.join('、')}（只写出适用的一个）。`,
    keyFacts: [fact, label],
    metadata: { kind: 'glucose-band', inputs: { mgDl }, computed: round(value, 4), formula: 'mmol/L = mg/dL / 18.0；< 6.1 正常，6.1–< 7.0 空腹血糖受损，≥ 7.0 达到糖尿病诊断切点', source: 'guideline: WHO 1999 糖尿病诊断标准（我国指南采用）' },
  };
}

const CATEGORIES: readonly (readonly [string, (rng: Rng) => ExplainDraft | undefined])[] = [
  ['patient-bmi', bmiExplain],
  ['patient-kidney', kidneyExplain],
  ['patient-medication', medicationExplain],
  ['patient-glucose', glucoseExplain],
];
const PER_CATEGORY = 4;

export function healthcareExplainSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  return uniqueSamples(rng, 'hcx', CATEGORIES, PER_CATEGORY, (draft) => ({ target: draft.keyFacts, metadata: { ...draft.metadata, keyFacts: draft.keyFacts } }));
}

export const healthcareExplain: SuiteGenerator = {
  file: 'healthcare/healthcare-explain.jsonl',
  seed: 'pingce-healthcare-explain-v1',
  generate: healthcareExplainSamples,
};
