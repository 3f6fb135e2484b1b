import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSuite } from '../../../suites/loader.js';
import { builtinSuitesDir } from '../../../suites/resolve.js';
import type { Sample } from '../../../suites/types.js';
import { collect } from '../helpers.js';
import { inputsOf, n, type Inputs } from './inputs.js';

// A second, independent implementation of every healthcare-calc formula, written from the
// published definitions; nothing is imported from the generator. A wrong key fails here.

/** Serum creatinine in mg/dL, whichever unit the item gave it in. */
function scrMgDl(inputs: Inputs): number {
  return typeof inputs['creatinineUmolL'] === 'number' ? inputs['creatinineUmolL'] / 88.4 : n(inputs, 'creatinineMgDl');
}

const female = (inputs: Inputs) => inputs['sex'] === 'female';

function crcl(inputs: Inputs): number {
  const value = ((140 - n(inputs, 'ageYears')) * n(inputs, 'weightKg')) / (72 * scrMgDl(inputs));
  return female(inputs) ? 0.85 * value : value;
}

/** CKD-EPI 2021 (race-free), written out per sex as in Inker et al. 2021. */
function egfr(inputs: Inputs): number {
  const scr = scrMgDl(inputs);
  const age = n(inputs, 'ageYears');
  if (female(inputs)) return scr <= 0.7 ? 142 * (scr / 0.7) ** -0.241 * 0.9938 ** age * 1.012 : 142 * (scr / 0.7) ** -1.2 * 0.9938 ** age * 1.012;
  return scr <= 0.9 ? 142 * (scr / 0.9) ** -0.302 * 0.9938 ** age : 142 * (scr / 0.9) ** -1.2 * 0.9938 ** age;
}

function fluid(weight: number, first: number, second: number, rest: number): number {
  if (weight <= 10) return weight * first;
  if (weight <= 20) return 10 * first + (weight - 10) * second;
  return 10 * first + 10 * second + (weight - 20) * rest;
}

interface Band {
  minCrCl: number;
  doseMg: number;
  perDay: number;
}

/** The band of the illustrative table (kept in metadata.table) that the recomputed CrCl falls in. */
function bandFor(sample: Sample): Band {
  const table = sample.metadata?.['table'] as Band[];
  const value = crcl(inputsOf(sample));
  const sorted = [...table].sort((a, b) => b.minCrCl - a.minCrCl);
  const band = sorted.find((candidate) => value >= candidate.minCrCl);
  if (!band) throw new Error(`${sample.id}: no band`);
  // The generator must have kept CrCl clear of the band edges.
  for (const edge of sorted.map((entry) => entry.minCrCl).filter((edge) => edge > 0)) expect(Math.abs(value - edge), sample.id).toBeGreaterThanOrEqual(3);
  return band;
}

function dailyDose(sample: Sample): number {
  const band = bandFor(sample);
  return band.doseMg * band.perDay;
}

