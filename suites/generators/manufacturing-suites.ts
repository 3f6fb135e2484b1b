import type { Sample } from '../types.js';
import { createRng, itemId } from './lib.js';
import { packEnergy, batterySoc, cRate, diePerWafer, waferYield } from './manufacturing-cells.js';
import { MANUFACTURING_FACTS } from './manufacturing-facts.js';
import { type CalcMaker, choiceSample, drawDistinct, factSample, numericSample } from './manufacturing-kit.js';
import { cuttingSpeed, gearTrain, stressStrain, thermalExpansion } from './manufacturing-mechanics.js';
import { manufacturingOpenItems } from './manufacturing-open.js';
import { capability, dpmoSigma, oee, spcLimits, toleranceStack, unitConversion } from './manufacturing-quality.js';
import type { SuiteGenerator } from './types.js';

/** The three generated manufacturing suites: numeric answers, multiple choice, open-ended reports. */

/** One maker per category, in the order the items appear. */
export const MANUFACTURING_MAKERS: readonly CalcMaker[] = [
  spcLimits,
  capability,
  oee,
  toleranceStack,
  unitConversion,
  dpmoSigma,
  batterySoc,
  packEnergy,
  cRate,
  diePerWafer,
  waferYield,
  stressStrain,
  thermalExpansion,
  gearTrain,
  cuttingSpeed,
];

export const MANUFACTURING_COUNTS = { calcPerCategory: 8, choicePerCategory: 3, openPerScenario: 4 } as const;

function calcSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const calcs = MANUFACTURING_MAKERS.flatMap((make) => drawDistinct(rng, make, MANUFACTURING_COUNTS.calcPerCategory, taken));
  return calcs.map((calc, index) => numericSample(itemId('mfg-calc', index), calc));
}

function choiceSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const calcs = MANUFACTURING_MAKERS.flatMap((make) => drawDistinct(rng, make, MANUFACTURING_COUNTS.choicePerCategory, taken));
  const computed = calcs.map((calc, index) => choiceSample(rng, itemId('mfg-mc', index), calc));
  const knowledge = MANUFACTURING_FACTS.map((fact, index) => factSample(rng, itemId('mfg-mc', computed.length + index), fact));
  return [...computed, ...knowledge];
}

export const MANUFACTURING_GENERATORS: readonly SuiteGenerator[] = [
  { file: 'manufacturing/manufacturing-calc.jsonl', seed: 'manufacturing-calc-v1', generate: calcSamples },
  { file: 'manufacturing/manufacturing-choice.jsonl', seed: 'manufacturing-choice-v1', generate: choiceSamples },
  { file: 'manufacturing/manufacturing-open.jsonl', seed: 'manufacturing-open-v1', generate: (seed) => manufacturingOpenItems(seed, MANUFACTURING_COUNTS.openPerScenario) },
];
