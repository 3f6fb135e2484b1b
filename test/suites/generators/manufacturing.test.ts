import { describe, expect, it } from 'vitest';
import { scriptedReply } from '../../../reference/script.js';
import { createScorer } from '../../../scoring/index.js';
import { GENERATORS } from '../../../suites/generators/registry.js';
import { renderPrompt } from '../../../suites/render.js';
import type { Sample } from '../../../suites/types.js';
import { bundledSuites } from '../helpers.js';

/**
 * The generated manufacturing suites. Every key is recomputed here from the item's
 * metadata with formulas written independently of the generator (SPC factors derived
 * from d2/d3, the normal quantile by integration and bisection, exact unit definitions).
 */

type Inputs = Record<string, number | number[]>;
const n = (inputs: Inputs, key: string): number => {
  const value = inputs[key];
  if (typeof value !== 'number') throw new Error(`input ${key} missing`);
  return value;
};
const list = (inputs: Inputs, key: string): number[] => {
  const value = inputs[key];
  if (!Array.isArray(value)) throw new Error(`input ${key} is not a list`);
  return value;
};

/** d2 and d3 of the range of n normal values; A2, D3, D4 follow from them. */
const D2: Record<number, [number, number]> = { 2: [1.128, 0.853], 3: [1.693, 0.888], 4: [2.059, 0.88], 5: [2.326, 0.864], 6: [2.534, 0.848], 7: [2.704, 0.833], 8: [2.847, 0.82], 9: [2.97, 0.808], 10: [3.078, 0.797] };

