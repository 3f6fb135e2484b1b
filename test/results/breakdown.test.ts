import { describe, expect, it } from 'vitest';
import { computeBreakdowns, parseBreakdownField } from '../../results/breakdown.js';
import { renderMarkdownReport } from '../../results/render/markdown.js';
import type { RecordedSuite } from '../../results/run-samples.js';
import { summarizeRun } from '../../results/summary.js';
import type { RunRecord } from '../../results/types.js';
import type { Sample } from '../../suites/types.js';
import { memorySuite } from '../helpers/memory-suite.js';
import { thrownCode } from '../scoring/helpers.js';
import { itemOf, newRun } from './store-fixtures.js';

const run: RunRecord = {
  ...newRun('run-1', [{ id: 's', version: '1.0.0', title: 's', domain: 'general', task: 'multiple-choice', hash: 'h', promptHash: 'p', scorers: [{ id: 'multiple-choice' }, { id: 'includes' }], license: 'Apache-2.0' }], ['m']),
  status: 'completed',
};

const samples: Sample[] = [
  { id: 'q1', input: '1', target: 'A', metadata: { difficulty: 'hard', level: 3, source: { year: 2024 } } },
  { id: 'q2', input: '2', target: 'A', metadata: { difficulty: 'hard', level: 3 } },
  { id: 'q3', input: '3', target: 'A', metadata: { difficulty: 'easy', level: 1 } },
  { id: 'q4', input: '4', target: 'A' },
];
const suites = new Map<string, RecordedSuite>([['s', { suite: memorySuite('s', 0), samples: new Map(samples.map((sample) => [sample.id, sample])), unchanged: true }]]);

const items = [
  itemOf({ suite: 's', sample: 'q1', model: 'm', category: 'x', outcome: { 'multiple-choice': 1, includes: 0 } }),
  itemOf({ suite: 's', sample: 'q2', model: 'm', category: 'x', outcome: { 'multiple-choice': null, includes: 1 } }),
  itemOf({ suite: 's', sample: 'q3', model: 'm', category: 'y', outcome: { 'multiple-choice': 1, includes: 1 } }),
  itemOf({ suite: 's', sample: 'q4', model: 'm', outcome: 'error' }),
  itemOf({ suite: 's', sample: 'gone', model: 'm', category: 'y', outcome: { 'multiple-choice': 0, includes: 1 } }),
];

describe('parseBreakdownField', () => {
  it('takes category and metadata paths', () => {
    expect(parseBreakdownField('category')).toEqual({ label: 'category' });
    expect(parseBreakdownField('metadata.source.year')).toEqual({ label: 'metadata.source.year', metadataPath: ['source', 'year'] });
  });

  it.each(['model', 'metadata.', 'metadata.a..b', 'difficulty'])('refuses "%s" as a usage error', (text) => {
    expect(thrownCode(() => parseBreakdownField(text))).toBe('USAGE');
  });
});

describe('computeBreakdowns', () => {
  it('groups the primary scorer by category and by metadata values, with the summary rules', () => {
    const fields = ['category', 'metadata.difficulty', 'metadata.level', 'metadata.source.year'].map(parseBreakdownField);
    const [byCategory, byDifficulty, byLevel, byYear] = computeBreakdowns(run, items, fields, suites);
    expect(byCategory).toMatchObject({ field: 'category', suite: 's', model: 'm', scorer: 'multiple-choice' });
    expect(byCategory?.groups.map((group) => [group.value, group.n, group.scored, group.correct, group.noAnswer, group.errors])).toEqual([
      ['(none)', 1, 0, 0, 0, 1],
      ['x', 2, 2, 1, 1, 0],
      ['y', 2, 2, 1, 0, 0],
    ]);
    expect(byCategory?.groups[0]?.accuracy).toEqual({ value: null, ci95: null });
    expect(byCategory?.groups[1]).toMatchObject({ interval: 'wilson', accuracy: { value: 0.5 } });
    expect(byDifficulty?.groups.map((group) => [group.value, group.n, group.correct])).toEqual([
      ['(none)', 1, 0],
      ['(sample not found)', 1, 0],
      ['easy', 1, 1],
      ['hard', 2, 1],
    ]);
    expect(byLevel?.groups.map((group) => group.value)).toEqual(['(none)', '(sample not found)', '1', '3']);
    expect(byYear?.groups.map((group) => [group.value, group.n])).toEqual([['(none)', 3], ['(sample not found)', 1], ['2024', 1]]);
  });

  it('renders each breakdown as a table in the Markdown report', () => {
    const summary = { ...summarizeRun(run, []), breakdowns: computeBreakdowns(run, items, [parseBreakdownField('metadata.difficulty')], suites) };
    const markdown = renderMarkdownReport(summary);
    expect(markdown).toContain('### s × m: by metadata.difficulty (multiple-choice)');
    expect(markdown).toContain('| hard | 2 | 1 | 1 | 0 | 50.0% [');
  });
});
