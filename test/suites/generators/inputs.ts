import type { Sample } from '../../../suites/types.js';

/**
 * Reading a calculation item's `metadata.inputs` for the tests that recompute its key
 * independently of the generator.
 */
export type Inputs = Record<string, number | string>;

export function inputsOf(sample: Sample): Inputs {
  const inputs = sample.metadata?.['inputs'];
  if (typeof inputs !== 'object' || inputs === null) throw new Error(`${sample.id}: no metadata.inputs`);
  return inputs as Inputs;
}

/** A numeric input; throws when it is missing or not a number. */
export function n(inputs: Inputs, key: string): number {
  const value = inputs[key];
  if (typeof value !== 'number') throw new Error(`input ${key} is not a number`);
  return value;
}
