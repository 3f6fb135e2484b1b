import { describe, expect, it } from 'vitest';
import { createRng } from '../../../suites/generators/lib.js';
import { buildSentence, CLAUSE_DOMAINS } from '../../../suites/generators/nlp-clauses.js';
import { CATEGORIES, ENTITY_TYPES, expand, newCtx, plain, POS_TAGS, type PosTag, realise, type Span, tok } from '../../../suites/generators/nlp-core.js';
import { nlpNer } from '../../../suites/generators/nlp-ner.js';
import { nlpPos } from '../../../suites/generators/nlp-pos.js';
import { nlpSegmentation } from '../../../suites/generators/nlp-segmentation.js';
import type { Sample } from '../../../suites/types.js';

const meta = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;
const strings = (value: unknown): string[] => {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) throw new Error(`not a string list: ${JSON.stringify(value)}`);
  return value;
};

describe('nlp token construction', () => {
  it('parses word/tag specs, expands slots and number ranges, and refuses bad specs', () => {
    expect(tok('医院/n')).toEqual({ word: '医院', tag: 'n' });
    expect(() => tok('医院/xx')).toThrow(/bad token/);
    expect(() => tok('医院')).toThrow(/bad token/);
    const ctx = newCtx(createRng('t'));
    const pieces = expand('患者/n {X} 住院/v {#3-3} 天/q', { X: () => plain('张/nr 三/nr') }, ctx);
    expect(realise(pieces)).toMatchObject({ text: '患者张三住院3天', words: ['患者', '张', '三', '住院', '3', '天'], tags: ['n', 'nr', 'nr', 'v', 'm', 'q'] });
    expect(() => expand('{Y}', {}, ctx)).toThrow(/unknown slot/);
  });

  it('reads entity offsets off the pieces', () => {
    const sentence = realise([plain('患者/n'), { tokens: [tok('张/nr'), tok('三/nr')], entity: 'PER' }, plain('。/w')]);
    expect(sentence.entities).toEqual([{ type: 'PER', text: '张三', start: 2, end: 4 }]);
  });

  // Many sentences from every clause combination, checked against GUIDELINE.md §S, §P and §E.
  const sentences = CATEGORIES.flatMap((category) => {
    const rng = createRng(`nlp-tagging-test-${category}`);
    return Array.from({ length: 400 }, () => ({ category, ...realise(buildSentence(newCtx(rng), category).pieces) }));
  });
  const inside = (spans: readonly Span[], offset: number, types: readonly string[]) => spans.some((span) => types.includes(span.type) && span.start <= offset && offset < span.end);

  it('uses every clause of every stage', () => {
    for (const category of CATEGORIES) {
      const rng = createRng(`stages-${category}`);
      const seen = new Set(Array.from({ length: 600 }, () => buildSentence(newCtx(rng), category).template));
      const [a, b, c] = CLAUSE_DOMAINS[category].stages;
      for (const [stage, clauses] of [a, b, c].entries()) {
        for (let index = 0; index < clauses.length; index += 1) {
          expect([...seen].some((template) => template.split(':')[1]?.split('-')[stage] === String(index)), `${category} stage ${stage} clause ${index}`).toBe(true);
        }
      }
    }
  });

  it('keeps words whole, tags from the tag set and punctuation tagged w', () => {
    // Problems are collected, not asserted word by word: 1,600 sentences would make that slow.
    const problems: string[] = [];
    for (const sentence of sentences) {
      if (sentence.words.join('') !== sentence.text) problems.push(`words do not join to ${sentence.text}`);
      for (const [index, word] of sentence.words.entries()) {
        const tag = sentence.tags[index] as PosTag;
        if (!/^\S+$/.test(word)) problems.push(`blank in word "${word}"`);
        if (!POS_TAGS.includes(tag)) problems.push(`${word}/${tag}: unknown tag`);
        if (/^[，。、；：]$/.test(word) !== (tag === 'w')) problems.push(`${word}/${tag}: punctuation and w must coincide`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks entities on word boundaries, without overlap, with the words their type allows', () => {
    for (const sentence of sentences) {
      const starts = new Set<number>();
      const ends = new Set<number>();
      const wordAt: { start: number; tag: PosTag; word: string }[] = [];
      let offset = 0;
      sentence.words.forEach((word, index) => {
        starts.add(offset);
        wordAt.push({ start: offset, tag: sentence.tags[index] as PosTag, word });
        offset += word.length;
        ends.add(offset);
      });
      let last = -1;
      for (const span of sentence.entities) {
        expect(ENTITY_TYPES).toContain(span.type);
        expect(sentence.text.slice(span.start, span.end)).toBe(span.text);
        expect(starts.has(span.start) && ends.has(span.end), `${span.text} in ${sentence.text}`).toBe(true);
        expect(span.start).toBeGreaterThanOrEqual(last);
        last = span.end;
        const tags = wordAt.filter((word) => word.start >= span.start && word.start < span.end).map((word) => word.tag);
        if (span.type === 'PER') expect(tags).toEqual(['nr', 'nr']);
        if (span.type === 'DATE') expect(tags.every((tag) => tag === 't')).toBe(true);
        if (span.type === 'LOC') expect(tags.every((tag) => tag === 'ns')).toBe(true);
        if (span.type === 'DRUG' || span.type === 'DISEASE') expect(tags).toEqual(['n']);
        if (span.type === 'MONEY') expect(tags).toEqual(['m', 'q']);
        if (span.type === 'ORG') expect(tags.at(-1), span.text).toMatch(/^(n|nt)$/);
      }
      // Proper-name words never stand outside an entity of their kind (§E).
      for (const word of wordAt) {
        if (word.tag === 'nr') expect(inside(sentence.entities, word.start, ['PER']), word.word).toBe(true);
        if (word.tag === 'ns') expect(inside(sentence.entities, word.start, ['LOC', 'ORG']), word.word).toBe(true);
        if (word.tag === 'nt' || word.tag === 'nz') expect(inside(sentence.entities, word.start, ['ORG']), word.word).toBe(true);
      }
    }
  });

  it('follows the segmentation conventions for dates, numbers and organisations', () => {
    const problems: string[] = [];
    for (const sentence of sentences) {
      for (const [index, word] of sentence.words.entries()) {
        const tag = sentence.tags[index];
        if (tag === 't' && /\d/.test(word) && !/^\d+[年月日]$/.test(word)) problems.push(`date word ${word}`);
        if (tag === 'm' && /\d/.test(word) && !/^\d+(\.\d+)?(万|%)?$/.test(word)) problems.push(`number word ${word}`);
        if (word === '有限公司' && tag !== 'n') problems.push(`有限公司/${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('nlp-segmentation, nlp-pos and nlp-ner items', () => {
  const segmentation = nlpSegmentation.generate(nlpSegmentation.seed);
  const pos = nlpPos.generate(nlpPos.seed);
  const ner = nlpNer.generate(nlpNer.seed);

  it('segmentation: the gold words joined are exactly the sentence', () => {
    for (const sample of segmentation) {
      const words = strings(sample.target);
      expect(words.join(''), sample.id).toBe(sample.input);
      expect(words.every((word) => /^\S+$/.test(word))).toBe(true);
    }
  });

  it('pos: one tag from the tag set per given word', () => {
    for (const sample of pos) {
      const words = strings(meta(sample)['words']);
      const tags = strings(sample.target);
      expect(String(sample.input).split(' '), sample.id).toEqual(words);
      expect(tags).toHaveLength(words.length);
      expect(meta(sample)['tokenCount']).toBe(words.length);
      for (const tag of tags) expect(POS_TAGS).toContain(tag);
    }
  });

  it('ner: every entity is in the text at its stated offsets, and the target lists them in order', () => {
    for (const sample of ner) {
      const spans = meta(sample)['entities'] as Span[];
      expect(spans.length, sample.id).toBeGreaterThan(0);
      for (const span of spans) expect(String(sample.input).slice(span.start, span.end), sample.id).toBe(span.text);
      expect(sample.target).toEqual(spans.map(({ type, text }) => ({ type, text })));
    }
    const types = new Set(ner.flatMap((sample) => (meta(sample)['entities'] as Span[]).map((span) => span.type)));
    expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
  });
});
