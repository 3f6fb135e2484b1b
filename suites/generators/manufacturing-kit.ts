import type { Sample } from '../types.js';
import type { Fact } from './healthcare-items.js';
import { choiceItem, createRng, itemId, numericDistractors, round, type Rng } from './lib.js';

/**
 * Calculation items shared by the manufacturing, energy and culture-tourism generators.
 * A `Calc` is one drawn question with its inputs, formula and unrounded value; the
 * builders below turn it into a numeric item, a multiple-choice item or the required
 * fact of an open-ended item. Inputs, formula and rounding go into `metadata`, so the
 * tests recompute every key from the item alone.
 */
export interface Calc {
  /** Which formula: the tests recompute `value` from `inputs` by this key. */
  readonly kind: string;
  readonly category: string;
  /** The question in Chinese, without the precision clause. */
  readonly question: string;
  readonly inputs: Readonly<Record<string, number | readonly number[]>>;
  readonly formula: string;
  /** Unrounded result. */
  readonly value: number;
  readonly decimals: number;
  /** Unit of the answer, '' for a pure number. */
  readonly unit: string;
  /** `floor` for counts that only exist whole (dies per wafer, visitors). */
  readonly rounding?: 'round' | 'floor';
  /** Results of typical slips (wrong constant, forgotten factor): preferred distractors. */
  readonly mistakes?: readonly number[];
}

export type CalcMaker = (rng: Rng) => Calc;

/** The key: the value rounded (half away from zero) or floored to the asked precision. */
export function answerOf(calc: Pick<Calc, 'value' | 'decimals' | 'rounding'>): number {
  if (calc.rounding === 'floor') {
    const factor = 10 ** calc.decimals;
    return Math.floor(calc.value * factor + 1e-9) / factor;
  }
  return round(calc.value, calc.decimals);
}

/**
 * True when the value sits well away from a rounding (or flooring) boundary and has at
 * least two significant digits at the asked precision. Near a boundary a model that keeps
 * one more digit in an intermediate step would round the other way, and the key would be
 * a coin toss; tiny values would make the ±1-unit tolerance meaningless.
 */
export function clearOfBoundary(calc: Pick<Calc, 'value' | 'decimals' | 'rounding'>): boolean {
  if (!Number.isFinite(calc.value) || calc.value <= 0) return false;
  const scaled = calc.value * 10 ** calc.decimals;
  if (scaled < 10) return false;
  const fraction = scaled - Math.floor(scaled);
  if (calc.rounding === 'floor') return fraction > 0.05 && fraction < 0.95;
  return Math.abs(fraction - 0.5) > 0.1;
}

/** Draws from `make` until the result is clear of rounding boundaries (the rng keeps advancing, so this stays deterministic). */
export function drawCalc(rng: Rng, make: CalcMaker, attempts = 200): Calc {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const calc = make(rng);
    if (clearOfBoundary(calc)) return calc;
  }
  throw new Error(`no clear draw for ${make.name} in ${attempts} attempts`);
}

/** Draws `count` calcs of one maker whose questions all differ (a repeated prompt would be one item twice). */
export function drawDistinct(rng: Rng, make: CalcMaker, count: number, taken: Set<string>): Calc[] {
  const out: Calc[] = [];
  for (let attempt = 0; out.length < count; attempt += 1) {
    if (attempt > count * 50) throw new Error(`cannot draw ${count} distinct items from ${make.name}`);
    const calc = drawCalc(rng, make);
    if (taken.has(calc.question)) continue;
    taken.add(calc.question);
    out.push(calc);
  }
  return out;
}

