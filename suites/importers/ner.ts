import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { getEntities } from '../../scoring/metrics/ner.js';
import { SuiteError } from '../errors.js';
import { IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { booleanOption, checkOptionKeys, choiceOption, domainOption, encodingOption, splitOption } from './options.js';
import { readText, slug, splitLines } from './text.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

const OPTION_KEYS = ['target', 'segpos'] as const;

/** What pingce knows of the public corpora this reads (DATASETS.md §1.5); any other file: the user's licence. */
const CORPORA: readonly { readonly test: RegExp; readonly name: string; readonly license: string; readonly upstream: string }[] = [
  { test: /weibo/i, name: 'weibo', license: 'CC BY-SA 3.0 (Weibo NER annotations, hltcoe/golden-horse); messages under Weibo terms', upstream: 'Weibo NER, hltcoe/golden-horse data/weiboNER*' },
  { test: /msra/i, name: 'msra', license: 'No licence stated (MSRA NER, SIGHAN 2006 bakeoff data via OYE93/Chinese-NLP-Corpus) — research use; unclear', upstream: 'MSRA NER via OYE93/Chinese-NLP-Corpus NER/MSRA' },
  { test: /people'?s[ _-]?daily|example\.(test|dev|train)$/i, name: 'peoples-daily', license: "No licence stated (People's Daily NER via OYE93/Chinese-NLP-Corpus, from zjy-ucas/ChineseNER) — unclear", upstream: "People's Daily NER via OYE93/Chinese-NLP-Corpus NER/People's Daily" },
];

/** Readable names for the usual entity types, for the prompt. Weibo adds .NAM (named) / .NOM (nominal). */
const TYPE_NAMES: Readonly<Record<string, string>> = { PER: '人名', LOC: '地名', ORG: '机构名', GPE: '地缘政治实体（国家、城市等）' };

interface Sentence {
  readonly tokens: string[];
  readonly tags: string[];
  readonly line: number;
}

/**
 * CoNLL-style columns, one token a line, sentences separated by blank lines (the last may
 * lack one). Columns are tab-separated when the line has a tab (MSRA, Weibo), else
 * space-separated (People's Daily). `-DOCSTART-` lines are skipped.
 */
export function readSentences(text: string, file: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence | undefined;
  splitLines(text).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') {
      if (current) sentences.push(current);
      current = undefined;
      return;
    }
    // First column the token, last column the tag (CoNLL files may have more columns between).
    const fields = line.includes('\t') ? line.split('\t') : line.trimEnd().split(' ');
    const token = fields[0] ?? '';
    const tag = fields.length > 1 ? (fields.at(-1) ?? '').trim() : '';
    if (token.startsWith('-DOCSTART-')) return;
    if (token === '' || tag === '') throw new SuiteError({ file, line: index + 1 }, `expected "TOKEN<tab>TAG" or "TOKEN TAG", got ${JSON.stringify(line)}`);
    if (!/^(O|[BIESM]-.+|.+-[BIESM])$/.test(tag)) throw new SuiteError({ file, line: index + 1 }, `tag ${JSON.stringify(tag)} is not O or B-/I-/E-/S-/M-TYPE`);
    current ??= { tokens: [], tags: [], line: index + 1 };
    current.tokens.push(token);
    current.tags.push(tag);
  });
  if (current) sentences.push(current);
  return sentences;
}

/**
 * Weibo NER writes each character with its position in its word (`北0`, `京1`); inside a
 * long run such as a URL the position has two digits (`o10`, `d25`), and a broken emoji
 * is two U+FFFD before its digit. Detected when every token is text followed by digits;
 * `--option segpos=` forces it either way.
 */
function hasSegmentPositions(sentences: readonly Sentence[]): boolean {
  return sentences.length > 0 && sentences.every((sentence) => sentence.tokens.every((token) => /^.+[0-9]$/su.test(token)));
}

/**
 * Removes the positions: each is 0 (a new word) or the previous one plus 1, which tells
 * `11` (the digit 1 at position 1) from `o11` (the letter o at position 11).
 */
export function stripSegmentPositions(tokens: readonly string[]): string[] {
  let previous = -1;
  return tokens.map((token) => {
    for (const position of [previous + 1, 0]) {
      const suffix = String(position);
      if (token.length > suffix.length && token.endsWith(suffix)) {
        previous = position;
        return token.slice(0, -suffix.length);
      }
    }
    const digits = /[0-9]+$/.exec(token.slice(1))?.[0] ?? '';
    previous = Number(digits);
    return token.slice(0, token.length - digits.length);
  });
}

