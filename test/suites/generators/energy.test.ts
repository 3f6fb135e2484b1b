import { describe, expect, it } from 'vitest';
import { scriptedReply } from '../../../reference/script.js';
import { createScorer } from '../../../scoring/index.js';
import { GENERATORS } from '../../../suites/generators/registry.js';
import { renderPrompt } from '../../../suites/render.js';
import type { Sample } from '../../../suites/types.js';
import { bundledSuites } from '../helpers.js';

/**
 * The generated energy suites. Keys are recomputed from metadata with formulas written
 * here (angles through acos/tan, the illustrative tariff copied, not imported).
 */

type Inputs = Record<string, number | number[]>;
const n = (inputs: Inputs, key: string): number => {
  const value = inputs[key];
  if (typeof value !== 'number') throw new Error(`input ${key} missing`);
  return value;
};

/** The illustrative tariff the questions state (元/kWh). */
const TARIFF = { sharp: 1.35, peak: 1.1, flat: 0.7, valley: 0.32 };
const KGCE = 0.1229;

const FORMULAS: Record<string, (i: Inputs) => number> = {
  'three-phase-power': (i) => Math.sqrt(3) * n(i, 'voltageKv') * n(i, 'current') * n(i, 'cosPhi'),
  'three-phase-current': (i) => n(i, 'power') / Math.sqrt(3) / n(i, 'voltageKv') / n(i, 'cosPhi'),
  'line-loss': (i) => (3 * n(i, 'current') ** 2 * n(i, 'perKm') * n(i, 'length')) / 1000,
  'pf-correction': (i) => n(i, 'power') * (Math.tan(Math.acos(n(i, 'before'))) - Math.tan(Math.acos(n(i, 'after')))),
  'load-factor': (i) => (100 * n(i, 'energy')) / n(i, 'peak') / n(i, 'hours'),
  'transformer-loading-power': (i) => (100 * n(i, 'power')) / n(i, 'cosPhi') / n(i, 'rated'),
  'transformer-loading-current': (i) => (100 * Math.sqrt(3) * n(i, 'voltageKv') * n(i, 'current')) / n(i, 'rated'),
  'kwh-to-tce': (i) => (n(i, 'kwh') * KGCE) / 1000,
  'tce-to-kwh': (i) => (n(i, 'tce') * 1000) / KGCE,
  'tou-bill': (i) => n(i, 'sharp') * TARIFF.sharp + n(i, 'peak') * TARIFF.peak + n(i, 'flat') * TARIFF.flat + n(i, 'valley') * TARIFF.valley,
  'arbitrage-sharp': (i) => n(i, 'capacity') * n(i, 'depth') * (TARIFF.sharp - TARIFF.valley / n(i, 'efficiency')),
  'arbitrage-peak': (i) => n(i, 'capacity') * n(i, 'depth') * (TARIFF.peak - TARIFF.valley / n(i, 'efficiency')),
  'round-trip-efficiency': (i) => (100 * n(i, 'discharged')) / n(i, 'charged'),
  'round-trip-output': (i) => (n(i, 'charged') * n(i, 'efficiency')) / 100,
  'capacity-factor': (i) => (100 * n(i, 'energy')) / (n(i, 'rated') * 365 * 24),
  'full-load-hours': (i) => n(i, 'energy') / n(i, 'rated'),
  'pv-daily': (i) => n(i, 'irradiation') * n(i, 'area') * n(i, 'efficiency') * n(i, 'ratio'),
  'pv-annual': (i) => (365 * n(i, 'irradiation') * n(i, 'area') * n(i, 'efficiency') * n(i, 'ratio')) / 1000,
  'storage-duration': (i) => (n(i, 'energy') * (n(i, 'high') - n(i, 'low'))) / 100 / n(i, 'power'),
};

function recompute(sample: Sample): { key: number; decimals: number } {
  const meta = sample.metadata as { kind: string; inputs: Inputs; decimals: number; rounding: string };
  const formula = FORMULAS[meta.kind];
  if (!formula) throw new Error(`${sample.id}: no formula for ${meta.kind}`);
  expect(meta.rounding).toBe('round');
  const scaled = formula(meta.inputs) * 10 ** meta.decimals;
  expect(Math.abs(scaled - Math.floor(scaled) - 0.5), `${sample.id} near a rounding boundary`).toBeGreaterThan(0.1 - 1e-9);
  return { key: Math.floor(scaled + 0.5) / 10 ** meta.decimals, decimals: meta.decimals };
}

const SUITES = {
  'energy-calc': { prefix: 'energy-calc', task: 'numeric' },
  'energy-choice': { prefix: 'energy-mc', task: 'multiple-choice' },
  'energy-open': { prefix: 'energy-open', task: 'generation' },
} as const;
type SuiteId = keyof typeof SUITES;
const CALC_CATEGORIES = ['three-phase-power', 'line-loss', 'power-factor-correction', 'load-factor', 'transformer-loading', 'energy-conversion', 'tou-tariff', 'storage-arbitrage', 'round-trip-efficiency', 'capacity-factor', 'pv-yield', 'storage-duration'];
const COUNTS: Record<SuiteId, Record<string, number>> = {
  'energy-calc': Object.fromEntries(CALC_CATEGORIES.map((category) => [category, 10])),
  'energy-choice': { ...Object.fromEntries(CALC_CATEGORIES.map((category) => [category, 4])), 'power-grid': 10, 'energy-storage': 7, renewables: 7, 'energy-units': 6 },
  'energy-open': { 'pf-correction-proposal': 4, 'storage-business-case': 4, 'tou-bill-advice': 4, 'pv-feasibility': 4, 'energy-audit-note': 4 },
};

