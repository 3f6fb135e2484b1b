import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanAt } from '../../../suites/importers/cmrc2018.js';
import { runImport } from '../../../suites/importers/index.js';
import { tempDir } from '../../helpers/tmp.js';
import { thrown } from './helpers.js';

/** Small fixtures in the public JSON layouts; the texts are made up here. */

const targets = (suite: { samples: readonly { sample: { id: string; target?: unknown } }[] } | undefined) => suite?.samples.map((entry) => [entry.sample.id, entry.sample.target]);

describe('cmb', () => {
  const question = (id: number, type: string, option: Record<string, string>, answer?: string) => ({ exam_type: '医师考试', exam_class: '执业医师', exam_subject: '内科', question: `题${id}`, question_type: type, option, id, ...(answer === undefined ? {} : { answer }) });

  it('options as a dict, multi-letter answers, an empty trailing option dropped', () => {
    const { dir, write } = tempDir();
    write('CMB-val.json', JSON.stringify([question(1, '单项选择题', { A: 'a', B: 'b', C: 'c', D: 'd', E: '' }, 'C'), question(2, '多项选择题', { A: 'a', B: 'b', C: 'c', D: 'd', E: 'e' }, 'ABD')], null, 4));
    const suite = runImport('cmb', ['CMB-val.json'], {}, dir)[0];
    expect(suite?.spec).toMatchObject({ id: 'cmb-val', domain: 'healthcare', task: 'multiple-choice' });
    expect(suite?.samples.map((entry) => entry.sample.choices?.length)).toEqual([4, 5]);
    expect(targets(suite)).toEqual([['1', 'C'], ['2', 'ABD']]);
    expect(suite?.samples[1]?.sample).toMatchObject({ category: '执业医师', metadata: { exam_type: '医师考试', question_type: '多项选择题' } });
    expect(suite?.spec.prompt.template).toContain('{{metadata.question_type}}');
  });

  it('answers from a separate key (CRLF, indent 4, no final newline) joined by id; bad answers name the key line', () => {
    const { dir, write } = tempDir();
    write('questions.json', JSON.stringify([question(10, '单项选择题', { A: 'a', B: 'b' }), question(11, '多项选择题', { A: 'a', B: 'b', C: 'c' })]));
    const key = (answer: string) => JSON.stringify([{ id: 10, answer: 'B' }, { id: 11, answer }], null, 4).replace(/\n/g, '\r\n');
    write('CMB-test-choice-answer.json', key('AC'));
    expect(targets(runImport('cmb', ['.'], {}, dir)[0])).toEqual([['10', 'B'], ['11', 'AC']]);
    write('CMB-test-choice-answer.json', key('AE'));
    expect(thrown(() => runImport('cmb', ['.'], {}, dir)).message).toBe(`${join(dir, 'CMB-test-choice-answer.json')}:6: answer "AE" is not among the offered options ABC`);
    write('CMB-test-choice-answer.json', JSON.stringify([{ id: 10, answer: 'B' }]));
    expect(thrown(() => runImport('cmb', ['.'], {}, dir)).message).toMatch(/questions\.json:1: question 11 has no answer in/);
  });

  it('without answers the items are unlabelled', () => {
    const { dir, write } = tempDir();
    write('test.json', JSON.stringify([question(1, '单项选择题', { A: 'a', B: 'b' })]));
    expect(targets(runImport('cmb', ['test.json'], {}, dir)[0])).toEqual([['1', undefined]]);
  });
});

