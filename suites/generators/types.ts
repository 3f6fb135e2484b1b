import type { Sample } from '../types.js';

export interface SuiteGenerator {
  /** The JSONL file it writes, relative to the `suites/` folder (e.g. `finance/finance-calc.jsonl`). */
  readonly file: string;
  readonly seed: string;
  generate(seed: string): Sample[];
}
