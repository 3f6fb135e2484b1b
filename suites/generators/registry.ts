import type { SuiteGenerator } from './types.js';

/** Every generated suite file. Add new generators here (see README.md). */
export const GENERATORS: readonly SuiteGenerator[] = [];
