import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScorer, extractOutput } from '../../../scoring/index.js';
import { renderPrompt } from '../../../suites/render.js';
import type { Sample } from '../../../suites/types.js';
import { bundledSuites } from '../helpers.js';

// The generated healthcare suites: they load and validate, have the promised counts per
// category, state the answer format, key every item correctly (multiple-choice facts,
// extraction answers read back from the note text) and score a right answer 1 and a wrong one 0.

const EXPECTED: Record<string, { task: string; categories: Record<string, number> }> = {
  'healthcare-calc': { task: 'numeric', categories: { bmi: 12, 'weight-dosing': 12, 'creatinine-clearance': 12, 'renal-dosing': 12, egfr: 12, 'infusion-rate': 12, 'unit-conversion': 12, 'body-surface-area': 12, qtc: 12, 'maintenance-fluid': 12, 'mean-arterial-pressure': 12, electrolytes: 12 } },
  'healthcare-mcq': { task: 'multiple-choice', categories: { 'bmi-category': 8, 'ckd-stage': 8, 'renal-dose-band': 8, 'clinical-calculation': 8, pharmacology: 8, 'imaging-report': 8, 'emr-standard': 8, diagnosis: 8 } },
  'healthcare-emr': { task: 'short-answer', categories: { 'chief-complaint-duration': 10, 'medication-dose': 10, 'vital-sign': 10, allergy: 10, 'imaging-finding': 10 } },
  'healthcare-explain': { task: 'generation', categories: { 'patient-bmi': 4, 'patient-kidney': 4, 'patient-medication': 4, 'patient-glucose': 4 } },
};

const get = bundledSuites('healthcare', Object.keys(EXPECTED));

const meta = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;

