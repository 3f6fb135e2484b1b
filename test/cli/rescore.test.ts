import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.js';
import type { ComparisonReport } from '../../results/compare.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import type { RunSummary } from '../../results/summary.js';
import { tempDir } from '../helpers/tmp.js';
import { buildStore, fakeContext, itemOf, newRun, suiteRecordOf, writeChoiceSuite, type FixtureSample } from '../results/store-fixtures.js';

const SAMPLES: FixtureSample[] = [
  { id: 'q1', target: 'A', category: 'c1', metadata: { difficulty: 'easy' } },
  { id: 'q2', target: 'C', category: 'c1', metadata: { difficulty: 'hard' } },
  { id: 'q3', target: 'B', category: 'c2', metadata: { difficulty: 'hard' } },
  { id: 'q4', target: 'D', category: 'c2' },
];

/**
 * A run whose stored scores are stale (all 0): today's multiple-choice scorer
 * finds q1 and q4 right, q2 wrong; q3 errored and stays an error.
 */
async function setup() {
  const { dir, write } = tempDir();
  const file = writeChoiceSuite(write, 'quiz', SAMPLES);
  const stale = { 'multiple-choice': 0 };
  const path = buildStore(dir, [
    {
      run: newRun('orig', [await suiteRecordOf(file)], ['m'], [file]),
      items: [
        itemOf({ suite: 'quiz', sample: 'q1', model: 'm', category: 'c1', outcome: stale, output: '答案：A' }),
        itemOf({ suite: 'quiz', sample: 'q2', model: 'm', category: 'c1', outcome: stale, output: '<think>C?</think>答案：B' }),
        itemOf({ suite: 'quiz', sample: 'q3', model: 'm', category: 'c2', outcome: 'error' }),
        itemOf({ suite: 'quiz', sample: 'q4', model: 'm', category: 'c2', outcome: stale, output: 'D' }),
      ],
    },
  ]);
  return { dir, path, file, write };
}

async function cli(dir: string, args: readonly string[]) {
  const context = fakeContext(dir);
  const code = await runCli(args, context);
  return { code, stdout: context.out(), stderr: context.err() };
}

function newRunId(stdout: string): string {
  const id = /into new run (\S+)/.exec(stdout)?.[1];
  if (id === undefined) throw new Error(`no new run id in: ${stdout}`);
  return id;
}

