/**
 * Clinical formulas and fixed tables behind the healthcare suites. Every target is
 * computed from these; the tests recompute them with their own implementation.
 * Pure functions only: the generators supply the inputs from a seeded rng.
 */

export type Sex = 'male' | 'female';
export const SEX_ZH: Readonly<Record<Sex, string>> = { male: '男', female: '女' };

/** Conversion factors the prompts state, so a model and the key use the same ones. */
export const GLUCOSE_MGDL_PER_MMOL = 18.0;
export const CREATININE_UMOL_PER_MGDL = 88.4;

export function bmi(weightKg: number, heightCm: number): number {
  return weightKg / (heightCm / 100) ** 2;
}

/** WS/T 428-2013《成人体重判定》: < 18.5 / 18.5–< 24 / 24–< 28 / ≥ 28. */
export const BMI_CUTS = [18.5, 24, 28] as const;
export const BMI_LABELS = ['体重过低', '体重正常', '超重', '肥胖'] as const;

export function bmiCategory(value: number): string {
  return BMI_LABELS[BMI_CUTS.filter((cut) => value >= cut).length] ?? '肥胖';
}

/** Cockcroft–Gault creatinine clearance (mL/min), actual body weight, ×0.85 for women. */
export function cockcroftGault(ageYears: number, weightKg: number, creatinineMgDl: number, sex: Sex): number {
  const male = ((140 - ageYears) * weightKg) / (72 * creatinineMgDl);
  return sex === 'female' ? male * 0.85 : male;
}

/** CKD-EPI 2021 creatinine equation without the race coefficient (Inker et al., NEJM 2021). */
export function ckdEpi2021(ageYears: number, creatinineMgDl: number, sex: Sex): number {
  const kappa = sex === 'female' ? 0.7 : 0.9;
  const alpha = sex === 'female' ? -0.241 : -0.302;
  const ratio = creatinineMgDl / kappa;
  const value = 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** ageYears;
  return sex === 'female' ? value * 1.012 : value;
}

/** KDIGO 2012 GFR categories, by lower bound (mL/min/1.73 m²). */
export const CKD_STAGES = [
  { label: 'G1', min: 90 },
  { label: 'G2', min: 60 },
  { label: 'G3a', min: 45 },
  { label: 'G3b', min: 30 },
  { label: 'G4', min: 15 },
  { label: 'G5', min: 0 },
] as const;

export function ckdStage(egfr: number): string {
  return (CKD_STAGES.find((stage) => egfr >= stage.min) ?? CKD_STAGES[5]).label;
}

export function mosteller(heightCm: number, weightKg: number): number {
  return Math.sqrt((heightCm * weightKg) / 3600);
}

/** Bazett: QTc = QT / √RR, RR = 60 / heart rate in seconds. */
export function bazett(qtMs: number, heartRate: number): number {
  return qtMs / Math.sqrt(60 / heartRate);
}

/** Holliday–Segar in its hourly (4-2-1) or daily (100-50-20) form. */
export function maintenanceFluid(weightKg: number, perKg: readonly [number, number, number]): number {
  const [first, second, rest] = perKg;
  return first * Math.min(weightKg, 10) + second * Math.min(Math.max(weightKg - 10, 0), 10) + rest * Math.max(weightKg - 20, 0);
}
export const FLUID_HOURLY = [4, 2, 1] as const;
export const FLUID_DAILY = [100, 50, 20] as const;

export function meanArterialPressure(systolic: number, diastolic: number): number {
  return diastolic + (systolic - diastolic) / 3;
}

export function anionGap(sodium: number, chloride: number, bicarbonate: number): number {
  return sodium - (chloride + bicarbonate);
}

/** Albumin-corrected anion gap: + 0.25 × (40 − albumin g/L), i.e. 2.5 per 10 g/L. */
export function correctedAnionGap(gap: number, albuminGL: number): number {
  return gap + 0.25 * (40 - albuminGL);
}

/** Corrected calcium (mmol/L) = measured + 0.02 × (40 − albumin g/L). */
export function correctedCalcium(calciumMmol: number, albuminGL: number): number {
  return calciumMmol + 0.02 * (40 - albuminGL);
}

export function dripRate(volumeMl: number, hours: number, dropFactor: number): number {
  return (volumeMl * dropFactor) / (hours * 60);
}

/** Syringe-pump rate (mL/h) for a µg/kg/min order and a drug diluted to drugMg in volumeMl. */
export function pumpRate(doseUgKgMin: number, weightKg: number, drugMg: number, volumeMl: number): number {
  return (doseUgKgMin * weightKg * 60) / ((drugMg * 1000) / volumeMl);
}

/**
 * Renal dose-adjustment tables. ILLUSTRATIVE ONLY: fictional drugs with bands invented
 * for pingce to test rule following, not clinical guidance. Bands are by CrCl lower bound.
 */
export interface DoseBand {
  readonly minCrCl: number;
  readonly doseMg: number;
  readonly perDay: number;
}
export interface RenalTable {
  readonly drug: string;
  readonly bands: readonly DoseBand[];
}
export const RENAL_TABLES: readonly RenalTable[] = [
  { drug: '示例药物甲', bands: [{ minCrCl: 50, doseMg: 500, perDay: 3 }, { minCrCl: 30, doseMg: 500, perDay: 2 }, { minCrCl: 10, doseMg: 250, perDay: 2 }, { minCrCl: 0, doseMg: 250, perDay: 1 }] },
  { drug: '示例药物乙', bands: [{ minCrCl: 60, doseMg: 1000, perDay: 2 }, { minCrCl: 30, doseMg: 750, perDay: 2 }, { minCrCl: 15, doseMg: 500, perDay: 2 }, { minCrCl: 0, doseMg: 500, perDay: 1 }] },
];
export const RENAL_TABLE_SOURCE = 'illustrative table defined by pingce (fictional drugs; not clinical guidance)';

export function renalBand(table: RenalTable, crcl: number): DoseBand {
  const band = table.bands.find((candidate) => crcl >= candidate.minCrCl);
  if (!band) throw new Error(`no band for CrCl ${crcl}`);
  return band;
}

const INTERVAL: Readonly<Record<number, string>> = { 1: '每 24 小时一次', 2: '每 12 小时一次', 3: '每 8 小时一次' };

export function bandText(band: DoseBand): string {
  return `每次 ${band.doseMg} mg，${INTERVAL[band.perDay] ?? `每日 ${band.perDay} 次`}`;
}

export function renalTableText(table: RenalTable): string {
  const rows = table.bands.map((band, index) => {
    const upper = table.bands[index - 1]?.minCrCl;
    const range = upper === undefined ? `CrCl ≥ ${band.minCrCl}` : band.minCrCl === 0 ? `CrCl < ${upper}` : `${band.minCrCl} ≤ CrCl < ${upper}`;
    return `- ${range} mL/min：${bandText(band)}`;
  });
  return `【示意性剂量调整表（虚构药物，仅用于本题）】${table.drug}：\n${rows.join('\n')}`;
}

/** The creatinine phrase of a prompt, in mg/dL or in μmol/L with the factor stated. */
export function creatinineText(mgDl: number, umol: number | undefined): string {
  return umol === undefined ? `血肌酐 ${mgDl} mg/dL` : `血肌酐 ${umol} μmol/L（按 1 mg/dL = ${CREATININE_UMOL_PER_MGDL} μmol/L 换算）`;
}
