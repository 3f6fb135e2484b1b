import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../suites/importers/index.js';
import { entitiesOf, readSentences, stripSegmentPositions } from '../../../suites/importers/ner.js';
import { tempDir } from '../../helpers/tmp.js';
import { thrown } from './helpers.js';

/** Small fixtures in the SIGHAN 2005 and CoNLL-style NER layouts; sentences made up here. */

const rows = (suite: { samples: readonly { sample: { id: string; input: unknown; target?: unknown } }[] } | undefined) => suite?.samples.map((entry) => [entry.sample.id, entry.sample.input, entry.sample.target]);

describe('sighan2005', () => {
  it('gold words split at two spaces (CRLF, trailing blanks); the raw test line of the same number is the input', () => {
    const { dir, write } = tempDir();
    write('gold/pku_test_gold.utf8', '我们  爱  北京  \r\n\r\n天安门  。  \r\n');
    write('testing/pku_test.utf8', '我们爱北京\r\n\r\n天安门。\r\n');
    const suite = runImport('sighan2005', ['.'], {}, dir)[0];
    expect(suite?.spec).toMatchObject({ id: 'sighan2005-pku-test', task: 'generation', scorers: ['segmentation-f1'] });
    // Line 2 is blank in both: skipped, as the bakeoff's score script skips it; ids stay line numbers.
    expect(rows(suite)).toEqual([['1', '我们爱北京', ['我们', '爱', '北京']], ['3', '天安门。', ['天安门', '。']]]);
    expect(suite?.spec.license).toContain('Non-commercial');
  });

  it('gold and test must spell the same text, line by line', () => {
    const { dir, write } = tempDir();
    write('gold/msr_test_gold.utf8', '甲  乙\n丙  丁\n');
    write('testing/msr_test.utf8', '甲乙\n丙戊\n');
    expect(thrown(() => runImport('sighan2005', ['.'], {}, dir)).message).toBe(`${join(dir, 'gold', 'msr_test_gold.utf8')}:2: the gold words do not spell line 2 of ${join(dir, 'testing', 'msr_test.utf8')}`);
    write('testing/msr_test.utf8', '甲乙\n');
    expect(thrown(() => runImport('sighan2005', ['.'], {}, dir)).message).toMatch(/msr_test\.utf8:2: 1 lines here but 2 in/);
  });

  it('legacy .txt files: GBK for pku/msr, Big5 for as/cityu; other corpora need encoding=', () => {
    const { dir } = tempDir();
    // "中文  你好\r\n" in GBK (中 D6D0 文 CEC4 你 C4E3 好 BAC3) and in Big5 (中 A4A4 文 A4E5 你 A741 好 A66E).
    writeFileSync(join(dir, 'pku_test_gold.txt'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a]));
    writeFileSync(join(dir, 'as_test_gold.txt'), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5, 0x20, 0x20, 0xa7, 0x41, 0xa6, 0x6e, 0x0d, 0x0a]));
    writeFileSync(join(dir, 'xx_test_gold.txt'), Buffer.from('a  b\n'));
    expect(rows(runImport('sighan2005', ['pku_test_gold.txt'], {}, dir)[0])).toEqual([['1', '中文你好', ['中文', '你好']]]);
    expect(rows(runImport('sighan2005', ['as_test_gold.txt'], {}, dir)[0])).toEqual([['1', '中文你好', ['中文', '你好']]]);
    expect(thrown(() => runImport('sighan2005', ['xx_test_gold.txt'], {}, dir)).message).toMatch(/encoding of a \.txt file of corpus "xx" is not known/);
    expect(rows(runImport('sighan2005', ['xx_test_gold.txt'], { encoding: 'utf-8' }, dir)[0])).toEqual([['1', 'ab', ['a', 'b']]]);
  });
});

