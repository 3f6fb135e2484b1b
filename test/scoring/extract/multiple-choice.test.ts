import { describe, expect, it } from 'vitest';
import { extractChoices } from '../../../scoring/extract/multiple-choice.js';

// The golden table of model outputs (both pipelines side by side) is in test/scoring/golden/.
const CITIES = ['北京', '上海', '广州', '深圳'];

describe('extractChoices', () => {
  it('limits letters to the offered options', () => {
    expect(extractChoices('答案：C', 2)).toBeUndefined();
    expect(extractChoices('答案：C', 3)).toBe('C');
  });

  it('gives nothing when no options are offered', () => {
    expect(extractChoices('答案：A', 0)).toBeUndefined();
  });

  it('reads option text only when choices are given', () => {
    expect(extractChoices('答案是上海。', 4)).toBeUndefined();
    expect(extractChoices('答案是上海。', 4, { choices: CITIES })).toBe('B');
  });

  it('prefers the longer option text when one choice contains another', () => {
    expect(extractChoices('答案是北京市。', 2, { choices: ['北京', '北京市'] })).toBe('B');
  });

  it('defaults to the flexible pipeline', () => {
    expect(extractChoices('选择B', 4)).toBe('B');
    expect(extractChoices('选择B', 4, { pipeline: 'flexible' })).toBe('B');
    expect(extractChoices('选择B', 4, { pipeline: 'strict' })).toBeUndefined();
  });

  it('strict accepts a label only with that option\'s own text', () => {
    expect(extractChoices('B. 上海', 4, { choices: CITIES, pipeline: 'strict' })).toBe('B');
    expect(extractChoices('B. 广州', 4, { choices: CITIES, pipeline: 'strict' })).toBeUndefined();
    expect(extractChoices('B. 上海', 4, { pipeline: 'strict' })).toBeUndefined();
  });

  it('lets a later explicit answer stand after a refusal, but never a capital inside the refusal', () => {
    expect(extractChoices('我无法确定。不过答案是C。', 4)).toBe('C');
    expect(extractChoices('None of A–D is correct.', 4)).toBeUndefined();
    expect(extractChoices('None of A–D is correct.', 4, { pipeline: 'strict' })).toBeUndefined();
  });

  it('keeps an answer given before a hedge about certainty', () => {
    expect(extractChoices('答案：C。不过我不确定。', 4)).toBe('C');
  });
});