describe('pingce rescore', () => {
  it('scores the stored outputs again into a new run linked to the original', async () => {
    const { dir, path } = await setup();
    const result = await cli(dir, ['rescore', 'orig', '--store', path, '--json', 'new.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/quiz\s+m\s+4\s+2\s+0\s+1\s+66\.7%/);
    const id = newRunId(result.stdout);
    expect(result.stdout).toContain(`compare: pingce compare orig ${id}`);

    const store = openSqliteStore(path);
    try {
      const run = store.getRun(id);
      const original = store.getRun('orig');
      expect(run).toMatchObject({ status: 'completed', settings: { maxAttempts: 3, rescoredFrom: 'orig' }, spec: { rescoredFrom: 'orig' }, counts: { items: 4, errors: 1, retries: 0 } });
      expect(run?.models).toEqual(original?.models);
      expect(run?.suites).toEqual(original?.suites);
      const items = [...store.items(id)];
      expect(items.map((item) => [item.sampleId, item.status, item.scores[0]?.value ?? null])).toEqual([
        ['q1', 'ok', 1],
        ['q2', 'ok', 0],
        ['q3', 'error', null],
        ['q4', 'ok', 1],
      ]);
      expect(items[2]?.error).toMatchObject({ kind: 'transient', status: 503 });
      // The original is untouched.
      expect([...store.items('orig')].map((item) => item.scores[0]?.value ?? null)).toEqual([0, 0, null, 0]);
    } finally {
      store.close();
    }

    // A rescored run called no model, so there is nothing for --resume to finish.
    const resume = await cli(dir, ['run', '--resume', id, '--store', path]);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toMatch(/without what a resume needs/);

    // The new run compares with the original item by item.
    const compared = await cli(dir, ['compare', 'orig', id, '--store', path, '--format', 'json']);
    const report = JSON.parse(compared.stdout) as ComparisonReport;
    expect(report.suites[0]?.scorers[0]?.flips?.wrongToCorrect.map((item) => item.sample)).toEqual(['q1', 'q4']);
  });

  it('replaces the suites\' scorers with --scorer', async () => {
    const { dir, path } = await setup();
    const result = await cli(dir, ['rescore', 'orig', '--store', path, '--scorer', 'exact-match', '--scorer', 'includes']);
    expect(result.code).toBe(0);
    const store = openSqliteStore(path);
    try {
      const run = store.getRun(newRunId(result.stdout));
      expect(run?.suites[0]?.scorers).toEqual([{ id: 'exact-match' }, { id: 'includes' }]);
      expect(run?.settings['rescoreScorers']).toEqual([{ id: 'exact-match' }, { id: 'includes' }]);
      // Only q4's whole output equals its target.
      expect([...store.items(run?.id ?? '')].map((item) => item.scores.map((score) => `${score.scorer}=${String(score.value)}`).join(' '))).toEqual([
        'exact-match=0 includes=1',
        'exact-match=0 includes=0',
        '',
        'exact-match=1 includes=1',
      ]);
    } finally {
      store.close();
    }
  });

  it('reads today\'s targets; a sample gone from the suite becomes an internal error item', async () => {
    const { dir, path, write } = await setup();
    write('quiz.jsonl', `${SAMPLES.slice(0, 3).map((sample) => JSON.stringify({ input: 'q', choices: ['w', 'x', 'y', 'z'], ...sample, ...(sample.id === 'q2' ? { target: 'B' } : {}) })).join('\n')}\n`);
    const result = await cli(dir, ['rescore', 'orig', '--store', path]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('note: suite quiz changed since run orig');
    const store = openSqliteStore(path);
    try {
      const items = [...store.items(newRunId(result.stdout))];
      expect(items.map((item) => [item.sampleId, item.status, item.scores[0]?.value ?? null])).toEqual([
        ['q1', 'ok', 1],
        ['q2', 'ok', 1],
        ['q3', 'error', null],
        ['q4', 'error', null],
      ]);
      expect(items[3]?.error).toMatchObject({ kind: 'internal' });
      expect(items[3]?.error?.message).toMatch(/sample "q4" is no longer in suite "quiz"/);
    } finally {
      store.close();
    }
  });

  it('refuses bad scorers, missing suite files and unknown runs before writing anything', async () => {
    const { dir, path, file } = await setup();
    const unknown = await cli(dir, ['rescore', 'orig', '--store', path, '--scorer', 'exact-matsh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "exact-match"');
    const options = await cli(dir, ['rescore', 'orig', '--store', path, '--scorer', 'numeric:{"tolerence":1}']);
    expect(options.code).toBe(2);
    expect((await cli(dir, ['rescore', 'nope', '--store', path])).code).toBe(2);
    expect((await cli(dir, ['rescore', '--store', path])).code).toBe(2);
    rmSync(file);
    const missing = await cli(dir, ['rescore', 'orig', '--store', path]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is gone');
    const store = openSqliteStore(path);
    expect(store.listRuns().map((run) => run.id)).toEqual(['orig']);
    store.close();
  });
});

describe('pingce report --by', () => {
  it('adds a breakdown by a metadata field, read from the suite files', async () => {
    const { dir, path } = await setup();
    const rescored = newRunId((await cli(dir, ['rescore', 'orig', '--store', path])).stdout);
    const markdown = await cli(dir, ['report', rescored, '--store', path, '--by', 'metadata.difficulty']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('### quiz × m: by metadata.difficulty (multiple-choice)');
    expect(markdown.stdout).toContain('| hard | 2 | 0 | 0 | 1 | 0.0% [');
    expect(markdown.stdout).toContain('| (none) | 1 | 1 | 0 | 0 | 100.0% [');

    const json = await cli(dir, ['report', rescored, '--store', path, '--by', 'category', '--by', 'metadata.difficulty', '--format', 'json']);
    const summary = JSON.parse(json.stdout) as RunSummary;
    expect(summary.breakdowns?.map((breakdown) => breakdown.field)).toEqual(['category', 'metadata.difficulty']);
    expect(summary.breakdowns?.[0]?.groups.map((group) => [group.value, group.n, group.correct, group.errors])).toEqual([
      ['c1', 2, 1, 0],
      ['c2', 2, 1, 1],
    ]);
    // Without --by the JSON summary is as before.
    const plain = JSON.parse((await cli(dir, ['report', rescored, '--store', path, '--format', 'json'])).stdout) as RunSummary;
    expect(plain.breakdowns).toBeUndefined();
  });

  it('refuses metadata from a changed suite, but breaks down by category from the store alone', async () => {
    const { dir, path, file } = await setup();
    writeFileSync(file.replace(/\.yaml$/, '.jsonl'), `${JSON.stringify({ id: 'q1', input: 'q', choices: ['w', 'x'], target: 'A' })}\n`);
    const changed = await cli(dir, ['report', 'orig', '--store', path, '--by', 'metadata.difficulty']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain('changed since run orig');
    rmSync(file);
    const byCategory = await cli(dir, ['report', 'orig', '--store', path, '--by', 'category']);
    expect(byCategory.code).toBe(0);
    expect(byCategory.stdout).toContain('### quiz × m: by category (multiple-choice)');
    const bad = await cli(dir, ['report', 'orig', '--store', path, '--by', 'difficulty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--by takes category or metadata.FIELD');
  });
});
