import { describe, expect, it } from 'vitest';
import { executeRun } from '../../runners/run.js';
import type { AttemptOutcome, ItemResult, ModelTarget, WorkerTask } from '../../runners/types.js';
import { memorySuite } from '../helpers/memory-suite.js';

const limits = { maxAttempts: 2, timeoutMs: 1000, backoffBaseMs: 1, backoffMaxMs: 2 };
const candidate: ModelTarget = { id: 'm', adapter: { kind: 'mock', model: 'm' }, params: {}, concurrency: 2 };
const judge: ModelTarget = { id: 'j', adapter: { kind: 'mock', model: 'j' }, params: {}, concurrency: 1 };

function answered(task: WorkerTask, output: string, value: number | null): AttemptOutcome {
  const { item } = task;
  const ruleRows = task.judgeModelId ? [] : [
    { scorer: 'multiple-choice', value },
    { scorer: 'judge', value: null },
    { scorer: 'cascade', value },
    { scorer: 'pairwise', value: null },
  ];
  return { ok: true, result: { key: item.key, suiteId: item.suiteId, sampleId: item.sample.id, modelId: item.modelId, repeat: item.repeat, promptHash: task.promptHash, status: 'ok', output, scores: ruleRows } };
}

function judgedSuite() {
  return {
    ...memorySuite('s', 2),
    scorers: [
      { id: 'multiple-choice' },
      { id: 'judge', options: { model: 'j', passAt: 4 } },
      { id: 'cascade', options: { model: 'j', rule: 'multiple-choice' } },
      { id: 'pairwise', options: { model: 'j' } },
    ],
  };
}

async function runWith(dispatch: (task: WorkerTask) => Promise<AttemptOutcome>) {
  const results: ItemResult[] = [];
  const outcome = await executeRun({ suites: [judgedSuite()], models: [candidate], judges: [judge], limits, threads: 1, dispatch, onEvent: (event) => void (event.type === 'item-finished' && results.push(event.result)) });
  return { outcome, results: new Map(results.map((result) => [result.sampleId, result])) };
}

describe('model-graded scoring in the runner', () => {
  it('schedules judge calls under the judge model, fills rubric, cascade and position-swapped pairwise scores', async () => {
    const judgeCalls: { sample: string; prompt: string }[] = [];
    const { outcome, results } = await runWith(async (task) => {
      if (!task.judgeModelId) return task.item.sample.id === 'q0' ? answered(task, '答案：B', 1) : answered(task, '无法确定', null);
      expect(task.judgeModelId).toBe('j');
      const prompt = task.messages.at(-1)?.content ?? '';
      judgeCalls.push({ sample: task.item.sample.id, prompt });
      if (prompt.includes('【回答 A / Answer A】')) {
        // This judge always prefers the candidate, wherever it stands.
        const candidateFirst = prompt.indexOf('答案：B') > -1 && prompt.indexOf('答案：B') < prompt.indexOf('【回答 B');
        return answered(task, candidateFirst ? '结论：A' : '结论：B', null);
      }
      return answered(task, task.item.sample.id === 'q0' ? '评分：5\n理由：正确' : '评分：2\n理由：没有作答', null);
    });
    expect(outcome.counts).toMatchObject({ items: 2, errors: 0 });
    // q0: rubric + 2 pairwise (the cascade's rule decided); q1: rubric + cascade + 2 pairwise.
    expect(judgeCalls.filter((call) => call.sample === 'q0')).toHaveLength(3);
    expect(judgeCalls.filter((call) => call.sample === 'q1')).toHaveLength(4);
    expect(judgeCalls[0]?.prompt).toContain('B. b'); // the reference shows the option text
    const q0 = results.get('q0')?.scores;
    expect(q0).toEqual([
      { scorer: 'multiple-choice', value: 1 },
      { scorer: 'judge', value: 1, passed: true, answer: '5', explanation: '正确' },
      { scorer: 'cascade', value: 1 },
      { scorer: 'pairwise', value: 1, answer: 'win', explanation: 'candidate first: A; candidate second: B' },
    ]);
    const q1 = results.get('q1')?.scores;
    expect(q1?.find((score) => score.scorer === 'judge')).toMatchObject({ value: 0.25, passed: false, answer: '2' });
    expect(q1?.find((score) => score.scorer === 'cascade')).toMatchObject({ value: 0.25, explanation: 'judged (the rule could not decide): 没有作答' });
    expect(outcome.counts.limiters?.map((limiter) => limiter.models)).toEqual([['m'], ['j']]);
  });

  it('makes the item an error, not a low score, when the judge cannot be reached', async () => {
    const { outcome, results } = await runWith(async (task) => (task.judgeModelId ? { ok: false, promptHash: 'p', error: { kind: 'transient', message: 'HTTP 503', status: 503 } } : answered(task, '答案：B', 1)));
    expect(outcome.counts.errors).toBe(2);
    expect(results.get('q0')).toMatchObject({ status: 'error', output: '答案：B', scores: [], error: { kind: 'transient', message: 'judge j: HTTP 503' } });
  });

  it('keeps a null score when the judge gives no readable verdict', async () => {
    const { results } = await runWith(async (task) => (task.judgeModelId ? answered(task, '这个回答还行吧。', null) : answered(task, '答案：B', 1)));
    expect(results.get('q0')?.scores.find((score) => score.scorer === 'judge')).toMatchObject({ value: null, explanation: expect.stringContaining('no score in 1–5') });
  });
});
