import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../suites/importers/index.js';
import type { ImportOptions } from '../../../suites/importers/index.js';
import { tempDir } from '../../helpers/tmp.js';
import { thrown } from './helpers.js';

/** Fixtures written here, in the shapes of the public files (none of their content). */
const CRLF = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

function cevalLike() {
  const folder = tempDir();
  folder.write('val/law_val.csv', CRLF('id,question,A,B,C,D,answer', '0,第一题____。,甲,乙,丙,丁,B', '1,第二题,甲,乙,丙,丁,D ', '2,"含逗号,的题",甲,乙,丙,丁,a'));
  folder.write('val/art_val.csv', CRLF('id,question,A,B,C,D,answer', '0,一题,甲,乙,丙,丁,A'));
  folder.write('dev/law_dev.csv', `\uFEFF${CRLF('id,question,A,B,C,D,answer,explanation', '0,例一,甲,乙,丙,丁,A,"1. 先看甲\n2. 再看乙"', '1,例二,甲,乙,丙,丁,C,因为丙')}`);
  folder.write('test/law_test.csv', CRLF('id,question,A,B,C,D', '0,无答案题,甲,乙,丙,丁'));
  return folder;
}

const run = (format: string, paths: string[], options: ImportOptions, dir: string) => runImport(format, paths, options, dir);

