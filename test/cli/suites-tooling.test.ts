import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { fakeContext } from '../results/store-fixtures.js';

async function cli(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const context = { ...fakeContext(dir), env };
  const code = await runCli(args, context);
  return { code, stdout: context.out(), stderr: context.err() };
}

const MC_LINES = [
  '{"id":"q-1","input":"一加一等于几？","choices":["1","2","3","4"],"target":"B"}',
  '{"id":"q-2","input":"二加二等于几？","choices":["3","4","5"],"target":"B"}',
];
const DEV_LINES = [
  '{"id":"dev-1","input":"零加一？","choices":["1","2"],"target":"A"}',
  '{"id":"dev-2","input":"一加二？","choices":["3","4"],"target":"A"}',
];

/** A circular, 1-shot suite with a system message, written to a temp folder. */
function writeSuite(options: { data?: readonly string[]; dev?: readonly string[]; task?: string; extra?: readonly string[] } = {}) {
  const { dir, write } = tempDir();
  write('demo.jsonl', `${(options.data ?? MC_LINES).join('\n')}\n`);
  write('demo.dev.jsonl', `${(options.dev ?? DEV_LINES).join('\n')}\n`);
  const yaml = write('demo.yaml', [
    'id: demo', 'version: 1.0.0', 'title: 演示', 'domain: general', `task: ${options.task ?? 'multiple-choice'}`, 'license: Apache-2.0', 'data: demo.jsonl',
    ...(options.extra ?? ['circular: true', 'prompt:', '  system: 你是考生。', 'fewShot:', '  file: demo.dev.jsonl', '  k: 1', 'scorers: [multiple-choice]']),
    '',
  ].join('\n'));
  return { dir, yaml, write };
}