export function fixed(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/** The precision clause appended to numeric questions, so the format is explicit in every item. */
export function precisionText(calc: Pick<Calc, 'unit' | 'decimals' | 'rounding'>): string {
  const unit = calc.unit === '' ? '' : `单位：${calc.unit}；`;
  if (calc.rounding === 'floor') return `（${unit}结果向下取整${calc.decimals === 0 ? '为整数' : `到 ${calc.decimals} 位小数`}）`;
  return `（${unit}${calc.decimals === 0 ? '四舍五入取整数' : `四舍五入保留 ${calc.decimals} 位小数`}）`;
}

export function calcMetadata(calc: Calc): Record<string, unknown> {
  return { kind: calc.kind, inputs: calc.inputs, formula: calc.formula, unit: calc.unit, decimals: calc.decimals, rounding: calc.rounding ?? 'round' };
}

export function numericSample(id: string, calc: Calc): Sample {
  return { id, category: calc.category, input: `${calc.question}${precisionText(calc)}`, target: answerOf(calc), metadata: calcMetadata(calc) };
}

function optionText(value: number, calc: Calc): string {
  return calc.unit === '' ? fixed(value, calc.decimals) : `${fixed(value, calc.decimals)} ${calc.unit}`;
}

/** Four options: the key, then slips from `mistakes`, topped up with nearby values that round differently. */
export function choiceSample(rng: Rng, id: string, calc: Calc): Sample {
  const answer = answerOf(calc);
  const seen = new Set([fixed(answer, calc.decimals)]);
  const wrong: number[] = [];
  const candidates = [...(calc.mistakes ?? []).map((value) => answerOf({ ...calc, value })), ...numericDistractors(rng, answer, calc.decimals)];
  for (const candidate of candidates) {
    const text = fixed(candidate, calc.decimals);
    if (wrong.length === 3 || !Number.isFinite(candidate) || candidate <= 0 || seen.has(text)) continue;
    seen.add(text);
    wrong.push(candidate);
  }
  const { choices, target } = choiceItem(rng, optionText(answer, calc), wrong.map((value) => optionText(value, calc)));
  return { id, category: calc.category, input: `${calc.question}${calc.decimals === 0 ? '（选项为取整后的数值）' : `（选项保留 ${calc.decimals} 位小数）`}`, choices, target, metadata: calcMetadata(calc) };
}

/** The same knowledge-question shape as the healthcare and finance suites use. */
export type { Fact };

export function factSample(rng: Rng, id: string, fact: Fact): Sample {
  const { choices, target } = choiceItem(rng, fact.answer, fact.distractors);
  return { id, category: fact.category, input: fact.question, choices, target, metadata: { ...fact.details, answer: fact.answer, rationale: fact.rationale, source: fact.source } };
}

/** A number from a calc's inputs (open-ended references quote them). */
export function inputOf(calc: Calc, key: string): number {
  const value = calc.inputs[key];
  if (typeof value !== 'number') throw new Error(`${calc.kind}: input ${key} is not a number`);
  return value;
}

/** Keeps only draws of one kind; other draws come back as NaN, which `drawCalc` rejects. */
export function onlyKind(kind: string, make: CalcMaker): CalcMaker {
  const only: CalcMaker = (rng) => {
    const calc = make(rng);
    return calc.kind === kind ? calc : { ...calc, value: Number.NaN };
  };
  Object.defineProperty(only, 'name', { value: `${make.name}:${kind}` });
  return only;
}

/**
 * An open-ended item: the model works the calculation, then writes free text. The one
 * required fact is the computed value in the asked format, scored with `includes`; a
 * generated reference answer is kept in metadata for human or judge review.
 */
export function openSample(id: string, category: string, calc: Calc, task: string, reference: string): Sample {
  const fact = fixed(answerOf(calc), calc.decimals);
  return {
    id,
    category,
    input: `${calc.question}请先完成计算，再${task}回答中必须写出该计算结果的数值${precisionText(calc)}，数值不使用千位分隔符。`,
    target: fact,
    metadata: { ...calcMetadata(calc), requiredFacts: [fact], reference },
  };
}

/** An open-ended scenario: which calculation, what to write, and how to word the reference answer. */
export interface OpenScenario {
  readonly category: string;
  readonly make: CalcMaker;
  readonly task: string;
  reference(calc: Calc, fact: string): string;
}

/** `perScenario` open-ended items for each scenario, in scenario order, ids `PREFIX-001`…. */
export function openItems(seed: string, prefix: string, scenarios: readonly OpenScenario[], perScenario: number): Sample[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const samples: Sample[] = [];
  for (const scenario of scenarios) {
    for (const calc of drawDistinct(rng, scenario.make, perScenario, taken)) {
      const fact = fixed(answerOf(calc), calc.decimals);
      samples.push(openSample(itemId(prefix, samples.length), scenario.category, calc, scenario.task, scenario.reference(calc, fact)));
    }
  }
  return samples;
}
