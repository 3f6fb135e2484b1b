import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../suites/generators/nlp-core.js';
import { INTENT_LABELS, INTENT_TEMPLATES } from '../../../suites/generators/nlp-intent-templates.js';
import { nlpIntent } from '../../../suites/generators/nlp-intent.js';
import { nlpMrc } from '../../../suites/generators/nlp-mrc.js';
import { occurrences } from '../../../suites/generators/nlp-records.js';
import { nlpSummary } from '../../../suites/generators/nlp-summary.js';
import { REGIMENS } from '../../../suites/generators/nlp-lexicon.js';
import type { Sample } from '../../../suites/types.js';

const meta = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;

describe('nlp-intent items', () => {
  const samples = nlpIntent.generate(nlpIntent.seed);

  it('have four templates per label and domain', () => {
    for (const category of CATEGORIES) for (const label of INTENT_LABELS) expect(INTENT_TEMPLATES[category][label], `${category} ${label}`).toHaveLength(4);
  });

  it('label each item with its template label, five per label and category, no template used more than twice', () => {
    for (const category of CATEGORIES) {
      const own = samples.filter((sample) => sample.category === category);
      for (const label of INTENT_LABELS) expect(own.filter((sample) => sample.target === label), `${category} ${label}`).toHaveLength(5);
      const uses = new Map<string, number>();
      for (const sample of own) {
        const template = String(meta(sample)['template']);
        expect(template.split(':')[1], sample.id).toBe(sample.target);
        uses.set(template, (uses.get(template) ?? 0) + 1);
      }
      expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
    }
  });
});

describe('nlp-mrc items', () => {
  const samples = nlpMrc.generate(nlpMrc.seed);

  it('have a canonical answer occurring exactly once, at answerStart, and every accepted answer in the passage', () => {
    for (const sample of samples) {
      const passage = String(sample.input);
      const answers = sample.target as string[];
      const [first] = answers;
      expect(first, sample.id).toBeTruthy();
      expect(occurrences(passage, first ?? ''), sample.id).toBe(1);
      expect(passage.indexOf(first ?? '')).toBe(meta(sample)['answerStart']);
      for (const answer of answers) expect(passage, sample.id).toContain(answer);
      expect(String(meta(sample)['question'])).toMatch(/？$/);
    }
  });

  it('ask about many different fields in every domain', () => {
    for (const category of CATEGORIES) {
      const fields = new Set(samples.filter((sample) => sample.category === category).map((sample) => String(meta(sample)['template']).split(':')[2]));
      expect(fields.size, category).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('nlp-summary items', () => {
  const samples = nlpSummary.generate(nlpSummary.seed);

  it('draw the reference from the record behind the passage: every record value in the reference is in the passage', () => {
    for (const sample of samples) {
      const passage = String(sample.input);
      const reference = String(sample.target);
      const record = meta(sample)['record'] as Record<string, string>;
      const used = Object.values(record).filter((value) => reference.includes(value));
      expect(used.length, sample.id).toBeGreaterThanOrEqual(5);
      for (const value of used) expect(passage, `${sample.id}: ${value}`).toContain(value);
      expect(reference.length).toBeLessThan(passage.length);
      expect(Number(meta(sample)['maxChars'])).toBeGreaterThanOrEqual(reference.length);
    }
  });

  it('give a medical record a drug regimen that belongs to its drug', () => {
    for (const sample of samples.filter((entry) => entry.category === 'medical-record')) {
      const record = meta(sample)['record'] as Record<string, string>;
      const regimen = REGIMENS[record['drug'] as keyof typeof REGIMENS];
      expect(regimen, sample.id).toBeDefined();
      expect(record['dose']).toBe(`${regimen[0]}毫克`);
    }
  });
});
