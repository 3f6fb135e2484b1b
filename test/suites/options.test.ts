import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSuite } from '../../suites/loader.js';
import { exemplarsFor, renderPrompt } from '../../suites/render.js';
import { SuiteError } from '../../suites/errors.js';
import { defaultTemplate, tasksWithDefaultTemplate } from '../../suites/templates.js';
import { caught, collect, removeTempDirs, tempDir, writeFiles } from './helpers.js';

afterAll(removeTempDirs);

/** A suite file from its lines (YAML), beside `files`; returns the YAML path. */
function suiteFile(yaml: readonly string[], files: Readonly<Record<string, string>>): string {
  const dir = tempDir();
  writeFiles(dir, { 'demo.yaml': `${yaml.join('\n')}\n`, ...files });
  return join(dir, 'demo.yaml');
}

const HEAD = ['id: demo', 'version: 1.0.0', 'title: 演示', 'domain: general', 'license: Apache-2.0', 'data: demo.jsonl'];
const MC = '{"id":"q-1","input":"一加一等于几？","choices":["1","2","3","4"],"target":"B"}\n{"id":"q-2","input":"二加二等于几？","choices":["3","4","5"],"target":"B"}\n';

function mcSuite(extra: readonly string[], files: Readonly<Record<string, string>> = {}): string {
  return suiteFile([...HEAD, 'task: multiple-choice', ...extra, 'scorers:', '  - multiple-choice'], { 'demo.jsonl': MC, ...files });
}

describe('default templates', () => {
  it('uses the Chinese multiple-choice template when template is omitted', async () => {
    const suite = await loadSuite(mcSuite(['prompt: {}']));
    expect(suite.prompt.template).toBe('以下是单项选择题，请直接给出正确答案的选项字母。\n\n{{input}}\n{{choices}}\n答案：');
    const [sample] = await collect(suite);
    if (!sample) throw new Error('no sample');
    expect(renderPrompt(suite, sample)).toEqual([{ role: 'user', content: '以下是单项选择题，请直接给出正确答案的选项字母。\n\n一加一等于几？\nA. 1\nB. 2\nC. 3\nD. 4\n答案：' }]);
  });

  it('uses the English template with language: en, keeping a system message', async () => {
    const suite = await loadSuite(mcSuite(['prompt:', '  language: en', '  system: Be brief.']));
    expect(suite.prompt).toEqual({
      language: 'en',
      system: 'Be brief.',
      template: 'The following is a multiple-choice question. Answer with the letter of the correct option.\n\n{{input}}\n{{choices}}\nAnswer:',
    });
  });

  it('has a default for every task but classification, in both languages', () => {
    expect(tasksWithDefaultTemplate().sort()).toEqual(['generation', 'multiple-choice', 'numeric', 'short-answer']);
    for (const task of tasksWithDefaultTemplate()) {
      expect(defaultTemplate(task, 'zh')).toContain('{{input}}');
      expect(defaultTemplate(task, 'en')).toContain('{{input}}');
    }
    expect(defaultTemplate('classification', 'zh')).toBeUndefined();
  });

  it('requires a template for classification, saying why', async () => {
    const file = suiteFile([...HEAD, 'task: classification', 'prompt:', '  language: zh', 'scorers:', '  - exact-match'], { 'demo.jsonl': '{"id":"c-1","input":"x","target":"咨询"}\n' });
    const error = await caught(() => loadSuite(file));
    expect(error).toBeInstanceOf(SuiteError);
    expect(error.message).toMatch(/^.*demo\.yaml:8:\d+ \(prompt\): task classification has no default template/);
  });

  it('hashes the template in effect: a written-out default hashes like the default', async () => {
    const implicit = await loadSuite(mcSuite(['prompt: {}']));
    const explicit = await loadSuite(mcSuite(['prompt:', `  template: ${JSON.stringify(defaultTemplate('multiple-choice', 'zh'))}`]));
    expect(explicit.promptHash).toBe(implicit.promptHash);
    const english = await loadSuite(mcSuite(['prompt:', '  language: en']));
    expect(english.promptHash).not.toBe(implicit.promptHash);
    expect(english.hash).not.toBe(implicit.hash);
  });

  it('rejects an unknown language', async () => {
    const error = await caught(() => loadSuite(mcSuite(['prompt:', '  language: fr'])));
    expect(error.message).toContain('(prompt.language): must be one of "zh", "en"');
  });
});

