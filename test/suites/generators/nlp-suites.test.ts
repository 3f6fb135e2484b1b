import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../../scoring/index.js';
import { loadSuite } from '../../../suites/loader.js';
import { renderPrompt } from '../../../suites/render.js';
import { builtinSuitesDir } from '../../../suites/resolve.js';
import type { Sample, Suite } from '../../../suites/types.js';
import { CATEGORIES, PER_CATEGORY } from '../../../suites/generators/nlp-core.js';
import { NLP_GENERATORS } from '../../../suites/generators/nlp-suites.js';
import { GENERATORS } from '../../../suites/generators/registry.js';
import { collect } from '../helpers.js';

/** The eight generated chinese-nlp suites: how a perfect answer reads, and how many distinct templates each must show. */
const SUITES = {
  'nlp-segmentation': { perfect: (sample: Sample) => (sample.target as string[]).join(' '), templatesPerCategory: 20 },
  'nlp-pos': { perfect: (sample: Sample) => JSON.stringify(sample.target), templatesPerCategory: 20 },
  'nlp-ner': { perfect: (sample: Sample) => JSON.stringify(sample.target), templatesPerCategory: 20 },
  'nlp-coref': { perfect: (sample: Sample) => String(sample.target), templatesPerCategory: 8 },
  'nlp-srl': { perfect: (sample: Sample) => JSON.stringify(sample.target), templatesPerCategory: 10 },
  'nlp-intent': { perfect: (sample: Sample) => String(sample.target), templatesPerCategory: 24 },
  'nlp-mrc': { perfect: (sample: Sample) => (sample.target as string[])[0] ?? '', templatesPerCategory: 12 },
  'nlp-summary': { perfect: (sample: Sample) => String(sample.target), templatesPerCategory: 3 },
} as const;
type SuiteId = keyof typeof SUITES;
const IDS = Object.keys(SUITES) as SuiteId[];

const loaded = new Map<SuiteId, { suite: Suite; samples: Sample[] }>();

beforeAll(async () => {
  for (const id of IDS) {
    const suite = await loadSuite(join(builtinSuitesDir, 'chinese-nlp', `${id}.yaml`));
    loaded.set(id, { suite, samples: await collect(suite) });
  }
});

function get(id: SuiteId): { suite: Suite; samples: Sample[] } {
  const entry = loaded.get(id);
  if (!entry) throw new Error(`${id} not loaded`);
  return entry;
}

describe('chinese-nlp generated suites', () => {
  it('are all registered, each writing the data file its YAML names', () => {
    for (const generator of NLP_GENERATORS) expect(GENERATORS).toContain(generator);
    expect(NLP_GENERATORS.map((generator) => generator.file).sort()).toEqual(IDS.map((id) => `chinese-nlp/${id}.jsonl`).sort());
  });

  it.each(IDS)('%s loads, validates and is a chinese-nlp suite with a provenance', (id) => {
    const { suite } = get(id);
    expect(suite.id).toBe(id);
    expect(suite.domain).toBe('chinese-nlp');
    expect(suite.provenance).toMatch(/Original to pingce/);
    expect(suite.dataFile).toBe(join(builtinSuitesDir, 'chinese-nlp', `${id}.jsonl`));
  });

  it.each(IDS)('%s has 30 items per category, unique ids and no repeated input', (id) => {
    const { samples } = get(id);
    expect(samples).toHaveLength(PER_CATEGORY * CATEGORIES.length);
    for (const category of CATEGORIES) expect(samples.filter((sample) => sample.category === category), category).toHaveLength(PER_CATEGORY);
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
    expect(new Set(samples.map((sample) => JSON.stringify(sample.input))).size).toBe(samples.length);
  });

  it.each(IDS)('%s draws every category from several templates', (id) => {
    const { samples } = get(id);
    for (const category of CATEGORIES) {
      const templates = new Set(samples.filter((sample) => sample.category === category).map((sample) => String(sample.metadata?.['template'])));
      expect(templates.size, `${id} ${category}`).toBeGreaterThanOrEqual(SUITES[id].templatesPerCategory);
      for (const template of templates) expect(template.startsWith(`${category}:`), template).toBe(true);
    }
  });

  it.each(IDS)('%s: the gold answer, given as the prompt asks, earns full marks from every scorer', (id) => {
    const { suite, samples } = get(id);
    const scorers = suite.scorers.map((spec) => ({ id: spec.id, score: createScorer(spec) }));
    for (const sample of samples) {
      const text = SUITES[id].perfect(sample);
      for (const scorer of scorers) expect(scorer.score(sample, { raw: text, answerText: text }).value, `${sample.id} ${scorer.id}`).toBeCloseTo(1, 12);
    }
  });

  it.each(IDS)('%s: a wrong answer does not earn full marks', (id) => {
    const { suite, samples } = get(id);
    const wrong: Record<SuiteId, (sample: Sample) => string> = {
      'nlp-segmentation': (sample) => String(sample.input),
      'nlp-pos': (sample) => JSON.stringify((sample.target as string[]).map(() => 'n')),
      'nlp-ner': () => '[]',
      'nlp-coref': (sample) => (sample.target === 'A' ? 'B' : 'A'),
      'nlp-srl': (sample) => JSON.stringify({ ...(sample.target as object), A0: null }),
      'nlp-intent': (sample) => (sample.target === '其他' ? '咨询' : '其他'),
      'nlp-mrc': () => '无',
      'nlp-summary': () => '本文介绍了一件事。',
    };
    const scorer = createScorer(suite.scorers[0] ?? { id: 'exact-match' });
    for (const sample of samples.slice(0, 12)) {
      const text = wrong[id](sample);
      expect(scorer(sample, { raw: text, answerText: text }).value ?? 0, sample.id).toBeLessThan(1);
    }
  });

  it.each(IDS)('%s renders every item with its answer format stated and no placeholder left', (id) => {
    const { suite, samples } = get(id);
    expect(suite.prompt.template).toMatch(/只(输出|回答)/);
    for (const sample of samples) {
      const user = renderPrompt(suite, sample).at(-1)?.content ?? '';
      expect(user, sample.id).toContain(String(sample.input));
      expect(user, sample.id).not.toMatch(/\{\{|\}\}/);
    }
  });
});