describe('exam importers: quirks on small fixtures', () => {
  it('C-Eval layout: one suite per subject, answers trimmed and upper-cased, few-shot from dev with a BOM and multi-line explanation', () => {
    const { dir } = cevalLike();
    const [art, law] = run('ceval', ['.'], {}, dir);
    expect([art?.spec.id, law?.spec.id]).toEqual(['ceval-art-val', 'ceval-law-val']);
    expect(law?.samples.map((entry) => entry.sample.target)).toEqual(['B', 'D', 'A']);
    expect(law?.samples[2]?.sample.input).toBe('含逗号,的题');
    expect(law?.samples.map((entry) => entry.at.line)).toEqual([2, 3, 4]);
    expect(law?.exemplars.map((entry) => [entry.sample.id, entry.sample.target, entry.sample.metadata?.['explanation']])).toEqual([['0', 'A', '1. 先看甲\n2. 再看乙'], ['1', 'C', '因为丙']]);
    expect(law?.spec.fewShot).toEqual({ k: 2 });
    expect(art?.spec.fewShot).toBeUndefined();
    expect(law?.spec.prompt.template).toContain('“law”考试');
  });

  it('cot=true shows the explanations through answerTemplate; k limits the exemplars; k=0 drops few-shot', () => {
    const { dir } = cevalLike();
    const law = run('ceval', ['val/law_val.csv'], { cot: 'true', k: '1' }, dir)[0];
    expect(law?.spec.fewShot).toEqual({ k: 1, answerTemplate: '{{metadata.explanation}}\n答案：{{target}}' });
    expect(run('ceval', ['val/law_val.csv'], { k: '0' }, dir)[0]?.spec.fewShot).toBeUndefined();
    expect(thrown(() => run('ceval', ['val/art_val.csv'], { cot: 'true' }, dir)).message).toMatch(/cot needs few-shot exemplars/);
  });

  it('a test file without an answer column imports unlabelled', () => {
    const { dir } = cevalLike();
    const [law] = run('ceval', ['.'], { split: 'test' }, dir);
    expect(law?.samples.map((entry) => entry.sample)).toEqual([{ id: '0', input: '无答案题', choices: ['甲', '乙', '丙', '丁'], category: 'law' }]);
    expect(law?.spec.description).toContain('unlabelled');
  });

  it('errors name file:line: an answer outside the options, a duplicate id, a short row', () => {
    const folder = tempDir();
    folder.write('val/x_val.csv', 'id,question,A,B,answer\n0,q,a,b,A\n1,q,a,b,C\n');
    expect(thrown(() => run('ceval', ['.'], {}, folder.dir)).message).toBe(`${join(folder.dir, 'val', 'x_val.csv')}:3: answer "C" is not among the offered options AB`);
    folder.write('val/x_val.csv', 'id,question,A,B,answer\n0,q,a,b,A\n0,q,a,b,B\n');
    expect(thrown(() => run('ceval', ['.'], {}, folder.dir)).message).toMatch(/x_val\.csv:3: duplicate item id "0" \(first at .*x_val\.csv:2\)/);
    folder.write('val/x_val.csv', 'id,question,A,B,answer\n0,q,a,b\n');
    expect(thrown(() => run('ceval', ['.'], {}, folder.dir)).message).toMatch(/x_val\.csv:2: row has 4 fields, expected 5/);
  });

  it('CMMLU layout: unnamed pandas index column is the id, capitalised Answer, LF, data/ folder', () => {
    const folder = tempDir();
    folder.write('data/test/anatomy.csv', ',Question,A,B,C,D,Answer\n7,问题,甲,乙,丙,丁,C\n9,问题二,甲,乙,丙,丁,A\n');
    folder.write('data/dev/anatomy.csv', ',Question,A,B,C,D,Answer\n0,例,甲,乙,丙,丁,B\n');
    const suite = run('cmmlu', ['.'], {}, folder.dir)[0];
    expect(suite?.spec).toMatchObject({ id: 'cmmlu-anatomy-test', domain: 'healthcare' });
    expect(suite?.samples.map((entry) => [entry.sample.id, entry.sample.target])).toEqual([['7', 'C'], ['9', 'A']]);
    expect(suite?.exemplars).toHaveLength(1);
  });

  it('MMLU: headerless rows, ids 0-based, quoted commas, missing final newline', () => {
    const folder = tempDir();
    folder.write('data/test/virology_test.csv', 'What is 2+2?,3,4,5,6,B\r\n"A, B or C?",a,b,c,d,D');
    folder.write('data/dev/virology_dev.csv', 'Example?,w,x,y,z,A');
    const suite = run('mmlu', ['.'], {}, folder.dir)[0];
    expect(suite?.samples.map((entry) => [entry.sample.id, entry.sample.input, entry.sample.target])).toEqual([['0', 'What is 2+2?', 'B'], ['1', 'A, B or C?', 'D']]);
    expect(suite?.spec.prompt.template).toMatch(/^The following is a multiple choice question about virology\./);
  });

  it('a header row on an MMLU file is recognised; a headerless file given to ceval is explained', () => {
    const folder = tempDir();
    folder.write('test/a_test.csv', 'question,A,B,answer\nq?,x,y,A\n');
    expect(run('mmlu', ['test/a_test.csv'], {}, folder.dir)[0]?.samples).toHaveLength(1);
    folder.write('val/b_val.csv', 'q?,x,y,A\n');
    expect(thrown(() => run('ceval', ['val/b_val.csv'], {}, folder.dir)).message).toMatch(/b_val\.csv:1: no "question" column .*use the mmlu importer/);
  });

  it('GBK CSV: refused with a hint by default, read with encoding=gbk', () => {
    const folder = tempDir();
    // "id,question,A,B,answer\n0,中文,甲,乙,B\n" with the Chinese in GBK: 中文 D6D0 CEC4, 甲 BCD7, 乙 D2D2.
    const bytes = Buffer.concat([Buffer.from('id,question,A,B,answer\n0,'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from(','), Buffer.from([0xbc, 0xd7]), Buffer.from(','), Buffer.from([0xd2, 0xd2]), Buffer.from(',B\n')]);
    folder.write('val/gbk_val.csv', '');
    writeFileSync(join(folder.dir, 'val', 'gbk_val.csv'), bytes);
    expect(thrown(() => run('ceval', ['.'], {}, folder.dir)).message).toMatch(/gbk_val\.csv:2: not valid utf-8 text; .*encoding=gb18030/);
    expect(run('ceval', ['.'], { encoding: 'gbk' }, folder.dir)[0]?.samples[0]?.sample).toMatchObject({ input: '中文', choices: ['甲', '乙'], target: 'B' });
  });

  it('FinanceIQ: Chinese subject file names kept in titles; ids get a stable hash; domain finance', () => {
    const folder = tempDir();
    folder.write('data/test/注册会计师（CPA）.csv', ',Question,A,B,C,D,Answer\n0,问,甲,乙,丙,丁,D\n');
    folder.write('data/test/银行从业资格.csv', ',Question,A,B,C,D,Answer\n0,问,甲,乙,丙,丁,A\n');
    const suites = run('financeiq', ['.'], {}, folder.dir);
    expect(suites.map((suite) => suite.spec.title)).toEqual(['FinanceIQ 注册会计师（CPA） (test)', 'FinanceIQ 银行从业资格 (test)']);
    expect(suites.map((suite) => suite.spec.id)).toEqual([expect.stringMatching(/^financeiq-cpa-[0-9a-f]{6}-test$/), expect.stringMatching(/^financeiq-u[0-9a-f]{6}-test$/)]);
    expect(suites.every((suite) => suite.spec.domain === 'finance' && suite.spec.license.startsWith('CC BY-NC-SA 4.0'))).toBe(true);
  });

  it('--id names one suite, or replaces the format prefix of several; options are checked', () => {
    const { dir } = cevalLike();
    expect(run('ceval', ['val/law_val.csv'], { id: 'my-law' }, dir)[0]?.spec.id).toBe('my-law');
    expect(run('ceval', ['.'], { id: 'ce' }, dir).map((suite) => suite.spec.id)).toEqual(['ce-art-val', 'ce-law-val']);
    expect(thrown(() => run('ceval', ['.'], { kk: '3' }, dir)).message).toMatch(/importer "ceval" has no option "kk" \(did you mean "k"\?\)/);
    expect(thrown(() => run('ceval', ['.'], { id: 'Bad Id' }, dir)).message).toMatch(/not a valid suite id/);
    expect(thrown(() => run('cmmlu', ['.'], { split: 'val' }, dir)).message).toMatch(/--split must be one of test, dev/);
    expect(thrown(() => run('ceval', ['val'], { split: 'test' }, dir)).message).toMatch(/is the val split but --split test was given/);
    expect(thrown(() => run('cevall', ['.'], {}, dir))).toMatchObject({ code: 'USAGE', message: expect.stringMatching(/did you mean "ceval"/) });
  });
});
