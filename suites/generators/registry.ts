import { CULTURE_GENERATORS } from './culture-tourism-suites.js';
import { ENERGY_GENERATORS } from './energy-suites.js';
import { FINANCE_GENERATORS } from './finance-suites.js';
import { HEALTHCARE_GENERATORS } from './healthcare-suites.js';
import { MANUFACTURING_GENERATORS } from './manufacturing-suites.js';
import { NLP_GENERATORS } from './nlp-suites.js';
import type { SuiteGenerator } from './types.js';

/** Every generated suite file. Add new generators here (see README.md). */
export const GENERATORS: readonly SuiteGenerator[] = [
  ...NLP_GENERATORS,
  ...MANUFACTURING_GENERATORS,
  ...ENERGY_GENERATORS,
  ...CULTURE_GENERATORS,
  ...HEALTHCARE_GENERATORS,
  ...FINANCE_GENERATORS,
];
