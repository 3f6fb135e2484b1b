import { describe, expect, it } from 'vitest';
import { buildScorers, parseScorerFlag, rescoreItem } from '../../results/rescore.js';
import type { RecordedSuite } from '../../results/run-samples.js';
import type { Sample } from '../../suites/types.js';
import { memorySuite } from '../helpers/memory-suite.js';
import { thrownCode } from '../scoring/helpers.js';
import { itemOf } from './store-fixtures.js';

const samples: Sample[] = [
  { id: 'q1', input: '1', choices: ['a', 'b', 'c', 'd'], target: 'B', category: 'new-category' },
  { id: 'q2', input: '2', choices: ['a', 'b', 'c', 'd'], target: 'C' },
];
const suite: RecordedSuite = { suite: memorySuite('s', 0), samples: new Map(samples.map((sample) => [sample.id, sample])), unchanged: true };
const multipleChoice = buildScorers([{ id: 'multiple-choice' }], 'test', { allowJudges: false });

describe('rescoreItem', () => {
  it('scores the stored output again against today\'s sample, reading past the reasoning', () => {
    const stored = itemOf({ suite: 's', sample: 'q1', model: 'm', category: 'old', outcome: { 'multiple-choice': 0 }, output: '<think>A 似乎不对</think>答案：B' });
    const result = rescoreItem(stored, suite, multipleChoice);
    expect(result).toMatchObject({ key: stored.key, status: 'ok', category: 'new-category', output: stored.output, usage: stored.usage, scores: [{ scorer: 'multiple-choice', value: 1, answer: 'B' }] });
  });

  it('uses the reasoning stored in its own field the way the worker does', () => {
    const stored = itemOf({ suite: 's', sample: 'q2', model: 'm', outcome: { 'multiple-choice': 1 }, output: '答案：A', reasoning: '应该是 C' });
    expect(rescoreItem(stored, suite, multipleChoice).scores[0]).toMatchObject({ value: 0, answer: 'A' });
  });

  it('keeps error items as errors, without scores', () => {
    const stored = itemOf({ suite: 's', sample: 'q2', model: 'm', outcome: 'error' });
    expect(rescoreItem(stored, suite, multipleChoice)).toEqual(stored);
  });

  it('turns an item whose sample or suite is gone into an internal error, keeping the output', () => {
    const gone = rescoreItem(itemOf({ suite: 's', sample: 'q9', model: 'm', outcome: { 'multiple-choice': 1 } }), suite, multipleChoice);
    expect(gone).toMatchObject({ status: 'error', output: 'out', scores: [], error: { kind: 'internal' } });
    expect(gone.error?.message).toMatch(/sample "q9" is no longer in suite "s"/);
    const noSuite = rescoreItem(itemOf({ suite: 't', sample: 'q1', model: 'm', outcome: { 'multiple-choice': 1 } }), undefined, multipleChoice);
    expect(noSuite.error?.message).toMatch(/suite "t" is not among/);
  });

  it('turns a scorer failure into an internal error, not a wrong answer', () => {
    const numeric = buildScorers([{ id: 'numeric' }], 'test', { allowJudges: false });
    const result = rescoreItem(itemOf({ suite: 's', sample: 'q1', model: 'm', outcome: { numeric: 1 }, output: '42' }), suite, numeric);
    expect(result).toMatchObject({ status: 'error', error: { kind: 'internal' }, scores: [] });
    expect(result.error?.message).toMatch(/^scorer failed/);
  });
});

describe('model-graded scorers', () => {
  it('carry their stored scores over instead of calling the judge', () => {
    const scorers = buildScorers([{ id: 'multiple-choice' }, { id: 'judge', options: { model: 'grader' } }], 'suite s', { allowJudges: true });
    const stored = { ...itemOf({ suite: 's', sample: 'q1', model: 'm', outcome: { 'multiple-choice': 0 }, output: 'B' }), scores: [{ scorer: 'multiple-choice', value: 0 }, { scorer: 'judge', value: 0.75, explanation: '理由' }] };
    expect(rescoreItem(stored, suite, scorers).scores).toEqual([
      { scorer: 'multiple-choice', value: 1, passed: true, answer: 'B' },
      { scorer: 'judge', value: 0.75, explanation: '理由' },
    ]);
    const without = rescoreItem(itemOf({ suite: 's', sample: 'q1', model: 'm', outcome: { 'multiple-choice': 0 }, output: 'B' }), suite, scorers);
    expect(without.scores[1]).toMatchObject({ scorer: 'judge', value: null });
  });

  it('are refused as --scorer: a rescore calls no model', () => {
    expect(thrownCode(() => buildScorers([{ id: 'pairwise' }], '--scorer', { allowJudges: false }))).toBe('USAGE');
  });
});

describe('--scorer', () => {
  it('takes an id with optional JSON options', () => {
    expect(parseScorerFlag('exact-match')).toEqual({ id: 'exact-match' });
    expect(parseScorerFlag('numeric:{"tolerance":0.5}')).toEqual({ id: 'numeric', options: { tolerance: 0.5 } });
    expect(thrownCode(() => parseScorerFlag('numeric:{tolerance}'))).toBe('USAGE');
    expect(thrownCode(() => parseScorerFlag('numeric:[1]'))).toBe('USAGE');
  });

  it('refuses unknown scorers and bad options as usage errors', () => {
    expect(() => buildScorers([{ id: 'multiple-choise' }], '--scorer', { allowJudges: false })).toThrow(/did you mean "multiple-choice"/);
    expect(thrownCode(() => buildScorers([{ id: 'numeric', options: { tolerence: 1 } }], '--scorer', { allowJudges: false }))).toBe('USAGE');
  });
});
