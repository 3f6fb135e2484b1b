import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun } from '../../results/summary.js';
import { renderMarkdownReport } from '../../results/render/markdown.js';
import { renderSummaryTable } from '../../results/render/table.js';
import type { RunSuiteRecord } from '../../results/types.js';
import type { ItemResult } from '../../runners/types.js';
import { tempDir } from '../helpers/tmp.js';
import { buildStore, itemOf, newRun } from './store-fixtures.js';

const record = (id: string, circular: boolean): RunSuiteRecord => ({
  id, version: '1.0.0', title: id, domain: 'general', task: 'multiple-choice', hash: `h-${id}`, promptHash: `p-${id}`, scorers: [{ id: 'multiple-choice' }], license: 'Apache-2.0',
  ...(circular ? { circular: true } : {}),
});

/** Items of one sample: one per rotation, with the primary score of each (null = NOANSWER). */
function rotations(suite: string, sample: string, outcomes: readonly (1 | 0 | null | 'error')[], category = 'c1'): ItemResult[] {
  return outcomes.map((outcome, rotation) => itemOf({
    suite,
    sample: rotation === 0 ? sample : `${sample}@r${rotation}of${outcomes.length}`,
    model: 'm',
    category,
    outcome: outcome === 'error' ? 'error' : { 'multiple-choice': outcome },
  }));
}

/** 5 samples × 4 rotations: a (all right), b (one wrong), c (a NOANSWER), d (an error), e (all right). */
const ITEMS = [
  ...rotations('circ', 'a', [1, 1, 1, 1]),
  ...rotations('circ', 'b', [1, 0, 1, 1]),
  ...rotations('circ', 'c', [1, 1, null, 1]),
  ...rotations('circ', 'd', [1, 'error', 1, 1]),
  ...rotations('circ', 'e', [1, 1, 1, 1], 'c2'),
  itemOf({ suite: 'plain', sample: 'p', model: 'm', outcome: { 'multiple-choice': 1 } }),
];

function storedSummary() {
  const { dir } = tempDir();
  const path = buildStore(dir, [{ run: newRun('r', [record('circ', true), record('plain', false)], ['m']), items: ITEMS }]);
  const store = openSqliteStore(path);
  try {
    const run = store.getRun('r');
    if (!run) throw new Error('no run');
    return { withItems: summarizeRun(run, store.tallies('r'), store.items('r')), withoutItems: summarizeRun(run, store.tallies('r')) };
  } finally {
    store.close();
  }
}

describe('CircularEval in the summary', () => {
  it('reports circular accuracy over samples beside plain accuracy over all rotations', () => {
    const { withItems } = storedSummary();
    const circ = withItems.results.find((result) => result.suite === 'circ');
    // Plain: 20 items, 1 error, 17 correct of 19 scored.
    expect(circ).toMatchObject({ n: 20, errors: 1, scored: 19, correct: 17, noAnswer: 1 });
    expect(circ?.metrics.accuracy.value).toBeCloseTo(17 / 19, 12);
    // Circular: d is left out (an errored rotation); a and e of a, b, c, e are right under every rotation.
    expect(circ?.circular).toEqual({ n: 5, scored: 4, correct: 2, errors: 1, incomplete: 0 });
    expect(circ?.metrics.circular?.value).toBe(0.5);
    expect(circ?.metrics.circular?.ci95?.[0]).toBeCloseTo(0.15, 2);
  });

  it('adds nothing for suites that are not circular, or without the items', () => {
    const { withItems, withoutItems } = storedSummary();
    const plain = withItems.results.find((result) => result.suite === 'plain');
    expect(plain).not.toHaveProperty('circular');
    expect(plain?.metrics).not.toHaveProperty('circular');
    expect(withoutItems.results.find((result) => result.suite === 'circ')).not.toHaveProperty('circular');
  });

  it('shows it in the Markdown report and the terminal table', () => {
    const { withItems } = storedSummary();
    const markdown = renderMarkdownReport(withItems);
    expect(markdown).toContain('| Suite | Model | n | Correct | No answer | Errors | Accuracy [95% Wilson CI] | CircularEval [95% CI] |');
    expect(markdown).toMatch(/\| circ \| m \| 20 \| 17 \| 1 \| 1 \| 89\.5% \[[\d.]+, [\d.]+\] \| 50\.0% \[[\d.]+, [\d.]+\] \|/);
    expect(markdown).toContain('| plain | m | 1 | 1 | 0 | 0 | 100.0% [20.7, 100.0] | — |');
    expect(markdown).toContain('### CircularEval');
    expect(markdown).toMatch(/\| circ \| m \| 5 \| 2 \| 1 \| 0 \| 50\.0%/);
    const table = renderSummaryTable(withItems);
    expect(table).toContain('circular [95% CI]');
    expect(table).toMatch(/50\.0% \[[\d.]+, [\d.]+\] \(2\/4\)/);
  });

  it('leaves the reports of runs without circular suites as they were', () => {
    const { dir } = tempDir();
    const path = buildStore(dir, [{ run: newRun('r', [record('plain', false)], ['m']), items: ITEMS.slice(-1) }]);
    const store = openSqliteStore(path);
    try {
      const run = store.getRun('r');
      if (!run) throw new Error('no run');
      const summary = summarizeRun(run, store.tallies('r'), store.items('r'));
      expect(renderMarkdownReport(summary)).not.toContain('Circular');
      expect(renderSummaryTable(summary)).not.toContain('circular');
    } finally {
      store.close();
    }
  });
});