describe('generated healthcare suites', () => {
  it('hold at least 200 items together, mixing multiple choice, short answer, numeric and open-ended tasks', () => {
    const total = Object.keys(EXPECTED).reduce((sum, id) => sum + get(id).samples.length, 0);
    expect(total).toBe(274);
    expect(new Set(Object.keys(EXPECTED).map((id) => get(id).suite.task))).toEqual(new Set(['numeric', 'multiple-choice', 'short-answer', 'generation']));
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    describe(id, () => {
      it('is a versioned Apache-2.0 suite whose provenance names its generator and seed', () => {
        const { suite } = get(id);
        expect(suite.id).toBe(id);
        expect(suite.version).toBe('1.0.0');
        expect(suite.domain).toBe('healthcare');
        expect(suite.task).toBe(expected.task);
        expect(suite.license).toBe('Apache-2.0');
        expect(suite.provenance).toMatch(/^Original to pingce/);
        expect(suite.provenance).toContain(`suites/generators/${id}.ts`);
        expect(suite.provenance).toContain(`pingce-${id}-v1`);
        expect(readFileSync(suite.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/suite.schema.json');
      });

      it('has the promised items per category, unique ids, a category and a target on each', () => {
        const { samples } = get(id);
        const counts: Record<string, number> = {};
        for (const sample of samples) counts[sample.category ?? '?'] = (counts[sample.category ?? '?'] ?? 0) + 1;
        expect(counts).toEqual(expected.categories);
        expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
        for (const sample of samples) {
          expect(sample.id).toMatch(/^hc[a-z]-\d{3}$/);
          expect(sample.target, sample.id).toBeDefined();
          expect(typeof meta(sample)['source'] === 'string' || id === 'healthcare-emr', sample.id).toBe(true);
        }
      });

      it('renders every item with an answer-format instruction and no leftover placeholder', () => {
        const { suite, samples } = get(id);
        for (const sample of samples) {
          const text = renderPrompt(suite, sample).at(-1)?.content ?? '';
          expect(text, sample.id).not.toMatch(/\{\{/);
          expect(text, sample.id).toMatch(/只输出|只回答|必须写出|必须用/);
        }
      });

      it('scores the keyed answer 1 and a wrong answer 0 with every listed scorer', () => {
        const { suite, samples } = get(id);
        const scorers = suite.scorers.map((spec) => createScorer(spec));
        for (const sample of samples) {
          const targets = Array.isArray(sample.target) ? (sample.target as string[]) : [String(sample.target)];
          const right = expected.task === 'generation' ? `结果如下：${targets.join('，')}。` : (targets[0] ?? '');
          const wrong = expected.task === 'numeric' ? String((sample.target as number) + 1) : expected.task === 'multiple-choice' ? (sample.target === 'A' ? 'B' : 'A') : '不确定的内容';
          for (const scorer of scorers) {
            expect(scorer(sample, extractOutput(right)).value, `${sample.id} right`).toBe(1);
            expect(scorer(sample, extractOutput(wrong)).value, `${sample.id} wrong`).toBe(0);
          }
        }
      });
    });
  }
});

describe('healthcare-mcq', () => {
  it('has four distinct options per item and keys spread evenly over A–D', () => {
    const letters: Record<string, number> = {};
    for (const sample of get('healthcare-mcq').samples) {
      expect(sample.choices, sample.id).toHaveLength(4);
      expect(new Set(sample.choices).size, sample.id).toBe(4);
      letters[String(sample.target)] = (letters[String(sample.target)] ?? 0) + 1;
    }
    expect(letters).toEqual({ A: 16, B: 16, C: 16, D: 16 });
  });

  it('keys each knowledge item to its written answer and gives its rationale and source type', () => {
    const facts = get('healthcare-mcq').samples.filter((sample) => !('inputs' in meta(sample)));
    expect(facts).toHaveLength(32);
    for (const sample of facts) {
      expect(sample.choices?.['ABCD'.indexOf(String(sample.target))], sample.id).toBe(meta(sample)['answer']);
      expect(String(meta(sample)['rationale']).length, sample.id).toBeGreaterThan(10);
      expect(meta(sample)['source'], sample.id).toMatch(/^(standard|textbook topic|guideline): /);
    }
  });
});

describe('healthcare-emr', () => {
  // Each answer is read back from the note with a pattern written here, independently of the generator.
  function answerInText(sample: Sample): string {
    const text = String(sample.input);
    const pick = (pattern: RegExp) => {
      const match = pattern.exec(text);
      if (!match) throw new Error(`${sample.id}: ${String(pattern)} not found`);
      return match.slice(1).join('');
    };
    const field = String(meta(sample)['field']);
    switch (sample.category) {
      case 'chief-complaint-duration':
        return pick(/主诉：[^\d\n]*(\d+)(天|周|个月|年)。/);
      case 'medication-dose':
        return pick(new RegExp(`${String(meta(sample)['drug'])} ([\\d.]+) (mg|g) `));
      case 'vital-sign': {
        const patterns: Record<string, RegExp> = { temperature: /T ([\d.]+)℃/, pulse: /P (\d+)次\/分/, systolic: /BP (\d+)\/\d+mmHg/, diastolic: /BP \d+\/(\d+)mmHg/ };
        return pick(patterns[field] ?? /$^/);
      }
      case 'allergy':
        return /过敏史：对(.+?)过敏/.exec(text)?.[1] ?? (text.includes('否认药物、食物过敏史') ? '无' : '?');
      default: {
        const [, first, second] = /大小约 (\d+) mm × (\d+) mm/.exec(text) ?? [];
        const sizes = [Number(first), Number(second)];
        return String(text.includes('最大径') ? Math.max(...sizes) : Math.min(...sizes));
      }
    }
  }

  it('the first accepted answer is what the note says', () => {
    for (const sample of get('healthcare-emr').samples) {
      expect((sample.target as string[])[0], sample.id).toBe(answerInText(sample));
    }
  });

  it('covers both a recorded allergy and none, and both nodule axes', () => {
    const samples = get('healthcare-emr').samples;
    expect(samples.filter((sample) => sample.category === 'allergy' && meta(sample)['allergen'] === null).length).toBeGreaterThan(0);
    expect(samples.filter((sample) => sample.category === 'allergy' && meta(sample)['allergen'] !== null).length).toBeGreaterThan(0);
    expect(new Set(samples.filter((sample) => sample.category === 'imaging-finding').map((sample) => meta(sample)['field']))).toEqual(new Set(['nodule-long-axis', 'nodule-short-axis']));
  });
});