const FORMULAS: Record<string, (inputs: Inputs, sample: Sample) => number> = {
  bmi: (i) => n(i, 'weightKg') / ((n(i, 'heightCm') / 100) * (n(i, 'heightCm') / 100)),
  'dose-mg': (i) => n(i, 'weightKg') * n(i, 'doseMgPerKg'),
  'dose-volume': (i) => (n(i, 'weightKg') * n(i, 'doseMgPerKg')) / n(i, 'concentrationMgPerMl'),
  'capped-dose': (i) => Math.min(n(i, 'weightKg') * n(i, 'doseMgPerKg'), n(i, 'maxDoseMg')),
  'cockcroft-gault': (i) => crcl(i),
  'renal-band-daily-dose': (_i, sample) => dailyDose(sample),
  'ckd-epi-2021': (i) => egfr(i),
  'drip-rate': (i) => (n(i, 'volumeMl') / (n(i, 'hours') * 60)) * n(i, 'dropFactor'),
  'pump-rate': (i) => (n(i, 'doseUgKgMin') * n(i, 'weightKg') * 60) / ((n(i, 'drugMg') * 1000) / n(i, 'volumeMl')),
  'glucose-mmol-to-mgdl': (i) => n(i, 'mmolL') * 18,
  'glucose-mgdl-to-mmol': (i) => n(i, 'mgDl') / 18,
  'creatinine-mgdl-to-umol': (i) => n(i, 'mgDl') * 88.4,
  'creatinine-umol-to-mgdl': (i) => n(i, 'umolL') / 88.4,
  bsa: (i) => Math.sqrt(n(i, 'heightCm') * n(i, 'weightKg')) / 60,
  'bsa-dose': (i) => (n(i, 'doseMgPerM2') * Math.sqrt(n(i, 'heightCm') * n(i, 'weightKg'))) / 60,
  bazett: (i) => n(i, 'qtMs') / Math.sqrt(60 / n(i, 'heartRate')),
  'hourly-4-2-1': (i) => fluid(n(i, 'weightKg'), 4, 2, 1),
  'daily-100-50-20': (i) => fluid(n(i, 'weightKg'), 100, 50, 20),
  map: (i) => (n(i, 'systolic') + 2 * n(i, 'diastolic')) / 3,
  'anion-gap': (i) => n(i, 'sodium') - n(i, 'chloride') - n(i, 'bicarbonate'),
  'corrected-anion-gap': (i) => n(i, 'sodium') - n(i, 'chloride') - n(i, 'bicarbonate') + (2.5 * (40 - n(i, 'albuminGL'))) / 10,
  'corrected-calcium': (i) => n(i, 'calciumMmolL') + 0.02 * (40 - n(i, 'albuminGL')),
};

const CATEGORIES = ['bmi', 'weight-dosing', 'creatinine-clearance', 'renal-dosing', 'egfr', 'infusion-rate', 'unit-conversion', 'body-surface-area', 'qtc', 'maintenance-fluid', 'mean-arterial-pressure', 'electrolytes'];

let samples: Sample[] = [];
let mcq: Sample[] = [];
let explain: Sample[] = [];

beforeAll(async () => {
  const load = async (name: string) => collect(await loadSuite(join(builtinSuitesDir, 'healthcare', `${name}.yaml`)));
  [samples, mcq, explain] = await Promise.all([load('healthcare-calc'), load('healthcare-mcq'), load('healthcare-explain')]);
});

describe('healthcare-calc', () => {
  it('has 144 items, 12 in each of the 12 categories, with unique ids and questions', () => {
    expect(samples).toHaveLength(144);
    for (const category of CATEGORIES) expect(samples.filter((sample) => sample.category === category), category).toHaveLength(12);
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(144);
    expect(new Set(samples.map((sample) => sample.input)).size).toBe(144);
  });

  it('has a recomputation for every kind used', () => {
    const kinds = new Set(samples.map((sample) => String(sample.metadata?.['kind'])));
    for (const kind of kinds) expect(Object.keys(FORMULAS), kind).toContain(kind);
  });

  it('every target equals the independently recomputed value rounded to 2 decimals, clear of rounding boundaries', () => {
    for (const sample of samples) {
      const formula = FORMULAS[String(sample.metadata?.['kind'])];
      if (!formula) throw new Error(`${sample.id}: unknown kind`);
      const exact = formula(inputsOf(sample), sample);
      expect(sample.target, sample.id).toBe(Math.round(exact * 100) / 100);
      expect(sample.metadata?.['exact'] as number, sample.id).toBeCloseTo(exact, 5);
      expect(sample.metadata?.['decimals'], sample.id).toBe(2);
      expect(typeof sample.metadata?.['formula'], sample.id).toBe('string');
      // Not within 0.1 of a unit of the .5 boundary: careful models and the key round alike.
      const scaled = Math.abs(exact) * 100;
      expect(Math.abs(scaled - Math.floor(scaled) - 0.5), sample.id).toBeGreaterThan(0.1);
    }
  });

  it('questions show every input they depend on', () => {
    for (const sample of samples) {
      for (const [key, value] of Object.entries(inputsOf(sample))) {
        if (typeof value === 'number') expect(String(sample.input), `${sample.id} ${key}`).toContain(String(value));
      }
    }
  });
});

