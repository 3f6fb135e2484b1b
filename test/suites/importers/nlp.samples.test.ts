import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byId, data, hasData, importData, keptCount, only, rawLines, samplesOf } from './helpers.js';

/**
 * CLUE, CMRC 2018, SIGHAN 2005 and NER samples in ../shared/data: counts against a simple
 * reading and SOURCE.md, the answer key against the raw records, a few values by hand.
 */

const jsonLines = (file: string) => rawLines(file).filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

describe.skipIf(!hasData)('CLUE on the FewCLUE samples', () => {
  it('tnews: integer labels mapped through label_index2en2zh.json to the Chinese class name', () => {
    const suite = only(importData('clue', ['clue/datasets/tnews']));
    const file = data('clue', 'datasets', 'tnews', 'test_public.json');
    expect(suite.spec).toMatchObject({ id: 'clue-tnews-test-public', task: 'classification', scorers: ['exact-match'] });
    expect(suite.samples).toHaveLength(keptCount('clue', 'datasets/tnews/test_public.json'));
    const map = new Map(jsonLines(data('clue', 'datasets', 'tnews', 'label_index2en2zh.json')).map((entry) => [String(entry['label']), entry['label_zh']]));
    const rows = jsonLines(file);
    expect(rows.every((row) => typeof row['label'] === 'number')).toBe(true);
    expect(samplesOf(suite).map((sample) => sample.target)).toEqual(rows.map((row) => map.get(String(row['label']))));
    expect(samplesOf(suite).map((sample) => sample.id)).toEqual(rows.map((row) => String(row['id'])));
    // By hand: line 1 is id 0, label 100 (news_story → 故事); line 135 is id 1, label 102 (news_entertainment → 娱乐).
    expect(byId(suite).get('0')).toMatchObject({ target: '故事', input: '农村依然很重视土葬', metadata: { label: '100' } });
    expect(byId(suite).get('1')?.target).toBe('娱乐');
    expect(suite.spec.prompt.template).toContain('故事、文化、娱乐');
    expect(suite.sources).toHaveLength(2);
  });

  it('ocnli: string labels as options 蕴含/中立/矛盾', () => {
    const suite = only(importData('clue', ['clue/datasets/ocnli/test_public.json']));
    expect(suite.spec.id).toBe('clue-ocnli-test-public');
    expect(suite.samples).toHaveLength(keptCount('clue', 'datasets/ocnli/test_public.json'));
    const letter: Record<string, string> = { entailment: 'A', neutral: 'B', contradiction: 'C' };
    expect(samplesOf(suite).map((sample) => sample.target)).toEqual(jsonLines(data('clue', 'datasets', 'ocnli', 'test_public.json')).map((row) => letter[String(row['label'])]));
    // By hand: line 1 (id 0) is neutral, line 2 (id 1) entailment.
    expect(byId(suite).get('0')).toMatchObject({ target: 'B', choices: ['蕴含', '中立', '矛盾'], input: '前提：可是你好多是给别人打的呀.\n假设：你没给我打过' });
    expect(byId(suite).get('1')?.target).toBe('A');
  });

  it('cluewsc: "true"/"false" strings, CRLF lines, idx as id', () => {
    const suite = only(importData('clue', ['clue/datasets/cluewsc']));
    expect(suite.samples).toHaveLength(keptCount('clue', 'datasets/cluewsc/test_public.json'));
    const rows = jsonLines(data('clue', 'datasets', 'cluewsc', 'test_public.json'));
    expect(samplesOf(suite).map((sample) => sample.target)).toEqual(rows.map((row) => (row['label'] === 'true' ? 'A' : 'B')));
    // By hand: line 1 is idx 1180 label "true" (毛豆 / 他); line 3 is idx 1255 "false" (苏小姐 / 他).
    expect(byId(suite).get('1180')?.target).toBe('A');
    expect(byId(suite).get('1255')?.target).toBe('B');
    expect(byId(suite).get('1255')?.input).toMatch(/“他”指的是“苏小姐”吗？$/);
  });

  it('the datasets root imports every task folder', () => {
    expect(importData('clue', ['clue/datasets']).map((suite) => suite.spec.id)).toEqual(['clue-cluewsc-test-public', 'clue-ocnli-test-public', 'clue-tnews-test-public']);
  });
});

