import { describe, expect, it } from 'vitest';
import { estimateMessageTokens, estimateOutputTokens, estimateTokens, TOKENS_PER_MESSAGE } from '../../runners/estimate.js';

describe('estimateTokens', () => {
  it('counts a CJK character as one token', () => {
    expect(estimateTokens('华法林的监测指标')).toBe(8);
    expect(estimateTokens('。，（）')).toBe(4);
    expect(estimateTokens('カタカナ한국어')).toBe(7);
  });

  it('counts other text at four characters a token, rounded up', () => {
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateTokens('')).toBe(0);
  });

  it('adds the two for mixed text', () => {
    // 7 Han characters, and "INR ?" = 5 other characters → 2 tokens.
    expect(estimateTokens('国际标准化比值INR ?')).toBe(7 + 2);
  });

  it('counts astral-plane Han characters once', () => {
    expect(estimateTokens('𠀀')).toBe(1);
  });
});

describe('estimateMessageTokens', () => {
  it('adds a framing allowance per message', () => {
    expect(estimateMessageTokens([{ role: 'system', content: '你好' }, { role: 'user', content: 'abcd' }])).toBe(2 + 1 + 2 * TOKENS_PER_MESSAGE);
  });
});

describe('estimateOutputTokens', () => {
  it('takes maxTokens when set, else the task default', () => {
    expect(estimateOutputTokens('generation', 100)).toBe(100);
    expect(estimateOutputTokens('multiple-choice', undefined)).toBe(8);
    expect(estimateOutputTokens('generation', undefined)).toBe(512);
  });
});