describe('few-shot from a dev split', () => {
  const dev = Array.from({ length: 8 }, (_unused, index) => `{"id":"dev-${index}","input":"例${index}","choices":["甲","乙"],"target":"A"}`).join('\n');

  it('takes the first k in file order without a seed', async () => {
    const suite = await loadSuite(mcSuite(['prompt: {}', 'fewShot:', '  file: demo.dev.jsonl', '  k: 3'], { 'demo.dev.jsonl': dev }));
    expect(exemplarsFor(suite.fewShot ?? { k: 0 }, suite.exemplars, { id: 'q-1' }).map((sample) => sample.id)).toEqual(['dev-0', 'dev-1', 'dev-2']);
  });

  it('with a seed, chooses k by seeded hash: the same each load, different for another seed', async () => {
    const load = (seed: number) => loadSuite(mcSuite(['prompt: {}', 'fewShot:', '  file: demo.dev.jsonl', '  k: 3', `  seed: ${seed}`], { 'demo.dev.jsonl': dev }));
    const chosen = async (seed: number) => {
      const suite = await load(seed);
      return exemplarsFor(suite.fewShot ?? { k: 0 }, suite.exemplars, { id: 'q-1' }).map((sample) => sample.id);
    };
    const first = await chosen(1);
    expect(first).toHaveLength(3);
    expect(await chosen(1)).toEqual(first);
    const others = await Promise.all([2, 3, 4, 5].map(chosen));
    expect(others.some((ids) => ids.join() !== first.join())).toBe(true);
    // The seed is part of the definition, so the prompt hash records the choice.
    expect((await load(1)).promptHash).not.toBe((await load(2)).promptHash);
  });

  it('pins the seeded choice (it must be the same on every machine)', async () => {
    const suite = await loadSuite(mcSuite(['prompt: {}', 'fewShot:', '  file: demo.dev.jsonl', '  k: 3', '  seed: 42'], { 'demo.dev.jsonl': dev }));
    expect(suite.exemplars.map((sample) => sample.id)).toMatchInlineSnapshot(`
      [
        "dev-4",
        "dev-0",
        "dev-6",
        "dev-3",
        "dev-7",
        "dev-2",
        "dev-1",
        "dev-5",
      ]
    `);
  });

  it('never shows an item itself: an overlapping id gets the next exemplar', async () => {
    const overlap = `${dev}\n{"id":"q-1","input":"一加一等于几？","choices":["1","2","3","4"],"target":"B"}`;
    const suite = await loadSuite(mcSuite(['prompt: {}', 'fewShot:', '  file: demo.dev.jsonl', '  k: 9'], { 'demo.dev.jsonl': overlap }));
    const [first] = await collect(suite);
    if (!first) throw new Error('no sample');
    const messages = renderPrompt(suite, first);
    // 8 exemplars (q-1 skipped) × 2 turns + the item.
    expect(messages).toHaveLength(17);
    expect(messages.filter((message) => message.content.includes('一加一'))).toHaveLength(1);
  });
});

describe('task checks on data lines', () => {
  it('rejects a numeric target that is not a number, naming the line', async () => {
    const data = '{"id":"n-1","input":"1+1","target":2}\n{"id":"n-2","input":"2+2","target":"1,234.5"}\n{"id":"n-3","input":"3+3","target":"六"}\n';
    const file = suiteFile([...HEAD, 'task: numeric', 'prompt: {}', 'scorers:', '  - numeric'], { 'demo.jsonl': data });
    const suite = await loadSuite(file);
    const error = await caught(() => collect(suite));
    expect(error.message).toBe(`${suite.dataFile}:3 (target): target "六" of numeric sample "n-3" is not a number`);
  });

  it('rejects a classification target that is not a label', async () => {
    const data = '{"id":"c-1","input":"x","target":"咨询"}\n{"id":"c-2","input":"y","target":{"label":"投诉"}}\n';
    const file = suiteFile([...HEAD, 'task: classification', 'prompt:', '  template: "{{input}}"', 'scorers:', '  - exact-match'], { 'demo.jsonl': data });
    const suite = await loadSuite(file);
    const error = await caught(() => collect(suite));
    expect(error.message).toContain(`${suite.dataFile}:2 (target): target {"label":"投诉"} of classification sample "c-2" must be a non-empty label`);
  });

  it('still allows unlabelled numeric items', async () => {
    const file = suiteFile([...HEAD, 'task: numeric', 'prompt: {}', 'scorers:', '  - numeric'], { 'demo.jsonl': '{"id":"n-1","input":"1+1"}\n' });
    expect(await collect(await loadSuite(file))).toHaveLength(1);
  });
});

describe('circular suites', () => {
  it('loads with circular: true and records it in the prompt hash', async () => {
    const plain = await loadSuite(mcSuite(['prompt: {}']));
    const circular = await loadSuite(mcSuite(['circular: true', 'prompt: {}']));
    expect(circular.circular).toBe(true);
    expect(plain.circular).toBeUndefined();
    expect(circular.promptHash).not.toBe(plain.promptHash);
    expect(circular.hash).not.toBe(plain.hash);
  });

  it('rejects circular for a task without options', async () => {
    const file = suiteFile([...HEAD, 'task: numeric', 'circular: true', 'prompt: {}', 'scorers:', '  - numeric'], { 'demo.jsonl': '{"id":"n-1","input":"1"}\n' });
    const error = await caught(() => loadSuite(file));
    expect(error.message).toMatch(/demo\.yaml:8:\d+ \(circular\): circular: true needs task multiple-choice/);
  });

  it('rejects a template that does not show the options', async () => {
    const error = await caught(() => loadSuite(mcSuite(['circular: true', 'prompt:', '  template: "{{input}}"'])));
    expect(error.message).toContain('(prompt.template): circular: true rotates the options, so the template must show them with {{choices}}');
  });

  it('rejects chat-form items and ids that look like rotations', async () => {
    const chat = await loadSuite(mcSuite(['circular: true', 'prompt: {}'], { 'demo.jsonl': '{"id":"q-1","input":[{"role":"user","content":"x"}],"choices":["a","b"],"target":"A"}\n' }));
    expect((await caught(() => collect(chat))).message).toContain(':1 (input): sample "q-1" is chat-form');
    const rotated = await loadSuite(mcSuite(['circular: true', 'prompt: {}'], { 'demo.jsonl': '{"id":"q@r1of2","input":"x","choices":["a","b"],"target":"A"}\n' }));
    expect((await caught(() => collect(rotated))).message).toContain(':1 (id): sample id "q@r1of2" looks like a CircularEval rotation id');
  });
});