/** Φ by Simpson integration of the density, then inverted by bisection. */
function phi(z: number): number {
  const steps = 4000;
  const h = Math.abs(z) / steps;
  const pdf = (x: number): number => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  let sum = pdf(0) + pdf(Math.abs(z));
  for (let i = 1; i < steps; i += 1) sum += (i % 2 === 1 ? 4 : 2) * pdf(i * h);
  const area = (sum * h) / 3;
  return z >= 0 ? 0.5 + area : 0.5 - area;
}
function quantile(p: number): number {
  let [low, high] = [-10, 10];
  for (let i = 0; i < 200; i += 1) {
    const mid = (low + high) / 2;
    if (phi(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const LBF = 4.4482216152605;
const gearRatio = (i: Inputs): number => (n(i, 'z2') * n(i, 'z4')) / (n(i, 'z1') * n(i, 'z3'));
const dpw = (i: Inputs): number => {
  const s = n(i, 'width') * n(i, 'height');
  const d = n(i, 'diameter');
  return (Math.PI * d * d) / 4 / s - (Math.PI * d) / Math.sqrt(2 * s);
};

const FORMULAS: Record<string, (i: Inputs) => number> = {
  'spc-ucl-x': (i) => n(i, 'xbarbar') + n(i, 'A2') * n(i, 'rbar'),
  'spc-lcl-x': (i) => n(i, 'xbarbar') - n(i, 'A2') * n(i, 'rbar'),
  'spc-ucl-r': (i) => n(i, 'D4') * n(i, 'rbar'),
  'spc-lcl-r': (i) => n(i, 'D3') * n(i, 'rbar'),
  cp: (i) => (n(i, 'usl') - n(i, 'lsl')) / 6 / n(i, 'sigma'),
  cpk: (i) => Math.min(n(i, 'usl') - n(i, 'mean'), n(i, 'mean') - n(i, 'lsl')) / 3 / n(i, 'sigma'),
  oee: (i) => (100 * n(i, 'cycle') * (n(i, 'total') - n(i, 'defects'))) / (60 * n(i, 'planned')),
  'tolerance-worst': (i) => list(i, 'tolerances').reduce((a, b) => a + b, 0),
  'tolerance-rss': (i) => Math.hypot(...list(i, 'tolerances')),
  'convert-in-mm': (i) => n(i, 'value') * 25.4,
  'convert-mm-in': (i) => n(i, 'value') / 25.4,
  'convert-psi-mpa': (i) => (n(i, 'value') * LBF) / 0.0254 ** 2 / 1e6,
  'convert-lbfft-nm': (i) => n(i, 'value') * LBF * 0.3048,
  'convert-f-c': (i) => ((n(i, 'value') - 32) / 9) * 5,
  'convert-kgf-n': (i) => n(i, 'value') * 9.80665,
  'convert-hp-kw': (i) => (n(i, 'value') * 745.7) / 1000,
  dpmo: (i) => (1e6 * n(i, 'defects')) / n(i, 'units') / n(i, 'opportunities'),
  'sigma-level': (i) => 1.5 + quantile(1 - n(i, 'defects') / n(i, 'units') / n(i, 'opportunities')),
  'soc-charge': (i) => n(i, 'start') + (100 * n(i, 'current') * n(i, 'minutes')) / (60 * n(i, 'capacity')),
  'soc-discharge': (i) => n(i, 'start') - (100 * n(i, 'current') * n(i, 'minutes')) / (60 * n(i, 'capacity')),
  'pack-energy': (i) => (n(i, 'voltage') * n(i, 'series') * n(i, 'capacity') * n(i, 'parallel')) / 1000,
  'c-rate-current': (i) => n(i, 'rate') * n(i, 'capacity'),
  'c-rate-rate': (i) => n(i, 'current') / n(i, 'capacity'),
  'c-rate-time': (i) => 60 / n(i, 'rate'),
  'die-per-wafer': dpw,
  'yield-poisson': (i) => 100 * Math.exp(-n(i, 'density') * n(i, 'area')),
  'yield-murphy': (i) => 100 * ((1 - Math.exp(-n(i, 'density') * n(i, 'area'))) / (n(i, 'density') * n(i, 'area'))) ** 2,
  'good-dies': (i) => Math.floor(dpw(i) + 1e-9) * Math.exp((-n(i, 'density') * n(i, 'width') * n(i, 'height')) / 100),
  stress: (i) => (4000 * n(i, 'force')) / (Math.PI * n(i, 'diameter') ** 2),
  'youngs-modulus': (i) => ((4 * n(i, 'force')) / (Math.PI * n(i, 'diameter') ** 2) / n(i, 'elongation')) * n(i, 'length'),
  elongation: (i) => (4e6 * n(i, 'force') * n(i, 'length')) / (Math.PI * n(i, 'diameter') ** 2 * n(i, 'modulus') * 1000),
  'thermal-expansion': (i) => n(i, 'alpha') * 1e-6 * n(i, 'length') * (n(i, 'to') - n(i, 'from')) * 1000,
  'gear-ratio': gearRatio,
  'gear-speed': (i) => n(i, 'speed') / gearRatio(i),
  'gear-torque': (i) => n(i, 'torque') * gearRatio(i) * n(i, 'efficiency'),
  'cutting-speed': (i) => (Math.PI * n(i, 'diameter') * n(i, 'speed')) / 1000,
  'spindle-speed': (i) => (1000 * n(i, 'cutting')) / (Math.PI * n(i, 'diameter')),
};

interface Keyed {
  value: number;
  key: number;
  decimals: number;
}

/** Recomputes an item's key; fails on a missing formula or a value near a rounding boundary. */
function recompute(sample: Sample): Keyed {
  const meta = sample.metadata as { kind: string; inputs: Inputs; decimals: number; rounding: 'round' | 'floor' };
  const formula = FORMULAS[meta.kind];
  if (!formula) throw new Error(`${sample.id}: no formula for ${meta.kind}`);
  const value = formula(meta.inputs);
  const scaled = value * 10 ** meta.decimals;
  const fraction = scaled - Math.floor(scaled);
  if (meta.rounding === 'floor') {
    expect(fraction > 0.05 && fraction < 0.95, `${sample.id} near a floor boundary`).toBe(true);
    return { value, key: Math.floor(scaled) / 10 ** meta.decimals, decimals: meta.decimals };
  }
  expect(Math.abs(fraction - 0.5), `${sample.id} near a rounding boundary`).toBeGreaterThan(0.1 - 1e-9);
  return { value, key: Math.floor(scaled + 0.5) / 10 ** meta.decimals, decimals: meta.decimals };
}

const SUITES = {
  'manufacturing-calc': { prefix: 'mfg-calc', task: 'numeric' },
  'manufacturing-choice': { prefix: 'mfg-mc', task: 'multiple-choice' },
  'manufacturing-open': { prefix: 'mfg-open', task: 'generation' },
} as const;
type SuiteId = keyof typeof SUITES;
const CALC_CATEGORIES = ['spc', 'process-capability', 'oee', 'tolerance-stack', 'unit-conversion', 'dpmo-sigma', 'battery-soc', 'battery-pack', 'c-rate', 'die-per-wafer', 'wafer-yield', 'stress-strain', 'thermal-expansion', 'gear-train', 'cutting-speed'];
const COUNTS: Record<SuiteId, Record<string, number>> = {
  'manufacturing-calc': Object.fromEntries(CALC_CATEGORIES.map((category) => [category, 8])),
  'manufacturing-choice': { ...Object.fromEntries(CALC_CATEGORIES.map((category) => [category, 3])), semiconductor: 6, battery: 6, materials: 6, machinery: 6, 'quality-management': 6 },
  'manufacturing-open': { 'capability-report': 4, 'oee-report': 4, 'battery-spec': 4, 'wafer-output-brief': 4, 'tolerance-review': 4 },
};

const get = bundledSuites('manufacturing', Object.keys(SUITES) as SuiteId[]);

describe.each(Object.keys(SUITES) as SuiteId[])('%s', (id) => {
  it('is a versioned, licensed suite whose provenance names its generator and seed', () => {
    const { suite } = get(id);
    const generator = GENERATORS.find((entry) => entry.file === `manufacturing/${id}.jsonl`);
    expect(generator).toBeDefined();
    expect({ id: suite.id, version: suite.version, license: suite.license, domain: suite.domain, task: suite.task }).toEqual({ id, version: '1.0.0', license: 'Apache-2.0', domain: 'manufacturing', task: SUITES[id].task });
    expect(suite.provenance).toContain('suites/generators/manufacturing-suites.ts');
    expect(suite.provenance).toContain(`"${generator?.seed}"`);
    for (const spec of suite.scorers) expect(() => createScorer(spec)).not.toThrow();
  });

  it('has the expected items per category, unique ids and unique prompts', () => {
    const { suite, samples } = get(id);
    const counts: Record<string, number> = {};
    for (const sample of samples) counts[sample.category ?? '(none)'] = (counts[sample.category ?? '(none)'] ?? 0) + 1;
    expect(counts).toEqual(COUNTS[id]);
    expect(samples.map((sample) => sample.id)).toEqual(samples.map((_, index) => `${SUITES[id].prefix}-${String(index + 1).padStart(3, '0')}`));
    const prompts = samples.map((sample) => renderPrompt(suite, sample).at(-1)?.content);
    expect(new Set(prompts).size).toBe(samples.length);
  });

  it("scores the reference endpoint's correct replies 1 and its wrong replies 0 with the primary scorer", () => {
    const { suite, samples } = get(id);
    const primary = createScorer(suite.scorers[0] ?? { id: 'none' });
    for (const sample of samples) {
      const score = (outcome: 'correct' | 'wrong') => {
        const text = scriptedReply(sample, suite.task, outcome, 7);
        return primary(sample, { raw: text, answerText: text.replace(/<think>[\s\S]*?<\/think>/, '') }).value;
      };
      expect(score('correct'), sample.id).toBe(1);
      expect(score('wrong'), sample.id).toBe(0);
    }
  });
});

describe('manufacturing keys', () => {
  it('tabulates X̄-R factors that agree with A2 = 3/(d2√n), D3 = max(0, 1 − 3d3/d2), D4 = 1 + 3d3/d2', () => {
    const spc = get('manufacturing-calc').samples.filter((sample) => sample.category === 'spc');
    const seen = new Set<number>();
    for (const sample of [...spc, ...get('manufacturing-choice').samples.filter((item) => item.category === 'spc')]) {
      const inputs = (sample.metadata as { inputs: Inputs }).inputs;
      const size = n(inputs, 'n');
      const [d2, d3] = D2[size] ?? [NaN, NaN];
      expect(n(inputs, 'A2')).toBeCloseTo(3 / (d2 * Math.sqrt(size)), 2);
      expect(Math.abs(n(inputs, 'D3') - Math.max(0, 1 - (3 * d3) / d2))).toBeLessThan(0.002);
      expect(Math.abs(n(inputs, 'D4') - (1 + (3 * d3) / d2))).toBeLessThan(0.002);
      expect(sample.input).toContain(`n = ${size}`);
      seen.add(size);
    }
    expect(seen.size).toBeGreaterThan(4);
  });

  it('recomputes every numeric target from metadata', () => {
    for (const sample of get('manufacturing-calc').samples) {
      const { key } = recompute(sample);
      expect(sample.target, sample.id).toBe(key);
      expect(sample.input, sample.id).toMatch(/保留 \d 位小数|取整/);
    }
  });

  it('keys every computed multiple-choice item to the one option equal to the recomputed value', () => {
    for (const sample of get('manufacturing-choice').samples.filter((item) => (item.metadata as { kind?: string }).kind !== undefined)) {
      const { key, decimals } = recompute(sample);
      const values = (sample.choices ?? []).map((choice) => Number(/^-?[\d.]+/.exec(choice)?.[0]));
      expect(values.filter((value) => value.toFixed(decimals) === key.toFixed(decimals)), sample.id).toHaveLength(1);
      expect(values['ABCD'.indexOf(String(sample.target))]?.toFixed(decimals), sample.id).toBe(key.toFixed(decimals));
    }
  });

  it('keys every knowledge item to its stated answer, with a rationale and a source', () => {
    const knowledge = get('manufacturing-choice').samples.filter((item) => (item.metadata as { kind?: string }).kind === undefined);
    expect(knowledge).toHaveLength(30);
    const letters = new Set<string>();
    for (const sample of knowledge) {
      const meta = sample.metadata as { answer: string; rationale: string; source: string };
      expect(new Set(sample.choices).size, sample.id).toBe(4);
      expect(sample.choices?.['ABCD'.indexOf(String(sample.target))], sample.id).toBe(meta.answer);
      expect(meta.rationale.length).toBeGreaterThan(5);
      expect(meta.source).toMatch(/^(textbook|standard|manual|industry convention): /);
      letters.add(String(sample.target));
    }
    expect([...letters].sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('requires in every open-ended item the recomputed value, which its reference answer states', () => {
    for (const sample of get('manufacturing-open').samples) {
      const { key, decimals } = recompute(sample);
      const meta = sample.metadata as { requiredFacts: string[]; reference: string };
      expect(sample.target, sample.id).toBe(key.toFixed(decimals));
      expect(meta.requiredFacts).toEqual([sample.target]);
      expect(meta.reference).toContain(String(sample.target));
    }
  });
});
