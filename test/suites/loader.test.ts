import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSuite, streamSamples } from '../../suites/loader.js';
import { builtinSuitesDir, findSuiteFiles, resolveSuites } from '../../suites/resolve.js';
import { SuiteError } from '../../suites/errors.js';
import { UsageError } from '../../common/errors.js';
import { caught, collect, removeTempDirs, tempDir, writeFiles } from './helpers.js';

afterAll(removeTempDirs);

/**
 * A valid multiple-choice suite. Line numbers matter to the error tests:
 * 1 id, 2 version, 3 title, 4 domain, 5 task, 6 license, 7 data, 8 prompt,
 * 9 system, 10 template, 11 scorers, 12 "- multiple-choice".
 */
const SUITE_LINES = [
  'id: demo-mc',
  'version: 1.0.0',
  'title: 演示套件',
  'domain: general',
  'task: multiple-choice',
  'license: Apache-2.0',
  'data: demo.jsonl',
  'prompt:',
  '  system: 你是一名助手。',
  '  template: "{{input}}\\n{{choices}}\\n请只回答选项字母。"',
  'scorers:',
  '  - multiple-choice',
];
const SUITE_YAML = `${SUITE_LINES.join('\n')}\n`;

const LINE_A = '{"id":"q-1","input":"一加一等于几？","choices":["1","2","3","4"],"target":"B","category":"math"}';
const LINE_B = '{"id":"q-2","input":"二乘三等于几？","choices":["5","6"],"target":"B","category":"math","metadata":{"note":"x"}}';
const LINE_C = '{"id":"q-3","input":"三减一等于几？","choices":["2","3","4"],"target":"A","category":"math"}';
const DATA = `${LINE_A}\n${LINE_B}\n${LINE_C}\n`;

/** Writes a suite folder; returns the YAML path. */
function makeSuite(options: { yaml?: string; data?: string; extra?: Record<string, string>; dir?: string } = {}): string {
  const dir = options.dir ?? tempDir();
  writeFiles(dir, { 'demo.yaml': options.yaml ?? SUITE_YAML, 'demo.jsonl': options.data ?? DATA, ...options.extra });
  return join(dir, 'demo.yaml');
}

/** SUITE_YAML with line `lineNumber` (1-based) replaced. */
function withLine(lineNumber: number, text: string): string {
  return `${SUITE_LINES.map((line, index) => (index + 1 === lineNumber ? text : line)).join('\n')}\n`;
}

/** Loads the suite and streams all its samples (data errors surface while streaming). */
async function loadAll(file: string) {
  const suite = await loadSuite(file);
  return { suite, samples: await collect(suite) };
}

function expectSuiteError(error: Error & { code?: string; location?: { line?: number; path?: string } }, file: string, line: number, path?: string) {
  expect(error).toBeInstanceOf(SuiteError);
  expect(error.code).toBe('SUITE_INVALID');
  expect(error.location?.line).toBe(line);
  expect(error.message.startsWith(`${file}:${line}`)).toBe(true);
  if (path !== undefined) {
    expect(error.location?.path).toBe(path);
    expect(error.message).toContain(`(${path})`);
  }
}

