import { financeCalc } from './finance-calc.js';
import { financeExplain } from './finance-explain.js';
import { financeExtract } from './finance-extract.js';
import { financeMcq } from './finance-mcq.js';
import type { SuiteGenerator } from './types.js';

/** The generated finance suites (the hand-written finance-basics is not among them). */
export const FINANCE_GENERATORS: readonly SuiteGenerator[] = [financeCalc, financeMcq, financeExtract, financeExplain];
