import { describe, expect, it } from 'vitest';
import { formatNumber, NO_ANSWER_REPLY, scriptedOutcome, scriptedReply, wrongNumber, type OutcomeInput } from '../../reference/script.js';
import type { ScriptedOutcome } from '../../reference/types.js';
import type { Sample, TaskKind } from '../../suites/types.js';

const TASKS: readonly TaskKind[] = ['multiple-choice', 'numeric', 'short-answer', 'classification', 'generation'];

function outcomes(count: number, input: Omit<OutcomeInput, 'sampleId'>): Record<ScriptedOutcome, number> {
  const counts: Record<ScriptedOutcome, number> = { correct: 0, wrong: 0, noanswer: 0 };
  for (let index = 0; index < count; index += 1) counts[scriptedOutcome({ ...input, sampleId: `s${index}` })] += 1;
  return counts;
}

const mcSample = (id: string, target = 'B'): Sample => ({ id, input: '问题', choices: ['甲', '乙', '丙', '丁'], target });

/** What a scorer would read from each multiple-choice style (test-side, deliberately independent). */
function extractChoice(reply: string): string | undefined {
  const text = reply.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const patterns = [/答案：([A-J]+)/, /故选([A-J]+)。/, /^【([A-J]+)】$/, /^The answer is \(([A-J]+)\)\.$/, /^([A-J])\. /];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  const fullWidth = /^正确答案是([Ａ-Ｊ]+)。$/.exec(text);
  return fullWidth?.[1]?.normalize('NFKC');
}

function extractNumber(reply: string): number | undefined {
  const text = reply.replace(/<think>[\s\S]*?<\/think>/g, '');
  const match = /(-?[\d,]+(?:\.\d+)?)\s*$/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(/,/g, ''));
}

describe('scriptedOutcome', () => {
  const base = { seed: 7, suiteId: 'suite', accuracy: 0.7, noAnswerRate: 0.1 } as const;

  it('is deterministic', () => {
    for (const task of TASKS) {
      const input = { ...base, task, sampleId: 'q1' };
      expect(scriptedOutcome(input)).toBe(scriptedOutcome({ ...input }));
    }
  });

  it('depends on the seed, the suite and the sample', () => {
    const signature = (input: Omit<OutcomeInput, 'sampleId'>): string => Array.from({ length: 200 }, (_, index) => scriptedOutcome({ ...input, sampleId: `s${index}` })).join();
    const reference = signature({ ...base, task: 'multiple-choice' });
    expect(signature({ ...base, task: 'multiple-choice' })).toBe(reference);
    expect(signature({ ...base, seed: 8, task: 'multiple-choice' })).not.toBe(reference);
    expect(signature({ ...base, suiteId: 'other', task: 'multiple-choice' })).not.toBe(reference);
  });

  it('hits the configured rates over 2,000 samples', () => {
    const mc = outcomes(2000, { ...base, task: 'multiple-choice' });
    // noanswer first, then accuracy among the rest: correct ≈ 0.9 × 0.7.
    expect(Math.abs(mc.noanswer / 2000 - 0.1)).toBeLessThan(0.03);
    expect(Math.abs(mc.correct / 2000 - 0.63)).toBeLessThan(0.035);
    const text = outcomes(2000, { ...base, task: 'short-answer' });
    expect(Math.abs(text.correct / 2000 - 0.7)).toBeLessThan(0.035);
  });

  it('is always correct at accuracy 1 and never at accuracy 0', () => {
    expect(outcomes(500, { ...base, accuracy: 1, noAnswerRate: 0, task: 'numeric' }).correct).toBe(500);
    expect(outcomes(500, { ...base, accuracy: 0, noAnswerRate: 0, task: 'numeric' }).wrong).toBe(500);
  });

  it('gives noanswer only to multiple-choice and numeric items', () => {
    for (const task of TASKS) {
      const counts = outcomes(300, { ...base, noAnswerRate: 1, task });
      const declines = task === 'multiple-choice' || task === 'numeric';
      expect(counts.noanswer).toBe(declines ? 300 : 0);
    }
  });
});

describe('scriptedReply: multiple choice', () => {
  const samples = Array.from({ length: 300 }, (_, index) => mcSample(`mc${index}`, 'ABCD'[index % 4]));

  it('answers the target letter when correct and another offered letter when wrong', () => {
    for (const sample of samples) {
      expect(extractChoice(scriptedReply(sample, 'multiple-choice', 'correct', 3))).toBe(sample.target);
      const wrong = extractChoice(scriptedReply(sample, 'multiple-choice', 'wrong', 3));
      expect(wrong).toMatch(/^[ABCD]$/);
      expect(wrong).not.toBe(sample.target);
    }
  });

  it('uses every answer style, the full-width one included', () => {
    const replies = samples.map((sample) => scriptedReply(sample, 'multiple-choice', 'correct', 3));
    const styles = [/^答案：[A-D]$/, /^经过分析，故选[A-D]。$/, /^【[A-D]】$/, /^正确答案是[Ａ-Ｄ]。$/, /^<think>先看选项A，似乎不对……再看B。<\/think>\n答案：[A-D]$/, /^The answer is \([A-D]\)\.$/, /^[A-D]\. [甲乙丙丁]$/];
    for (const style of styles) expect(replies.some((reply) => style.test(reply))).toBe(true);
    expect(replies.every((reply) => styles.some((style) => style.test(reply)))).toBe(true);
  });

  it('quotes the chosen option’s own text in the "X. text" style', () => {
    for (const sample of samples) {
      const reply = scriptedReply(sample, 'multiple-choice', 'wrong', 3);
      const match = /^([A-D])\. (.+)$/.exec(reply);
      if (match) expect(match[2]).toBe(sample.choices?.['ABCD'.indexOf(match[1] ?? '')]);
    }
  });

  it('handles multi-letter targets', () => {
    for (let index = 0; index < 50; index += 1) {
      const sample = mcSample(`multi${index}`, 'AC');
      expect(extractChoice(scriptedReply(sample, 'multiple-choice', 'correct', 1))).toBe('AC');
      expect(extractChoice(scriptedReply(sample, 'multiple-choice', 'wrong', 1))).toMatch(/^[A-D]$/);
    }
  });

  it('is deterministic per sample and seed', () => {
    const sample = samples[5] ?? mcSample('x');
    expect(scriptedReply(sample, 'multiple-choice', 'wrong', 9)).toBe(scriptedReply(sample, 'multiple-choice', 'wrong', 9));
  });
});

