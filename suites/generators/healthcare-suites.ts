import { healthcareCalc } from './healthcare-calc.js';
import { healthcareEmr } from './healthcare-emr.js';
import { healthcareExplain } from './healthcare-explain.js';
import { healthcareMcq } from './healthcare-mcq.js';
import type { SuiteGenerator } from './types.js';

/** The generated healthcare suites (the hand-written healthcare-basics is not among them). */
export const HEALTHCARE_GENERATORS: readonly SuiteGenerator[] = [healthcareCalc, healthcareMcq, healthcareEmr, healthcareExplain];