describe('ner', () => {
  it('reads tab- and space-separated lines, blank-line sentences, a last sentence without a blank line or final newline', () => {
    expect(readSentences('张\tB-PER\n三\tI-PER\n\n在\tO\n', 'a')).toEqual([{ tokens: ['张', '三'], tags: ['B-PER', 'I-PER'], line: 1 }, { tokens: ['在'], tags: ['O'], line: 4 }]);
    expect(readSentences('\r\n北 B-LOC\r\n京 I-LOC', 'b')).toEqual([{ tokens: ['北', '京'], tags: ['B-LOC', 'I-LOC'], line: 2 }]);
    expect(readSentences('-DOCSTART- O\n\n我 O\n', 'c').map((sentence) => sentence.tokens)).toEqual([['我']]);
    // More columns (token, POS, tag): the first is the token, the last the tag.
    expect(readSentences('我 PN O\n京\tNR\tB-LOC\n', 'e')).toEqual([{ tokens: ['我', '京'], tags: ['O', 'B-LOC'], line: 1 }]);
    expect(thrown(() => readSentences('好\tO\n坏\n', 'd.txt')).message).toMatch(/^d\.txt:2: expected "TOKEN<tab>TAG"/);
    expect(thrown(() => readSentences('好\tPERSON\n', 'd.txt')).message).toMatch(/^d\.txt:1: tag "PERSON" is not O or B-/);
  });

  it('BIO, BIOES and BMES give the same entities', () => {
    const tokens = ['李', '开', '复', '在', '京'];
    const expected = [{ type: 'PER', text: '李开复' }, { type: 'LOC', text: '京' }];
    expect(entitiesOf(tokens, ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(expected);
    expect(entitiesOf(tokens, ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC'])).toEqual(expected);
    expect(entitiesOf(tokens, ['B-PER', 'M-PER', 'E-PER', 'O', 'S-LOC'])).toEqual(expected);
  });

  it('Weibo segment positions: one or two digits, a digit character, a broken emoji', () => {
    expect(stripSegmentPositions(['北0', '京1', '10', '11', '\uFFFD\uFFFD0', 'a0', 'b1', 'c2', 'd3', 'e4', 'f5', 'g6', 'h7', 'i8', 'j9', 'k10', 'l11'])).toEqual(['北', '京', '1', '1', '\uFFFD\uFFFD', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
  });

  it('imports entity targets by default and tag targets with target=tags; the tags are always in metadata', () => {
    const { dir, write } = tempDir();
    write('weiboNER_2nd_conll.test', '李0\tB-PER.NAM\n开1\tI-PER.NAM\n复2\tI-PER.NAM\n说0\tO\n\n好0\tO\n');
    const suite = runImport('ner', ['weiboNER_2nd_conll.test'], {}, dir)[0];
    expect(suite?.spec).toMatchObject({ id: 'ner-weibo-2nd-test', scorers: ['ner-f1'] });
    expect(rows(suite)).toEqual([['0', '李开复说', [{ type: 'PER.NAM', text: '李开复' }]], ['1', '好', []]]);
    expect(suite?.samples[0]?.sample.metadata).toEqual({ tags: ['B-PER.NAM', 'I-PER.NAM', 'I-PER.NAM', 'O'] });
    expect(suite?.spec.prompt.template).toContain('PER.NAM（人名，专名）');
    const tags = runImport('ner', ['weiboNER_2nd_conll.test'], { target: 'tags' }, dir)[0];
    expect(tags?.samples[0]?.sample.target).toEqual(['B-PER.NAM', 'I-PER.NAM', 'I-PER.NAM', 'O']);
    expect(runImport('ner', ['weiboNER_2nd_conll.test'], { segpos: 'false' }, dir)[0]?.samples[0]?.sample.input).toBe('李0开1复2说0');
  });

  it('an unknown corpus asks for its licence; folders are refused', () => {
    const { dir, write } = tempDir();
    write('my_corpus.txt', '甲 B-ORG\n');
    const suite = runImport('ner', ['my_corpus.txt'], {}, dir)[0];
    expect(suite?.spec.id).toBe('ner-my-corpus');
    expect(suite?.spec.license).toMatch(/^Unknown: state it with --option license=/);
    expect(runImport('ner', ['my_corpus.txt'], { license: 'CC0-1.0' }, dir)[0]?.spec.license).toBe('CC0-1.0');
    expect(thrown(() => runImport('ner', ['.'], {}, dir)).message).toMatch(/is a folder; name the NER files/);
  });
});
