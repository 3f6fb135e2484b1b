import { describe, expect, it } from 'vitest';
import { metricScorers } from '../../../scoring/metrics/scorers.js';
import type { ScorerFactory } from '../../../scoring/types.js';
import { output, sample, thrownCode } from '../helpers.js';

function factory(id: string): ScorerFactory {
  const found = metricScorers[id];
  if (found === undefined) throw new Error(`no scorer ${id}`);
  return found;
}

describe('metricScorers', () => {
  it('lists the seven item-level metric scorers', () => {
    expect(Object.keys(metricScorers).sort()).toEqual(['bleu', 'cmrc-em', 'cmrc-f1', 'json-schema', 'ner-f1', 'rouge-l', 'segmentation-f1']);
  });

  it('rejects unknown options on every scorer', () => {
    for (const id of Object.keys(metricScorers)) {
      const options = id === 'json-schema' ? { schema: {}, strcit: true } : { strcit: true };
      expect(thrownCode(() => factory(id)(options))).toBe('SCORER_OPTIONS');
    }
  });
});

describe('cmrc-em / cmrc-f1', () => {
  const em = factory('cmrc-em')({});
  const f1 = factory('cmrc-f1')({});

  it('scores against any of the target answers', () => {
    expect(em(sample(['《红楼梦》', '红楼梦']), output('红楼梦。'))).toMatchObject({ value: 1, passed: true });
    expect(f1(sample('1949年10月1日'), output('1949年10月')).value).toBeCloseTo(0.8, 15);
    expect(em(sample('北京'), output('北京市'))).toMatchObject({ value: 0, passed: false });
  });

  it('is null for an empty answer and rejects a target that is not text', () => {
    expect(f1(sample('北京'), output('<think>嗯</think>')).value).toBeNull();
    expect(thrownCode(() => em(sample({ answer: 'x' }), output('x')))).toBe('SCORER_TARGET');
  });
});

describe('rouge-l', () => {
  it('gives F in [0, 1], character level for Chinese', () => {
    const score = factory('rouge-l')({})(sample('今天的天气真的很好'), output('今天天气很好'));
    expect(score.value).toBeCloseTo(0.8, 15);
    expect(factory('rouge-l')({ tokenization: 'char' })(sample('2018年'), output('2019年')).value).toBeCloseTo(0.8, 15);
  });

  it('is null when the answer has nothing to compare, and validates options', () => {
    expect(factory('rouge-l')({})(sample('好'), output('……！')).value).toBeNull();
    expect(thrownCode(() => factory('rouge-l')({ tokenization: 'word' }))).toBe('SCORER_OPTIONS');
  });
});

