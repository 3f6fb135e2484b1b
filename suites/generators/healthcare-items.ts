import type { Sample } from '../types.js';
import { CHOICE_LETTERS } from '../render.js';
import { itemId, round, type Rng } from './lib.js';

/**
 * Item-building helpers of the healthcare and finance generators: redraw until a draft
 * is usable, keep targets off rounding boundaries, and turn numeric drafts into samples
 * with the inputs and formula in metadata (so tests can recompute every key). Nothing
 * here is medical; it sits in a healthcare-* file only because lib.ts is shared with
 * other generators and is not extended by this change. A candidate for lib.ts.
 */

/** Numeric answers are asked for at this many decimals (the suite's tolerance is one unit of it). */
export const CALC_DECIMALS = 2;

/**
 * Draws until `make` returns a value. A generator that cannot satisfy its constraints is
 * a bug, so it fails loudly rather than emitting a doubtful item.
 */
export function draw<T>(make: () => T | undefined, what: string, tries = 5000): T {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const value = make();
    if (value !== undefined) return value;
  }
  throw new Error(`could not draw ${what} in ${tries} tries`);
}

/** `draw` an item whose input is not yet in `seen`, and record it there: a suite never asks one question twice. */
export function drawUnique<T extends { readonly input: string }>(make: () => T | undefined, seen: Set<string>, what: string): T {
  const item = draw(() => {
    const candidate = make();
    return candidate && !seen.has(candidate.input) ? candidate : undefined;
  }, what);
  seen.add(item.input);
  return item;
}

/** A category of drafts: its name and how to draw one (undefined = try again). */
export type DraftCategory<D> = readonly [string, (rng: Rng, index: number) => D | undefined];

/**
 * Samples drawn category by category, `perCategory` each, never the same input
 * twice; `finish` turns a draft into the sample's target and metadata.
 */
export function uniqueSamples<D extends { readonly input: string }>(
  rng: Rng,
  prefix: string,
  categories: readonly DraftCategory<D>[],
  perCategory: number,
  finish: (draft: D) => Pick<Sample, 'target' | 'metadata'>,
): Sample[] {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (const [category, make] of categories) {
    for (let index = 0; index < perCategory; index += 1) {
      const draft = drawUnique(() => make(rng, index), seen, `${category} item ${index}`);
      samples.push({ id: itemId(prefix, samples.length), category, input: draft.input, ...finish(draft) });
    }
  }
  return samples;
}

/**
 * True when `value` is not within `margin` (a fraction of one unit of the last kept place)
 * of a rounding boundary: a model that carries a little more or less precision still
 * rounds to the key.
 */
export function clearOfRounding(value: number, decimals: number, margin = 0.1): boolean {
  const scaled = Math.abs(value) * 10 ** decimals;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) > margin;
}

/** True when `value` is at least `margin` away from every category threshold. */
export function clearOfCuts(value: number, cuts: readonly number[], margin: number): boolean {
  return cuts.every((cut) => Math.abs(value - cut) >= margin);
}

export type Inputs = Readonly<Record<string, number | string>>;

/** One numeric question before it gets its id and rounded target. */
export interface CalcDraft {
  readonly kind: string;
  /** The question, naming the method and the unit of the answer. */
  readonly input: string;
  readonly exact: number;
  readonly formula: string;
  readonly inputs: Inputs;
  readonly unit: string;
  /** Extra metadata, e.g. the illustrative table a renal-dosing item used. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface CalcCategory {
  readonly category: string;
  readonly count: number;
  readonly source: string;
  make(rng: Rng, index: number): CalcDraft | undefined;
}

/** Samples of a numeric suite: unique questions, targets clear of rounding boundaries (negative targets, e.g. an NPV, are allowed). */
export function calcSamples(rng: Rng, prefix: string, categories: readonly CalcCategory[]): Sample[] {
  const seen = new Set<string>();
  const samples: Sample[] = [];
  for (const spec of categories) {
    for (let index = 0; index < spec.count; index += 1) {
      const draft = draw(() => {
        const candidate = spec.make(rng, index);
        if (!candidate || seen.has(candidate.input) || !Number.isFinite(candidate.exact)) return undefined;
        return clearOfRounding(candidate.exact, CALC_DECIMALS) ? candidate : undefined;
      }, `${spec.category} item ${index}`);
      seen.add(draft.input);
      samples.push({
        id: itemId(prefix, samples.length),
        category: spec.category,
        input: draft.input,
        target: round(draft.exact, CALC_DECIMALS),
        metadata: {
          kind: draft.kind,
          formula: draft.formula,
          inputs: draft.inputs,
          ...draft.extra,
          unit: draft.unit,
          decimals: CALC_DECIMALS,
          exact: round(draft.exact, 6),
          source: spec.source,
        },
      });
    }
  }
  return samples;
}

/**
 * Positions (0 = A) for the right answer of `count` four-option items: every block of four
 * uses each position once, in shuffled order, so keys are spread evenly over A–D (a plain
 * shuffle per item can leave one letter at half its share) without a visible cycle.
 */
export function answerPositions(rng: Rng, count: number): number[] {
  const positions: number[] = [];
  while (positions.length < count) positions.push(...rng.shuffle([0, 1, 2, 3]));
  return positions.slice(0, count);
}

/** Options with the right answer at `position` and the distractors shuffled around it. */
export function placedChoice(rng: Rng, right: string, distractors: readonly string[], position: number): { choices: string[]; target: string } {
  const options = [right, ...distractors];
  if (new Set(options).size !== options.length) throw new Error(`duplicate options: ${options.join(' | ')}`);
  const choices = rng.shuffle(distractors);
  choices.splice(position, 0, right);
  return { choices, target: CHOICE_LETTERS[position] ?? 'A' };
}

/** A hand-written knowledge question: the right answer, three wrong ones, and why (rationale and source type). */
export interface Fact {
  readonly category: string;
  readonly question: string;
  readonly answer: string;
  readonly distractors: readonly [string, string, string];
  readonly rationale: string;
  readonly source: string;
  /** Structured fields (e.g. which table row the item came from) that let tests re-derive the key. */
  readonly details?: Readonly<Record<string, unknown>>;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as Chinese numerals (3 → 三, 12 → 十二, 20 → 二十), for accepting 三天 as well as 3天. */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new Error(`chineseNumber: ${value} out of range`);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${CN_DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : CN_DIGITS[ones]);
}