// WS/T 428-2013 and KDIGO 2012, restated here.
function bmiClass(bmi: number): string {
  if (bmi < 18.5) return '体重过低';
  if (bmi < 24) return '体重正常';
  return bmi < 28 ? '超重' : '肥胖';
}

function gStage(value: number): string {
  if (value >= 90) return 'G1';
  if (value >= 60) return 'G2';
  if (value >= 45) return 'G3a';
  if (value >= 30) return 'G3b';
  return value >= 15 ? 'G4' : 'G5';
}

const INTERVAL_HOURS: Record<number, number> = { 1: 24, 2: 12, 3: 8 };

function keyed(sample: Sample): string {
  const choices = sample.choices ?? [];
  const text = choices['ABCD'.indexOf(String(sample.target))];
  if (text === undefined) throw new Error(`${sample.id}: target ${String(sample.target)} is not an option`);
  return text;
}

describe('healthcare-mcq computed items', () => {
  it('each key points at the option the recomputed value selects', () => {
    const computed = mcq.filter((sample) => 'inputs' in (sample.metadata ?? {}));
    expect(computed).toHaveLength(32);
    for (const sample of computed) {
      const inputs = inputsOf(sample);
      const kind = sample.metadata?.['kind'];
      const option = keyed(sample);
      if (kind === 'bmi-category') {
        const value = FORMULAS['bmi']?.(inputs, sample) ?? NaN;
        expect(option, sample.id).toBe(bmiClass(value));
        for (const cut of [18.5, 24, 28]) expect(Math.abs(value - cut), sample.id).toBeGreaterThanOrEqual(0.2);
      } else if (kind === 'ckd-stage') {
        const value = egfr(inputs);
        expect(option, sample.id).toBe(gStage(value));
        for (const cut of [90, 60, 45, 30, 15]) expect(Math.abs(value - cut), sample.id).toBeGreaterThanOrEqual(1.5);
      } else if (kind === 'renal-dose-band') {
        const band = bandFor(sample);
        expect(option, sample.id).toBe(`每次 ${band.doseMg} mg，每 ${INTERVAL_HOURS[band.perDay]} 小时一次`);
      } else {
        const formula = FORMULAS[String(kind)];
        if (!formula) throw new Error(`${sample.id}: unknown kind ${String(kind)}`);
        const decimals = sample.metadata?.['decimals'] as number;
        const value = formula(inputs, sample);
        expect(Number.parseFloat(option), sample.id).toBe(Math.round(value * 10 ** decimals) / 10 ** decimals);
        // The key is also the option nearest the exact value.
        const distances = (sample.choices ?? []).map((choice) => Math.abs(Number.parseFloat(choice) - value));
        expect(distances.indexOf(Math.min(...distances)), sample.id).toBe('ABCD'.indexOf(String(sample.target)));
      }
    }
  });
});

describe('healthcare-explain key facts', () => {
  it('are the recomputed values and categories', () => {
    for (const sample of explain) {
      const inputs = inputsOf(sample);
      const facts = sample.target as string[];
      switch (sample.metadata?.['kind']) {
        case 'bmi': {
          const value = FORMULAS['bmi']?.(inputs, sample) ?? NaN;
          expect(facts, sample.id).toEqual([(Math.round(value * 10) / 10).toFixed(1), bmiClass(value)]);
          break;
        }
        case 'egfr-stage':
          expect(facts, sample.id).toEqual([String(Math.round(egfr(inputs))), gStage(egfr(inputs))]);
          break;
        case 'tablet-count': {
          const tablets = n(inputs, 'doseMg') / n(inputs, 'strengthMg');
          expect(facts, sample.id).toEqual([`每次${tablets}片`, `共${tablets * n(inputs, 'perDay') * n(inputs, 'days')}片`]);
          break;
        }
        case 'glucose-band': {
          const value = n(inputs, 'mgDl') / 18;
          const label = value < 6.1 ? '空腹血糖正常' : value < 7 ? '空腹血糖受损' : '达到糖尿病诊断切点';
          expect(facts, sample.id).toEqual([(Math.round(value * 10) / 10).toFixed(1), label]);
          break;
        }
        default:
          throw new Error(`${sample.id}: unknown kind`);
      }
    }
  });
});
