import { describe, expect, it } from 'vitest';
import { insideAny, refusalClauses } from '../../../scoring/extract/undecided.js';

describe('refusalClauses', () => {
  it.each([
    '抱歉，我无法确定这道题的答案。',
    '题目信息不足',
    '以上选项都不对',
    '没有正确答案',
    'I cannot answer that.',
    "I can't determine which option is right",
    'None of the options is correct',
    'As an AI language model, I cannot give medical advice',
  ])('%j refuses', (text) => {
    expect(refusalClauses(text)).not.toEqual([]);
  });

  it.each(['答案：B', 'A、B都不对，C正确', '测量不确定度为 0.5 mm', 'The answer is B.', 'I think the answer is C'])('%j does not', (text) => {
    expect(refusalClauses(text)).toEqual([]);
  });

  it('marks only the refusing clause', () => {
    const text = "I'm not sure, but the answer is B.";
    const spans = refusalClauses(text);
    expect(spans).toEqual([[0, 12]]);
    expect(insideAny(spans, text.indexOf('sure'))).toBe(true);
    expect(insideAny(spans, text.indexOf('B'))).toBe(false);
  });
});
