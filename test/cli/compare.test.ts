import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.js';
import type { ComparisonReport } from '../../results/compare.js';
import type { RunSuiteRecord } from '../../results/types.js';
import type { ItemResult } from '../../runners/types.js';
import { tempDir } from '../helpers/tmp.js';
import { buildStore, fakeContext, itemOf, newRun } from '../results/store-fixtures.js';

const suite: RunSuiteRecord = { id: 's', version: '1.0.0', title: 's', domain: 'general', task: 'multiple-choice', hash: 'h', promptHash: 'p', scorers: [{ id: 'multiple-choice' }], license: 'Apache-2.0' };

/** `right` of 12 items correct for `model`; the rest wrong. Items q00..q11. */
function items(model: string, right: readonly number[], errors: readonly number[] = []): ItemResult[] {
  return Array.from({ length: 12 }, (_, index) =>
    itemOf({ suite: 's', sample: `q${String(index).padStart(2, '0')}`, model, outcome: errors.includes(index) ? 'error' : { 'multiple-choice': right.includes(index) ? 1 : 0 } }),
  );
}

const ALL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * old: 11 of 12 right (q11 wrong). new: only q09, q10 and q11 right; q08 errored.
 * Paired 11: right→wrong q00..q07 (8), wrong→right q11 (1); McNemar p = 2·(1+9)/512 = 0.0390625.
 */
function store(dir: string): string {
  return buildStore(dir, [
    { run: newRun('run-old', [suite], ['old'], [], '2026-11-01T00:00:00.000Z'), items: items('old', ALL.slice(0, 11)) },
    { run: newRun('run-new', [suite], ['new'], [], '2026-11-02T00:00:00.000Z'), items: items('new', [9, 10, 11], [8]) },
    { run: newRun('run-two', [suite], ['x', 'y'], [], '2026-11-03T00:00:00.000Z'), items: [...items('x', ALL), ...items('y', ALL.slice(0, 6))] },
  ]);
}

async function cli(dir: string, args: readonly string[]) {
  const context = fakeContext(dir);
  const code = await runCli(args, context);
  return { code, stdout: context.out(), stderr: context.err() };
}

describe('pingce compare', () => {
  it('compares two runs item by item and writes the JSON document', async () => {
    const { dir } = tempDir();
    const path = store(dir);
    const result = await cli(dir, ['compare', 'run-old', 'run-new', '--store', path, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ComparisonReport;
    expect(report).toMatchObject({ a: { runId: 'run-old', models: ['old'] }, b: { runId: 'run-new', models: ['new'] }, significantDrop: true });
    const [comparison] = report.suites;
    expect(comparison).toMatchObject({ suite: 's', modelA: 'old', modelB: 'new', paired: 11, excluded: { errorA: 0, errorB: 1, errorBoth: 0, onlyInA: 0, onlyInB: 0 } });
    expect(comparison?.scorers[0]).toMatchObject({ kind: 'binary', primary: true, test: { method: 'mcnemar-exact', correctToWrong: 8, wrongToCorrect: 1 }, significantDrop: true });
    expect(comparison?.scorers[0]?.test.pValue).toBeCloseTo(0.0390625, 14);
    expect(comparison?.scorers[0]?.accuracyA.value).toBeCloseTo(10 / 11, 14);
    expect(comparison?.scorers[0]?.accuracyB.value).toBeCloseTo(3 / 11, 14);
    expect(comparison?.scorers[0]?.flips?.wrongToCorrect).toEqual([{ sample: 'q11', repeat: 0 }]);
  });

  it('fails the build on a significant drop with --fail-on-drop, and not on a gain', async () => {
    const { dir } = tempDir();
    const path = store(dir);
    const drop = await cli(dir, ['compare', 'run-old', 'run-new', '--store', path, '--fail-on-drop']);
    expect(drop.code).toBe(1);
    expect(drop.stderr).toContain('significant drop in s (old → new): exit 1');
    expect(drop.stdout).toContain('▼ drop');
    const gain = await cli(dir, ['compare', 'run-new', 'run-old', '--store', path, '--fail-on-drop']);
    expect(gain.code).toBe(0);
    expect(gain.stdout).toContain('▲ gain');
  });

  it('renders Markdown by default and writes it to a file with -o', async () => {
    const { dir } = tempDir();
    const path = store(dir);
    const result = await cli(dir, ['compare', 'run-old', 'run-new', '--store', path, '-o', 'cmp.md']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join(dir, 'cmp.md'));
    const markdown = readFileSync(join(dir, 'cmp.md'), 'utf8');
    expect(markdown).toContain('# 对比 · Comparison');
    expect(markdown).toContain('| s | multiple-choice (primary) | old → new | 11 | 1 | 90.9% [');
    expect(markdown).toContain('- wrong → correct (1): `q11`');
  });

  it('compares two models of one run with --model A --model B', async () => {
    const { dir } = tempDir();
    const path = store(dir);
    const result = await cli(dir, ['compare', 'last', '--model', 'x', '--model', 'y', '--store', path, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ComparisonReport;
    expect(report.a).toMatchObject({ runId: 'run-two', models: ['x'] });
    expect(report.b).toMatchObject({ runId: 'run-two', models: ['y'] });
    // 6 right → wrong, none back: p = 2 · 1/64.
    expect(report.suites[0]?.scorers[0]?.test.pValue).toBeCloseTo(0.03125, 14);
  });

  it('pairs a model with a model of another run by --model', async () => {
    const { dir } = tempDir();
    const path = store(dir);
    const result = await cli(dir, ['compare', 'run-old', 'run-two', '--model', 'old', '--model', 'x', '--store', path, '--format', 'json', '--seed', '3', '--resamples', '100']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ComparisonReport;
    expect(report.bootstrap).toEqual({ seed: '3', resamples: 100 });
    expect(report.suites[0]).toMatchObject({ modelA: 'old', modelB: 'x', paired: 12 });
    expect(report.significantDrop).toBe(false);
  });

  it.each([
    [['compare', 'run-old'], /--model A --model B/],
    [['compare', 'run-old', 'run-two'], /no model id in common/],
    [['compare', 'run-two', '--model', 'x', '--model', 'z'], /has no model "z"/],
    [['compare', 'run-old', 'nope'], /no run "nope"/],
    [['compare', 'run-old', 'run-new', '--format', 'xml'], /--format must be md or json/],
    [['compare', 'run-old', 'run-new', '--resamples', '0'], /--resamples must be a positive whole number/],
    [['compare', 'a', 'b', 'c'], /takes RUN_A RUN_B/],
  ])('exits 2 on %j', async (args, message) => {
    const { dir } = tempDir();
    const path = store(dir);
    const result = await cli(dir, [...args, '--store', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 without a store, and prints its help', async () => {
    const { dir } = tempDir();
    expect((await cli(dir, ['compare', 'a', 'b', '--store', join(dir, 'none.db')])).code).toBe(2);
    const help = await cli(dir, ['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on-drop');
    expect((await cli(dir, ['--help'])).stdout).toMatch(/compare A B[\s\S]*rescore RUN_ID/);
  });
});
