import { describe, expect, it } from 'vitest';
import { extractOutput } from '../../../scoring/extract/reasoning.js';

describe('extractOutput', () => {
  it('keeps text without reasoning as the answer and adds no reasoning field', () => {
    const output = extractOutput('  答案：B\n');
    expect(output).toEqual({ raw: '  答案：B\n', answerText: '答案：B' });
    expect('reasoning' in output).toBe(false);
  });

  it('strips a <think> block', () => {
    const raw = '<think>先看选项A，似乎不对……再看B。</think>\n答案：B';
    expect(extractOutput(raw)).toEqual({ raw, answerText: '答案：B', reasoning: '先看选项A，似乎不对……再看B。' });
  });

  it('strips a <thinking> block, in any case', () => {
    expect(extractOutput('<THINKING>Option A? No.</THINKING>The answer is B.')).toMatchObject({ answerText: 'The answer is B.', reasoning: 'Option A? No.' });
  });

  it('strips several blocks and joins their reasoning', () => {
    expect(extractOutput('<think>one</think>B<think>two</think>')).toMatchObject({ answerText: 'B', reasoning: 'one\n\ntwo' });
  });

  it('treats everything after an unclosed leading <think> as reasoning', () => {
    expect(extractOutput('<think>先计算……答案：C')).toMatchObject({ answerText: '', reasoning: '先计算……答案：C' });
  });

  it('keeps the text before an unclosed <think> that is not leading', () => {
    expect(extractOutput('答案：C\n<think>再检查一下')).toMatchObject({ answerText: '答案：C', reasoning: '再检查一下' });
  });

  it('treats the text before an unmatched </think> as reasoning (the template opened the block)', () => {
    expect(extractOutput('嗯，A不对。\n</think>\n\n答案：C')).toMatchObject({ answerText: '答案：C', reasoning: '嗯，A不对。' });
  });

  it('splits at the last occurrence of a configured end marker', () => {
    const output = extractOutput('想想◁/think▷还没完◁/think▷答案：D', { endMarkers: ['◁/think▷'] });
    expect(output).toMatchObject({ answerText: '答案：D', reasoning: '想想◁/think▷还没完' });
  });

  it('uses whichever configured marker ends last', () => {
    const output = extractOutput('a [END] b ### c', { endMarkers: ['[END]', '###', ''] });
    expect(output.answerText).toBe('c');
  });

  it('ignores end markers that do not occur', () => {
    expect(extractOutput('答案：A', { endMarkers: ['<|end_of_thought|>'] })).toEqual({ raw: '答案：A', answerText: '答案：A' });
  });

  it('passes separately returned reasoning through unchanged', () => {
    expect(extractOutput('答案：A', { reasoning: '  reasoning_content 原文\n' })).toEqual({ raw: '答案：A', answerText: '答案：A', reasoning: '  reasoning_content 原文\n' });
  });

  it('puts separately returned reasoning before traces found in the text', () => {
    expect(extractOutput('<think>inline</think>A', { reasoning: 'separate' }).reasoning).toBe('separate\n\ninline');
  });

  it('omits empty reasoning', () => {
    expect('reasoning' in extractOutput('<think> </think>A', { reasoning: '' })).toBe(false);
  });
});