const get = bundledSuites('energy', Object.keys(SUITES) as SuiteId[]);
const kindOf = (sample: Sample): string | undefined => (sample.metadata as { kind?: string }).kind;

describe.each(Object.keys(SUITES) as SuiteId[])('%s', (id) => {
  it('is a versioned, licensed suite whose provenance names its generator and seed', () => {
    const { suite } = get(id);
    const generator = GENERATORS.find((entry) => entry.file === `energy/${id}.jsonl`);
    expect(generator).toBeDefined();
    expect({ id: suite.id, version: suite.version, license: suite.license, domain: suite.domain, task: suite.task }).toEqual({ id, version: '1.0.0', license: 'Apache-2.0', domain: 'energy', task: SUITES[id].task });
    expect(suite.provenance).toContain('suites/generators/energy-suites.ts');
    expect(suite.provenance).toContain(`"${generator?.seed}"`);
    for (const spec of suite.scorers) expect(() => createScorer(spec)).not.toThrow();
  });

  it('has the expected items per category, unique ids and unique prompts', () => {
    const { suite, samples } = get(id);
    const counts: Record<string, number> = {};
    for (const sample of samples) counts[sample.category ?? '(none)'] = (counts[sample.category ?? '(none)'] ?? 0) + 1;
    expect(counts).toEqual(COUNTS[id]);
    expect(samples.map((sample) => sample.id)).toEqual(samples.map((_, index) => `${SUITES[id].prefix}-${String(index + 1).padStart(3, '0')}`));
    expect(new Set(samples.map((sample) => renderPrompt(suite, sample).at(-1)?.content)).size).toBe(samples.length);
  });

  it("scores the reference endpoint's correct replies 1 and its wrong replies 0 with the primary scorer", () => {
    const { suite, samples } = get(id);
    const primary = createScorer(suite.scorers[0] ?? { id: 'none' });
    for (const sample of samples) {
      const score = (outcome: 'correct' | 'wrong') => {
        const text = scriptedReply(sample, suite.task, outcome, 7);
        return primary(sample, { raw: text, answerText: text.replace(/<think>[\s\S]*?<\/think>/, '') }).value;
      };
      expect([score('correct'), score('wrong')], sample.id).toEqual([1, 0]);
    }
  });
});

describe('energy keys', () => {
  it('recomputes every numeric target from metadata', () => {
    for (const sample of get('energy-calc').samples) {
      expect(sample.target, sample.id).toBe(recompute(sample).key);
      expect(sample.input, sample.id).toMatch(/保留 \d 位小数|取整/);
    }
  });

  it('states the inputs the formulas use: hours of the period, the kgce coefficient, the illustrative tariff', () => {
    for (const sample of [...get('energy-calc').samples, ...get('energy-choice').samples, ...get('energy-open').samples]) {
      const kind = kindOf(sample);
      const inputs = (sample.metadata as { inputs?: Inputs }).inputs ?? {};
      const text = String(sample.input);
      if (kind === 'load-factor') expect(n(inputs, 'hours'), sample.id).toBe(text.includes('某日') ? 24 : 24 * Number(/（(\d+) 天）/.exec(text)?.[1]));
      if (kind === 'kwh-to-tce' || kind === 'tce-to-kwh') expect(text).toContain('0.1229 kgce/(kW·h)');
      if (kind?.startsWith('arbitrage') || kind === 'tou-bill') {
        expect(text).toContain('虚构');
        for (const price of Object.values(TARIFF)) expect(text).toContain(`${price.toFixed(2)} 元/kWh`);
      }
      if (kind?.startsWith('arbitrage')) expect(n(inputs, 'sell')).toBe(kind === 'arbitrage-sharp' ? TARIFF.sharp : TARIFF.peak);
    }
  });

  it('keys every computed multiple-choice item to the one option equal to the recomputed value', () => {
    for (const sample of get('energy-choice').samples.filter((item) => kindOf(item) !== undefined)) {
      const { key, decimals } = recompute(sample);
      const values = (sample.choices ?? []).map((choice) => Number(/^-?[\d.]+/.exec(choice)?.[0]));
      expect(values.filter((value) => value.toFixed(decimals) === key.toFixed(decimals)), sample.id).toHaveLength(1);
      expect(values['ABCD'.indexOf(String(sample.target))]?.toFixed(decimals), sample.id).toBe(key.toFixed(decimals));
    }
  });

  it('keys every knowledge item to its stated answer, with a rationale and a source', () => {
    const knowledge = get('energy-choice').samples.filter((item) => kindOf(item) === undefined);
    expect(knowledge).toHaveLength(30);
    const letters = new Set<string>();
    for (const sample of knowledge) {
      const meta = sample.metadata as { answer: string; rationale: string; source: string };
      expect(new Set(sample.choices).size, sample.id).toBe(4);
      expect(sample.choices?.['ABCD'.indexOf(String(sample.target))], sample.id).toBe(meta.answer);
      expect(meta.rationale.length).toBeGreaterThan(5);
      expect(meta.source).toMatch(/^(textbook|standard|official): /);
      letters.add(String(sample.target));
    }
    expect([...letters].sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('requires in every open-ended item the recomputed value, which its reference answer states', () => {
    for (const sample of get('energy-open').samples) {
      const { key, decimals } = recompute(sample);
      const meta = sample.metadata as { requiredFacts: string[]; reference: string };
      expect(sample.target, sample.id).toBe(key.toFixed(decimals));
      expect(meta.requiredFacts).toEqual([sample.target]);
      expect(meta.reference).toContain(String(sample.target));
    }
  });
});