describe.skipIf(!hasData)('CMRC 2018 in both layouts', () => {
  it('SQuAD layout: 225 questions, every reference kept, offsets counted in code points', () => {
    const suite = only(importData('cmrc2018', ['cmrc2018/squad-style-data/cmrc2018_dev.json']));
    const raw = JSON.parse(readFileSync(data('cmrc2018', 'squad-style-data', 'cmrc2018_dev.json'), 'utf8')) as { data: { paragraphs: { context: string; qas: { id: string; answers: { text: string; answer_start: number }[] }[] }[] }[] };
    const qas = raw.data.flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.qas.map((qa) => ({ ...qa, context: paragraph.context }))));
    expect(suite.samples).toHaveLength(keptCount('cmrc2018', 'squad-style-data/cmrc2018_dev.json'));
    expect(suite.samples).toHaveLength(qas.length);
    expect(samplesOf(suite).map((sample) => [sample.id, sample.target])).toEqual(qas.map((qa) => [qa.id, qa.answers.map((answer) => answer.text)]));
    expect(suite.spec).toMatchObject({ id: 'cmrc2018-squad-dev', task: 'short-answer', scorers: ['cmrc-em', 'cmrc-f1'] });
    // By hand (lines 4728–4741): DEV_110_QUERY_3 has three references, starts 203, -1, -1.
    expect(byId(suite).get('DEV_110_QUERY_3')).toMatchObject({ target: ['庙宇三面环山，而且那些山区都是郊野公园范围', '庙宇三面环山，而且那些山区都是郊野公园范围。', '庙宇三面环山，而且那些山区都是郊野公园范围。'], metadata: { answerStarts: [203, -1, -1] } });
    expect(byId(suite).get('DEV_0_QUERY_0')?.target).toEqual(['光荣和ω-force', '光荣和ω-force', '光荣和ω-force']);
    // The offsets counted independently here, in code points (Array.from), as Python wrote them.
    let minusOne = 0;
    let misplaced = 0;
    for (const qa of qas) {
      for (const answer of qa.answers) {
        if (answer.answer_start === -1) minusOne += 1;
        else if (Array.from(qa.context).slice(answer.answer_start, answer.answer_start + Array.from(answer.text).length).join('') !== answer.text) misplaced += 1;
      }
    }
    expect(suite.spec.provenance).toContain(`${minusOne} are -1 and ${misplaced} do not point at their answer text`);
  });

  it('CMRC layout: 20 contexts, 74 questions, one line of \\u escapes, no final newline', () => {
    const suite = only(importData('cmrc2018', ['cmrc2018/data/cmrc2018_dev.json']));
    expect(suite.spec.id).toBe('cmrc2018-dev');
    expect(suite.samples).toHaveLength(keptCount('cmrc2018', 'data/cmrc2018_dev.json'));
    const text = readFileSync(data('cmrc2018', 'data', 'cmrc2018_dev.json'), 'utf8');
    expect(suite.samples).toHaveLength(text.split('"query_id"').length - 1);
    const raw = JSON.parse(text) as { qas: { query_id: string; answers: unknown[] }[] }[];
    expect(samplesOf(suite).map((sample) => sample.target)).toEqual(raw.flatMap((context) => context.qas.map((qa) => qa.answers.filter((answer) => typeof answer === 'string'))));
    // By hand: DEV_10_QUERY_2's third reference is the number 39764.0 (a spreadsheet date), not text.
    expect(byId(suite).get('DEV_10_QUERY_2')).toMatchObject({ target: ['2008年11月12日中超联赛与山东鲁能的比赛中', '2008年11月12日中超联赛与山东鲁能的比赛中'], metadata: { nonTextAnswers: [39764] } });
    expect(suite.spec.provenance).toContain('kept in metadata.nonTextAnswers: 1.');
    expect(byId(suite).get('DEV_5_QUERY_0')?.target).toEqual(['足球运动员', '足球运动员', '足球运动员']);
    expect(byId(suite).get('DEV_19_QUERY_4')?.input).toBe('环氧氯丙烷是制作什么的重要材料？');
  });

  it('a folder imports both layouts as two suites', () => {
    expect(importData('cmrc2018', ['cmrc2018']).map((suite) => suite.spec.id).sort()).toEqual(['cmrc2018-dev', 'cmrc2018-squad-dev']);
  });
});

