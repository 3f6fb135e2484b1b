import { describe, expect, it } from 'vitest';
import { buildKeywordMatcher } from '../../../scoring/keywords/matcher.js';
import type { KeywordEntry, KeywordMatcherOptions } from '../../../scoring/keywords/types.js';
import { thrownCode } from '../helpers.js';
import { naiveMatch, seededRandom } from './naive.js';

const entry = (keyword: string, level2 = 'A.1.a'): KeywordEntry => ({ keyword, level1: level2.split('.').slice(0, 2).join('.'), level2 });
const spans = (matcher: ReturnType<typeof buildKeywordMatcher>, text: string) => matcher.match(text).map((hit) => [hit.keyword, hit.start, hit.end, hit.text]);

// Characters chosen to collide: CJK that form overlapping keywords, case and width variants,
// separators, an astral CJK character and an emoji (surrogate pairs).
const ALPHABET = ['他', '们', '敏', '感', '词', '炸', '药', 'a', 'b', 'A', 'Ｂ', 'ａ', '1', ' ', '*', '。', '\u200b', '𠀀', '😀', '-'];

describe('buildKeywordMatcher', () => {
  it('agrees with a naive matcher on random texts (seeded)', () => {
    for (const options of [{}, { ignoreSeparators: true }, { latinWordBoundary: true }, { ignoreSeparators: true, latinWordBoundary: true }] as KeywordMatcherOptions[]) {
      const random = seededRandom(20240229);
      const pick = () => ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'a';
      for (let round = 0; round < 150; round += 1) {
        const entries: KeywordEntry[] = [];
        const count = 1 + Math.floor(random() * 12);
        while (entries.length < count) {
          const keyword = Array.from({ length: 1 + Math.floor(random() * 4) }, pick).join('');
          // Keywords that fold to nothing are rejected by design; the naive side would not know.
          if (naiveMatch([entry(keyword)], keyword, options).length > 0) entries.push(entry(keyword));
        }
        const matcher = buildKeywordMatcher(entries, options);
        for (let text = 0; text < 5; text += 1) {
          const sample = Array.from({ length: Math.floor(random() * 60) }, pick).join('');
          const expected = naiveMatch(entries, sample, options).map((hit) => [hit.keyword, hit.start, hit.end]);
          const actual = matcher.match(sample).map((hit) => [hit.keyword, hit.start, hit.end]);
          const order = (a: (string | number)[], b: (string | number)[]) => JSON.stringify(a).localeCompare(JSON.stringify(b));
          expect(actual.sort(order), `${JSON.stringify(options)} ${JSON.stringify(entries.map((e) => e.keyword))} in ${JSON.stringify(sample)}`).toEqual(expected.sort(order));
        }
      }
    }
  });

  it('reports overlapping keywords (他 / 他们 / 们)', () => {
    const matcher = buildKeywordMatcher([entry('他'), entry('他们'), entry('们')]);
    expect(spans(matcher, '他们说他们')).toEqual([
      ['他', 0, 1, '他'],
      ['他们', 0, 2, '他们'],
      ['们', 1, 2, '们'],
      ['他', 3, 4, '他'],
      ['他们', 3, 5, '他们'],
      ['们', 4, 5, '们'],
    ]);
  });

  it('catches keywords spread out with spaces or punctuation when asked, with offsets into the original', () => {
    const evasive = buildKeywordMatcher([entry('敏感词')], { ignoreSeparators: true });
    expect(spans(evasive, '这里有 敏 感 词 吗')).toEqual([['敏感词', 4, 9, '敏 感 词']]);
    expect(spans(evasive, '敏*感-词')).toEqual([['敏感词', 0, 5, '敏*感-词']]);
    expect(spans(evasive, '敏\u200b感\u3000词')).toEqual([['敏感词', 0, 5, '敏\u200b感\u3000词']]);
    expect(buildKeywordMatcher([entry('敏感词')]).match('敏 感 词')).toEqual([]);
  });

  it('maps offsets back through width and case folding', () => {
    const matcher = buildKeywordMatcher([entry('abc')]);
    const text = '前缀ＡＢＣ后缀 and ABC';
    for (const hit of matcher.match(text)) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(spans(matcher, text)).toEqual([
      ['abc', 2, 5, 'ＡＢＣ'],
      ['abc', 12, 15, 'ABC'],
    ]);
  });

  it('matches mixed CJK and ASCII keywords, and astral characters', () => {
    const matcher = buildKeywordMatcher([entry('AK47步枪'), entry('𠀀字')], { ignoreSeparators: true });
    expect(spans(matcher, '一把ak-47 步枪和𠀀字')).toEqual([
      ['AK47步枪', 2, 10, 'ak-47 步枪'],
      ['𠀀字', 11, 14, '𠀀字'],
    ]);
  });

  it('merges duplicates and keeps their categories', () => {
    const matcher = buildKeywordMatcher([entry('炸药', 'A.1.d'), entry('炸药', 'A.4.a'), entry(' 炸药 ', 'A.1.d'), entry('BOMB', 'A.1.d'), entry('ｂｏｍｂ', 'A.1.f')]);
    expect(matcher.size).toBe(2);
    const [hit] = matcher.match('有炸药');
    expect(hit?.categories).toEqual([
      { level1: 'A.1', level2: 'A.1.d' },
      { level1: 'A.4', level2: 'A.4.a' },
    ]);
    expect(matcher.match('a bomb')[0]).toMatchObject({ keyword: 'BOMB', categories: [{ level2: 'A.1.d' }, { level2: 'A.1.f' }] });
  });

  it('rejects empty keywords and missing categories, naming the entry', () => {
    expect(thrownCode(() => buildKeywordMatcher([entry('好'), entry('')]))).toBe('KEYWORD_LIBRARY');
    expect(() => buildKeywordMatcher([entry('好'), entry('  ')])).toThrow(/keyword entry 2 \("  "\): the keyword is empty/);
    expect(() => buildKeywordMatcher([entry('**')], { ignoreSeparators: true })).toThrow(/entry 1 \("\*\*"\).*nothing is left/);
    expect(() => buildKeywordMatcher([{ keyword: '词', level1: 'A.1', level2: '' }])).toThrow(/level2 category is missing/);
  });

  it('applies the normalize hook to keywords and texts alike', () => {
    const simplified: Readonly<Record<string, string>> = { 們: '们', 詞: '词' };
    const matcher = buildKeywordMatcher([entry('他們')], { normalize: (char) => simplified[char] ?? char });
    expect(spans(matcher, '他们和他們')).toEqual([
      ['他們', 0, 2, '他们'],
      ['他們', 3, 5, '他們'],
    ]);
    const expanding = buildKeywordMatcher([entry('strasse')], { normalize: (char) => (char === 'ß' ? 'ss' : char) });
    expect(spans(expanding, 'Die Straße.')).toEqual([['strasse', 4, 10, 'Straße']]);
    expect(thrownCode(() => buildKeywordMatcher([entry('x')], { normalize: () => 1 as unknown as string }))).toBe('KEYWORD_NORMALIZE');
  });

  it('respects Latin word boundaries when asked', () => {
    const plain = buildKeywordMatcher([entry('ass')]);
    const bounded = buildKeywordMatcher([entry('ass')], { latinWordBoundary: true });
    expect(plain.match('first class')).toHaveLength(1);
    expect(bounded.match('first class')).toEqual([]);
    expect(spans(bounded, 'what an ass.')).toEqual([['ass', 8, 11, 'ass']]);
    expect(buildKeywordMatcher([entry('枪')], { latinWordBoundary: true }).match('ak枪47')).toHaveLength(1);
  });

  it('returns hits whose categories cannot be changed by a caller', () => {
    const matcher = buildKeywordMatcher([entry('词')]);
    const [hit] = matcher.match('词');
    expect(Object.isFrozen(hit?.categories)).toBe(true);
    expect(matcher.match('没有')).toEqual([]);
    expect(matcher.match('')).toEqual([]);
  });
});
