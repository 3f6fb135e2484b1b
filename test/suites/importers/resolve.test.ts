import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromFlags } from '../../../cli/config/from-flags.js';
import { loadConfigFile } from '../../../cli/config/load.js';
import { parseImportSelector } from '../../../suites/importers/memory.js';
import { writeImportedSuites } from '../../../suites/importers/write.js';
import { runImport } from '../../../suites/importers/index.js';
import { loadSuite } from '../../../suites/loader.js';
import { looksLikePath, resolveSuites } from '../../../suites/resolve.js';
import type { Sample, Suite } from '../../../suites/types.js';
import { tempDir } from '../../helpers/tmp.js';
import { DATA, hasData, keptCount } from './helpers.js';

/** A C-Eval-shaped folder with two subjects; texts made up here. */
function fixture() {
  const folder = tempDir();
  folder.write('data/val/law_val.csv', 'id,question,A,B,C,D,answer\r\n0,问一,甲,乙,丙,丁,B\r\n1,问二,甲,乙,丙,丁,D\r\n');
  folder.write('data/val/art_val.csv', 'id,question,A,B,C,D,answer\r\n0,问三,甲,乙,丙,丁,A\r\n');
  folder.write('data/dev/law_dev.csv', 'id,question,A,B,C,D,answer,explanation\r\n0,例,甲,乙,丙,丁,C,"因为\n丙"\r\n');
  return folder;
}

async function collect(suite: Suite): Promise<Sample[]> {
  const samples: Sample[] = [];
  for await (const sample of suite.samples()) samples.push(sample);
  return samples;
}

async function caught(action: () => Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}

describe('import: selectors (suites named in eval.config.yaml, imported in memory)', () => {
  it('parses import:FORMAT:PATH with optional ?KEY=VALUE&… options, and is not taken for a path', () => {
    expect(parseImportSelector('import:ceval:../data/ceval')).toEqual({ format: 'ceval', path: '../data/ceval', options: {} });
    expect(parseImportSelector('import:generic:./q.csv?map=input=q,target=a&license=CC0-1.0')).toEqual({ format: 'generic', path: './q.csv', options: { map: 'input=q,target=a', license: 'CC0-1.0' } });
    expect(looksLikePath('import:ceval:../data/ceval')).toBe(false);
    expect(() => parseImportSelector('import:ceval')).toThrow(/must look like import:FORMAT:PATH/);
  });

  it('gives loadSuite-compatible suites and writes nothing', async () => {
    const { dir } = fixture();
    const before = readdirSync(dir, { recursive: true }).sort();
    const suites = await resolveSuites(['import:ceval:./data?k=1'], dir);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    expect(suites.map((suite) => suite.id)).toEqual(['ceval-art-val', 'ceval-law-val']);
    const law = suites[1] as Suite;
    expect(law).toMatchObject({ task: 'multiple-choice', fewShot: { file: 'ceval-law-val.dev.jsonl', k: 1 }, file: `import:ceval:${join(dir, 'data')}#ceval-law-val`, dataFile: join(dir, 'data', 'val', 'law_val.csv') });
    expect(await collect(law)).toEqual([
      { id: '0', input: '问一', choices: ['甲', '乙', '丙', '丁'], target: 'B', category: 'law' },
      { id: '1', input: '问二', choices: ['甲', '乙', '丙', '丁'], target: 'D', category: 'law' },
    ]);
    expect(law.exemplars[0]?.metadata).toEqual({ explanation: '因为\n丙' });
    expect(Object.isFrozen(law)).toBe(true);
  });

  it('hashes the source bytes: one changed byte changes the hash; the prompt hash equals the written suite\'s', async () => {
    const { dir } = fixture();
    const [, first] = await resolveSuites(['import:ceval:./data'], dir);
    const [, again] = await resolveSuites(['import:ceval:./data'], dir);
    expect(again?.hash).toBe(first?.hash);
    const out = join(dir, 'written');
    await writeImportedSuites(runImport('ceval', ['data'], {}, dir), 'ceval', out, { force: false });
    const written = await loadSuite(join(out, 'ceval-law-val.yaml'));
    expect(written.promptHash).toBe(first?.promptHash);
    expect(written.exemplars).toEqual(first?.exemplars);
    writeFileSync(join(dir, 'data', 'val', 'law_val.csv'), 'id,question,A,B,C,D,answer\r\n0,问一,甲,乙,丙,丁,C\r\n1,问二,甲,乙,丙,丁,D\r\n');
    const [, changed] = await resolveSuites(['import:ceval:./data'], dir);
    expect(changed?.hash).not.toBe(first?.hash);
    expect(changed?.promptHash).toBe(first?.promptHash);
  });

  it('works from eval.config.yaml (paths relative to the config file) and from --suite (relative to the working folder)', async () => {
    const { dir, write } = fixture();
    write('cfg/eval.config.yaml', 'models:\n  - { id: m, adapter: mock, model: x }\nsuites:\n  - "import:ceval:../data?split=val"\n');
    const config = loadConfigFile(join(dir, 'cfg', 'eval.config.yaml'));
    expect((await resolveSuites(config.suites, config.baseDir)).map((suite) => suite.id)).toEqual(['ceval-art-val', 'ceval-law-val']);
    const flags = configFromFlags({ target: 'openai:m', baseUrl: 'http://127.0.0.1:1/v1', suites: ['import:ceval:data/val/law_val.csv'] }, dir);
    expect(flags.suites).toEqual(['import:ceval:data/val/law_val.csv']);
    expect((await resolveSuites(flags.suites, flags.baseDir)).map((suite) => suite.id)).toEqual(['ceval-law-val']);
  });

  it('reports bad selectors as usage errors', async () => {
    const { dir } = fixture();
    expect(await caught(() => resolveSuites(['import:cevl:./data'], dir))).toMatchObject({ code: 'USAGE', message: expect.stringMatching(/unknown import format "cevl" \(did you mean "ceval"\?\)/) });
    expect(await caught(() => resolveSuites(['import:ceval:./nowhere'], dir))).toMatchObject({ code: 'IMPORT_NOT_FOUND' });
    expect(await caught(() => resolveSuites(['import:ceval:./data?bogus=1'], dir))).toMatchObject({ code: 'USAGE', message: expect.stringMatching(/no option "bogus"/) });
    expect(await caught(() => resolveSuites(['import:ceval:./data', 'import:ceval:./data/val'], dir))).toMatchObject({ code: 'SUITE_INVALID', message: expect.stringMatching(/suite id "ceval-art-val" is also used by/) });
  });
});

describe.skipIf(!hasData)('import: selectors on the public samples', () => {
  it('import:ceval over the sample folder yields the same items as the written suites', async () => {
    const suites = await resolveSuites(['import:ceval:ceval'], DATA);
    expect(suites).toHaveLength(5);
    const physician = suites.find((suite) => suite.id === 'ceval-physician-val') as Suite;
    expect(await collect(physician)).toHaveLength(keptCount('ceval', 'val/physician_val.csv'));
    const out = tempDir().dir;
    await writeImportedSuites(runImport('ceval', ['ceval/val/physician_val.csv'], {}, DATA), 'ceval', join(out, 'suites'), { force: false });
    const written = await loadSuite(join(out, 'suites', 'ceval-physician-val.yaml'));
    expect(await collect(written)).toEqual(await collect(physician));
    expect(written.promptHash).toBe(physician.promptHash);
  });
});