describe('pingce suites show', () => {
  it('prints a bundled suite’s definition summary', async () => {
    const { dir } = tempDir();
    const result = await cli(dir, ['suites', 'show', 'healthcare-basics']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^healthcare-basics@1\.0\.0 {2}医疗基础能力/);
    expect(result.stdout).toContain('task        multiple-choice');
    expect(result.stdout).toMatch(/few-shot +k = 2 of 3 exemplars in healthcare-basics\.dev\.jsonl, the first k in file order/);
    expect(result.stdout).toContain('circular    no');
    expect(result.stdout).toContain('  template:\n    以下是一道医学单项选择题');
  });

  it('with --render N prints the exact messages, role by role, few-shot and rotations included', async () => {
    const { dir } = writeSuite();
    const result = await cli(dir, ['suites', 'show', './demo.yaml', '--render', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("template (pingce's default for multiple-choice, zh):");
    expect(result.stdout).toContain('circular    yes');
    const rendered = result.stdout.slice(result.stdout.indexOf('── q-1'));
    expect(rendered.startsWith([
      '── q-1  target "B" ──',
      '[system]', '你是考生。',
      '[user]', '以下是单项选择题，请直接给出正确答案的选项字母。', '', '零加一？', 'A. 1', 'B. 2', '答案：',
      '[assistant]', 'A',
      '[user]', '以下是单项选择题，请直接给出正确答案的选项字母。', '', '一加一等于几？', 'A. 1', 'B. 2', 'C. 3', 'D. 4', '答案：',
      '',
      '── q-1@r1of4  target "A" ──',
      '[system]', '你是考生。',
      '[user]', '以下是单项选择题，请直接给出正确答案的选项字母。', '', '零加一？', 'A. 1', 'B. 2', '答案：',
      '[assistant]', 'A',
      '[user]', '以下是单项选择题，请直接给出正确答案的选项字母。', '', '一加一等于几？', 'A. 2', 'B. 3', 'C. 4', 'D. 1', '答案：',
      '',
      '── q-1@r2of4  target "D" ──',
    ].join('\n'))).toBe(true);
    expect(rendered).toContain('── q-1@r3of4  target "C" ──');
    expect(rendered).not.toContain('q-2');
  });

  it('takes one suite and a positive --render', async () => {
    const { dir } = tempDir();
    expect((await cli(dir, ['suites', 'show'])).code).toBe(2);
    expect((await cli(dir, ['suites', 'show', 'healthcare-basics', '--render', '0'])).stderr).toContain('--render must be a positive whole number');
    expect((await cli(dir, ['suites', 'list', '--render', '1'])).stderr).toContain('--render goes with `pingce suites show`');
  });
});

describe('pingce suites validate: data checks', () => {
  it('names the line of a numeric target that is not a number', async () => {
    const { dir } = writeSuite({
      task: 'numeric',
      data: ['{"id":"n-1","input":"1+1","target":2}', '{"id":"n-2","input":"2+2","target":"四"}'],
      extra: ['prompt: {}', 'scorers: [numeric]'],
    });
    const result = await cli(dir, ['suites', 'validate', 'demo.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'demo.jsonl')}:2 (target): target "四" of numeric sample "n-2" is not a number`);
  });

  it('names the line of a sample that lacks a template field', async () => {
    const { dir } = writeSuite({
      task: 'numeric',
      data: ['{"id":"n-1","input":"1+1","metadata":{"unit":"元"}}', '{"id":"n-2","input":"2+2"}'],
      extra: ['prompt:', '  template: "{{input}}（单位：{{metadata.unit}}）"', 'scorers: [numeric]'],
    });
    const result = await cli(dir, ['suites', 'validate', 'demo.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'demo.jsonl')}:2: template field {{metadata.unit}} is missing in sample n-2`);
  });

  it('warns, without failing, when a data id is also a few-shot exemplar', async () => {
    const { dir } = writeSuite({ dev: [...DEV_LINES, MC_LINES[1] ?? ''] });
    const result = await cli(dir, ['suites', 'validate', 'demo.yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ${join(dir, 'demo.jsonl')}:2 (id): sample "q-2" is also an exemplar in demo.dev.jsonl`);
    expect(result.stdout).toMatch(/^ok {2}demo@1\.0\.0 {2}2 items {2}1 warning\(s\)/);
  });

  it('still passes the bundled suites', async () => {
    const { dir } = tempDir();
    for (const domain of ['healthcare', 'finance', 'manufacturing']) {
      const result = await cli(dir, ['suites', 'validate', join(import.meta.dirname, '..', '..', 'suites', domain)]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
});

describe('pingce run --dry-run', () => {
  function config(dir: string, write: (relative: string, content: string) => string) {
    write('eval.config.yaml', [
      'models:',
      '  - id: cheap', '    adapter: mock', '    model: a', '    params: { maxTokens: 10 }',
      '  - id: keyed', '    adapter: openai', '    model: b', '    baseUrl: http://127.0.0.1:9/v1', '    apiKeyEnv: PINGCE_DRY_RUN_KEY', '    systemRole: merge',
      'suites: [./demo.yaml]',
      'prices:', '  cheap: { inputPerMillion: 2, outputPerMillion: 8, currency: CNY }', '  keyed: { inputPerMillion: 1, outputPerMillion: 1, currency: USD }',
      '',
    ].join('\n'));
    return dir;
  }

  it('plans and estimates per model, calls no model, reads no key and writes nothing', async () => {
    const { dir, write } = writeSuite();
    config(dir, write);
    const before = readdirSync(dir).sort();
    const result = await cli(dir, ['run', '--dry-run']);
    expect(result.stderr).toContain('note: model "keyed" reads its API key from PINGCE_DRY_RUN_KEY, which is not set');
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, '.pingce'))).toBe(false);
    const rows = result.stdout.split('\n');
    // 2 samples: 4 + 3 rotations = 7 items per model. Output: maxTokens 10, else the multiple-choice default (8).
    expect(rows.find((row) => row.startsWith('cheap'))).toMatch(/^cheap +7 +[\d,]+ +70 +0\.00\d+ CNY$/);
    expect(rows.find((row) => row.startsWith('keyed'))).toMatch(/^keyed +7 +[\d,]+ +56 +0\.000\d+ USD$/);
    expect(rows.find((row) => row.startsWith('total'))).toMatch(/^total +14 +[\d,]+ +126 +0\.00\d+ CNY \+ 0\.000\d+ USD$/);
    expect(result.stdout).toContain('no model was called and nothing was written');
  });

  it('estimates input tokens from the rendered prompts, and honours --limit', async () => {
    const { dir } = writeSuite({ extra: ['prompt:', '  template: "{{input}}{{choices}}"', 'scorers: [multiple-choice]'] });
    const result = await cli(dir, ['run', '--dry-run', '--target', 'mock:x', '--suite', './demo.yaml', '--limit', '1']);
    expect(result.code).toBe(0);
    // "一加一等于几？" (7) + "A. 1\nB. 2\nC. 3\nD. 4" (19 other characters → 5) + 4 per message = 16.
    expect(result.stdout.split('\n').find((row) => row.startsWith('mock:x'))).toMatch(/^mock:x +1 +16 +8 +no price$/);
    expect(result.stdout).toContain('Add prices to the config for a cost');
  });

  it('refuses options that would write or resume', async () => {
    const { dir } = writeSuite();
    const result = await cli(dir, ['run', '--dry-run', '--target', 'mock:x', '--suite', './demo.yaml', '--json', 'out.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dry-run writes nothing and calls no model; drop --json');
  });
});