describe('safetybench', () => {
  const questions = '[\n {\n  "id":3,\n  "options":["是。","否。"],\n  "category":"Offensiveness",\n  "question":"a\\/b?"\n },\n {\n  "id":8,\n  "options":["w","x","y","z"],\n  "category":"Mental Health",\n  "question":"q"\n }\n]';

  it('joins answers keyed by string id; 0-based index to letter; escaped slashes', () => {
    const { dir, write } = tempDir();
    write('data/test_zh_subset.json', questions);
    write('data/test_answers_zh_subset.json', '{\n "3": {\n  "category": "Offensiveness",\n  "answer": 1\n },\n "8": {\n  "answer": 3\n }\n}');
    const suite = runImport('safetybench', ['data'], {}, dir)[0];
    expect(targets(suite)).toEqual([['3', 'B'], ['8', 'D']]);
    expect(suite?.samples[0]?.sample).toMatchObject({ input: 'a/b?', choices: ['是。', '否。'], category: 'Offensiveness' });
    expect(suite?.samples.map((entry) => entry.at.line)).toEqual([2, 8]);
  });

  it('an answer outside the options names the answer file line; a missing answer names the question line', () => {
    const { dir, write } = tempDir();
    write('test_en.json', questions);
    write('test_answers_en.json', '{\n "3": {"answer": 2},\n "8": {"answer": 0}\n}');
    expect(thrown(() => runImport('safetybench', ['test_en.json'], {}, dir)).message).toBe(`${join(dir, 'test_answers_en.json')}:2: answer of question 3 2 is not an option index from 0 to 1`);
    write('test_answers_en.json', '{"3": {"answer": 0}}');
    expect(thrown(() => runImport('safetybench', ['test_en.json'], {}, dir)).message).toMatch(/test_en\.json:8: question 8 has no answer in/);
  });

  it('an answers file named by option; without one the items are unlabelled; English files get an English prompt', () => {
    const { dir, write } = tempDir();
    write('test_en.json', questions);
    write('keys.json', '{"3": {"answer": 0}, "8": {"answer": 1}}');
    expect(targets(runImport('safetybench', ['test_en.json'], { answers: 'keys.json' }, dir)[0])).toEqual([['3', 'A'], ['8', 'B']]);
    const bare = runImport('safetybench', ['test_en.json'], {}, dir)[0];
    expect(targets(bare)).toEqual([['3', undefined], ['8', undefined]]);
    expect(bare?.spec.prompt.template).toMatch(/^The following is a multiple-choice question about safety/);
  });
});

describe('cmrc2018', () => {
  // U+2CB3B (𬬻) is one code point but two UTF-16 units: offsets after it differ between Python and JS.
  const context = '𬬻名为甲，字处道。';

  it('answer_start counts code points, not UTF-16 units', () => {
    const codePoints = Array.from(context);
    expect(spanAt(codePoints, 6, '处道')).toBe(true);
    expect(context.slice(6, 8)).not.toBe('处道');
    expect(spanAt(codePoints, -1, '处道')).toBe(false);
  });

  it('SQuAD layout: every reference kept as target, offsets in metadata and counted in provenance', () => {
    const { dir, write } = tempDir();
    const qa = (id: string, answers: [string, number][]) => ({ question: `问${id}`, id, answers: answers.map(([text, answer_start]) => ({ text, answer_start })) });
    const doc = { version: 'v1.0', data: [{ id: 'A1', title: '题', paragraphs: [{ id: 'P1', context, qas: [qa('Q1', [['处道', 6], ['处道', 6], ['字处道', -1]]), qa('Q2', [['甲', 1]])] }] }] };
    write('squad-style-data/cmrc2018_dev.json', JSON.stringify(doc, null, 2));
    const suite = runImport('cmrc2018', ['.'], {}, dir)[0];
    expect(suite?.spec.id).toBe('cmrc2018-squad-dev');
    expect(targets(suite)).toEqual([['Q1', ['处道', '处道', '字处道']], ['Q2', ['甲']]]);
    expect(suite?.samples[0]?.sample.metadata).toMatchObject({ context, answerStarts: [6, 6, -1], contextId: 'P1', title: '题' });
    expect(suite?.spec.provenance).toContain('1 are -1 and 1 do not point at their answer text');
  });

  it('CMRC layout on one line without a final newline; a question without answers is unlabelled', () => {
    const { dir, write } = tempDir();
    write('cmrc2018_trial.json', JSON.stringify([{ context_id: 'T_0', context_text: context, title: 't', qas: [{ query_id: 'T_0_Q_0', query_text: '字？', answers: ['处道'] }, { query_id: 'T_0_Q_1', query_text: '名？', answers: [] }] }]));
    const suite = runImport('cmrc2018', ['cmrc2018_trial.json'], {}, dir)[0];
    expect(suite?.spec.id).toBe('cmrc2018-trial');
    expect(targets(suite)).toEqual([['T_0_Q_0', ['处道']], ['T_0_Q_1', undefined]]);
  });

  it('an unknown layout is an error naming the file', () => {
    const { dir, write } = tempDir();
    write('x.json', '{"rows": []}');
    expect(thrown(() => runImport('cmrc2018', ['x.json'], {}, dir)).message).toMatch(/x\.json:1: neither the SQuAD layout/);
  });
});