describe.skipIf(!hasData)('SIGHAN 2005 word segmentation', () => {
  it('pku and msr: 150 lines each, gold words split at the two-space separator, raw test line as input', () => {
    const suites = importData('sighan2005', ['sighan2005']);
    expect(suites.map((suite) => suite.spec.id)).toEqual(['sighan2005-msr-test', 'sighan2005-pku-test']);
    for (const suite of suites) {
      const corpus = suite.spec.id.split('-')[1] ?? '';
      const gold = rawLines(data('sighan2005', 'gold', `${corpus}_test_gold.utf8`));
      expect(suite.samples).toHaveLength(keptCount('sighan2005', `gold/${corpus}_test_gold.utf8`));
      expect(samplesOf(suite).map((sample) => sample.target)).toEqual(gold.map((line) => line.trim().split('  ')));
      expect(samplesOf(suite).map((sample) => sample.input)).toEqual(rawLines(data('sighan2005', 'testing', `${corpus}_test.utf8`)).map((line) => line.trim()));
    }
    // By hand: msr_test_gold.utf8 line 1 is "扬帆  远东  做  与  中国  合作  的  先行  ".
    expect(byId(suites[0]!).get('1')?.target).toEqual(['扬帆', '远东', '做', '与', '中国', '合作', '的', '先行']);
  });

  it('the GBK (CP936) .txt gold file decodes to the same words as its .utf8 twin', () => {
    const txt = only(importData('sighan2005', ['sighan2005/gold/pku_test_gold.txt']));
    expect(txt.samples).toHaveLength(keptCount('sighan2005', 'gold/pku_test_gold.txt'));
    const utf8 = only(importData('sighan2005', ['sighan2005/gold/pku_test_gold.utf8']));
    expect(samplesOf(txt).map((sample) => sample.target)).toEqual(samplesOf(utf8).slice(0, 30).map((sample) => sample.target));
    // By hand (pku gold line 1): 共同  创造  美好  的  新  世纪  ——  二○○一年  新年  贺词
    expect(samplesOf(txt)[0]?.target).toEqual(['共同', '创造', '美好', '的', '新', '世纪', '——', '二○○一年', '新年', '贺词']);
    expect(samplesOf(txt)[0]?.input).toBe('共同创造美好的新世纪——二○○一年新年贺词');
  });
});

describe.skipIf(!hasData)('NER corpora', () => {
  /** Tags per sentence, read as blank-line-separated blocks whose lines end in the tag. */
  const blocks = (file: string) => readFileSync(file, 'utf8').split(/\n\s*\n/).filter((block) => block.trim() !== '').map((block) => block.trim().split('\n').map((line) => line.trim().split(/\s+/).at(-1)));

  it.each([
    ['NER/MSRA/msra_test_bio.txt', 'ner-msra-test'],
    ['NER/PeoplesDaily/example.test', 'ner-peoples-daily-test'],
    ['weibo/weiboNER_2nd_conll.test', 'ner-weibo-2nd-test'],
  ])('%s: sentence count and every tag exact', (file, id) => {
    const suite = only(importData('ner', [`ner/${file}`]));
    expect(suite.spec.id).toBe(id);
    expect(suite.samples).toHaveLength(keptCount('ner', file));
    expect(samplesOf(suite).map((sample) => sample.metadata?.['tags'])).toEqual(blocks(data('ner', file)));
  });

  it('entities by hand: MSRA sentence 0, People\'s Daily sentence 0, Weibo sentence 0 (segment digits stripped)', () => {
    const [msra, daily, weibo] = importData('ner', ['ner/NER/MSRA/msra_test_bio.txt', 'ner/NER/PeoplesDaily/example.test', 'ner/weibo/weiboNER_2nd_conll.test']).map(samplesOf);
    expect((msra?.[0]?.target as { text: string }[]).slice(0, 3)).toEqual([{ type: 'ORG', text: '中共中央' }, { type: 'ORG', text: '中国致公党十一大' }, { type: 'ORG', text: '中国致公党第十一次全国代表大会' }]);
    expect(daily?.[0]?.target).toEqual(['欧', '美', '港', '台'].map((text) => ({ type: 'LOC', text })));
    expect(weibo?.[0]?.input).toBe('一节课的时间真心感动了李开复感动');
    expect(weibo?.[0]?.target).toEqual([{ type: 'PER.NAM', text: '李开复' }]);
    // weiboNER_2nd_conll.test lines 4206–4231 spell one word whose positions reach two digits: I0 j1 … t9 o10 … d25.
    expect(weibo?.some((sample) => String(sample.input).startsWith('Ijustwanttobefreeinmyworld。'))).toBe(true);
    expect(only(importData('ner', ['ner/weibo/weiboNER_2nd_conll.test'])).spec.license).toContain('CC BY-SA 3.0');
  });
});
