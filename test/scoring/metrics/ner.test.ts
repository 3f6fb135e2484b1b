import { describe, expect, it } from 'vitest';
import { detectScheme, type NerScheme, strictEntities } from '../../../scoring/metrics/ner-schemes.js';
import { getEntities, nerScores } from '../../../scoring/metrics/ner.js';
import { thrownCode } from '../helpers.js';

const tuples = (tags: string[], scheme: NerScheme) => strictEntities(tags, scheme).map((entity) => [entity.type, entity.start, entity.end]);

describe('default mode equals seqeval get_entities / f1_score', () => {
  it('get_entities docstring and tests/test_metrics.py test_get_entities (+ suffix style)', () => {
    expect(getEntities(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([{ type: 'PER', start: 0, end: 1 }, { type: 'LOC', start: 3, end: 3 }]);
    const expected = [{ type: 'MISC', start: 3, end: 5 }, { type: 'PER', start: 7, end: 8 }];
    expect(getEntities(['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'B-PER', 'I-PER'])).toEqual(expected);
    expect(getEntities(['O', 'O', 'O', 'MISC-B', 'MISC-I', 'MISC-I', 'O', 'PER-B', 'PER-I'], true)).toEqual(expected);
  });

  it('f1_score docstring (seqeval 1.2): micro 0.6667, macro 0.75, per type [0.5, 1]', () => {
    const gold = [['O', 'O', 'B-MISC', 'I-MISC', 'B-MISC', 'O', 'O'], ['B-PER', 'I-PER', 'O']];
    const predicted = [['O', 'O', 'B-MISC', 'I-MISC', 'B-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
    const result = nerScores(gold.map((tags, index) => ({ gold: tags, predicted: predicted[index] ?? [] })));
    expect(result.micro.f1).toBeCloseTo(0.6666666666666666, 15);
    expect(result.macro.f1).toBeCloseTo(0.75, 15);
    expect(Object.entries(result.perType).map(([type, score]) => [type, score.f1])).toEqual([['MISC', 0.5], ['PER', 1]]);
  });

  it('precision/recall/f1 docstrings: 0.50 each when an I-MISC run absorbs a B-MISC span', () => {
    const gold = [['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
    const predicted = [['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
    const { micro } = nerScores(gold.map((tags, index) => ({ gold: tags, predicted: predicted[index] ?? [] })));
    expect([micro.precision, micro.recall, micro.f1]).toEqual([0.5, 0.5, 0.5]);
  });

  it('repairs ill-formed sequences as conlleval does (hand-derived from the chunk rules)', () => {
    // An I- after O or after another type starts a chunk; E then I starts a new one.
    expect(getEntities(['O', 'I-PER', 'I-PER', 'I-LOC'])).toEqual([{ type: 'PER', start: 1, end: 2 }, { type: 'LOC', start: 3, end: 3 }]);
    expect(getEntities(['B-PER', 'E-PER', 'I-PER'])).toEqual([{ type: 'PER', start: 0, end: 1 }, { type: 'PER', start: 2, end: 2 }]);
    expect(getEntities(['S-LOC', 'B', 'I'])).toEqual([{ type: 'LOC', start: 0, end: 0 }, { type: '_', start: 1, end: 2 }]);
  });

  it('scores 0 when nothing is found, and rejects a prediction of another length', () => {
    expect(nerScores([{ gold: ['O'], predicted: ['O'] }]).micro.f1).toBe(0);
    expect(thrownCode(() => nerScores([{ gold: ['B-PER'], predicted: ['B-PER', 'O'] }]))).toBe('METRIC_INPUT');
  });

  it('pads or cuts a prediction of another length on request (seqeval align_lengths test)', () => {
    // tests/test_metrics.py test_align_lengths: the predictions become
    // [O O B-MISC I-MISC I-MISC O O] and [B-PER I-PER O].
    const pairs = [
      { gold: ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'], predicted: ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC'] },
      { gold: ['B-PER', 'I-PER', 'O'], predicted: ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC'] },
    ];
    const aligned = [
      { gold: pairs[0]?.gold ?? [], predicted: ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O'] },
      { gold: pairs[1]?.gold ?? [], predicted: ['B-PER', 'I-PER', 'O'] },
    ];
    expect(nerScores(pairs, { lengthMismatch: 'pad' })).toEqual(nerScores(aligned));
  });
});

describe('strict mode equals seqeval mode="strict" (tests/test_scheme.py tables)', () => {
  it.each([
    [['B-PER'], [['PER', 0, 1]]],
    [['I-PER'], []],
    [['O', 'I-PER'], []],
    [['I-PER', 'B-PER'], [['PER', 1, 2]]],
    [['I-PER', 'B-ORG'], [['ORG', 1, 2]]],
    [['B-PER', 'I-PER'], [['PER', 0, 2]]],
    [['B-PER', 'I-ORG'], [['PER', 0, 1]]],
    [['B-PER', 'B-PER'], [['PER', 0, 1], ['PER', 1, 2]]],
    [['B-PER', 'B-ORG'], [['PER', 0, 1], ['ORG', 1, 2]]],
    [['B', 'I'], [['_', 0, 2]]],
  ])('IOB2 %j → %j', (tags, expected) => {
    expect(tuples(tags, 'IOB2')).toEqual(expected);
  });

  it.each([
    [['S-PER'], [['PER', 0, 1]]],
    [['B-PER'], []],
    [['I-PER', 'S-PER'], [['PER', 1, 2]]],
    [['B-PER', 'O'], []],
    [['B-PER', 'I-PER'], []],
    [['B-PER', 'E-PER'], [['PER', 0, 2]]],
    [['B-PER', 'E-ORG'], []],
    [['B-PER', 'S-PER'], [['PER', 1, 2]]],
    [['E-PER', 'S-PER'], [['PER', 1, 2]]],
    [['S-PER', 'I-PER'], [['PER', 0, 1]]],
    [['S-PER', 'S-PER'], [['PER', 0, 1], ['PER', 1, 2]]],
  ])('IOBES %j → %j', (tags, expected) => {
    expect(tuples(tags, 'IOBES')).toEqual(expected);
  });

  it.each([
    [['E-PER'], [['PER', 0, 1]]],
    [['I-PER', 'E-PER'], [['PER', 0, 2]]],
    [['I-PER', 'E-ORG'], [['ORG', 1, 2]]],
    [['E-PER', 'I-PER'], [['PER', 0, 1]]],
    [['I-PER', 'O'], []],
  ])('IOE2 %j → %j', (tags, expected) => {
    expect(tuples(tags, 'IOE2')).toEqual(expected);
  });

  it.each([
    [['U-PER'], [['PER', 0, 1]]],
    [['B-PER', 'L-PER'], [['PER', 0, 2]]],
    [['B-PER', 'I-PER'], []],
    [['L-PER', 'U-PER'], [['PER', 1, 2]]],
  ])('BILOU %j → %j', (tags, expected) => {
    expect(tuples(tags, 'BILOU')).toEqual(expected);
  });

  it('tests/test_v1.py test_scores / test_output_dict: A P 1 R 0.5, B 1, C 0; micro 2/3, macro F 0.5556', () => {
    const result = nerScores([{ gold: ['B-A', 'B-B', 'O', 'B-A'], predicted: ['O', 'B-B', 'B-C', 'B-A'] }], { mode: 'strict', scheme: 'IOB2' });
    expect(result.perType['A']).toMatchObject({ precision: 1, recall: 0.5, f1: expect.closeTo(0.6666666666666666, 15), support: 2 });
    expect(result.perType['B']).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(result.perType['C']).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(result.micro.f1).toBeCloseTo(0.6666666666666666, 15);
    expect(result.macro).toEqual({ precision: expect.closeTo(0.6666666666666666, 15), recall: 0.5, f1: expect.closeTo(0.5555555555555555, 15) });
  });

  it('differs from default mode where it should: an I- without B- is no entity', () => {
    const pair = [{ gold: ['B-PER', 'I-PER', 'O'], predicted: ['I-PER', 'I-PER', 'O'] }];
    expect(nerScores(pair).micro.f1).toBe(1);
    expect(nerScores(pair, { mode: 'strict', scheme: 'IOB2' }).micro.f1).toBe(0);
  });

  it('rejects a prefix the scheme does not allow (test_invalid_prefix) and detects schemes as auto_detect', () => {
    expect(thrownCode(() => strictEntities(['B-PER', 'E-PER', 'S-PER'], 'IOB2'))).toBe('METRIC_INPUT');
    expect(detectScheme([['B', 'I', 'O']])).toBe('IOB2');
    expect(detectScheme([['I', 'E']])).toBe('IOE2');
    expect(detectScheme([['O', 'B', 'E', 'S']])).toBe('IOBES');
    expect(detectScheme([['S']])).toBe('IOBES');
    expect(detectScheme([['U']])).toBe('BILOU');
    expect(thrownCode(() => detectScheme([['I', 'O']]))).toBe('METRIC_INPUT');
  });
});
