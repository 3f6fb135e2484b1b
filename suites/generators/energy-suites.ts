import type { Sample } from '../types.js';
import { ENERGY_FACTS } from './energy-facts.js';
import { kwhTce, lineLoss, loadFactor, pfCorrection, threePhasePower, transformerLoading } from './energy-grid.js';
import { energyOpenItems } from './energy-open.js';
import { capacityFactor, pvYield, roundTrip, storageArbitrage, storageDuration, touBill } from './energy-storage.js';
import { createRng, itemId } from './lib.js';
import { type CalcMaker, choiceSample, drawDistinct, factSample, numericSample } from './manufacturing-kit.js';
import type { SuiteGenerator } from './types.js';

/** The three generated energy suites: numeric answers, multiple choice, open-ended analyses. */

/** One maker per category, in the order the items appear. */
export const ENERGY_MAKERS: readonly CalcMaker[] = [
  threePhasePower,
  lineLoss,
  pfCorrection,
  loadFactor,
  transformerLoading,
  kwhTce,
  touBill,
  storageArbitrage,
  roundTrip,
  capacityFactor,
  pvYield,
  storageDuration,
];

export const ENERGY_COUNTS = { calcPerCategory: 10, choicePerCategory: 4, openPerScenario: 4 } as const;

function calcSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const calcs = ENERGY_MAKERS.flatMap((make) => drawDistinct(rng, make, ENERGY_COUNTS.calcPerCategory, taken));
  return calcs.map((calc, index) => numericSample(itemId('energy-calc', index), calc));
}

function choiceSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const calcs = ENERGY_MAKERS.flatMap((make) => drawDistinct(rng, make, ENERGY_COUNTS.choicePerCategory, taken));
  const computed = calcs.map((calc, index) => choiceSample(rng, itemId('energy-mc', index), calc));
  const knowledge = ENERGY_FACTS.map((fact, index) => factSample(rng, itemId('energy-mc', computed.length + index), fact));
  return [...computed, ...knowledge];
}

export const ENERGY_GENERATORS: readonly SuiteGenerator[] = [
  { file: 'energy/energy-calc.jsonl', seed: 'energy-calc-v1', generate: calcSamples },
  { file: 'energy/energy-choice.jsonl', seed: 'energy-choice-v1', generate: choiceSamples },
  { file: 'energy/energy-open.jsonl', seed: 'energy-open-v1', generate: (seed) => energyOpenItems(seed, ENERGY_COUNTS.openPerScenario) },
];
