import { describe, expect, it } from 'vitest';
import { buildComparison, compareSides } from '../../results/compare.js';
import { renderComparisonMarkdown } from '../../results/render/compare-markdown.js';
import type { RunRecord, RunSuiteRecord } from '../../results/types.js';
import type { ItemResult } from '../../runners/types.js';
import { itemOf, newRun } from './store-fixtures.js';

const suite = (id: string, scorers: readonly string[], hash = `hash-${id}`): RunSuiteRecord => ({ id, version: '1.0.0', title: id, domain: 'general', task: 'multiple-choice', hash, promptHash: 'p', scorers: scorers.map((scorer) => ({ id: scorer })), license: 'Apache-2.0' });
const record = (id: string, suites: readonly RunSuiteRecord[], model: string): RunRecord => ({ ...newRun(id, suites, [model]), status: 'completed' });

/**
 * Suite s, by hand: 9 items right in A and wrong in B, 1 the other way, 5 right in both,
 * 1 wrong in both (a NOANSWER in B); one error in A, one in B, one in both, one item only
 * in A and one only in B. Paired: 16; A = 14/16, B = 6/16; McNemar b=9, c=1 → p = 0.021484375.
 */
function fixture(): { a: ItemResult[]; b: ItemResult[] } {
  const a: ItemResult[] = [];
  const b: ItemResult[] = [];
  const add = (sample: string, inA: 'error' | number | null | undefined, inB: 'error' | number | null | undefined) => {
    if (inA !== undefined) a.push(itemOf({ suite: 's', sample, model: 'old', outcome: inA === 'error' ? 'error' : { 'multiple-choice': inA, includes: 1 } }));
    if (inB !== undefined) b.push(itemOf({ suite: 's', sample, model: 'new', outcome: inB === 'error' ? 'error' : { 'multiple-choice': inB, includes: 1 } }));
  };
  for (let index = 1; index <= 9; index += 1) add(`q0${index}`, 1, 0);
  add('q10', 0, 1);
  for (let index = 11; index <= 15; index += 1) add(`q${index}`, 1, 1);
  add('q16', 0, null);
  add('q17', 'error', 1);
  add('q18', 1, 'error');
  add('q19', 'error', 'error');
  add('q20', 1, undefined);
  add('q21', undefined, 1);
  return { a, b };
}

const runA = record('run-a', [suite('s', ['multiple-choice', 'includes'])], 'old');
const runB = record('run-b', [suite('s', ['multiple-choice', 'includes'])], 'new');
const options = { seed: 0, resamples: 500 };

