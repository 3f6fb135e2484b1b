import { describe, expect, it } from 'vitest';
import { summarizeRun } from '../../results/summary.js';
import { renderMarkdownReport } from '../../results/render/markdown.js';
import { renderSummaryTable } from '../../results/render/table.js';
import type { RunRecord, ScoreTally } from '../../results/types.js';
import { RUN } from '../helpers/fixtures.js';

const run: RunRecord = { ...RUN, status: 'completed', finishedAt: '2026-11-29T00:01:00.000Z', counts: { items: 10, errors: 2, retries: 5 } };
const tally = (scorer: string, sum: number, extra: Partial<ScoreTally> = {}): ScoreTally => ({ suiteId: 's', modelId: 'm', scorer, n: 10, errors: 2, sum, noAnswer: 1, ...extra });

describe('summarizeRun', () => {
  it('computes accuracy over n − errors with a Wilson interval', () => {
    const summary = summarizeRun(run, [tally('multiple-choice', 6), tally('includes', 8), tally('multiple-choice', 2, { category: 'x', n: 3, errors: 0 })]);
    const [result] = summary.results;
    expect(result).toMatchObject({ suite: 's', model: 'm', n: 10, scored: 8, correct: 6, noAnswer: 1, errors: 2, primaryScorer: 'multiple-choice' });
    expect(result?.metrics.accuracy.value).toBeCloseTo(0.75, 10);
    // Wilson 95% for 6/8, computed independently: [0.4093, 0.9285].
    expect(result?.metrics.accuracy.ci95?.[0]).toBeCloseTo(0.4093, 3);
    expect(result?.metrics.accuracy.ci95?.[1]).toBeCloseTo(0.9285, 3);
    expect(result?.metrics['includes']?.value).toBe(1);
    expect(result?.categories).toHaveLength(1);
    expect(result?.categories[0]).toMatchObject({ category: 'x', n: 3, correct: 2 });
    expect(summary.totals).toEqual({ items: 10, errors: 2, retries: 5 });
  });

  it('gives null, never 0, when every item errored', () => {
    const summary = summarizeRun(run, [tally('multiple-choice', 0, { errors: 10, noAnswer: 0 }), tally('includes', 0, { errors: 10, noAnswer: 0 })]);
    expect(summary.results[0]?.metrics.accuracy).toEqual({ value: null, ci95: null });
    expect(renderSummaryTable(summary)).toContain('n/a');
  });

  it('renders the Markdown report with results, categories, suites and models', () => {
    const markdown = renderMarkdownReport(summarizeRun(run, [tally('multiple-choice', 6), tally('includes', 8), tally('multiple-choice', 2, { category: 'x', n: 3, errors: 0 })]));
    expect(markdown).toContain('| s | m | 10 | 6 | 1 | 2 | 75.0% [40.9, 92.9] |');
    expect(markdown).toContain('### s × m: by category');
    expect(markdown).toContain('http://127.0.0.1:1/v1');
    expect(markdown).not.toMatch(/key/i);
  });
});

describe('graded (not 0/1) scores', () => {
  it('get the mean with a seeded bootstrap interval instead of Wilson', () => {
    const graded = tally('judge', 1.25, { n: 2, errors: 0, noAnswer: 0, values: [1, 0.25] });
    const summary = summarizeRun(run, [tally('multiple-choice', 6), graded]);
    const judge = summary.results[0]?.metrics['judge'];
    expect(judge?.value).toBe(0.625);
    // Resampled means of {1, 0.25}: 0.25, 0.625 or 1.
    expect(judge?.ci95).toEqual([0.25, 1]);
    expect(summarizeRun(run, [tally('multiple-choice', 6), graded])).toEqual(summary);
    expect(renderSummaryTable(summarizeRun(run, [tally('multiple-choice', 6.5, { values: [1, 1, 1, 1, 1, 1, 0.5, 0] })]))).toMatch(/\b6\.50\b/);
  });
});
