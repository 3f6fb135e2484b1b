import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { SuiteError } from '../errors.js';
import { IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { checkOptionKeys, domainOption, encodingOption, splitOption } from './options.js';
import { readText, splitLines, type Encoding } from './text.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

const LICENSE = 'Non-commercial research use only (SIGHAN 2005 Bakeoff icwb2-data: "available for non-commercial use")';
const UPSTREAM = 'SIGHAN 2005 Second International Chinese Word Segmentation Bakeoff, icwb2-data (gold/<corpus>_test_gold.*, testing/<corpus>_test.*)';
const TEMPLATE = '请对下面的句子进行中文分词：词与词之间用一个空格隔开，不要改动、增加或删除任何字符。\n\n{{input}}\n\n只输出分词结果。';

/**
 * The `.txt` twins of the `.utf8` files are in each corpus's legacy encoding: CP936
 * (GBK) for the mainland corpora, Big5 for Academia Sinica, Big5-HKSCS for City
 * University (WHATWG's "big5" decoder includes HKSCS).
 */
const LEGACY: Readonly<Record<string, Encoding>> = { pku: 'gbk', msr: 'gbk', as: 'big5', cityu: 'big5' };

interface Pair {
  readonly corpus: string;
  readonly gold: string;
  readonly test?: string;
}

/** A gold file and, when it exists, its line-aligned raw test file (`gold/x_test_gold.utf8` ↔ `testing/x_test.utf8`). */
function pairFor(gold: string): Pair {
  const extension = extname(gold);
  const corpus = basename(gold, extension).replace(/_test_gold$/i, '').replace(/_gold$/i, '');
  const candidates = [join(dirname(dirname(gold)), 'testing', `${corpus}_test${extension}`), join(dirname(gold), `${corpus}_test${extension}`)];
  const test = candidates.find((file) => existsSync(file) && file !== gold);
  return test === undefined ? { corpus, gold } : { corpus, gold, test };
}

/** A gold file; or a folder's `gold/*_test_gold.*`, preferring `.utf8` over the legacy `.txt`. */
function findPairs(path: string): Pair[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [pairFor(path)];
  const goldDir = existsSync(join(path, 'gold')) ? join(path, 'gold') : path;
  const names = readdirSync(goldDir).filter((name) => /_test_gold\.(utf8|txt)$/i.test(name));
  const byCorpus = new Map<string, string>();
  for (const name of names.sort()) {
    const corpus = name.replace(/_test_gold\.(utf8|txt)$/i, '');
    if (!byCorpus.has(corpus) || name.toLowerCase().endsWith('.utf8')) byCorpus.set(corpus, name);
  }
  if (byCorpus.size === 0) throw new UsageError('IMPORT_NOT_FOUND', `no *_test_gold.utf8 or *_test_gold.txt files in ${goldDir}`);
  return [...byCorpus.values()].map((name) => pairFor(join(goldDir, name)));
}

function encodingFor(file: string, corpus: string, options: ImportOptions): Encoding {
  const chosen = encodingOption(options);
  if (chosen !== 'auto' || extname(file).toLowerCase() !== '.txt') return chosen;
  const legacy = LEGACY[corpus.toLowerCase()];
  if (legacy === undefined) throw new UsageError('USAGE', `${file}: the encoding of a .txt file of corpus "${corpus}" is not known; pass --option encoding=gbk|big5|utf-8`);
  return legacy;
}

/** Gold words: the bakeoff separates them by (two) spaces; the scorer's split also treats U+3000 as a blank. */
const words = (line: string) => line.split(/\s+/).filter((word) => word !== '');

function importPair(pair: Pair, options: ImportOptions, root: string): ImportedSuite {
  const goldLines = splitLines(readText(pair.gold, encodingFor(pair.gold, pair.corpus, options)));
  const testLines = pair.test === undefined ? undefined : splitLines(readText(pair.test, encodingFor(pair.test, pair.corpus, options)));
  if (testLines && testLines.length !== goldLines.length) {
    throw new SuiteError({ file: pair.test ?? pair.gold, line: Math.min(testLines.length, goldLines.length) + 1 }, `${testLines.length} lines here but ${goldLines.length} in ${pair.gold}; gold and test files must be line-aligned`);
  }
  const list = new SampleList();
  goldLines.forEach((line, index) => {
    const gold = words(line);
    const raw = testLines?.[index]?.trim() ?? gold.join('');
    const at = { file: pair.gold, line: index + 1 };
    // The scoring script skips lines without gold words; so does the import.
    if (gold.length === 0 && raw === '') return;
    if (gold.join('') !== raw.replace(/\s+/g, '')) throw new SuiteError(at, `the gold words do not spell line ${index + 1} of ${pair.test ?? 'the test file'}`);
    list.add({ id: String(index + 1), input: raw, target: gold }, at);
  });
  const sources = pair.test === undefined ? [pair.gold] : [pair.gold, pair.test];
  return {
    spec: {
      id: `sighan2005-${pair.corpus.toLowerCase()}-test`,
      version: IMPORT_VERSION,
      title: `SIGHAN 2005 word segmentation: ${pair.corpus} test`,
      description: `SIGHAN 2005 bakeoff, ${pair.corpus} corpus: ${list.items.length} sentences; target = the gold words. Corpus P/R/F (as the bakeoff's score script) come from segmentationScore over the per-item pairs.`,
      domain: domainOption(options, 'chinese-nlp'),
      task: 'generation',
      license: options['license'] ?? LICENSE,
      provenance: provenance({
        format: 'sighan2005',
        upstream: UPSTREAM,
        files: sources,
        root,
        notes: [pair.test === undefined ? 'No raw test file beside the gold file: the input is the gold words joined.' : 'Input = the raw test line, paired with the gold line of the same number (sample id = line number).'],
      }),
      prompt: { template: TEMPLATE },
      scorers: ['segmentation-f1'],
    },
    samples: list.items,
    exemplars: [],
    sources,
  };
}

export const sighanImporter: Importer = {
  id: 'sighan2005',
  summary: 'SIGHAN 2005 word segmentation: gold (+ raw test) line files, two-space separated, .utf8 or legacy .txt (GBK/Big5)',
  optionKeys: [],
  run(paths, options) {
    checkOptionKeys('sighan2005', options, []);
    splitOption(options, ['test'], 'test');
    const root = importRoot(paths);
    return paths.flatMap(findPairs).map((pair) => importPair(pair, options, root));
  },
};
