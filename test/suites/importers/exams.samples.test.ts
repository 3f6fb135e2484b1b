import { describe, expect, it } from 'vitest';
import { byId, data, hasData, importData, keptCount, only, rawLines, samplesOf } from './helpers.js';

/**
 * The exam CSVs in ../shared/data. Counts are checked twice over, against lines counted
 * the simple way (the val/test files have no multi-line cells) and against SOURCE.md; the
 * whole answer key against each line's last comma-separated field; and a few answers
 * against values read by hand from the raw files (cited as file, line: value).
 */

/** Last field of each data line, trimmed: the answer column, read without a CSV parser. */
const lastFields = (file: string, header: boolean) => rawLines(file).slice(header ? 1 : 0).map((line) => line.slice(line.lastIndexOf(',') + 1).trim());

describe.skipIf(!hasData)('exam importers on the public samples', () => {
  it('ceval: one suite per subject of val/, 5-shot from dev/, item count and answer key exact', () => {
    const suites = importData('ceval', ['ceval']);
    expect(suites.map((suite) => suite.spec.id)).toEqual(['ceval-accountant-val', 'ceval-clinical_medicine-val', 'ceval-electrical_engineer-val', 'ceval-metrology_engineer-val', 'ceval-physician-val']);
    for (const suite of suites) {
      const subject = suite.spec.id.replace(/^ceval-|-val$/g, '');
      const file = data('ceval', 'val', `${subject}_val.csv`);
      expect(suite.samples).toHaveLength(rawLines(file).length - 1);
      expect(suite.samples).toHaveLength(keptCount('ceval', `val/${subject}_val.csv`));
      expect(samplesOf(suite).map((sample) => sample.target)).toEqual(lastFields(file, true));
      expect(suite.exemplars).toHaveLength(keptCount('ceval', `dev/${subject}_dev.csv`));
      expect(suite.spec.fewShot).toEqual({ k: 5 });
      expect(suite.spec.license).toContain('CC BY-NC-SA 4.0');
    }
    const [accountant, clinical, electrical, metrology, physician] = suites.map(byId);
    // Read by hand: ceval/val/accountant_val.csv lines 2, 6, 13 (ids 0, 4, 11) end ",D" ",C" ",D".
    expect(['0', '4', '11'].map((id) => accountant?.get(id)?.target)).toEqual(['D', 'C', 'D']);
    // clinical_medicine_val.csv ids 0, 4, 11: B, A, C; physician_val.csv: A, A, D.
    expect(['0', '4', '11'].map((id) => clinical?.get(id)?.target)).toEqual(['B', 'A', 'C']);
    expect(['0', '4', '11'].map((id) => physician?.get(id)?.target)).toEqual(['A', 'A', 'D']);
    // electrical_engineer_val.csv ids 0, 4, 11: D, B, C; metrology_engineer_val.csv: D, B, B.
    expect(['0', '4', '11'].map((id) => electrical?.get(id)?.target)).toEqual(['D', 'B', 'C']);
    expect(['0', '4', '11'].map((id) => metrology?.get(id)?.target)).toEqual(['D', 'B', 'B']);
    expect(accountant?.get('0')?.input).toBe('下列关于税法基本原则的表述中，不正确的是____。');
  });

  it('ceval dev: exemplars keep answers and multi-line explanations (quoted CRLF-file cells)', () => {
    const suite = only(importData('ceval', ['ceval/val/accountant_val.csv']));
    const exemplars = suite.exemplars.map((entry) => entry.sample);
    // ceval/dev/accountant_dev.csv, by hand: answers B, C, C, C, D; id 1's explanation spans three lines.
    expect(exemplars.map((sample) => sample.target)).toEqual(['B', 'C', 'C', 'C', 'D']);
    expect(String(exemplars[0]?.metadata?.['explanation'])).toMatch(/^1\. 乙公司属于甲公司全新的子公司/);
    expect(String(exemplars[1]?.metadata?.['explanation']).split('\n')).toHaveLength(3);
    expect(exemplars[1]?.metadata?.['explanation']).not.toContain('\r');
  });

  it('ceval test: no answer column, so the items import unlabelled', () => {
    const suite = only(importData('ceval', ['ceval'], { split: 'test' }));
    expect(suite.spec.id).toBe('ceval-clinical_medicine-test');
    expect(suite.samples).toHaveLength(keptCount('ceval', 'test/clinical_medicine_test.csv'));
    expect(suite.samples).toHaveLength(rawLines(data('ceval', 'test', 'clinical_medicine_test.csv')).length - 1);
    expect(samplesOf(suite).every((sample) => sample.target === undefined)).toBe(true);
    expect(suite.spec.provenance).toContain('unlabelled');
  });

  it('cmmlu: unnamed index column as id, capitalised Answer, LF', () => {
    const suites = importData('cmmlu', ['cmmlu']);
    expect(suites).toHaveLength(5);
    for (const suite of suites) {
      const subject = suite.spec.id.replace(/^cmmlu-|-test$/g, '');
      const file = data('cmmlu', 'data', 'test', `${subject}.csv`);
      expect(suite.samples).toHaveLength(keptCount('cmmlu', `data/test/${subject}.csv`));
      expect(suite.samples).toHaveLength(rawLines(file).length - 1);
      expect(samplesOf(suite).map((sample) => sample.target)).toEqual(lastFields(file, true));
      expect(samplesOf(suite).map((sample) => sample.id)).toEqual(rawLines(file).slice(1).map((line) => line.slice(0, line.indexOf(','))));
      expect(suite.exemplars).toHaveLength(5);
    }
    const history = byId(suites.find((suite) => suite.spec.id === 'cmmlu-chinese_history-test') ?? suites[0]!);
    const clinical = byId(suites.find((suite) => suite.spec.id === 'cmmlu-clinical_knowledge-test') ?? suites[0]!);
    // Read by hand: cmmlu/data/test/chinese_history.csv rows 0, 4, 11 end ",D" ",B" ",D"; clinical_knowledge.csv ",D" ",B" ",A".
    expect(['0', '4', '11'].map((id) => history.get(id)?.target)).toEqual(['D', 'B', 'D']);
    expect(['0', '4', '11'].map((id) => clinical.get(id)?.target)).toEqual(['D', 'B', 'A']);
  });

  it('mmlu: no header row; ids are 0-based row numbers; the dev file lacks a final newline', () => {
    const suite = only(importData('mmlu', ['mmlu']));
    expect(suite.spec.id).toBe('mmlu-clinical_knowledge-test');
    const file = data('mmlu', 'data', 'test', 'clinical_knowledge_test.csv');
    expect(suite.samples).toHaveLength(keptCount('mmlu', 'data/test/clinical_knowledge_test.csv'));
    expect(suite.samples).toHaveLength(rawLines(file).length);
    expect(samplesOf(suite).map((sample) => sample.target)).toEqual(lastFields(file, false));
    // Read by hand: lines 2, 6, 13 of clinical_knowledge_test.csv (rows 1, 5, 12) end ",D" ",D" ",B".
    expect(['1', '5', '12'].map((id) => byId(suite).get(id)?.target)).toEqual(['D', 'D', 'B']);
    expect(samplesOf(suite)[0]?.input).toBe('What size of cannula would you use in a patient who needed a rapid blood transfusion (as of 2020 medical knowledge)?');
    // dev: 5 rows, the last without a newline; line 2 (row 1) ends ",B", and the file's last answer is C.
    expect(suite.exemplars.map((entry) => entry.sample.target)).toEqual(lastFields(data('mmlu', 'data', 'dev', 'clinical_knowledge_dev.csv'), false));
    expect(suite.exemplars.map((entry) => entry.sample.target)[1]).toBe('B');
    expect(suite.exemplars.at(-1)?.sample.target).toBe('C');
    expect(suite.spec.prompt.template).toContain('clinical knowledge');
  });

  it('fineval: val with the "D " answer trimmed, dev with a UTF-8 BOM, test_20% as the test split', () => {
    const suites = importData('fineval', ['fineval']);
    expect(suites.map((suite) => suite.spec.id)).toEqual(['fineval-accounting-val', 'fineval-certified_practising_accountant-val', 'fineval-insurance-val', 'fineval-investments-val']);
    for (const suite of suites) {
      const subject = suite.spec.id.replace(/^fineval-|-val$/g, '');
      const file = data('fineval', 'val', `${subject}_val.csv`);
      expect(suite.samples).toHaveLength(keptCount('fineval', `val/${subject}_val.csv`));
      expect(suite.samples).toHaveLength(rawLines(file).length - 1);
      expect(samplesOf(suite).map((sample) => sample.target)).toEqual(lastFields(file, true));
      expect(suite.spec.domain).toBe('finance');
    }
    const investments = byId(suites[3]!);
    // Read by hand: fineval/val/investments_val.csv ids 0, 4 end ',D'; id 11 ends ',D ' (trailing space).
    expect(['0', '4', '11'].map((id) => investments.get(id)?.target)).toEqual(['D', 'D', 'D']);
    // Id 0 (a quoted cell) writes percentages as inline LaTeX, "50$\%$": kept verbatim, not escaped or stripped.
    expect(investments.get('0')?.input).toContain('初始保证金均为50$\\%$，维持保证金均为30$\\%$');
    expect(suites[3]?.exemplars).toHaveLength(0);
    // fineval/val/accounting_val.csv ids 0, 4, 11: A, B, C; dev/accounting_dev.csv (BOM) answers B, C, A, B, C.
    expect(['0', '4', '11'].map((id) => byId(suites[0]!).get(id)?.target)).toEqual(['A', 'B', 'C']);
    expect(suites[0]?.exemplars.map((entry) => entry.sample.target)).toEqual(['B', 'C', 'A', 'B', 'C']);
    expect(suites[0]?.exemplars[0]?.sample.id).toBe('0');
    const test = only(importData('fineval', ['fineval'], { split: 'test' }));
    expect(test.spec.id).toBe('fineval-accounting-test');
    expect(test.samples).toHaveLength(keptCount('fineval', 'test_20%/accounting_test_selected.csv'));
    // test_20%/accounting_test_selected.csv rows with ids 30, 18, 33 (lines 2, 6, 13): C, D, A.
    expect(['30', '18', '33'].map((id) => byId(test).get(id)?.target)).toEqual(['C', 'D', 'A']);
    expect(test.exemplars).toHaveLength(5);
  });
});