describe('bleu', () => {
  it('is sacrebleu sentence BLEU / 100 (sacrebleu gave 61.47881529512643 with tokenize=zh)', () => {
    const score = factory('bleu')({})(sample('今天天气不错，我们去公园散步。'), output('今天天气很好，我们去公园散步吧。'));
    expect(score.value).toBeCloseTo(0.6147881529512643, 12);
    expect(score.explanation).toContain('tok zh');
  });

  it('passes smoothing options through (sacrebleu floor: 46.713797772820016)', () => {
    const bleu = factory('bleu')({ smooth: 'floor', tokenize: '13a' });
    expect(bleu(sample(['the cat is on the mat', 'there is a cat on the mat']), output('the cat the cat on the mat')).value).toBeCloseTo(0.46713797772820016, 12);
    expect(thrownCode(() => factory('bleu')({ smooth: 'add-one' }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => factory('bleu')({ smoothValue: -1 }))).toBe('SCORER_OPTIONS');
  });
});

describe('segmentation-f1', () => {
  const score = factory('segmentation-f1')({});

  it('reads gold words from a list or a slashed string, and the answer split by spaces or slashes', () => {
    expect(score(sample(['我', '爱', '北京', '天安门']), output('我/爱/北京/天安门'))).toMatchObject({ value: 1 });
    const partial = score(sample('我 爱 北京 天安门'), output('我 爱 北 京 天安门'));
    // 3 of 4 gold, 3 of 5 predicted: F1 = 2·0.6·0.75 / 1.35 = 2/3.
    expect(partial.value).toBeCloseTo(2 / 3, 15);
  });

  it('notes an answer that changes the text, is null without words, and rejects a bad target', () => {
    expect(score(sample(['我们']), output('他们')).explanation).toContain('does not re-segment');
    expect(score(sample(['我们']), output('  ')).value).toBeNull();
    expect(thrownCode(() => score(sample(42), output('我们')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => factory('segmentation-f1')({ alignment: 'chars' }))).toBe('SCORER_OPTIONS');
  });
});

describe('ner-f1', () => {
  const score = factory('ner-f1')({});
  const gold = ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'];

  it('scores tag answers as seqeval micro F1', () => {
    expect(score(sample(gold), output('B-PER I-PER O B-LOC O')).value).toBe(1);
    expect(score(sample(gold), output('["B-PER", "I-PER", "O", "O", "O"]')).value).toBeCloseTo(2 / 3, 15);
    expect(score(sample(gold), output('B-PER, I-PER, O, B-ORG, O')).value).toBe(0.5);
    expect(score(sample(['O', 'O']), output('O O'))).toMatchObject({ value: 1, passed: true });
  });

  it('scores a wrong tag count 0 and an invalid strict tag 0; rejects a bad gold sequence', () => {
    expect(score(sample(gold), output('B-PER O'))).toMatchObject({ value: 0, explanation: 'expected 5 tags, got 2' });
    const strict = factory('ner-f1')({ mode: 'strict', scheme: 'IOB2' });
    expect(strict(sample(['B-PER', 'O']), output('S-PER O')).value).toBe(0);
    expect(thrownCode(() => strict(sample(['S-PER', 'O']), output('O O')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => factory('ner-f1')({ scheme: 'IOB2' }))).toBe('SCORER_OPTIONS');
  });

  it('detects the strict scheme per item, from the answer when the gold sentence has no entity', () => {
    const strict = factory('ner-f1')({ mode: 'strict' });
    expect(strict(sample(['B-PER', 'E-PER', 'O']), output('B-PER E-PER O')).value).toBe(1);
    expect(strict(sample(['B-PER', 'E-PER', 'O']), output('B-PER I-PER O')).value).toBe(0);
    expect(strict(sample(['O', 'O']), output('O O')).value).toBe(1);
    expect(strict(sample(['O', 'O']), output('S-LOC O')).value).toBe(0);
  });

  it('scores entity lists by type and normalised text, as multisets', () => {
    const target = [{ type: 'PER', text: '张三' }, { type: 'LOC', text: '北京' }, { type: 'LOC', text: '北京' }];
    const answer = '识别结果：[{"type": "PER", "text": "张三"}, {"type": "LOC", "text": "北京"}, {"type": "ORG", "text": "北京"}]';
    // 2 correct of 3 predicted, 3 gold: F1 2/3.
    expect(score(sample(target), output(answer)).value).toBeCloseTo(2 / 3, 15);
    expect(score(sample([]), output('[]'))).toMatchObject({ value: 1 });
    expect(score(sample(target), output('没有实体')).value).toBeNull();
    expect(thrownCode(() => score(sample([{ type: 'PER' }]), output('[]')))).toBe('SCORER_TARGET');
  });
});

describe('json-schema', () => {
  const schema = { type: 'object', required: ['category'], properties: { category: { enum: ['报修', '咨询'] } } };

  it('is 1 for valid JSON, 0 with the problems for invalid, null without JSON', () => {
    const score = factory('json-schema')({ schema });
    expect(score(sample(undefined), output('```json\n{"category": "报修"}\n```'))).toMatchObject({ value: 1, passed: true });
    const invalid = score(sample(undefined), output('{"category": "投诉"}'));
    expect(invalid).toMatchObject({ value: 0, passed: false });
    expect(invalid.explanation).toContain('category: must be one of "报修", "咨询"');
    expect(score(sample(undefined), output('类别是报修')).value).toBeNull();
  });

  it('requires a schema mapping that compiles', () => {
    expect(thrownCode(() => factory('json-schema')({}))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => factory('json-schema')({ schema: 'object' }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => factory('json-schema')({ schema: { type: 'objcet' } }))).toBe('SCORER_OPTIONS');
  });

  it('fails, rather than crashes, on JSON nested too deeply for the validator', () => {
    const recursive = { $ref: '#/definitions/list', definitions: { list: { type: 'array', items: { $ref: '#/definitions/list' } } } };
    const score = factory('json-schema')({ schema: recursive });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(score(sample(undefined), output(deep)).value).toBe(0);
  });
});
