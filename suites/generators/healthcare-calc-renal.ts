import { round, type Rng } from './lib.js';
import { ckdEpi2021, cockcroftGault, CREATININE_UMOL_PER_MGDL, creatinineText, RENAL_TABLE_SOURCE, RENAL_TABLES, renalBand, renalTableText, SEX_ZH, type Sex } from './healthcare-formulas.js';
import { clearOfCuts, type CalcCategory, type CalcDraft } from './healthcare-items.js';

/** Renal-function items of healthcare-calc: Cockcroft–Gault, renal dose bands, CKD-EPI 2021. */

export interface RenalPatient {
  readonly sex: Sex;
  readonly ageYears: number;
  readonly weightKg: number;
  /** Always set: what the formula uses. */
  readonly creatinineMgDl: number;
  /** Set when the prompt gives creatinine in μmol/L (then creatinineMgDl = umol / 88.4). */
  readonly creatinineUmolL?: number;
}

/** A patient whose creatinine is given in mg/dL or (every other item) in μmol/L, the unit used in China. */
export function drawRenalPatient(rng: Rng, inUmol: boolean, creatinine: { mgDl: [number, number]; umol: [number, number] }): RenalPatient {
  const sex = rng.pick<Sex>(['male', 'female']);
  const ageYears = rng.int(25, 88);
  const weightKg = rng.real(42, 105, 1);
  if (!inUmol) return { sex, ageYears, weightKg, creatinineMgDl: rng.real(creatinine.mgDl[0], creatinine.mgDl[1], 2) };
  const umol = rng.int(creatinine.umol[0], creatinine.umol[1]);
  return { sex, ageYears, weightKg, creatinineMgDl: umol / CREATININE_UMOL_PER_MGDL, creatinineUmolL: umol };
}

export function patientText(patient: RenalPatient, withWeight: boolean): string {
  const weight = withWeight ? `体重 ${patient.weightKg} kg，` : '';
  return `${SEX_ZH[patient.sex]}性患者，${patient.ageYears} 岁，${weight}${creatinineText(patient.creatinineMgDl, patient.creatinineUmolL)}`;
}

export function patientInputs(patient: RenalPatient, withWeight: boolean): Record<string, number | string> {
  return {
    sex: patient.sex,
    ageYears: patient.ageYears,
    ...(withWeight ? { weightKg: patient.weightKg } : {}),
    ...(patient.creatinineUmolL === undefined ? { creatinineMgDl: patient.creatinineMgDl } : { creatinineUmolL: patient.creatinineUmolL }),
  };
}

export const CG_FORMULA = 'CrCl = (140 − 年龄) × 体重(kg) / (72 × 血肌酐(mg/dL))，女性 × 0.85；血肌酐(mg/dL) = μmol/L / 88.4';
export const EGFR_FORMULA = 'eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^年龄 × 1.012(女性)；κ = 0.7(女)/0.9(男)，α = −0.241(女)/−0.302(男)，Scr 单位 mg/dL';
const CG_METHOD = '按 Cockcroft–Gault 公式（使用实际体重）';
const RANGES = { mgDl: [0.6, 3.8] as [number, number], umol: [50, 330] as [number, number] };

export const creatinineClearance: CalcCategory = {
  category: 'creatinine-clearance',
  count: 12,
  source: 'formula: Cockcroft–Gault (1976)',
  make(rng, index): CalcDraft | undefined {
    const patient = drawRenalPatient(rng, index % 2 === 1, RANGES);
    return {
      kind: 'cockcroft-gault',
      input: `${patientText(patient, true)}。${CG_METHOD}估算其肌酐清除率（mL/min）。`,
      exact: cockcroftGault(patient.ageYears, patient.weightKg, patient.creatinineMgDl, patient.sex),
      formula: CG_FORMULA,
      inputs: patientInputs(patient, true),
      unit: 'mL/min',
    };
  },
};

export const renalDosing: CalcCategory = {
  category: 'renal-dosing',
  count: 12,
  source: `formula: Cockcroft–Gault; ${RENAL_TABLE_SOURCE}`,
  make(rng, index): CalcDraft | undefined {
    const table = RENAL_TABLES[index % RENAL_TABLES.length];
    if (!table) return undefined;
    const patient = drawRenalPatient(rng, index % 4 >= 2, { mgDl: [0.7, 5.5], umol: [60, 480] });
    const crcl = cockcroftGault(patient.ageYears, patient.weightKg, patient.creatinineMgDl, patient.sex);
    // A CrCl within 3 mL/min of a band edge would make the key hinge on rounding habits.
    if (!clearOfCuts(crcl, table.bands.map((band) => band.minCrCl).filter((edge) => edge > 0), 3)) return undefined;
    const band = renalBand(table, crcl);
    return {
      kind: 'renal-band-daily-dose',
      input: `${renalTableText(table)}\n\n${patientText(patient, true)}。${CG_METHOD}估算肌酐清除率，再按上表确定${table.drug}的给药方案。该患者${table.drug}的每日总剂量是多少 mg？`,
      exact: band.doseMg * band.perDay,
      formula: `${CG_FORMULA}；按表中 CrCl 区间取每次剂量与每日次数，每日总剂量 = 每次剂量 × 每日次数`,
      inputs: patientInputs(patient, true),
      unit: 'mg/d',
      extra: { table: table.bands, crcl: round(crcl, 4) },
    };
  },
};

export const egfr: CalcCategory = {
  category: 'egfr',
  count: 12,
  source: 'formula: CKD-EPI 2021 creatinine equation, race-free (Inker et al., NEJM 2021)',
  make(rng, index): CalcDraft | undefined {
    const patient = drawRenalPatient(rng, index % 2 === 0, { mgDl: [0.5, 4.5], umol: [45, 400] });
    return {
      kind: 'ckd-epi-2021',
      input: `${patientText(patient, false)}。按 CKD-EPI 2021 肌酐方程（不含种族系数）估算其 eGFR（mL/min/1.73 m²）。`,
      exact: ckdEpi2021(patient.ageYears, patient.creatinineMgDl, patient.sex),
      formula: EGFR_FORMULA,
      inputs: patientInputs(patient, false),
      unit: 'mL/min/1.73m²',
    };
  },
};
