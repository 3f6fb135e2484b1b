import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../results/summary.js';
import { runBuiltCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

/** Six samples; the right option always reads "正确", so a mock can find it wherever a rotation puts it. */
const DATA = Array.from({ length: 6 }, (_unused, index) => {
  const choices = ['甲', '乙', '丙', '丁'];
  const target = 'ABCD'[index % 4] ?? 'A';
  choices['ABCD'.indexOf(target)] = '正确';
  return JSON.stringify({ id: `q-${index}`, input: `第 ${index} 题`, choices, target, category: index % 2 ? 'odd' : 'even' });
});

const CONFIG = `models:
  - id: reader
    adapter: mock
    model: reads-the-options
    mock:
      rules:
        - { contains: "A. 正确", reply: "A" }
        - { contains: "B. 正确", reply: "B" }
        - { contains: "C. 正确", reply: "C" }
        - { contains: "D. 正确", reply: "D" }
  - id: guesser
    adapter: mock
    model: always-a
    mock: { fallback: "A" }
suites: [./circ.yaml]
cache: false
`;

function setup() {
  const { dir, write } = tempDir();
  write('circ.jsonl', `${DATA.join('\n')}\n`);
  write('circ.yaml', ['id: circ', 'version: 1.0.0', 'title: 循环评测', 'domain: general', 'task: multiple-choice', 'license: Apache-2.0', 'data: circ.jsonl', 'circular: true', 'prompt: {}', 'scorers: [multiple-choice]', ''].join('\n'));
  write('eval.config.yaml', CONFIG);
  return dir;
}

const readSummary = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as RunSummary;

describe('CircularEval end to end (built CLI, mock models)', () => {
  it('reports circular accuracy beside plain accuracy, and again from the store', async () => {
    const dir = setup();
    const result = await runBuiltCli(['run', '--json', 'out.json'], { cwd: dir });
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    const summary = readSummary(dir, 'out.json');
    const reader = summary.results.find((row) => row.model === 'reader');
    const guesser = summary.results.find((row) => row.model === 'guesser');
    expect(reader).toMatchObject({ n: 24, correct: 24, circular: { n: 6, scored: 6, correct: 6, errors: 0, incomplete: 0 } });
    expect(reader?.metrics.circular?.value).toBe(1);
    // Always "A": right in exactly one rotation of each sample, so 25% plain and 0% circular.
    expect(guesser).toMatchObject({ n: 24, correct: 6, circular: { n: 6, scored: 6, correct: 0 } });
    expect(guesser?.metrics.accuracy.value).toBe(0.25);
    expect(guesser?.metrics.circular?.value).toBe(0);
    expect(summary.suites[0]).toMatchObject({ id: 'circ', circular: true });
    expect(result.stdout).toContain('circular [95% CI]');

    const [report] = readdirSync(join(dir, '.pingce', 'reports'));
    expect(readFileSync(join(dir, '.pingce', 'reports', report ?? ''), 'utf8')).toContain('### CircularEval');
    const again = await runBuiltCli(['report', summary.runId, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toEqual(summary);

    // Rescoring finds each rotation's own key (the store keeps ids, not samples).
    const rescored = await runBuiltCli(['rescore', summary.runId, '--json', 'rescored.json'], { cwd: dir });
    expect(rescored.code).toBe(0);
    const after = readSummary(dir, 'rescored.json');
    expect(after.results.map((row) => [row.model, row.errors, row.correct, row.circular?.correct])).toEqual([
      ['reader', 0, 24, 6],
      ['guesser', 0, 6, 0],
    ]);
  });

  it('gives the same numbers from merged shards', async () => {
    const dir = setup();
    for (const index of [0, 1]) {
      const shard = await runBuiltCli(['run', '--shard', `${index}/2`, '--store', `shard${index}.db`], { cwd: dir });
      expect(shard.code).toBe(0);
    }
    const merged = await runBuiltCli(['merge', 'shard0.db', 'shard1.db', '-o', 'merged.db', '--json', 'merged.json'], { cwd: dir });
    expect(merged.code).toBe(0);
    const summary = readSummary(dir, 'merged.json');
    expect(summary.results.map((row) => [row.model, row.n, row.circular?.correct, row.circular?.n])).toEqual([
      ['reader', 24, 6, 6],
      ['guesser', 24, 0, 6],
    ]);
  });

  it('plans the rotations in a dry run, writing nothing', async () => {
    const dir = setup();
    const before = readdirSync(dir).sort();
    const result = await runBuiltCli(['run', '--dry-run', '--model', 'reader'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nreader +24 +[\d,]+ +192 +no price\n/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