describe('clue', () => {
  it('tnews: FewCLUE integer labels and CLUE string labels map alike; a label map gives Chinese names', () => {
    const { dir, write } = tempDir();
    write('tnews/label_index2en2zh.json', '{"label": "100", "label_desc": "news_story","label_zh":"故事"}\n{"label": "102", "label_desc": "news_entertainment","label_zh":"娱乐"}\n');
    write('tnews/test_public.json', '{"label": 100, "label_desc": "news_story", "sentence": "甲", "keywords": "", "id": 5}\n{"label": "102", "label_desc": "news_entertainment", "sentence": "乙", "keywords": "k", "id": 6}\n');
    const suite = runImport('clue', ['tnews'], {}, dir)[0];
    expect(targets(suite)).toEqual([['5', '故事'], ['6', '娱乐']]);
    expect(suite?.spec.prompt.template).toContain('可选类别：故事、娱乐');
    write('tnews/test_public.json', '{"label": 101, "sentence": "丙", "id": 7}\n');
    expect(thrown(() => runImport('clue', ['tnews'], {}, dir)).message).toMatch(/test_public\.json:1: label 101 is not in the label map/);
  });

  it('iflytek label_des without a map; csl "0"/"1"; cluewsc booleans; ocnli "-" left out; test.json unlabelled', () => {
    const { dir, write } = tempDir();
    write('iflytek/dev.json', '{"label": "3", "label_des": "打车", "sentence": "叫车", "id": 0}\n{"label": "1", "label_des": "地图", "sentence": "导航", "id": 1}\n');
    write('csl/dev.json', '{"id": 1, "abst": "摘要", "keyword": ["甲", "乙"], "label": "0"}\n');
    write('cluewsc2020/dev.json', '{"target": {"span2_index": 3, "span1_index": 0, "span1_text": "张三", "span2_text": "他"}, "idx": 4, "label": true, "text": "张三说他来"}\n');
    write('ocnli/dev.json', '{"sentence1": "前", "sentence2": "后", "label": "-", "id": 0}\n{"sentence1": "前", "sentence2": "后", "label": "contradiction", "id": 1}\n');
    const suites = runImport('clue', ['.'], { split: 'dev' }, dir);
    expect(suites.map((suite) => suite.spec.id)).toEqual(['clue-cluewsc-dev', 'clue-csl-dev', 'clue-iflytek-dev', 'clue-ocnli-dev']);
    expect(suites.map(targets)).toEqual([[['4', 'A']], [['1', 'B']], [['0', '打车'], ['1', '地图']], [['1', 'C']]]);
    expect(suites[2]?.spec.prompt.template).toContain('地图、打车');
    expect(suites[3]?.spec.provenance).toContain('1 rows without a gold label');
    write('csl/test.json', '{"id": 9, "abst": "摘要", "keyword": ["甲"]}\n');
    expect(targets(runImport('clue', ['csl'], {}, dir)[0])).toEqual([['9', undefined]]);
  });

  it('the task comes from the record keys in a file named anyhow, or from option task', () => {
    const { dir, write } = tempDir();
    write('mine.jsonl', '{"sentence1": "a", "sentence2": "b", "label": "neutral", "id": 3}\n');
    expect(runImport('clue', ['mine.jsonl'], {}, dir)[0]?.spec.id).toBe('clue-ocnli-mine');
    write('odd.json', '{"text": "x", "label": "1", "id": 0}\n');
    expect(thrown(() => runImport('clue', ['odd.json'], {}, dir)).message).toMatch(/cannot tell which CLUE task/);
    expect(thrown(() => runImport('clue', ['odd.json'], { task: 'csll' }, dir)).message).toMatch(/did you mean "csl"/);
  });
});