describe('loadSuite: a valid suite', () => {
  it('loads the definition and streams samples in file order', async () => {
    const file = makeSuite();
    const { suite, samples } = await loadAll(file);
    expect(suite).toMatchObject({ id: 'demo-mc', version: '1.0.0', title: '演示套件', domain: 'general', task: 'multiple-choice', license: 'Apache-2.0' });
    expect(suite.file).toBe(file);
    expect(suite.dataFile).toBe(join(file, '..', 'demo.jsonl'));
    expect(suite.prompt.system).toBe('你是一名助手。');
    expect(suite.scorers).toEqual([{ id: 'multiple-choice' }]);
    expect(suite.exemplars).toEqual([]);
    expect(suite.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(suite.promptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(samples.map((sample) => sample.id)).toEqual(['q-1', 'q-2', 'q-3']);
    expect(samples[1]).toEqual({ id: 'q-2', input: '二乘三等于几？', choices: ['5', '6'], target: 'B', category: 'math', metadata: { note: 'x' } });
  });

  it('can stream the samples more than once', async () => {
    const suite = await loadSuite(makeSuite());
    expect((await collect(suite)).length).toBe(3);
    expect((await collect(suite)).length).toBe(3);
  });

  it('is frozen', async () => {
    const suite = await loadSuite(makeSuite());
    expect(Object.isFrozen(suite)).toBe(true);
    expect(Object.isFrozen(suite.prompt)).toBe(true);
    expect(Object.isFrozen(suite.scorers)).toBe(true);
  });

  it('skips blank lines, accepts CRLF line ends and a UTF-8 byte-order mark', async () => {
    const file = makeSuite({ data: `\uFEFF${LINE_A}\r\n\r\n   \r\n${LINE_B}\r\n${LINE_C}` });
    const { samples } = await loadAll(file);
    expect(samples.map((sample) => sample.id)).toEqual(['q-1', 'q-2', 'q-3']);
  });

  it('normalises scorer ids and keeps scorer options', async () => {
    const yaml = SUITE_YAML.replace('  - multiple-choice\n', '  - multiple-choice\n  - id: regex\n    options:\n      pattern: "^[A-D]$"\n');
    const suite = await loadSuite(makeSuite({ yaml }));
    expect(suite.scorers).toEqual([{ id: 'multiple-choice' }, { id: 'regex', options: { pattern: '^[A-D]$' } }]);
  });

  it('loads few-shot exemplars eagerly', async () => {
    const yaml = `${SUITE_YAML}fewShot:\n  file: demo.dev.jsonl\n  k: 2\n`;
    const dev = `${LINE_A.replace('q-1', 'dev-1')}\n\n${LINE_C.replace('q-3', 'dev-2')}\n${LINE_B.replace('q-2', 'dev-3')}\n`;
    const suite = await loadSuite(makeSuite({ yaml, extra: { 'demo.dev.jsonl': dev } }));
    expect(suite.fewShot).toEqual({ file: 'demo.dev.jsonl', k: 2 });
    expect(suite.exemplars.map((exemplar) => exemplar.id)).toEqual(['dev-1', 'dev-2', 'dev-3']);
  });

  it('accepts metadata.NAME placeholders in the template', async () => {
    const suite = await loadSuite(makeSuite({ yaml: withLine(10, '  template: "{{metadata.note}} {{input}} {{ category }} {{id}}"') }));
    expect(suite.prompt.template).toContain('{{metadata.note}}');
  });
});

describe('streamSamples', () => {
  it('streams and validates a JSONL file directly', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'data.jsonl': DATA });
    const ids: string[] = [];
    for await (const sample of streamSamples(join(dir, 'data.jsonl'), 'multiple-choice')) ids.push(sample.id);
    expect(ids).toEqual(['q-1', 'q-2', 'q-3']);
  });

  it('does not apply multiple-choice checks to other tasks', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'data.jsonl': '{"id":"n-1","input":"1+1=?","target":2}\n' });
    const samples = await collect({ samples: () => streamSamples(join(dir, 'data.jsonl'), 'numeric') });
    expect(samples).toEqual([{ id: 'n-1', input: '1+1=?', target: 2 }]);
  });
});

