import { describe, expect, it } from 'vitest';
import { jsonEqualScorer } from '../../../scoring/scorers/json-equal.js';
import { output, sample, thrownCode } from '../helpers.js';

const score = jsonEqualScorer({});

describe('json-equal scorer', () => {
  it('passes deep-equal JSON whatever the key order and surrounding prose', () => {
    const item = sample({ category: '投诉', urgent: true, tags: ['噪音', '夜间'] });
    const reply = '分类结果：\n```json\n{"urgent": true, "tags": ["噪音", "夜间"], "category": "投诉"}\n```';
    expect(score(item, output(reply))).toEqual({ value: 1, passed: true, answer: '{"category":"投诉","tags":["噪音","夜间"],"urgent":true}' });
  });

  it('fails on any differing value, missing key or array order', () => {
    const item = sample({ a: 1, b: [1, 2] });
    expect(score(item, output('{"a": 2, "b": [1, 2]}'))).toMatchObject({ value: 0, passed: false, explanation: 'expected {"a":1,"b":[1,2]}' });
    expect(score(item, output('{"a": 1}')).value).toBe(0);
    expect(score(item, output('{"a": 1, "b": [2, 1]}')).value).toBe(0);
    expect(score(item, output('{"a": 1, "b": [1, 2], "c": 3}')).value).toBe(0);
  });

  it('compares numbers by value', () => {
    expect(score(sample({ n: 1 }), output('{"n": 1.0}')).value).toBe(1);
  });

  it('accepts a target stored as a JSON string', () => {
    expect(score(sample('[1, {"x": null}]'), output('[1, {"x": null}]')).value).toBe(1);
  });

  it('is NOANSWER when the answer holds no valid JSON', () => {
    expect(score(sample({ a: 1 }), output("{'a': 1}"))).toMatchObject({ value: null });
    expect(score(sample({ a: 1 }), output('<think>{"a": 1}</think>不知道')).value).toBeNull();
  });

  it('rejects options and unusable targets', () => {
    expect(thrownCode(() => jsonEqualScorer({ subset: true }))).toBe('SCORER_OPTIONS');
    expect(thrownCode(() => score(sample('not json'), output('{}')))).toBe('SCORER_TARGET');
    expect(thrownCode(() => score(sample(42), output('{}')))).toBe('SCORER_TARGET');
  });
});
