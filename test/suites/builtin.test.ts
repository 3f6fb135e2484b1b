import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSuite } from '../../suites/loader.js';
import { renderPrompt } from '../../suites/render.js';
import { builtinSuitesDir, findSuiteFiles, loadBuiltinSuites } from '../../suites/resolve.js';
import type { Sample, Suite } from '../../suites/types.js';
import { collect } from './helpers.js';

const BUNDLED = {
  'healthcare-basics': 'healthcare/healthcare-basics.yaml',
  'finance-basics': 'finance/finance-basics.yaml',
  'manufacturing-basics': 'manufacturing/manufacturing-basics.yaml',
  'chinese-nlp-basics': 'chinese-nlp/chinese-nlp-basics.yaml',
} as const;
type BundledId = keyof typeof BUNDLED;

const loaded = new Map<BundledId, { suite: Suite; samples: Sample[] }>();

beforeAll(async () => {
  for (const [id, path] of Object.entries(BUNDLED) as [BundledId, string][]) {
    const suite = await loadSuite(join(builtinSuitesDir, path));
    loaded.set(id, { suite, samples: await collect(suite) });
  }
});

function get(id: BundledId): { suite: Suite; samples: Sample[] } {
  const entry = loaded.get(id);
  if (!entry) throw new Error(`${id} not loaded`);
  return entry;
}

function meta(sample: Sample): Record<string, unknown> {
  return (sample.metadata ?? {}) as Record<string, unknown>;
}

function num(sample: Sample, key: string): number {
  const value = meta(sample)[key];
  if (typeof value !== 'number') throw new Error(`${sample.id}: metadata.${key} is not a number`);
  return value;
}

function nums(sample: Sample, key: string): number[] {
  const value = meta(sample)[key];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'number')) throw new Error(`${sample.id}: metadata.${key} is not a number array`);
  return value as number[];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The letter of the option whose (last) number is nearest to `value`. */
