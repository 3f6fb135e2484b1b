import { describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { loadRunSuites, recordedSuiteFiles } from '../../results/run-samples.js';
import type { RunRecord } from '../../results/types.js';
import { tempDir } from '../helpers/tmp.js';
import { newRun, suiteRecordOf, writeChoiceSuite } from './store-fixtures.js';

async function setup() {
  const { write } = tempDir();
  const file = writeChoiceSuite(write, 'quiz', [{ id: 'q1', target: 'A', metadata: { level: 1 } }, { id: 'q2', target: 'B' }]);
  const run: RunRecord = { ...newRun('r', [await suiteRecordOf(file)], ['m'], [file]), status: 'completed' };
  return { file, run, write };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('loadRunSuites', () => {
  it('re-reads the recorded suite files and indexes the samples by id', async () => {
    const { run } = await setup();
    const suites = await loadRunSuites(run, { requireUnchanged: true, purpose: 'test' });
    const quiz = suites.get('quiz');
    expect(quiz?.unchanged).toBe(true);
    expect(quiz?.samples.get('q1')?.metadata).toEqual({ level: 1 });
    expect([...(quiz?.samples.keys() ?? [])]).toEqual(['q1', 'q2']);
  });

  it('refuses a changed suite when the data must be the run\'s, and flags it otherwise', async () => {
    const { run, file } = await setup();
    writeFileSync(file.replace(/\.yaml$/, '.jsonl'), `${JSON.stringify({ id: 'q1', input: 'q', choices: ['a', 'b'], target: 'B' })}\n`);
    expect(await codeOf(loadRunSuites(run, { requireUnchanged: true, purpose: 'test' }))).toBe('SUITE_CHANGED');
    const suites = await loadRunSuites(run, { requireUnchanged: false, purpose: 'test' });
    expect(suites.get('quiz')?.unchanged).toBe(false);
    expect(suites.get('quiz')?.samples.get('q1')?.target).toBe('B');
  });

  it('says which file is gone, and which run recorded none', async () => {
    const { run, file } = await setup();
    rmSync(file);
    expect(await codeOf(loadRunSuites(run, { requireUnchanged: false, purpose: 'test' }))).toBe('SUITE_FILE_MISSING');
    expect(() => recordedSuiteFiles({ ...run, spec: {} })).toThrow(/recorded no suite files/);
  });
});
