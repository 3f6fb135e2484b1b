import { describe, expect, it } from 'vitest';
import { createScorer, extractOutput, scorerIds } from '../../scoring/index.js';
import { output, sample, thrownCode } from './helpers.js';

describe('scoring registry', () => {
  it('lists the scorers, with a strict twin for each extracting scorer', () => {
    expect(scorerIds()).toEqual([
      'bleu', 'cmrc-em', 'cmrc-f1', 'exact-match', 'includes', 'json-equal', 'json-schema', 'keywords', 'multiple-choice', 'multiple-choice-strict',
      'ner-f1', 'numeric', 'numeric-strict', 'refusal', 'regex', 'rouge-l', 'segmentation-f1',
    ]);
  });

  it('gives one score row per spec, so listing both pipelines gives two columns', () => {
    const specs = [{ id: 'multiple-choice' }, { id: 'multiple-choice-strict' }];
    const item = sample('B', { choices: ['1', '2', '3', '4'] });
    const rows = specs.map((spec) => ({ scorer: spec.id, ...createScorer(spec)(item, output('分析后：\n\nB')) }));
    expect(rows.map((row) => [row.scorer, row.value])).toEqual([
      ['multiple-choice', 1],
      ['multiple-choice-strict', null],
    ]);
  });

  it('creates a scorer from a spec without options', () => {
    const score = createScorer({ id: 'multiple-choice' });
    expect(score(sample('B', { choices: ['1', '2', '3', '4'] }), output('答案：B')).value).toBe(1);
  });

  it('passes options through and validates them at creation', () => {
    expect(createScorer({ id: 'numeric', options: { tolerance: 0.5 } })(sample(10), output('10.4')).value).toBe(1);
    expect(thrownCode(() => createScorer({ id: 'numeric', options: { tolerance: 'big' } }))).toBe('SCORER_OPTIONS');
  });

  it('rejects unknown scorer ids with a suggestion', () => {
    expect(thrownCode(() => createScorer({ id: 'exact_match' }))).toBe('REGISTRY_UNKNOWN');
    expect(() => createScorer({ id: 'exact_match' })).toThrow(/did you mean "exact-match"/);
  });

  it('re-exports extractOutput', () => {
    expect(extractOutput('<think>x</think>B').answerText).toBe('B');
  });
});