describe('content hash', () => {
  it('does not depend on where the suite folder is', async () => {
    const first = await loadSuite(makeSuite());
    const second = await loadSuite(makeSuite());
    expect(first.file).not.toBe(second.file);
    expect(second.hash).toBe(first.hash);
    expect(second.promptHash).toBe(first.promptHash);
  });

  it('changes when one byte of the data changes, but the prompt hash does not', async () => {
    const before = await loadSuite(makeSuite());
    const after = await loadSuite(makeSuite({ data: DATA.replace('"target":"A"', '"target":"C"') }));
    expect(after.hash).not.toBe(before.hash);
    expect(after.promptHash).toBe(before.promptHash);
  });

  it('changes when only trailing whitespace of the data changes (bytes are hashed)', async () => {
    const before = await loadSuite(makeSuite());
    const after = await loadSuite(makeSuite({ data: `${DATA}\n` }));
    expect(after.hash).not.toBe(before.hash);
  });

  it('changes, with the prompt hash, when the prompt template changes', async () => {
    const before = await loadSuite(makeSuite());
    const after = await loadSuite(makeSuite({ yaml: withLine(10, '  template: "{{input}}\\n{{choices}}\\n请只回答一个选项字母。"') }));
    expect(after.hash).not.toBe(before.hash);
    expect(after.promptHash).not.toBe(before.promptHash);
  });

  it('changes when the system prompt changes', async () => {
    const before = await loadSuite(makeSuite());
    const after = await loadSuite(makeSuite({ yaml: withLine(9, '  system: 你是一名严谨的助手。') }));
    expect(after.hash).not.toBe(before.hash);
    expect(after.promptHash).not.toBe(before.promptHash);
  });

  it('does not change when YAML keys are reordered, re-quoted or commented', async () => {
    const before = await loadSuite(makeSuite());
    const reordered = [
      '# yaml-language-server: $schema=../../schemas/suite.schema.json',
      'scorers: [multiple-choice]',
      'prompt:',
      '  template: "{{input}}\\n{{choices}}\\n请只回答选项字母。"',
      '  system: "你是一名助手。"',
      'data: demo.jsonl',
      'license: Apache-2.0   # the licence of the items',
      'task: multiple-choice',
      'domain: general',
      "title: '演示套件'",
      'version: 1.0.0',
      'id: demo-mc',
      '',
    ].join('\n');
    const after = await loadSuite(makeSuite({ yaml: reordered }));
    expect(after.hash).toBe(before.hash);
    expect(after.promptHash).toBe(before.promptHash);
  });

  it('changes when the few-shot file or k changes', async () => {
    const yaml = (k: number) => `${SUITE_YAML}fewShot:\n  file: demo.dev.jsonl\n  k: ${k}\n`;
    const dev = `${LINE_A.replace('q-1', 'dev-1')}\n${LINE_C.replace('q-3', 'dev-2')}\n`;
    const base = await loadSuite(makeSuite({ yaml: yaml(1), extra: { 'demo.dev.jsonl': dev } }));
    const otherK = await loadSuite(makeSuite({ yaml: yaml(2), extra: { 'demo.dev.jsonl': dev } }));
    const otherExemplar = await loadSuite(makeSuite({ yaml: yaml(1), extra: { 'demo.dev.jsonl': dev.replace('一加一', '一加二') } }));
    expect(otherK.hash).not.toBe(base.hash);
    expect(otherK.promptHash).not.toBe(base.promptHash);
    expect(otherExemplar.hash).not.toBe(base.hash);
    expect(otherExemplar.promptHash).not.toBe(base.promptHash);
  });
});

