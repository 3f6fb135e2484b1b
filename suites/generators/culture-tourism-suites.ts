import type { Sample } from '../types.js';
import { dailyCapacity, itineraryCost, itineraryTime, ticketPricing, visitorFlow } from './culture-tourism-calcs.js';
import { cultureExtractSamples } from './culture-tourism-extract.js';
import { INTANGIBLE_FACTS } from './culture-tourism-heritage.js';
import { dynastyFacts, festivalFacts, heritageFacts, solarTermFacts } from './culture-tourism-knowledge.js';
import { currency, refundFee, tourBudget } from './culture-tourism-money.js';
import { cultureOpenItems } from './culture-tourism-open.js';
import { createRng, itemId } from './lib.js';
import { type CalcMaker, choiceSample, drawDistinct, factSample, numericSample } from './manufacturing-kit.js';
import type { SuiteGenerator } from './types.js';

/** The four generated culture-and-tourism suites: numeric, multiple choice, short answer, open-ended. */

export const CULTURE_MAKERS: readonly CalcMaker[] = [itineraryTime, itineraryCost, ticketPricing, dailyCapacity, visitorFlow, currency, refundFee, tourBudget];

/** Calculations that also appear as multiple choice (two each). */
const CHOICE_MAKERS: readonly CalcMaker[] = [ticketPricing, currency, refundFee, tourBudget, dailyCapacity];

export const CULTURE_COUNTS = {
  calcPerCategory: 9,
  choicePerMaker: 2,
  solarNext: 16,
  solarSeason: 8,
  dynasty: { earliest: 6, latest: 6, ordering: 4 },
  extractPerTemplate: 10,
  timeZones: 15,
  openPerScenario: 3,
} as const;

function calcSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const calcs = CULTURE_MAKERS.flatMap((make) => drawDistinct(rng, make, CULTURE_COUNTS.calcPerCategory, taken));
  return calcs.map((calc, index) => numericSample(itemId('ct-calc', index), calc));
}

function choiceSamples(seed: string): Sample[] {
  const rng = createRng(seed);
  const { earliest, latest, ordering } = CULTURE_COUNTS.dynasty;
  const facts = [
    ...solarTermFacts(rng, CULTURE_COUNTS.solarNext, CULTURE_COUNTS.solarSeason),
    ...festivalFacts(rng),
    ...dynastyFacts(rng, earliest, latest, ordering),
    ...heritageFacts(rng),
    ...INTANGIBLE_FACTS,
  ];
  const knowledge = facts.map((fact, index) => factSample(rng, itemId('ct-mc', index), fact));
  const taken = new Set<string>();
  const calcs = CHOICE_MAKERS.flatMap((make) => drawDistinct(rng, make, CULTURE_COUNTS.choicePerMaker, taken));
  return [...knowledge, ...calcs.map((calc, index) => choiceSample(rng, itemId('ct-mc', knowledge.length + index), calc))];
}

export const CULTURE_GENERATORS: readonly SuiteGenerator[] = [
  { file: 'culture-tourism/culture-tourism-calc.jsonl', seed: 'culture-tourism-calc-v1', generate: calcSamples },
  { file: 'culture-tourism/culture-tourism-choice.jsonl', seed: 'culture-tourism-choice-v1', generate: choiceSamples },
  { file: 'culture-tourism/culture-tourism-extract.jsonl', seed: 'culture-tourism-extract-v1', generate: (seed) => cultureExtractSamples(seed, CULTURE_COUNTS.extractPerTemplate, CULTURE_COUNTS.timeZones) },
  { file: 'culture-tourism/culture-tourism-open.jsonl', seed: 'culture-tourism-open-v1', generate: (seed) => cultureOpenItems(seed, CULTURE_COUNTS.openPerScenario) },
];