describe('compareSides', () => {
  it('pairs by suite, sample and repeat, counts what it leaves out, and tests 0/1 scores with McNemar', () => {
    const { a, b } = fixture();
    const [result] = compareSides({ run: runA, model: 'old', items: a }, { run: runB, model: 'new', items: b }, options);
    expect(result).toMatchObject({ suite: 's', modelA: 'old', modelB: 'new', paired: 16, sameSuiteContent: true, excluded: { errorA: 1, errorB: 1, errorBoth: 1, onlyInA: 1, onlyInB: 1 } });
    const [main, includes] = result?.scorers ?? [];
    expect(main).toMatchObject({ scorer: 'multiple-choice', primary: true, kind: 'binary', paired: 16, noAnswer: { a: 0, b: 1 }, test: { method: 'mcnemar-exact', pValue: 0.021484375, correctToWrong: 9, wrongToCorrect: 1 }, significant: true, significantDrop: true });
    expect(main?.accuracyA.value).toBe(14 / 16);
    expect(main?.accuracyB.value).toBe(6 / 16);
    expect(main?.difference.value).toBe(-0.5);
    expect(main?.difference.method).toBe('newcombe');
    expect(main?.difference.ci95?.[1]).toBeLessThan(0);
    expect(main?.flips?.correctToWrong.map((item) => item.sample)).toEqual(['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09']);
    expect(main?.flips?.wrongToCorrect).toEqual([{ sample: 'q10', repeat: 0 }]);
    expect(includes).toMatchObject({ scorer: 'includes', primary: false, difference: { value: 0 }, test: { pValue: 1 }, significant: false, significantDrop: false });
  });

  it('calls the same change a gain when A and B swap', () => {
    const { a, b } = fixture();
    const [result] = compareSides({ run: runB, model: 'new', items: b }, { run: runA, model: 'old', items: a }, options);
    expect(result?.scorers[0]).toMatchObject({ significant: true, significantDrop: false, difference: { value: 0.5 } });
  });

  it('keeps repeats apart', () => {
    const a = [0, 1].map((repeat) => itemOf({ suite: 's', sample: 'q', model: 'old', repeat, outcome: { 'multiple-choice': 1, includes: 1 } }));
    const b = [0, 1].map((repeat) => itemOf({ suite: 's', sample: 'q', model: 'new', repeat, outcome: { 'multiple-choice': repeat, includes: 1 } }));
    const [result] = compareSides({ run: runA, model: 'old', items: a }, { run: runB, model: 'new', items: b }, options);
    expect(result?.paired).toBe(2);
    expect(result?.scorers[0]?.flips?.correctToWrong).toEqual([{ sample: 'q', repeat: 0 }]);
  });

  it('uses a seeded paired bootstrap for scores that are not 0/1', () => {
    const g = suite('g', ['similarity']);
    const values = [[0.9, 0.7], [0.8, 0.6], [0.75, 0.5], [0.6, 0.55], [0.95, 0.7], [0.5, 0.45]] as const;
    const a = values.map(([value], index) => itemOf({ suite: 'g', sample: `x${index}`, model: 'old', outcome: { similarity: value } }));
    const b = values.map(([, value], index) => itemOf({ suite: 'g', sample: `x${index}`, model: 'new', outcome: { similarity: value } }));
    const compare = () => compareSides({ run: record('a', [g], 'old'), model: 'old', items: a }, { run: record('b', [g], 'new'), model: 'new', items: b }, { seed: 4, resamples: 999 });
    const [result] = compare();
    const scorer = result?.scorers[0];
    expect(scorer).toMatchObject({ kind: 'continuous', flips: null, difference: { method: 'paired-bootstrap' }, test: { method: 'paired-bootstrap' } });
    // Differences −0.2, −0.2, −0.25, −0.05, −0.25, −0.05: mean −1/6.
    expect(scorer?.difference.value).toBeCloseTo(-1 / 6, 12);
    // Centred, the largest difference is −0.05 + 1/6 ≈ 0.117 < 1/6: no resample mean gets that far, so p is the floor 1/1000.
    expect(scorer?.test.pValue).toBe(1 / 1000);
    expect(scorer?.significantDrop).toBe(true);
    expect(compare()).toEqual([result]);
  });

  it('reports nulls, never 0, when nothing could be paired', () => {
    const a = [itemOf({ suite: 's', sample: 'q', model: 'old', outcome: 'error' })];
    const b = [itemOf({ suite: 's', sample: 'q', model: 'new', outcome: { 'multiple-choice': 1, includes: 1 } })];
    const [result] = compareSides({ run: runA, model: 'old', items: a }, { run: runB, model: 'new', items: b }, options);
    expect(result?.scorers[0]).toMatchObject({ kind: null, paired: 0, accuracyA: { value: null, ci95: null }, difference: { value: null }, test: { pValue: null }, significantDrop: false });
  });
});

describe('buildComparison', () => {
  it('flags a significant drop of a primary scorer, warns about mismatched suites, and renders Markdown', () => {
    const { a, b } = fixture();
    const changed = record('run-b', [suite('s', ['multiple-choice', 'includes'], 'other-hash'), suite('extra', ['exact-match'])], 'new');
    const report = buildComparison([{ a: { run: runA, model: 'old', items: a }, b: { run: changed, model: 'new', items: b } }], options);
    expect(report).toMatchObject({ schemaVersion: 1, a: { runId: 'run-a', models: ['old'] }, b: { runId: 'run-b', models: ['new'] }, alpha: 0.05, bootstrap: { seed: '0', resamples: 500 }, significantDrop: true });
    expect(report.warnings.join('\n')).toMatch(/suites only in B.*extra/);
    expect(report.warnings.join('\n')).toMatch(/different content hashes/);
    const markdown = renderComparisonMarkdown(report);
    expect(markdown).toContain('| s | multiple-choice (primary) | old → new | 16 | 5 | 87.5% [');
    expect(markdown).toContain('| −50.0 pp [');
    expect(markdown).toContain('| 0.0215 | ▼ drop |');
    expect(markdown).toContain('- correct → wrong (9): `q01`, `q02`');
    expect(markdown).toContain('- wrong → correct (1): `q10`');
    expect(markdown).toContain('| s | old → new | 1 | 1 | 1 | 1 | 1 |');
    expect(markdown).toContain('**yes**');
  });
});