describe('loadSuite: errors name file:line and key path', () => {
  it('rejects an unknown YAML key', async () => {
    const file = makeSuite({ yaml: `${SUITE_YAML}extra: 1\n` });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 13, 'extra');
    expect(error.message).toContain('unknown key "extra"');
  });

  it('rejects an unknown nested key', async () => {
    const file = makeSuite({ yaml: withLine(9, '  sytem: 你是一名助手。') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 9, 'prompt.sytem');
    expect(error.message).toContain('unknown key "sytem"');
  });

  it('rejects a value of the wrong type', async () => {
    const file = makeSuite({ yaml: withLine(3, 'title: 42') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 3, 'title');
    expect(error.message).toContain('must be string');
  });

  it('rejects a nested value of the wrong type', async () => {
    const file = makeSuite({ yaml: `${SUITE_YAML}fewShot:\n  file: demo.jsonl\n  k: two\n` });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 15, 'fewShot.k');
    expect(error.message).toContain('must be integer');
  });

  it('rejects a value outside an enum and lists the allowed values', async () => {
    const file = makeSuite({ yaml: withLine(4, 'domain: medicine') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 4, 'domain');
    expect(error.message).toContain('"healthcare"');
  });

  it('rejects a version that is not semantic', async () => {
    const file = makeSuite({ yaml: withLine(2, 'version: "1.0"') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 2, 'version');
  });

  it('reports a missing required key', async () => {
    const yaml = SUITE_LINES.filter((line) => !line.startsWith('license:')).join('\n');
    const file = makeSuite({ yaml });
    const error = await caught(() => loadSuite(file));
    expect(error.code).toBe('SUITE_INVALID');
    expect(error.message.startsWith(`${file}:`)).toBe(true);
    expect(error.message).toContain('missing required key "license"');
  });

  it('reports a YAML syntax error at its line', async () => {
    const file = makeSuite({ yaml: withLine(3, 'title: "演示套件') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 3);
    expect(error.message).toContain('YAML syntax error');
  });

  it('reports a duplicated YAML key as a syntax error', async () => {
    const file = makeSuite({ yaml: `${SUITE_YAML}id: other\n` });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 13);
    expect(error.message).toMatch(/YAML syntax error: .*unique/);
  });

  it('reports an invalid JSON line with its line number', async () => {
    const file = makeSuite({ data: `${LINE_A}\n{"id": "q-2", "input": \n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 2);
    expect(error.message).toContain('invalid JSON');
  });

  it('counts blank lines when numbering an invalid JSON line', async () => {
    const file = makeSuite({ data: `${LINE_A}\n\n${LINE_B}\n\n\n{oops}\n${LINE_C}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 6);
    expect(error.message).toContain('invalid JSON');
  });

  it('counts CRLF lines correctly too', async () => {
    const file = makeSuite({ data: `${LINE_A}\r\n\r\n{oops}\r\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 3);
  });

  it('yields the valid samples before the bad line', async () => {
    const suite = await loadSuite(makeSuite({ data: `${LINE_A}\n${LINE_B}\nnot json\n` }));
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const sample of suite.samples()) seen.push(sample.id);
    });
    expect(seen).toEqual(['q-1', 'q-2']);
    expect(error.code).toBe('SUITE_INVALID');
  });

  it('reports a sample without an id', async () => {
    const file = makeSuite({ data: `${LINE_A}\n{"input":"没有编号","choices":["a","b"],"target":"A"}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 2);
    expect(error.message).toContain('missing required key "id"');
  });

  it('reports an unknown sample key with its path', async () => {
    const file = makeSuite({ data: `${LINE_A}\n${LINE_B.replace('"target"', '"answer"')}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 2, 'answer');
    expect(error.message).toContain('unknown key "answer"');
  });

  it('reports a sample field of the wrong type with its path', async () => {
    const file = makeSuite({ data: `${LINE_A.replace('"category":"math"', '"category":7')}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 1, 'category');
    expect(error.message).toContain('must be string');
  });

  it('reports a duplicate sample id at its second occurrence', async () => {
    const file = makeSuite({ data: `${LINE_A}\n${LINE_B}\n\n${LINE_C.replace('q-3', 'q-1')}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 4, 'id');
    expect(error.message).toContain('duplicate sample id "q-1" (first on line 1)');
  });

  it('reports a multiple-choice target outside the offered options', async () => {
    const file = makeSuite({ data: `${LINE_A}\n${LINE_B.replace('"target":"B"', '"target":"C"')}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 2, 'target');
    expect(error.message).toContain('"C"');
    expect(error.message).toContain('q-2');
  });

  it('reports a multiple-choice target that is not a letter', async () => {
    const file = makeSuite({ data: `${LINE_A.replace('"target":"B"', '"target":1')}\n` });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 1, 'target');
  });

  it('reports a multiple-choice sample without choices', async () => {
    const file = makeSuite({ data: '{"id":"q-1","input":"问题","target":"A"}\n' });
    const error = await caught(() => loadAll(file));
    expectSuiteError(error, join(file, '..', 'demo.jsonl'), 1, 'choices');
  });

  it('allows unlabelled multiple-choice samples (no target)', async () => {
    const { samples } = await loadAll(makeSuite({ data: '{"id":"q-1","input":"问题","choices":["a","b"]}\n' }));
    expect(samples).toHaveLength(1);
  });

  it('reports a missing data file at the data key', async () => {
    const file = makeSuite({ yaml: withLine(7, 'data: missing.jsonl') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 7, 'data');
    expect(error.message).toContain('data file not found');
    expect(error.message).toContain('missing.jsonl');
  });

  it('reports a missing few-shot file at its key', async () => {
    const file = makeSuite({ yaml: `${SUITE_YAML}fewShot:\n  file: nowhere.jsonl\n  k: 1\n` });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 14, 'fewShot.file');
    expect(error.message).toContain('few-shot file not found');
  });

  it('reports k larger than the number of exemplars', async () => {
    const file = makeSuite({ yaml: `${SUITE_YAML}fewShot:\n  file: demo.dev.jsonl\n  k: 3\n`, extra: { 'demo.dev.jsonl': `${LINE_A}\n` } });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 15, 'fewShot.k');
    expect(error.message).toContain('only 1 exemplars');
  });

  it('reports an invalid few-shot line in the few-shot file', async () => {
    const devFile = 'demo.dev.jsonl';
    const file = makeSuite({ yaml: `${SUITE_YAML}fewShot:\n  file: ${devFile}\n  k: 1\n`, extra: { [devFile]: `${LINE_A}\n\n{bad\n` } });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, join(file, '..', devFile), 3);
  });

  it('reports an unknown template field', async () => {
    const file = makeSuite({ yaml: withLine(10, '  template: "{{question}}\\n{{choices}}"') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 10, 'prompt.template');
    expect(error.message).toContain('{{question}}');
    expect(error.message).toContain('metadata.NAME');
  });

  it('reports an unknown field in the system prompt', async () => {
    const file = makeSuite({ yaml: withLine(9, '  system: "领域：{{domain}}"') });
    const error = await caught(() => loadSuite(file));
    expectSuiteError(error, file, 9, 'prompt.system');
    expect(error.message).toContain('{{domain}}');
  });

  it('reports a missing suite file', async () => {
    const file = join(tempDir(), 'absent.yaml');
    const error = await caught(() => loadSuite(file));
    expect(error.code).toBe('SUITE_INVALID');
    expect(error.message.startsWith(file)).toBe(true);
  });
});

describe('resolveSuites', () => {
  const bundledIds = ['chinese-nlp-basics', 'finance-basics', 'healthcare-basics', 'manufacturing-basics'];

  it('finds a bundled suite by id', async () => {
    const suites = await resolveSuites(['finance-basics'], tempDir());
    expect(suites.map((suite) => suite.id)).toEqual(['finance-basics']);
    expect(suites[0]?.file).toBe(join(builtinSuitesDir, 'finance', 'finance-basics.yaml'));
  });

  it('expands a glob over bundled ids', async () => {
    const suites = await resolveSuites(['*-basics'], tempDir());
    const ids = suites.map((suite) => suite.id);
    for (const id of bundledIds) expect(ids).toContain(id);
    expect(ids.every((id) => id.endsWith('-basics'))).toBe(true);
  });

  it('keeps selector order and lists each suite once', async () => {
    const suites = await resolveSuites(['manufacturing-basics', 'finance-b*', 'manufacturing-basics'], tempDir());
    expect(suites.map((suite) => suite.id)).toEqual(['manufacturing-basics', 'finance-basics']);
  });

  it('loads every suite below a folder path, sorted by file', async () => {
    const base = tempDir();
    makeSuite({ dir: join(base, 'mine', 'b') });
    writeFiles(join(base, 'mine', 'a'), {
      'other.yaml': SUITE_YAML.replace('id: demo-mc', 'id: other-mc').replace('demo.jsonl', 'other.jsonl'),
      'other.jsonl': DATA,
    });
    const suites = await resolveSuites(['mine'], base);
    expect(suites.map((suite) => suite.id)).toEqual(['other-mc', 'demo-mc']);
    expect(findSuiteFiles(join(base, 'mine')).map((file) => relative(base, file))).toEqual([join('mine', 'a', 'other.yaml'), join('mine', 'b', 'demo.yaml')]);
  });

  it('loads a suite file given by a relative path', async () => {
    const base = tempDir();
    makeSuite({ dir: join(base, 'suite') });
    const suites = await resolveSuites(['./suite/demo.yaml'], base);
    expect(suites.map((suite) => suite.id)).toEqual(['demo-mc']);
  });

  it('mixes bundled ids and paths', async () => {
    const base = tempDir();
    makeSuite({ dir: join(base, 'suite') });
    const suites = await resolveSuites(['healthcare-basics', 'suite/demo.yaml'], base);
    expect(suites.map((suite) => suite.id)).toEqual(['healthcare-basics', 'demo-mc']);
  });

  it('rejects an unknown id with a did-you-mean hint', async () => {
    const error = await caught(() => resolveSuites(['finance-basic'], tempDir()));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe('SUITE_NOT_FOUND');
    expect(error.message).toContain('"finance-basic"');
    expect(error.message).toContain('did you mean "finance-basics"');
    expect(error.message).toContain('pingce suites list');
  });

  it('rejects an id that is nothing like a bundled one, without a hint', async () => {
    const error = await caught(() => resolveSuites(['zzzzzzzz'], tempDir()));
    expect(error.code).toBe('SUITE_NOT_FOUND');
    expect(error.message).not.toContain('did you mean');
  });

  it('rejects a glob that matches nothing', async () => {
    const error = await caught(() => resolveSuites(['nothing-*'], tempDir()));
    expect(error.code).toBe('SUITE_NOT_FOUND');
  });

  it('rejects a missing path', async () => {
    const error = await caught(() => resolveSuites(['./nope/suite.yaml'], tempDir()));
    expect(error.code).toBe('SUITE_NOT_FOUND');
    expect(error.message).toContain('suite path not found');
  });

  it('rejects a folder without suite files', async () => {
    const base = tempDir();
    writeFiles(base, { 'empty/readme.txt': 'nothing here' });
    const error = await caught(() => resolveSuites(['empty'], base));
    expect(error.code).toBe('SUITE_NOT_FOUND');
  });

  it('rejects two different files with the same suite id', async () => {
    const base = tempDir();
    makeSuite({ dir: join(base, 'one') });
    makeSuite({ dir: join(base, 'two') });
    const error = await caught(() => resolveSuites(['one', 'two'], base));
    expect(error.code).toBe('SUITE_INVALID');
    expect(error.message).toContain('suite id "demo-mc" is also used by');
  });

  it('propagates suite errors from a path', async () => {
    const base = tempDir();
    const file = makeSuite({ dir: join(base, 'bad'), yaml: `${SUITE_YAML}extra: 1\n` });
    const error = await caught(() => resolveSuites(['bad'], base));
    expectSuiteError(error, file, 13, 'extra');
  });
});

// Guard against the fixtures above drifting from the line numbers the tests assume.
describe('fixtures', () => {
  it('has the template on line 10 and data on line 7', () => {
    const dir = tempDir();
    const file = makeSuite({ dir });
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[6]).toBe('data: demo.jsonl');
    expect(lines[9]?.startsWith('  template:')).toBe(true);
  });
});