describe('scriptedReply: numeric', () => {
  const targets = [0, 1, -14, 3.5, 42, 999, 1234.5, -98765, 1e6, 0.001];

  it('answers the target when correct and a clearly wrong number when wrong', () => {
    for (const [index, target] of targets.entries()) {
      for (let variant = 0; variant < 10; variant += 1) {
        const sample: Sample = { id: `n${index}-${variant}`, input: '算一算', target };
        expect(extractNumber(scriptedReply(sample, 'numeric', 'correct', 2))).toBe(target);
        const wrong = extractNumber(scriptedReply(sample, 'numeric', 'wrong', 2));
        expect(wrong).toBeDefined();
        expect(Math.abs((wrong ?? target) - target)).toBeGreaterThan(0.01 * Math.abs(target));
      }
    }
  });

  it('accepts numeric strings as targets', () => {
    expect(extractNumber(scriptedReply({ id: 's', input: 'x', target: '1,234.5' }, 'numeric', 'correct', 2))).toBe(1234.5);
  });

  it('uses all three styles, with thousands separators in the 答案 style', () => {
    const replies = Array.from({ length: 100 }, (_, index) => scriptedReply({ id: `t${index}`, input: 'x', target: 1234.5 }, 'numeric', 'correct', 4));
    expect(replies).toContain('计算结果为 1234.5');
    expect(replies).toContain('答案：1,234.5');
    expect(replies).toContain('<think>先算……</think>最终答案：1234.5');
  });

  it('wrongNumber is never within 1% of the target', () => {
    for (let target = -1000; target <= 1000; target += 0.25) {
      expect(Math.abs(wrongNumber(target) - target)).toBeGreaterThan(0.01 * Math.abs(target));
    }
    expect(wrongNumber(-14)).not.toBe(-14);
  });

  it('formatNumber groups thousands only when asked and only from 1000', () => {
    expect(formatNumber(1234.5, true)).toBe('1,234.5');
    expect(formatNumber(-1234567, true)).toBe('-1,234,567');
    expect(formatNumber(999.5, true)).toBe('999.5');
    expect(formatNumber(1234.5, false)).toBe('1234.5');
  });
});

describe('scriptedReply: text tasks', () => {
  it('answers the first target exactly when correct', () => {
    expect(scriptedReply({ id: 'a', input: 'x', target: '北京' }, 'short-answer', 'correct', 1)).toBe('北京');
    expect(scriptedReply({ id: 'b', input: 'x', target: ['正面', '积极'] }, 'classification', 'correct', 1)).toBe('正面');
  });

  it('never contains the target when wrong, even for targets inside the wrong-answer texts', () => {
    const targets: unknown[] = ['北京', '错误', '参考端点', '回答', '（', ['正面', '错误回答'], 'Ｘ', '的'];
    for (const [index, target] of targets.entries()) {
      for (let variant = 0; variant < 20; variant += 1) {
        const reply = scriptedReply({ id: `w${index}-${variant}`, input: 'x', target }, 'short-answer', 'wrong', 1);
        const texts = Array.isArray(target) ? (target as string[]) : [String(target)];
        for (const text of texts) expect(reply.normalize('NFKC')).not.toContain(text.normalize('NFKC'));
      }
    }
  });

  it('says it cannot answer for noanswer', () => {
    expect(scriptedReply(mcSample('n'), 'multiple-choice', 'noanswer', 1)).toBe(NO_ANSWER_REPLY);
    expect(NO_ANSWER_REPLY).toBe('抱歉，我无法确定这道题的答案。');
    expect(extractChoice(NO_ANSWER_REPLY)).toBeUndefined();
    expect(extractNumber(NO_ANSWER_REPLY)).toBeUndefined();
  });
});

describe('scriptedReply in the form the first scorer reads', () => {
  const sample = (target: unknown) => ({ id: 'x', input: 'q', target });
  it('gives every key fact for includes-all, spaced words for segmentation, JSON for structured targets', () => {
    expect(scriptedReply(sample(['3.5', '偏高']), 'generation', 'correct', 1, { id: 'includes', options: { all: true } })).toBe('3.5，偏高');
    expect(scriptedReply(sample(['患者', '主诉', '头痛']), 'generation', 'correct', 1, { id: 'segmentation-f1' })).toBe('患者 主诉 头痛');
    expect(scriptedReply(sample(['n', 'v']), 'generation', 'correct', 1, { id: 'json-equal' })).toBe('["n","v"]');
    expect(scriptedReply(sample({ A0: '张三', A1: null }), 'generation', 'correct', 1, { id: 'json-equal' })).toBe('{"A0":"张三","A1":null}');
    expect(scriptedReply(sample(['北京', '北京市']), 'short-answer', 'correct', 1, { id: 'exact-match' })).toBe('北京');
  });
});
