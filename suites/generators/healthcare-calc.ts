import { createRng } from './lib.js';
import { anionGap, bazett, bmi, CREATININE_UMOL_PER_MGDL, correctedAnionGap, correctedCalcium, dripRate, FLUID_DAILY, FLUID_HOURLY, GLUCOSE_MGDL_PER_MMOL, maintenanceFluid, meanArterialPressure, mosteller, pumpRate, SEX_ZH, type Sex } from './healthcare-formulas.js';
import { calcSamples, type CalcCategory, type CalcDraft } from './healthcare-items.js';
import { creatinineClearance, egfr, renalDosing } from './healthcare-calc-renal.js';
import type { SuiteGenerator } from './types.js';

/**
 * healthcare-calc: numeric clinical calculations, 12 per category. Each question names
 * its method and states the conventions where textbooks differ (conversion factor,
 * no intermediate rounding), so that exactly one number is right.
 */

const bmiCalc: CalcCategory = {
  category: 'bmi',
  count: 12,
  source: 'formula: BMI = kg/m² (WS/T 428-2013)',
  make(rng): CalcDraft | undefined {
    const sex = rng.pick<Sex>(['male', 'female']);
    const heightCm = rng.int(148, 190);
    const weightKg = rng.real(38, 115, 1);
    return { kind: 'bmi', input: `成年${SEX_ZH[sex]}性，身高 ${heightCm} cm，体重 ${weightKg} kg。计算其体重指数 BMI（kg/m²）。`, exact: bmi(weightKg, heightCm), formula: 'BMI = 体重(kg) / 身高(m)²', inputs: { sex, heightCm, weightKg }, unit: 'kg/m²' };
  },
};

const weightDosing: CalcCategory = {
  category: 'weight-dosing',
  count: 12,
  source: 'formula: weight-based dosing (original calculation)',
  make(rng, index): CalcDraft | undefined {
    const weightKg = rng.real(6, 45, 1);
    const doseMgPerKg = rng.pick([5, 7.5, 10, 12.5, 15, 20]);
    const kind = (['dose-mg', 'dose-volume', 'capped-dose'] as const)[index % 3] ?? 'dose-mg';
    const head = `患儿体重 ${weightKg} kg，医嘱某药按 ${doseMgPerKg} mg/kg 单次给药`;
    if (kind === 'dose-mg') return { kind, input: `${head}。求单次剂量（mg）。`, exact: weightKg * doseMgPerKg, formula: '单次剂量 = 体重 × mg/kg', inputs: { weightKg, doseMgPerKg }, unit: 'mg' };
    if (kind === 'dose-volume') {
      const concentrationMgPerMl = rng.pick([20, 24, 32, 40, 50]);
      return { kind, input: `${head}，该药口服液浓度为 ${concentrationMgPerMl} mg/mL。求单次应服用的体积（mL）。`, exact: (weightKg * doseMgPerKg) / concentrationMgPerMl, formula: '体积 = 体重 × mg/kg / 浓度(mg/mL)', inputs: { weightKg, doseMgPerKg, concentrationMgPerMl }, unit: 'mL' };
    }
    const maxDoseMg = rng.pick([200, 250, 300, 400, 500]);
    // Keep the cap decision obvious: the uncapped dose is not within 5 mg of the cap.
    if (Math.abs(weightKg * doseMgPerKg - maxDoseMg) < 5) return undefined;
    return { kind, input: `${head}，且单次剂量不得超过 ${maxDoseMg} mg。求实际单次剂量（mg）。`, exact: Math.min(weightKg * doseMgPerKg, maxDoseMg), formula: '单次剂量 = min(体重 × mg/kg, 单次最大剂量)', inputs: { weightKg, doseMgPerKg, maxDoseMg }, unit: 'mg' };
  },
};

const DILUTIONS: readonly (readonly [number, number])[] = [[200, 50], [200, 250], [400, 250], [100, 50], [40, 50], [20, 50]];

const infusionRate: CalcCategory = {
  category: 'infusion-rate',
  count: 12,
  source: 'formula: drip rate and syringe-pump rate (original calculation)',
  make(rng, index): CalcDraft | undefined {
    if (index % 2 === 0) {
      const volumeMl = rng.int(2, 20) * 50;
      const hours = rng.pick([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12]);
      const dropFactor = rng.pick([15, 20, 60]);
      return { kind: 'drip-rate', input: `${volumeMl} mL 液体需在 ${hours} 小时内匀速滴完，输液器滴系数为 ${dropFactor} 滴/mL。求滴速（滴/分钟）。`, exact: dripRate(volumeMl, hours, dropFactor), formula: '滴速 = 体积(mL) × 滴系数 / (时间(h) × 60)', inputs: { volumeMl, hours, dropFactor }, unit: '滴/分钟' };
    }
    const [drugMg, volumeMl] = rng.pick(DILUTIONS);
    const doseUgKgMin = rng.real(0.5, 15, 1);
    const weightKg = rng.int(40, 100);
    return { kind: 'pump-rate', input: `某药 ${drugMg} mg 稀释至 ${volumeMl} mL，以 ${doseUgKgMin} μg/(kg·min) 经微量泵持续泵入，患者体重 ${weightKg} kg。求泵速（mL/h）。`, exact: pumpRate(doseUgKgMin, weightKg, drugMg, volumeMl), formula: '泵速 = 剂量(μg/kg/min) × 体重 × 60 / (药量(mg) × 1000 / 体积(mL))', inputs: { drugMg, volumeMl, doseUgKgMin, weightKg }, unit: 'mL/h' };
  },
};

