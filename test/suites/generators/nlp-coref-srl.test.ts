import { describe, expect, it } from 'vitest';
import { CHOICE_LETTERS } from '../../../suites/render.js';
import { occurrences } from '../../../suites/generators/nlp-records.js';
import { nlpCoref } from '../../../suites/generators/nlp-coref.js';
import { nlpSrl, renderPattern, ROLES } from '../../../suites/generators/nlp-srl.js';
import type { Sample } from '../../../suites/types.js';

interface Mention {
  readonly text: string;
  readonly kind: string;
  readonly start: number;
  readonly gender?: 'm' | 'f';
}

const meta = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;

/** The one kind of organisation each 该-phrase can name (GUIDELINE.md §C). */
const KIND_OF: Readonly<Record<string, readonly string[]>> = {
  该公司: ['company'],
  该院: ['hospital', 'institute'],
  该局: ['government'],
  该馆: ['archive'],
  该校: ['school'],
  该站: ['station'],
};

describe('nlp-coref items', () => {
  const samples = nlpCoref.generate(nlpCoref.seed);

  it('offer every mention, the antecedent under the target letter', () => {
    for (const sample of samples) {
      const m = meta(sample);
      const mentions = m['mentions'] as Mention[];
      const choices = sample.choices ?? [];
      expect([...choices].sort(), sample.id).toEqual(mentions.map((mention) => mention.text).sort());
      expect(choices[CHOICE_LETTERS.indexOf(String(sample.target))]).toBe(m['antecedent']);
      expect(choices.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('have 3–6 sentences and exactly one anaphor, after its antecedent and every mention', () => {
    for (const sample of samples) {
      const text = String(sample.input);
      const m = meta(sample);
      const anaphor = String(m['anaphor']);
      const sentences = text.split('。').filter((part) => part !== '');
      expect(sentences.length, sample.id).toBeGreaterThanOrEqual(3);
      expect(sentences.length, sample.id).toBeLessThanOrEqual(6);
      expect(m['sentenceCount']).toBe(sentences.length);
      // No other pronoun or 该-phrase could compete: 他/她/该 occur once in all, as the anaphor.
      expect(occurrences(text, '他') + occurrences(text, '她') + occurrences(text, '该'), sample.id).toBe(1);
      expect(occurrences(text, anaphor)).toBe(1);
      expect(text.indexOf(anaphor)).toBe(m['anaphorStart']);
      expect(sentences.at(-1)).toContain(anaphor);
      const antecedent = String(m['antecedent']);
      expect(text.indexOf(antecedent)).toBe(m['antecedentStart']);
      for (const mention of m['mentions'] as Mention[]) {
        expect(text.indexOf(mention.text), mention.text).toBe(mention.start);
        expect(mention.start + mention.text.length, `${mention.text} before ${anaphor}`).toBeLessThanOrEqual(Number(m['anaphorStart']));
      }
    }
  });

  it('make the antecedent the only candidate of the right gender or kind', () => {
    for (const sample of samples) {
      const m = meta(sample);
      const mentions = m['mentions'] as Mention[];
      const anaphor = String(m['anaphor']);
      const people = mentions.filter((mention) => mention.kind === 'person');
      expect(people.map((person) => person.gender).sort(), sample.id).toEqual(['f', 'm']);
      const candidates =
        m['constraint'] === 'gender'
          ? people.filter((person) => person.gender === (anaphor === '他' ? 'm' : anaphor === '她' ? 'f' : undefined))
          : mentions.filter((mention) => (KIND_OF[anaphor] ?? []).includes(mention.kind));
      expect(candidates.map((candidate) => candidate.text), sample.id).toEqual([m['antecedent']]);
      // Each person's gender is stated in the text where they are introduced.
      const text = String(sample.input);
      for (const person of people) expect(text, person.text).toMatch(new RegExp(`${person.text}(，[男女]，|先生|女士)|(妻子|女儿|丈夫|儿子)${person.text}`));
    }
  });

  it('cover every anaphor form and both constraints in every category', () => {
    const forms = new Set(samples.map((sample) => String(meta(sample)['anaphor'])));
    expect([...forms].sort()).toEqual(['他', '她', ...Object.keys(KIND_OF)].sort());
    for (const category of new Set(samples.map((sample) => sample.category))) {
      const constraints = new Set(samples.filter((sample) => sample.category === category).map((sample) => meta(sample)['constraint']));
      expect([...constraints].sort(), category).toEqual(['gender', 'type']);
    }
  });
});

describe('nlp-srl items', () => {
  const samples = nlpSrl.generate(nlpSrl.seed);

  it('renders optional groups only when their roles are filled', () => {
    expect(renderPattern('[{TMP}，]{A0}[在{LOC}]{V}了{A1}。', { A0: '甲', A1: '乙', V: '检查' })).toBe('甲检查了乙。');
    expect(renderPattern('[{TMP}，]{A0}[在{LOC}]{V}了{A1}。', { A0: '甲', A1: '乙', V: '检查', TMP: '5月1日', LOC: '现场' })).toBe('5月1日，甲在现场检查了乙。');
    expect(() => renderPattern('{A0}{V}', { V: '查' })).toThrow(/no value/);
  });

  it('give all five roles, each filled role occurring once in the sentence without its marker', () => {
    for (const sample of samples) {
      const target = sample.target as Record<string, string | null>;
      const sentence = String(sample.input);
      expect(Object.keys(target).sort(), sample.id).toEqual([...ROLES].sort());
      expect(target['A0'] && target['A1'], sample.id).toBeTruthy();
      for (const role of ROLES) {
        const value = target[role];
        if (value === null || value === undefined) continue;
        expect(occurrences(sentence, value), `${sample.id} ${role}=${value}`).toBe(1);
        expect(value, `${sample.id} ${role}`).not.toMatch(/^(在|于|用|把|被|由)/);
      }
      const predicate = String(meta(sample)['predicate']);
      expect(occurrences(sentence, predicate), sample.id).toBe(1);
      for (const role of ROLES) expect(target[role] ?? '', sample.id).not.toContain(predicate);
    }
  });

  it('mark each role with its construction: 在 before LOC, 用 before INS, 把/被/由 by voice', () => {
    for (const sample of samples) {
      const target = sample.target as Record<string, string | null>;
      const sentence = String(sample.input);
      const voice = String(meta(sample)['template']).split(':')[2];
      if (target['LOC']) expect(sentence, sample.id).toContain(`在${target['LOC']}`);
      if (target['INS']) expect(sentence, sample.id).toContain(`用${target['INS']}`);
      if (voice === 'ba') expect(sentence, sample.id).toContain(`把${target['A1']}`);
      if (voice === 'bei') expect(sentence, sample.id).toContain(`被${target['A0']}`);
      if (voice === 'you') expect(sentence, sample.id).toContain(`由${target['A0']}`);
    }
  });

  it('use all four voices and leave each optional role both filled and empty somewhere', () => {
    const voices = new Set(samples.map((sample) => String(meta(sample)['template']).split(':')[2]));
    expect([...voices].sort()).toEqual(['active', 'ba', 'bei', 'you']);
    for (const role of ['TMP', 'LOC', 'INS'] as const) {
      const values = samples.map((sample) => (sample.target as Record<string, string | null>)[role]);
      expect(values.some((value) => value === null), role).toBe(true);
      expect(values.some((value) => value !== null), role).toBe(true);
    }
  });
});
