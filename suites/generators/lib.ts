import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { unitInterval } from '../../common/hash.js';
import { CHOICE_LETTERS } from '../render.js';
import type { Sample } from '../types.js';

/**
 * Shared pieces of pingce's suite generators: items that are correct by
 * construction, computed by code in the repo and reproducible from a seed.
 * A generator is a pure function of its seed; `writeJsonl` makes the bytes.
 */

/** A deterministic random source: the same seed gives the same items on every machine. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A number in [min, max] rounded to `decimals`. */
  real(min: number, max: number, decimals: number): number;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: string | number): Rng {
  let counter = 0;
  const next = () => unitInterval('generator', seed, counter++);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    real: (min, max, decimals) => round(min + next() * (max - min), decimals),
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other] as (typeof copy)[number], copy[index] as (typeof copy)[number]];
      }
      return copy;
    },
  };
  return rng;
}

/** Half away from zero, as people round in exams (not banker's rounding). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/**
 * A multiple-choice item from a right answer and distractors: options shuffled by
 * the rng, duplicates refused (a generator bug), the target the right one's letter.
 */
export function choiceItem(rng: Rng, right: string, distractors: readonly string[]): { choices: string[]; target: string } {
  const options = [right, ...distractors];
  if (new Set(options).size !== options.length) throw new Error(`duplicate options: ${options.join(' | ')}`);
  const choices = rng.shuffle(options);
  return { choices, target: CHOICE_LETTERS[choices.indexOf(right)] ?? 'A' };
}

/** Numeric distractors near the answer that round differently from it and from each other. */
export function numericDistractors(rng: Rng, answer: number, decimals: number, count = 3): number[] {
  const seen = new Set([answer.toFixed(decimals)]);
  const out: number[] = [];
  const factors = rng.shuffle([0.5, 0.8, 0.9, 1.1, 1.25, 1.5, 2, 0.75, 1.2]);
  for (const factor of factors) {
    if (out.length === count) break;
    const candidate = round(answer * factor, decimals);
    const text = candidate.toFixed(decimals);
    if (!seen.has(text) && candidate !== 0) {
      seen.add(text);
      out.push(candidate);
    }
  }
  if (out.length < count) throw new Error(`cannot make ${count} distractors for ${answer}`);
  return out;
}

/** One JSON object per line, LF, trailing newline: the bytes a test compares with the committed file. */
export function jsonlText(samples: readonly Sample[]): string {
  return samples.map((sample) => JSON.stringify(sample)).join('\n') + '\n';
}

export function writeJsonl(file: string, samples: readonly Sample[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, jsonlText(samples));
}

/** `hc-001` style ids. */
export function itemId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(3, '0')}`;
}
