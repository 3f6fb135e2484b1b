import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer } from '../../reference/server.js';
import type { ReferenceServer } from '../../reference/types.js';
import type { RunSummary } from '../../results/summary.js';
import { loadBuiltinSuites } from '../../suites/resolve.js';
import { runBuiltCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: 1, accuracy: { default: 1 }, noAnswerRate: 0, latencyMs: 0, suites: await loadBuiltinSuites() });
});
afterAll(async () => {
  await server.close();
});

const suiteYaml = (judge: string) => `id: judged
version: 1.0.0
title: judged
domain: general
task: short-answer
license: Apache-2.0
data: judged.jsonl
prompt: { template: "{{input}}" }
scorers:
  - exact-match
  - { id: judge, options: { model: ${judge}, scale: [1, 5], passAt: 4 } }
`;

describe('judges through the built CLI', () => {
  it('grades with a judge model from the config, through the worker pool, and records the judge prompt version', async () => {
    const { dir, write } = tempDir();
    write('suite/judged.yaml', suiteYaml('grader'));
    write('suite/judged.jsonl', '{"id":"1","input":"中国的首都是哪里？","target":"北京"}\n{"id":"2","input":"一年有几个季节？","target":"四个"}\n');
    write('eval.config.yaml', `models:\n  - { id: cand, adapter: mock, model: c, mock: { fallback: "北京" } }\njudges:\n  - { id: grader, adapter: mock, model: g, mock: { rules: [{ contains: "四个", reply: "评分：2\\n理由：答非所问" }], fallback: "评分：5\\n理由：完全正确" } }\nsuites: [./suite]\n`);
    const result = await runBuiltCli(['run', '--json', 'out.json', '--no-cache'], { cwd: dir });
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
    const summary = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunSummary;
    const row = summary.results[0];
    expect(row?.metrics.accuracy.value).toBe(0.5); // exact-match: 北京 right, 四个 wrong
    expect(row?.metrics['judge']?.value).toBeCloseTo((1 + 0.25) / 2, 10);
    const report = await runBuiltCli(['report', 'last', '--format', 'md'], { cwd: dir });
    expect(report.stdout).toContain('judge');
  });

  it('refuses a suite whose judge is not in the config, before anything runs', async () => {
    const { dir, write } = tempDir();
    write('suite/judged.yaml', suiteYaml('gradr'));
    write('suite/judged.jsonl', '{"id":"1","input":"q","target":"a"}\n');
    write('eval.config.yaml', `models:\n  - { id: cand, adapter: mock, model: c }\njudges:\n  - { id: grader, adapter: mock, model: g }\nsuites: [./suite]\n`);
    const result = await runBuiltCli(['run'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/judged\.yaml \(scorers\[1\]\): scorer "judge" names the judge model "gradr".*did you mean "grader"/);
  });
});