/** Entities as `{type, text}` in sentence order; BMES `M-` counts as inside, as I- does. */
export function entitiesOf(tokens: readonly string[], tags: readonly string[]): { type: string; text: string }[] {
  const normalised = tags.map((tag) => (tag.startsWith('M-') ? `I-${tag.slice(2)}` : tag));
  return getEntities(normalised).map((entity) => ({ type: entity.type, text: tokens.slice(entity.start, entity.end + 1).join('') }));
}

function typeList(types: readonly string[]): string {
  return types.map((type) => {
    const [base = type, kind] = type.split('.');
    const name = TYPE_NAMES[base];
    const detail = kind === 'NAM' ? '，专名' : kind === 'NOM' ? '，泛指' : '';
    return name === undefined ? type : `${type}（${name}${detail}）`;
  }).join('、');
}

function importFile(file: string, options: ImportOptions, root: string): ImportedSuite {
  const read = readSentences(readText(file, encodingOption(options)), file);
  const strip = options['segpos'] === undefined ? hasSegmentPositions(read) : booleanOption(options, 'segpos', false);
  const form = choiceOption(options, 'target', ['entities', 'tags'] as const, 'entities');
  const list = new SampleList();
  const types = new Set<string>();
  read.forEach((sentence, index) => {
    const tokens = strip ? stripSegmentPositions(sentence.tokens) : sentence.tokens;
    const entities = entitiesOf(tokens, sentence.tags);
    for (const entity of entities) types.add(entity.type);
    // Tags are kept whatever the target: they are the answer key exactly as the corpus gives it.
    const metadata = { tags: sentence.tags, ...(tokens.some((token) => [...token].length !== 1) ? { tokens } : {}) };
    list.add({ id: String(index), input: tokens.join(''), target: form === 'tags' ? sentence.tags : entities, metadata }, { file, line: sentence.line });
  });
  const known = CORPORA.find((corpus) => corpus.test.test(file));
  const stem = basename(file, extname(file)).replace(/\.(test|dev|train)$/i, '');
  const split = /(test|dev|train)/i.exec(basename(file))?.[1]?.toLowerCase();
  const name = known ? `${known.name}${/2nd/i.test(stem) ? '-2nd' : ''}` : slug(`${/^(example|test|dev|train)$/i.test(stem) ? `${basename(dirname(file))}-` : ''}${stem}`.replace(/_/g, '-'));
  const typeText = typeList([...types].sort());
  const template = form === 'tags'
    ? `对下面句子中的每个字标注命名实体标签（BIO 格式，实体类型：${typeText}）。按顺序输出每个字的标签，用空格隔开，标签数必须等于字数。\n\n{{input}}\n\n只输出标签序列。`
    : `找出下面句子中的所有命名实体。实体类型：${typeText}。\n\n{{input}}\n\n以 JSON 列表输出，每个实体写成 {"type": "类型", "text": "实体原文"}，按出现顺序；没有实体时输出 []。只输出 JSON。`;
  return {
    spec: {
      id: `ner-${name}${split && !name.includes(split) ? `-${split}` : ''}`,
      version: IMPORT_VERSION,
      title: `NER ${known?.name ?? stem}${split ? ` (${split})` : ''}`,
      description: `Chinese named-entity recognition: ${list.items.length} sentences, types ${[...types].sort().join(', ') || '(none)'}; target = ${form === 'tags' ? 'the tag sequence' : 'the entity list'}.`,
      domain: domainOption(options, 'chinese-nlp'),
      task: 'generation',
      license: options['license'] ?? known?.license ?? 'Unknown: state it with --option license=… (third-party data)',
      provenance: provenance({
        format: 'ner',
        upstream: known?.upstream ?? 'a CoNLL-style NER file (token and tag per line)',
        files: [file],
        root,
        notes: [`The gold tags are in metadata.tags${strip ? '; the segmentation-position digit after each character (Weibo) was removed from the text' : ''}.`, 'Corpus entity F1 (seqeval) comes from nerScores over the per-item pairs; the item score is ner-f1.'],
      }),
      prompt: { template },
      scorers: ['ner-f1'],
    },
    samples: list.items,
    exemplars: [],
    sources: [file],
  };
}

export const nerImporter: Importer = {
  id: 'ner',
  summary: 'NER, CoNLL style: BIO/BIOES tags, tab- or space-separated, Weibo char+digit tokens; target entities (default) or tags',
  optionKeys: OPTION_KEYS,
  run(paths, options) {
    checkOptionKeys('ner', options, OPTION_KEYS);
    splitOption(options, ['test', 'dev', 'val'], 'test');
    const root = importRoot(paths);
    for (const path of paths) {
      if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file: ${path}`);
      if (statSync(path).isDirectory()) throw new UsageError('USAGE', `${path} is a folder; name the NER files themselves (their names vary by corpus)`);
    }
    return paths.map((file) => importFile(file, options, root));
  },
};
