import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { SuiteError } from '../errors.js';
import { compact, IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { isRecord, parseLocatedJson, type LocatedJson } from './json.js';
import { checkOptionKeys, domainOption, encodingOption, splitOption } from './options.js';
import { readText, slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions, Split } from './types.js';

const LICENSE = 'CC BY-SA 4.0 (CMRC 2018, ymcui/cmrc2018) — share-alike';
const UPSTREAM = 'CMRC 2018, ymcui/cmrc2018 data/cmrc2018_*.json (CMRC layout) or squad-style-data/ (SQuAD v1 layout)';
const TEMPLATE = '阅读下面的文章，然后回答问题。答案是文章中的一个连续片段。\n\n文章：{{metadata.context}}\n\n问题：{{input}}\n\n只输出答案片段，不要解释。';

/** Counts of the reference offsets: scoring is by text, but odd offsets are worth knowing about. */
export interface OffsetCounts {
  minusOne: number;
  misplaced: number;
}

/**
 * Whether `text` sits at `start` in `context`, counting **code points** as the CMRC data
 * (written by Python) does; a JS string index counts UTF-16 units, which differ after
 * any astral character (DEV_101 and DEV_110 hold CJK Extension B characters).
 */
export function spanAt(codePoints: readonly string[], start: number, text: string): boolean {
  const length = Array.from(text).length;
  return start >= 0 && codePoints.slice(start, start + length).join('') === text;
}

interface Question {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly starts?: readonly number[];
  /** References that are not text (a number in CMRC's own layout). */
  readonly dropped?: readonly unknown[];
  readonly line: number;
}

interface Passage {
  readonly id: string;
  readonly title?: string;
  readonly context: string;
  readonly questions: readonly Question[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Both layouts into one shape: SQuAD `{data:[{paragraphs:[{context, qas}]}]}` and CMRC `[{context_text, qas}]`. */
function passages(json: LocatedJson, file: string): { layout: 'squad' | 'cmrc'; passages: Passage[] } {
  const fail = (node: unknown, message: string): never => {
    throw new SuiteError({ file, line: json.lineOf(node) ?? 1 }, message);
  };
  const question = (qa: unknown, squad: boolean): Question => {
    if (!isRecord(qa)) return fail(qa, 'a question must be an object');
    const id = text(squad ? qa['id'] : qa['query_id']);
    const query = text(squad ? qa['question'] : qa['query_text']);
    if (id === undefined || query === undefined) return fail(qa, `a question needs ${squad ? '"id" and "question"' : '"query_id" and "query_text"'}`);
    const raw = Array.isArray(qa['answers']) ? qa['answers'] : [];
    const texts = raw.map((answer) => (squad ? (isRecord(answer) ? answer['text'] : undefined) : answer));
    // CMRC's own layout has a few non-text references (DEV_10_QUERY_2: 39764.0, a spreadsheet date): kept aside, never a target.
    const answers = texts.filter((answer): answer is string => typeof answer === 'string');
    const dropped = texts.filter((answer) => typeof answer !== 'string');
    const starts = squad ? raw.map((answer) => (isRecord(answer) && typeof answer['answer_start'] === 'number' ? answer['answer_start'] : -1)) : undefined;
    return compact({ id, question: query, answers, dropped: dropped.length > 0 ? dropped : undefined, starts: dropped.length > 0 ? undefined : starts, line: json.lineOf(qa) ?? 1 });
  };
  if (isRecord(json.value) && Array.isArray(json.value['data'])) {
    const result: Passage[] = [];
    for (const article of json.value['data']) {
      if (!isRecord(article) || !Array.isArray(article['paragraphs'])) return fail(article, 'an article needs "paragraphs"');
      for (const paragraph of article['paragraphs']) {
        if (!isRecord(paragraph) || typeof paragraph['context'] !== 'string' || !Array.isArray(paragraph['qas'])) return fail(paragraph, 'a paragraph needs "context" and "qas"');
        const qas = paragraph['qas'];
        result.push(compact({ id: text(paragraph['id']) ?? '', title: text(article['title']) || undefined, context: paragraph['context'], questions: qas.map((qa) => question(qa, true)) }));
      }
    }
    return { layout: 'squad', passages: result };
  }
  if (Array.isArray(json.value)) {
    return {
      layout: 'cmrc',
      passages: json.value.map((entry) => {
        if (!isRecord(entry) || typeof entry['context_text'] !== 'string' || !Array.isArray(entry['qas'])) return fail(entry, 'a context needs "context_text" and "qas"');
        const qas = entry['qas'];
        return compact({ id: text(entry['context_id']) ?? '', title: text(entry['title']) || undefined, context: entry['context_text'], questions: qas.map((qa) => question(qa, false)) });
      }),
    };
  }
  return fail(json.value, 'neither the SQuAD layout ({"data": [...]}) nor the CMRC layout ([{"context_text": …}])');
}

function importFile(file: string, options: ImportOptions, root: string): ImportedSuite {
  const json = parseLocatedJson(readText(file, encodingOption(options)), file);
  const { layout, passages: read } = passages(json, file);
  const list = new SampleList();
  const offsets: OffsetCounts = { minusOne: 0, misplaced: 0 };
  let unlabelled = 0;
  let dropped = 0;
  for (const passage of read) {
    const codePoints = Array.from(passage.context);
    for (const question of passage.questions) {
      question.starts?.forEach((start, index) => {
        if (start === -1) offsets.minusOne += 1;
        else if (!spanAt(codePoints, start, question.answers[index] ?? '')) offsets.misplaced += 1;
      });
      if (question.answers.length === 0) unlabelled += 1;
      dropped += question.dropped?.length ?? 0;
      const metadata = compact({ context: passage.context, contextId: passage.id || undefined, title: passage.title, answerStarts: question.starts, nonTextAnswers: question.dropped });
      list.add(compact({ id: question.id, input: question.question, target: question.answers.length > 0 ? [...question.answers] : undefined, metadata }), { file, line: question.line });
    }
  }
  const stem = basename(file).replace(/\.json$/i, '').replace(/^cmrc2018[_-]?/i, '') || 'data';
  const notes = [
    'target = every reference answer (CMRC dev gives 3, repeats kept); scored by text with the CMRC 2018 EM/F1, never by offset.',
    layout === 'squad' ? `Offsets (answer_start, code points) kept in metadata.answerStarts: ${offsets.minusOne} are -1 and ${offsets.misplaced} do not point at their answer text.` : '',
    unlabelled > 0 ? `${unlabelled} questions have no answers: unlabelled, sent but not scored.` : '',
    dropped > 0 ? `Non-text references (e.g. a number) left out of the targets and kept in metadata.nonTextAnswers: ${dropped}.` : '',
  ];
  return {
    spec: {
      id: `cmrc2018-${layout === 'squad' ? 'squad-' : ''}${slug(stem.replace(/_/g, '-'))}`,
      version: IMPORT_VERSION,
      title: `CMRC 2018 ${stem} (${layout === 'squad' ? 'SQuAD layout' : 'CMRC layout'})`,
      description: `CMRC 2018 span-extraction reading comprehension: ${list.items.length} questions over ${read.length} passages.`,
      domain: domainOption(options, 'chinese-nlp'),
      task: 'short-answer',
      license: options['license'] ?? LICENSE,
      provenance: provenance({ format: 'cmrc2018', upstream: UPSTREAM, files: [file], root, notes }),
      prompt: { template: TEMPLATE },
      scorers: ['cmrc-em', 'cmrc-f1'],
    },
    samples: list.items,
    exemplars: [],
    sources: [file],
  };
}

/** A file, or the `cmrc2018_<split>.json` files below a folder (both layouts, two levels deep). */
function files(path: string, split: Split): string[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  const name = `cmrc2018_${split === 'val' ? 'dev' : split}.json`;
  const found = [path, ...readdirSync(path).map((entry) => join(path, entry)).filter((entry) => statSync(entry).isDirectory())]
    .map((dir) => join(dir, name))
    .filter((file) => existsSync(file))
    .sort();
  if (found.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `no ${name} in ${path} or its sub-folders`);
  return found;
}

export const cmrcImporter: Importer = {
  id: 'cmrc2018',
  summary: 'CMRC 2018: span extraction, CMRC or SQuAD v1 layout; all references kept; scorers cmrc-em, cmrc-f1',
  optionKeys: [],
  run(paths, options) {
    checkOptionKeys('cmrc2018', options, []);
    const split = splitOption(options, ['dev', 'val', 'test'], 'dev');
    const root = importRoot(paths);
    return paths.flatMap((path) => files(path, split)).map((file) => importFile(file, options, root));
  },
};
