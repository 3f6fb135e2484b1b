import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptedOutcome } from '../../reference/script.js';
import { startReferenceServer } from '../../reference/server.js';
import type { ReferenceServer } from '../../reference/types.js';
import type { RunSummary } from '../../results/summary.js';
import { loadBuiltinSuites } from '../../suites/resolve.js';
import type { Suite } from '../../suites/types.js';
import { repoRoot, runBuiltCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const SEED = 7;
const ACCURACY = { default: 0.7, 'finance-basics': 0.5 };
const NO_ANSWER_RATE = 0.15;

// The quick-start set: the small `*-basics` suites whose every task the reference endpoint can answer.
let suites: Suite[];
let server: ReferenceServer;

beforeAll(async () => {
  suites = (await loadBuiltinSuites()).filter((suite) => suite.id.endsWith('-basics'));
  server = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: SEED, accuracy: ACCURACY, noAnswerRate: NO_ANSWER_RATE, latencyMs: 0, suites });
});
afterAll(async () => {
  await server.close();
});

/** What the endpoint was scripted to answer, computed without asking it. */
async function expectedCounts(suite: Suite, accuracy: number, noAnswerRate: number, seed: number) {
  const counts = { n: 0, correct: 0, noAnswer: 0, errors: 0 };
  for await (const sample of suite.samples()) {
    const outcome = scriptedOutcome({ seed, suiteId: suite.id, sampleId: sample.id, accuracy, noAnswerRate, task: suite.task });
    counts.n += 1;
    if (outcome === 'correct') counts.correct += 1;
    if (outcome === 'noanswer') counts.noAnswer += 1;
  }
  return counts;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe('pingce run (built CLI) against the reference endpoint', () => {
  it('reports exactly the numbers the endpoint was scripted to produce, and re-renders them from the store', async () => {
    const { dir } = tempDir();
    const result = await runBuiltCli(
      ['run', '--target', 'openai:pingce-reference', '--base-url', `${server.url}/v1`, '--suite', '*-basics', '--json', 'out.json', '--store', 'results.db', '--output', 'reports'],
      { cwd: dir },
    );
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunSummary;
    expect(summary.status).toBe('completed');
    expect(summary.results.map((row) => row.suite).sort()).toEqual(suites.map((suite) => suite.id).sort());
    let anyNoAnswer = false;
    for (const suite of suites) {
      const row = summary.results.find((candidate) => candidate.suite === suite.id);
      const expected = await expectedCounts(suite, ACCURACY[suite.id as keyof typeof ACCURACY] ?? ACCURACY.default, NO_ANSWER_RATE, SEED);
      expect({ suite: suite.id, n: row?.n, correct: row?.correct, noAnswer: row?.noAnswer, errors: row?.errors }).toEqual({ suite: suite.id, ...expected });
      expect(row?.metrics.accuracy.value).toBeCloseTo(expected.correct / expected.n, 12);
      const [low, high] = row?.metrics.accuracy.ci95 ?? [NaN, NaN];
      expect(low).toBeLessThanOrEqual(expected.correct / expected.n);
      expect(high).toBeGreaterThanOrEqual(expected.correct / expected.n);
      anyNoAnswer ||= expected.noAnswer > 0;
    }
    expect(anyNoAnswer).toBe(true);
    expect(result.stdout).toContain('accuracy [95% CI]');

    const reports = readdirSync(join(dir, 'reports'));
    expect(reports).toEqual([`${summary.runId}.md`]);
    expect(readFileSync(join(dir, 'reports', reports[0] ?? ''), 'utf8')).toContain(summary.runId);

    const again = await runBuiltCli(['report', summary.runId, '--format', 'json', '--store', 'results.db'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(summary);
  });

  it('runs the quick start: the default config with --serve-reference', async () => {
    const { dir, write } = tempDir();
    const port = await freePort();
    const config = readFileSync(join(repoRoot, 'eval.config.yaml'), 'utf8').replaceAll('8765', String(port));
    write('eval.config.yaml', config);
    const result = await runBuiltCli(['run', '--serve-reference', '--json', 'quick.json'], { cwd: dir });
    expect(result.stderr).toContain('reference endpoint listening');
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'quick.json'), 'utf8')) as RunSummary;
    expect(summary.results).toHaveLength(suites.length);
    for (const suite of suites) {
      const row = summary.results.find((candidate) => candidate.suite === suite.id);
      expect(row).toMatchObject(await expectedCounts(suite, 0.8, 0.05, 42));
    }
    expect(existsSync(join(dir, '.pingce', 'results.db'))).toBe(true);
  });

  it('speaks the Anthropic Messages API through --target anthropic:MODEL', async () => {
    const { dir } = tempDir();
    const result = await runBuiltCli(['run', '--target', 'anthropic:pingce-reference', '--base-url', server.url, '--suite', 'finance-basics', '--json', 'a.json', '--store', 'r.db'], { cwd: dir });
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as RunSummary;
    const finance = suites.find((suite) => suite.id === 'finance-basics');
    if (!finance) throw new Error('finance-basics suite missing');
    expect(summary.results[0]).toMatchObject(await expectedCounts(finance, 0.5, NO_ANSWER_RATE, SEED));
    expect(summary.models[0]).toMatchObject({ adapter: 'anthropic', baseUrl: server.url });
  });

  it('counts an unreachable endpoint as errors, never as wrong answers, and exits 1', async () => {
    const { dir, write } = tempDir();
    const port = await freePort();
    write('eval.config.yaml', `models:\n  - {id: down, adapter: openai, model: m, baseUrl: "http://127.0.0.1:${port}/v1"}\nsuites: [chinese-nlp-basics]\nrun: {maxAttempts: 2, backoffBaseMs: 1, backoffMaxMs: 2}\n`);
    const result = await runBuiltCli(['run', '--limit', '3', '--json', 'down.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('3 of 3 items ended in error');
    const summary = JSON.parse(readFileSync(join(dir, 'down.json'), 'utf8')) as RunSummary;
    expect(summary.results[0]).toMatchObject({ n: 3, scored: 0, correct: 0, noAnswer: 0, errors: 3, metrics: { accuracy: { value: null, ci95: null } } });
  });

  it('rejects a bad config with file, line and key, exit 2, and writes nothing', async () => {
    const { dir, write } = tempDir();
    write('eval.config.yaml', 'models:\n  - id: x\n    adapter: openai\n    model: m\n    baseUrl: http://127.0.0.1:1/v1\n    concurency: 4\nsuites: [finance-basics]\n');
    const result = await runBuiltCli(['run', '--json', 'never.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/eval\.config\.yaml:6:5 \(models\[0\]\.concurency\): unknown key "concurency"/);
    expect(readdirSync(dir)).toEqual(['eval.config.yaml']);
  });

  it('requires the named API key variable before calling anything', async () => {
    const { dir } = tempDir();
    const result = await runBuiltCli(['run', '--target', 'openai:m', '--base-url', `${server.url}/v1`, '--api-key-env', 'PINGCE_TEST_UNSET_KEY', '--suite', 'finance-basics'], { cwd: dir, env: { PINGCE_TEST_UNSET_KEY: '' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PINGCE_TEST_UNSET_KEY');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('pingce (built CLI) basics', () => {
  it('prints the version, help and a clear error for an unknown command', async () => {
    const { dir } = tempDir();
    const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await runBuiltCli(['--version'], { cwd: dir })).stdout.trim()).toBe(packageVersion);
    for (const command of ['run', 'report', 'suites', 'serve-reference']) {
      const help = await runBuiltCli([command, '--help'], { cwd: dir });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`pingce ${command}`);
    }
    const unknown = await runBuiltCli(['rnu'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "run"');
    const badFlag = await runBuiltCli(['run', '--frobnicate'], { cwd: dir });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--frobnicate');
  });

  it('lists and validates suites', async () => {
    const { dir, write } = tempDir();
    const list = await runBuiltCli(['suites', 'list'], { cwd: dir });
    expect(list.code).toBe(0);
    for (const suite of suites) expect(list.stdout).toContain(suite.id);
    const ok = await runBuiltCli(['suites', 'validate', join(repoRoot, 'suites')], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n').filter((line) => line.startsWith('ok')).length).toBe((await loadBuiltinSuites()).length);
    write('bad/bad.yaml', 'id: bad\nversion: 1.0.0\ntitle: Bad\ndomain: finance\ntask: multiple-choice\nlicense: MIT\ndata: bad.jsonl\nprompt: {template: "{{input}}"}\nscorers: [multiple-choice]\n');
    write('bad/bad.jsonl', '{"id":"1","input":"q","choices":["a","b"],"target":"A"}\n{"id":"2","input":"q","choices":["a","b"],"target":"C"}\n');
    const bad = await runBuiltCli(['suites', 'validate', 'bad'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.jsonl:2 \(target\): target "C" of sample "2" is not among the offered options AB/);
  });
});