const unitConversion: CalcCategory = {
  category: 'unit-conversion',
  count: 12,
  source: 'formula: glucose 1 mmol/L = 18.0 mg/dL; creatinine 1 mg/dL = 88.4 μmol/L',
  make(rng, index): CalcDraft | undefined {
    const glucose = `按 1 mmol/L = ${GLUCOSE_MGDL_PER_MMOL.toFixed(1)} mg/dL 换算`;
    const creatinine = `按 1 mg/dL = ${CREATININE_UMOL_PER_MGDL} μmol/L 换算`;
    switch (index % 4) {
      case 0: {
        const mmolL = rng.real(3, 25, 1);
        return { kind: 'glucose-mmol-to-mgdl', input: `血糖 ${mmolL} mmol/L，换算为 mg/dL（${glucose}）。`, exact: mmolL * GLUCOSE_MGDL_PER_MMOL, formula: 'mg/dL = mmol/L × 18.0', inputs: { mmolL }, unit: 'mg/dL' };
      }
      case 1: {
        const mgDl = rng.int(55, 450);
        return { kind: 'glucose-mgdl-to-mmol', input: `血糖 ${mgDl} mg/dL，换算为 mmol/L（${glucose}）。`, exact: mgDl / GLUCOSE_MGDL_PER_MMOL, formula: 'mmol/L = mg/dL / 18.0', inputs: { mgDl }, unit: 'mmol/L' };
      }
      case 2: {
        const mgDl = rng.real(0.4, 9, 2);
        return { kind: 'creatinine-mgdl-to-umol', input: `血肌酐 ${mgDl} mg/dL，换算为 μmol/L（${creatinine}）。`, exact: mgDl * CREATININE_UMOL_PER_MGDL, formula: 'μmol/L = mg/dL × 88.4', inputs: { mgDl }, unit: 'μmol/L' };
      }
      default: {
        const umolL = rng.int(40, 900);
        return { kind: 'creatinine-umol-to-mgdl', input: `血肌酐 ${umolL} μmol/L，换算为 mg/dL（${creatinine}）。`, exact: umolL / CREATININE_UMOL_PER_MGDL, formula: 'mg/dL = μmol/L / 88.4', inputs: { umolL }, unit: 'mg/dL' };
      }
    }
  },
};

const bodySurfaceArea: CalcCategory = {
  category: 'body-surface-area',
  count: 12,
  source: 'formula: Mosteller (1987)',
  make(rng, index): CalcDraft | undefined {
    const heightCm = rng.int(140, 192);
    const weightKg = rng.real(38, 105, 1);
    const head = `患者身高 ${heightCm} cm，体重 ${weightKg} kg。按 Mosteller 公式计算体表面积`;
    const formula = 'BSA = √(身高(cm) × 体重(kg) / 3600)';
    if (index % 2 === 0) return { kind: 'bsa', input: `${head}（m²）。`, exact: mosteller(heightCm, weightKg), formula, inputs: { heightCm, weightKg }, unit: 'm²' };
    const doseMgPerM2 = rng.pick([25, 60, 75, 100, 135, 175, 500]);
    return { kind: 'bsa-dose', input: `${head}，某药按 ${doseMgPerM2} mg/m² 给药。求本次剂量（mg；体表面积不作中间取整）。`, exact: doseMgPerM2 * mosteller(heightCm, weightKg), formula: `剂量 = mg/m² × ${formula}`, inputs: { heightCm, weightKg, doseMgPerM2 }, unit: 'mg' };
  },
};

const qtc: CalcCategory = {
  category: 'qtc',
  count: 12,
  source: 'formula: Bazett (1920)',
  make(rng): CalcDraft | undefined {
    const qtMs = rng.int(300, 500);
    const heartRate = rng.int(45, 130);
    return { kind: 'bazett', input: `心电图示 QT 间期 ${qtMs} ms，心率 ${heartRate} 次/分。按 Bazett 公式计算校正 QT 间期 QTc（ms；RR 间期 = 60 / 心率，单位为秒）。`, exact: bazett(qtMs, heartRate), formula: 'QTc = QT / √RR，RR = 60 / 心率 (s)', inputs: { qtMs, heartRate }, unit: 'ms' };
  },
};

