import { describe, expect, it } from 'vitest';
import { combineSwapped, parsePairwiseVerdict, parseRubricVerdict } from '../../../scoring/judge/verdict.js';
import { JUDGE_PROMPT_HASH, JUDGE_PROMPT_VERSION, pairwisePrompt, rubricPrompt } from '../../../scoring/judge/prompts.js';
import { parseJudgeSpec } from '../../../scoring/judge/specs.js';

describe('parseRubricVerdict', () => {
  it.each([
    ['评分：4\n理由：基本正确，但缺少单位。', 4, '基本正确，但缺少单位。'],
    ['评分: ５\n理由: 完全正确', 5, '完全正确'],
    ['Score: 2\nReason: contradicts the reference.', 2, 'contradicts the reference.'],
    ['{"score": 3, "reason": "partly right"}', 3, 'partly right'],
    ['<think>评分：1？不，应该更高</think>评分：4\n理由：正确', 4, '正确'],
    ['先给评分：2，复核后修正。评分：3\n理由：有小错', 3, '有小错'],
  ])('%j → %d', (text, score, reason) => {
    expect(parseRubricVerdict(text, [1, 5])).toEqual({ score, reason });
  });

  it.each(['评分：7', '我认为这个回答很好。', 'Score: 0', ''])('%j has no verdict on a 1–5 scale', (text) => {
    expect(parseRubricVerdict(text, [1, 5])).toBeUndefined();
  });
});

describe('parsePairwiseVerdict and position swapping', () => {
  it.each([
    ['结论：A', 'A'],
    ['结论：回答B更好。结论：B', 'B'],
    ['Verdict: tie', 'tie'],
    ['结论：平局', 'tie'],
    ['B', 'B'],
  ] as const)('%j → %s', (text, verdict) => {
    expect(parsePairwiseVerdict(text)).toBe(verdict);
  });

  it('gives nothing for a reply without a verdict', () => {
    expect(parsePairwiseVerdict('两个回答各有千秋。')).toBeUndefined();
  });

  it('counts a win only when both orders agree', () => {
    expect(combineSwapped('A', 'B')).toBe(1);
    expect(combineSwapped('B', 'A')).toBe(0);
    expect(combineSwapped('A', 'A')).toBe(0.5); // position bias: prefers whatever is first
    expect(combineSwapped('tie', 'tie')).toBe(0.5);
    expect(combineSwapped('A', 'tie')).toBe(0.5);
  });
});

describe('judge prompts and specs', () => {
  it('are versioned and hashed', () => {
    expect(JUDGE_PROMPT_VERSION).toBe('judge-v1');
    expect(JUDGE_PROMPT_HASH).toMatch(/^[0-9a-f]{64}$/);
    const [system, user] = rubricPrompt({ rubric: 'R', scale: [0, 10], question: 'Q', reference: '', answer: 'ANS' });
    expect(system?.content).toContain('0 到 10');
    expect(user?.content).toContain('（无 / none）');
    expect(user?.content).toContain('ANS');
    expect(pairwisePrompt({ criteria: 'C', question: 'Q', a: 'first', b: 'second' })[1]?.content).toMatch(/回答 A[^]*first[^]*回答 B[^]*second/);
  });

  it('validates options and fills defaults', () => {
    expect(parseJudgeSpec({ id: 'exact-match' })).toBeUndefined();
    expect(parseJudgeSpec({ id: 'judge', options: { model: 'j' } })).toMatchObject({ kind: 'judge', model: 'j', scale: [1, 5] });
    expect(parseJudgeSpec({ id: 'cascade', options: { model: 'j', rule: 'multiple-choice', passAt: 4 } })).toMatchObject({ kind: 'cascade', rule: { id: 'multiple-choice' }, passAt: 4 });
    expect(() => parseJudgeSpec({ id: 'judge', options: {} })).toThrow(/"model" must be a non-empty string/);
    expect(() => parseJudgeSpec({ id: 'judge', options: { model: 'j', scale: [5, 1] } })).toThrow(/scale/);
    expect(() => parseJudgeSpec({ id: 'judge', options: { model: 'j', rubirc: 'x' } })).toThrow(/unknown option "rubirc"/);
    expect(() => parseJudgeSpec({ id: 'cascade', options: { model: 'j', rule: 'judge' } })).toThrow(/ordinary scorer/);
    expect(() => parseJudgeSpec({ id: 'judge', options: { model: 'j', passAt: 9 } })).toThrow(/passAt/);
  });
});
