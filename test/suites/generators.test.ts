import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceItem, createRng, jsonlText, numericDistractors, round } from '../../suites/generators/lib.js';
import { GENERATORS } from '../../suites/generators/registry.js';
import { builtinSuitesDir } from '../../suites/resolve.js';

describe('generator library', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng('s');
    const b = createRng('s');
    const values = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(Array.from({ length: 5 }, () => b.int(1, 100))).toEqual(values);
    expect(Array.from({ length: 5 }, () => createRng('t').int(1, 100))).not.toEqual(values);
  });

  it('rounds half away from zero and builds valid multiple-choice items', () => {
    expect(round(2.345, 2)).toBe(2.35);
    expect(round(-2.5, 0)).toBe(-3);
    const rng = createRng(1);
    const item = choiceItem(rng, '12.50', numericDistractors(rng, 12.5, 2).map((value) => value.toFixed(2)));
    expect(item.choices).toHaveLength(4);
    expect(item.choices['ABCD'.indexOf(item.target)]).toBe('12.50');
    expect(() => choiceItem(rng, 'x', ['x'])).toThrow(/duplicate/);
  });
});

describe('generated suites', () => {
  it.each(GENERATORS.map((generator) => [generator.file, generator] as const))('%s is exactly what its generator makes from its seed', (file, generator) => {
    const committed = readFileSync(join(builtinSuitesDir, file), 'utf8');
    expect(committed).toBe(jsonlText(generator.generate(generator.seed)));
  });
});