const maintenance: CalcCategory = {
  category: 'maintenance-fluid',
  count: 12,
  source: 'formula: Holliday–Segar (1957): 4-2-1 mL/kg/h, 100-50-20 mL/kg/d',
  make(rng, index): CalcDraft | undefined {
    const weightKg = rng.real(3, 80, 1);
    if (index % 2 === 0) return { kind: 'hourly-4-2-1', input: `患者体重 ${weightKg} kg。按 4-2-1 法则计算每小时维持液量（mL/h）。`, exact: maintenanceFluid(weightKg, FLUID_HOURLY), formula: '前 10 kg × 4 + 次 10 kg × 2 + 其余 × 1 (mL/h)', inputs: { weightKg }, unit: 'mL/h' };
    return { kind: 'daily-100-50-20', input: `患者体重 ${weightKg} kg。按 Holliday–Segar 法（前 10 kg 100 mL/kg，次 10 kg 50 mL/kg，其余 20 mL/kg）计算每日维持液量（mL/d）。`, exact: maintenanceFluid(weightKg, FLUID_DAILY), formula: '前 10 kg × 100 + 次 10 kg × 50 + 其余 × 20 (mL/d)', inputs: { weightKg }, unit: 'mL/d' };
  },
};

const meanArterial: CalcCategory = {
  category: 'mean-arterial-pressure',
  count: 12,
  source: 'formula: MAP = DBP + (SBP − DBP)/3 (textbook topic: 诊断学—血压)',
  make(rng): CalcDraft | undefined {
    const systolic = rng.int(85, 195);
    const diastolic = rng.int(45, 118);
    if (systolic - diastolic < 20) return undefined;
    return { kind: 'map', input: `患者血压 ${systolic}/${diastolic} mmHg。按“舒张压 + 1/3 脉压”估算平均动脉压（mmHg）。`, exact: meanArterialPressure(systolic, diastolic), formula: 'MAP = 舒张压 + (收缩压 − 舒张压) / 3', inputs: { systolic, diastolic }, unit: 'mmHg' };
  },
};

const electrolytes: CalcCategory = {
  category: 'electrolytes',
  count: 12,
  source: 'formula: anion gap, albumin-corrected anion gap and calcium (textbook topic: 诊断学—酸碱与电解质)',
  make(rng, index): CalcDraft | undefined {
    const albuminGL = rng.int(18, 45);
    if (index % 3 === 2) {
      const calciumMmolL = rng.real(1.6, 2.7, 2);
      return { kind: 'corrected-calcium', input: `血清总钙 ${calciumMmolL} mmol/L，白蛋白 ${albuminGL} g/L。按“校正钙 = 实测钙 + 0.02 × (40 − 白蛋白 g/L)”计算校正钙（mmol/L）。`, exact: correctedCalcium(calciumMmolL, albuminGL), formula: '校正钙 = 实测钙 + 0.02 × (40 − 白蛋白(g/L))', inputs: { calciumMmolL, albuminGL }, unit: 'mmol/L' };
    }
    const sodium = rng.int(125, 156);
    const chloride = rng.int(84, 116);
    const bicarbonate = rng.real(6, 32, 1);
    const gap = anionGap(sodium, chloride, bicarbonate);
    // Stay within values a laboratory would report.
    if (gap < 3 || gap > 40) return undefined;
    const labs = `血钠 ${sodium} mmol/L，血氯 ${chloride} mmol/L，HCO₃⁻ ${bicarbonate} mmol/L`;
    if (index % 3 === 0) return { kind: 'anion-gap', input: `${labs}。计算阴离子间隙 AG（mmol/L，AG = Na⁺ − (Cl⁻ + HCO₃⁻)，不计 K⁺）。`, exact: gap, formula: 'AG = Na − (Cl + HCO3)', inputs: { sodium, chloride, bicarbonate }, unit: 'mmol/L' };
    return { kind: 'corrected-anion-gap', input: `${labs}，白蛋白 ${albuminGL} g/L。先计算 AG = Na⁺ − (Cl⁻ + HCO₃⁻)（不计 K⁺），再按“校正 AG = AG + 0.25 × (40 − 白蛋白 g/L)”计算白蛋白校正的阴离子间隙（mmol/L）。`, exact: correctedAnionGap(gap, albuminGL), formula: '校正AG = Na − (Cl + HCO3) + 0.25 × (40 − 白蛋白(g/L))', inputs: { sodium, chloride, bicarbonate, albuminGL }, unit: 'mmol/L' };
  },
};

export const HEALTHCARE_CALC_CATEGORIES: readonly CalcCategory[] = [bmiCalc, weightDosing, creatinineClearance, renalDosing, egfr, infusionRate, unitConversion, bodySurfaceArea, qtc, maintenance, meanArterial, electrolytes];

export const healthcareCalc: SuiteGenerator = {
  file: 'healthcare/healthcare-calc.jsonl',
  seed: 'pingce-healthcare-calc-v1',
  generate: (seed) => calcSamples(createRng(seed), 'hcc', HEALTHCARE_CALC_CATEGORIES),
};