function nearestLetter(choices: readonly string[], value: number): string {
  let best = -1;
  let bestDistance = Infinity;
  choices.forEach((choice, index) => {
    const match = /(\d+(?:\.\d+)?)(?!.*\d)/.exec(choice);
    if (!match?.[1]) throw new Error(`option without a number: ${choice}`);
    const distance = Math.abs(Number(match[1]) - value);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return 'ABCDEFGHIJ'[best] ?? '?';
}

describe('bundled suites: common rules', () => {
  it('are exactly the four *-basics suites, found by loadBuiltinSuites', async () => {
    const files = findSuiteFiles(builtinSuitesDir).map((file) => file.slice(builtinSuitesDir.length + 1).split('\\').join('/'));
    for (const path of Object.values(BUNDLED)) expect(files).toContain(path);
    const ids = (await loadBuiltinSuites()).map((suite) => suite.id);
    for (const id of Object.keys(BUNDLED)) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const id of Object.keys(BUNDLED) as BundledId[]) {
    describe(id, () => {
      it('declares its schema, licence and provenance', () => {
        const { suite } = get(id);
        expect(suite.id).toBe(id);
        expect(readFileSync(suite.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/suite.schema.json');
        expect(suite.license).toBe('Apache-2.0');
        expect(suite.provenance).toMatch(/^Original to pingce/);
        expect(suite.version).toMatch(/^\d+\.\d+\.\d+$/);
        expect(suite.domain).toBe(id.replace(/-basics$/, ''));
      });

      it('has at least 12 items with unique ids, each with a category', () => {
        const { samples } = get(id);
        expect(samples.length).toBeGreaterThanOrEqual(12);
        const ids = samples.map((sample) => sample.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const sample of samples) {
          expect(sample.id).toMatch(/^[a-z]+-\d{3}$/);
          expect(sample.category, sample.id).toMatch(/^[a-z][a-z-]*$/);
          expect(sample.target, sample.id).toBeDefined();
        }
      });

      it('renders every item without a missing template field', () => {
        const { suite, samples } = get(id);
        for (const sample of samples) {
          const messages = renderPrompt(suite, sample);
          expect(messages.at(-1)?.role).toBe('user');
          expect(messages.at(-1)?.content).toContain(typeof sample.input === 'string' ? sample.input : '');
          expect(messages.at(-1)?.content).not.toMatch(/\{\{/);
        }
      });
    });
  }
});

describe('multiple-choice suites', () => {
  for (const id of ['healthcare-basics', 'manufacturing-basics'] as const) {
    it(`${id}: four options, targets within them, answers spread over A–D`, () => {
      const { suite, samples } = get(id);
      expect(suite.task).toBe('multiple-choice');
      expect(suite.scorers).toEqual([{ id: 'multiple-choice' }]);
      expect(suite.prompt.template).toContain('{{choices}}');
      expect(suite.prompt.template).toContain('字母');
      const letters = new Map<string, number>();
      for (const sample of samples) {
        expect(sample.choices, sample.id).toHaveLength(4);
        expect(new Set(sample.choices).size, sample.id).toBe(4);
        expect(['A', 'B', 'C', 'D'], sample.id).toContain(sample.target);
        letters.set(String(sample.target), (letters.get(String(sample.target)) ?? 0) + 1);
      }
      expect([...letters.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
      for (const count of letters.values()) expect(count).toBeLessThanOrEqual(Math.ceil(samples.length / 3));
    });

    it(`${id}: calculation items give their formula, knowledge items their rationale and source`, () => {
      for (const sample of get(id).samples) {
        const metadata = meta(sample);
        expect(typeof metadata['source'], sample.id).toBe('string');
        if ('computed' in metadata) expect(typeof metadata['formula'], sample.id).toBe('string');
        else expect(typeof metadata['rationale'], sample.id).toBe('string');
      }
    });
  }

  it('healthcare-basics: two of three few-shot exemplars, distinct from the test items', () => {
    const { suite, samples } = get('healthcare-basics');
    expect(suite.fewShot).toMatchObject({ file: 'healthcare-basics.dev.jsonl', k: 2 });
    expect(suite.exemplars).toHaveLength(3);
    const testIds = new Set(samples.map((sample) => sample.id));
    const testInputs = new Set(samples.map((sample) => sample.input));
    for (const exemplar of suite.exemplars) {
      expect(testIds.has(exemplar.id)).toBe(false);
      expect(testInputs.has(exemplar.input)).toBe(false);
      expect(exemplar.category).toBeDefined();
    }
    const messages = renderPrompt(suite, samples[0] as Sample);
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages[2]?.content).toBe(suite.exemplars[0]?.target);
  });

  // Recomputed from the parameters in metadata, so a wrong key fails here.
  const healthcare: Record<string, (sample: Sample) => number> = {
    'hc-001': (s) => num(s, 'weightKg') / (num(s, 'heightCm') / 100) ** 2,
    'hc-002': (s) => num(s, 'weightKg') * num(s, 'doseMgPerKg'),
    'hc-003': (s) => (num(s, 'glucoseMmolPerL') * num(s, 'molarMass')) / 10,
    'hc-004': (s) => ((140 - num(s, 'ageYears')) * num(s, 'weightKg')) / (72 * num(s, 'serumCreatinineMgPerDl')),
    'hc-005': (s) => (((140 - num(s, 'ageYears')) * num(s, 'weightKg')) / (72 * (num(s, 'serumCreatinineUmolPerL') / 88.4))) * 0.85,
    'hc-006': (s) => (num(s, 'volumeMl') * num(s, 'dropFactor')) / (num(s, 'hours') * 60),
    'hc-007': (s) => num(s, 'unitsPerHour') / (num(s, 'totalUnits') / num(s, 'volumeMl')),
    'hc-008': (s) => num(s, 'doseMgPerM2') * Math.sqrt((num(s, 'heightCm') * num(s, 'weightKg')) / 3600),
  };
  const manufacturing: Record<string, (sample: Sample) => number> = {
    'mf-001': (s) => Math.min(num(s, 'usl') - num(s, 'mean'), num(s, 'mean') - num(s, 'lsl')) / (3 * num(s, 'sigma')),
    'mf-002': (s) => (num(s, 'goodCount') * num(s, 'idealCycleMin')) / num(s, 'plannedMin') * 100,
    'mf-003': (s) => nums(s, 'tolerances').reduce((sum, t) => sum + t, 0),
    'mf-004': (s) => Math.sqrt(nums(s, 'tolerances').reduce((sum, t) => sum + t * t, 0)),
    'mf-005': (s) => num(s, 'initialSoc') * 100 - (num(s, 'currentA') * num(s, 'hours') * 100) / num(s, 'capacityAh'),
    'mf-006': (s) => (num(s, 'cellsInSeries') * num(s, 'cellVoltage') * num(s, 'capacityAh')) / 1000,
    'mf-007': (s) => Math.exp(-num(s, 'defectDensityPerCm2') * num(s, 'dieAreaCm2')) * 100,
    'mf-008': (s) => nums(s, 'firstPassYields').reduce((product, y) => product * y, 1) * 100,
    'mf-009': (s) => (num(s, 'defects') / (num(s, 'units') * num(s, 'opportunitiesPerUnit'))) * 1e6,
  };

  for (const [id, formulas] of [['healthcare-basics', healthcare], ['manufacturing-basics', manufacturing]] as const) {
    it(`${id}: every calculation item's key is the option nearest the recomputed value`, () => {
      const { samples } = get(id);
      const calculated = samples.filter((sample) => 'computed' in meta(sample));
      expect(calculated.map((sample) => sample.id).sort()).toEqual(Object.keys(formulas).sort());
      for (const sample of calculated) {
        const value = (formulas[sample.id] as (s: Sample) => number)(sample);
        expect(num(sample, 'computed'), sample.id).toBeCloseTo(value, 3);
        expect(nearestLetter(sample.choices ?? [], value), sample.id).toBe(sample.target);
      }
    });
  }
});

describe('finance-basics', () => {
  it('is a numeric suite scored to the 2 decimals its prompt asks for', () => {
    const { suite, samples } = get('finance-basics');
    expect(suite.task).toBe('numeric');
    expect(suite.scorers).toEqual([{ id: 'numeric', options: { tolerance: 0.01 } }]);
    expect(suite.prompt.template).toContain('2 位小数');
    expect(suite.prompt.template).toContain('不要输出单位');
    for (const sample of samples) {
      expect(typeof sample.target, sample.id).toBe('number');
      expect(round2(sample.target as number), sample.id).toBe(sample.target);
      expect(typeof meta(sample)['formula'], sample.id).toBe('string');
    }
  });

  // Each target recomputed from the parameters stored in its metadata.
  const formulas: Record<string, (s: Sample) => number> = {
    'fin-001': (s) => num(s, 'principal') * num(s, 'annualRate') * num(s, 'years'),
    'fin-002': (s) => num(s, 'principal') * (1 + num(s, 'annualRate') / num(s, 'periodsPerYear')) ** (num(s, 'periodsPerYear') * num(s, 'years')),
    'fin-003': (s) => num(s, 'principal') * (1 + num(s, 'annualRate') / num(s, 'periodsPerYear')) ** (num(s, 'periodsPerYear') * num(s, 'years')),
    'fin-004': (s) => {
      const rate = num(s, 'annualRate') / 12;
      return (num(s, 'principal') * rate) / (1 - (1 + rate) ** -num(s, 'months'));
    },
    'fin-005': (s) => num(s, 'principal') / num(s, 'months') + (num(s, 'principal') * num(s, 'annualRate')) / 12,
    'fin-006': (s) => nums(s, 'cashFlows').reduce((sum, flow, t) => sum + flow / (1 + num(s, 'rate')) ** t, 0),
    'fin-007': (s) => {
      const face = num(s, 'faceValue');
      const y = num(s, 'yieldRate');
      const n = num(s, 'years');
      let price = face / (1 + y) ** n;
      for (let t = 1; t <= n; t += 1) price += (face * num(s, 'couponRate')) / (1 + y) ** t;
      return price;
    },
    'fin-008': (s) => (num(s, 'annualCoupon') / num(s, 'price')) * 100,
    'fin-009': (s) => (num(s, 'grossAmount') / (1 + num(s, 'vatRate'))) * num(s, 'vatRate'),
    'fin-010': (s) => num(s, 'netAmount') * (1 + num(s, 'vatRate')),
    'fin-011': (s) => ((num(s, 'current') - num(s, 'previous')) / num(s, 'previous')) * 100,
    'fin-012': (s) => ((1 + num(s, 'nominalRate') / num(s, 'periodsPerYear')) ** num(s, 'periodsPerYear') - 1) * 100,
  };

  it('has a recomputation for every item', () => {
    expect(get('finance-basics').samples.map((sample) => sample.id).sort()).toEqual(Object.keys(formulas).sort());
  });

  for (const [id, formula] of Object.entries(formulas)) {
    it(`${id}: target equals the value recomputed from metadata, rounded to 2 decimals`, () => {
      const sample = get('finance-basics').samples.find((candidate) => candidate.id === id);
      if (!sample) throw new Error(`${id} missing`);
      const exact = formula(sample);
      expect(sample.target).toBe(round2(exact));
      expect(num(sample, 'exact')).toBeCloseTo(exact, 5);
      // Not within 0.001 of a rounding boundary, so careful models and the key agree.
      const cents = exact * 100 - Math.floor(exact * 100);
      expect(Math.abs(cents - 0.5)).toBeGreaterThan(0.1);
    });
  }
});

describe('chinese-nlp-basics', () => {
  const LABELS = ['咨询', '投诉', '报修', '预约', '其他'];

  it('is a classification suite over a fixed label set listed in the prompt', () => {
    const { suite, samples } = get('chinese-nlp-basics');
    expect(suite.task).toBe('classification');
    expect(suite.scorers).toEqual([{ id: 'exact-match' }]);
    for (const label of LABELS) expect(suite.prompt.template).toContain(label);
    expect(suite.prompt.template).toContain('只输出标签');
    const used = new Set<string>();
    for (const sample of samples) {
      expect(LABELS, sample.id).toContain(sample.target);
      expect(sample.choices, sample.id).toBeUndefined();
      expect(typeof meta(sample)['rationale'], sample.id).toBe('string');
      used.add(String(sample.target));
    }
    expect([...used].sort()).toEqual([...LABELS].sort());
  });

  it('covers the four text domains', () => {
    const categories = new Set(get('chinese-nlp-basics').samples.map((sample) => sample.category));
    expect([...categories].sort()).toEqual(['construction-contract', 'medical-record', 'public-opinion', 'technical-archive']);
  });
});
