import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { SuiteError } from '../errors.js';
import { CHOICE_LETTERS } from '../render.js';
import { answerLetters, CHOICE_SCORERS, compact, IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { isRecord, parseLocatedJson, type LocatedJson } from './json.js';
import { checkOptionKeys, domainOption, encodingOption, splitOption } from './options.js';
import { readText, slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions, SourcePlace } from './types.js';

const LICENSE = 'Apache-2.0 (CMB, FreedomIntelligence/CMB)';
const UPSTREAM = 'CMB (CMB-Exam), FreedomIntelligence/CMB data/CMB.zip + data/CMB-test-choice-answer.json';
const OPTION_KEYS = ['answers'] as const;
const META_KEYS = ['exam_type', 'exam_class', 'exam_subject', 'question_type'] as const;
const FULL_TEMPLATE = '以下是中国{{metadata.exam_type}}中{{metadata.exam_class}}考试的一道{{metadata.question_type}}，请选出其中所有正确的选项。\n\n{{input}}\n{{choices}}\n\n只回答正确选项的字母；有多个正确选项时写出全部字母（如 ABD）。';
const PLAIN_TEMPLATE = '以下是中国医学考试的一道选择题，请选出其中所有正确的选项。\n\n{{input}}\n{{choices}}\n\n只回答正确选项的字母；有多个正确选项时写出全部字母（如 ABD）。';

interface Parsed {
  readonly file: string;
  readonly json: LocatedJson;
  readonly items: readonly unknown[];
}

function parse(file: string, options: ImportOptions): Parsed {
  const json = parseLocatedJson(readText(file, encodingOption(options)), file);
  if (!Array.isArray(json.value)) throw new SuiteError({ file, line: 1 }, 'expected a JSON array of questions');
  return { file, json, items: json.value };
}

/** An answer key holds ids and answers but no questions (`CMB-test-choice-answer.json`). */
const isAnswerKey = (parsed: Parsed) => parsed.items.length > 0 && parsed.items.every((item) => isRecord(item) && 'answer' in item && 'id' in item && !('question' in item));

function answerKey(parsed: Parsed): Map<string, { answer: string; at: SourcePlace }> {
  const key = new Map<string, { answer: string; at: SourcePlace }>();
  for (const item of parsed.items) {
    const at = { file: parsed.file, line: parsed.json.lineOf(item) ?? 1 };
    if (!isRecord(item) || typeof item['answer'] !== 'string') throw new SuiteError(at, 'an answer-key entry needs "id" and "answer"');
    key.set(String(item['id']), { answer: item['answer'], at });
  }
  return key;
}

/** The option dict in letter order; empty trailing options (a 4-option item in an A–E dict) are dropped. */
function choicesOf(option: unknown, at: SourcePlace): string[] {
  if (!isRecord(option)) throw new SuiteError(at, 'missing "option": an object of option letters to texts');
  const choices: string[] = [];
  for (const letter of CHOICE_LETTERS) {
    const text = option[letter];
    if (text === undefined) break;
    if (typeof text !== 'string') throw new SuiteError(at, `option ${letter} is not text`);
    choices.push(text);
  }
  const extra = Object.keys(option).filter((letter) => !CHOICE_LETTERS.slice(0, choices.length).includes(letter));
  if (extra.length > 0) throw new SuiteError(at, `option letters ${extra.join(', ')} do not follow A, B, C… without a gap`);
  while (choices.length > 2 && (choices.at(-1) ?? '').trim() === '') choices.pop();
  return choices;
}

function importFile(parsed: Parsed, key: Map<string, { answer: string; at: SourcePlace }> | undefined, keyFile: string | undefined, options: ImportOptions, root: string): ImportedSuite {
  const list = new SampleList();
  let multi = 0;
  parsed.items.forEach((item, index) => {
    const at = { file: parsed.file, line: parsed.json.lineOf(item) ?? 1 };
    if (!isRecord(item) || typeof item['question'] !== 'string') throw new SuiteError(at, 'each item needs "question"');
    const choices = choicesOf(item['option'], at);
    const id = String(item['id'] ?? index);
    const inline = typeof item['answer'] === 'string' && item['answer'].trim() !== '' ? { answer: item['answer'], at } : undefined;
    const keyed = key?.get(id);
    if (key && !keyed && !inline) throw new SuiteError(at, `question ${id} has no answer in ${keyFile}`);
    const found = inline ?? keyed;
    const target = found === undefined ? undefined : answerLetters(found.answer, choices.length, found.at);
    if (target !== undefined && target.length > 1) multi += 1;
    const metadata = compact(Object.fromEntries(META_KEYS.map((name) => [name, typeof item[name] === 'string' && item[name] !== '' ? item[name] : undefined])));
    const explanation = typeof item['explanation'] === 'string' && item['explanation'] !== '' ? item['explanation'] : undefined;
    list.add(compact({ id, input: item['question'], choices, target, category: typeof item['exam_class'] === 'string' && item['exam_class'] !== '' ? item['exam_class'] : undefined, metadata: compact({ ...metadata, explanation }) }), at);
  });
  const full = list.items.every((entry) => META_KEYS.every((name) => name === 'exam_subject' || entry.sample.metadata?.[name] !== undefined));
  const labelled = list.items.some((entry) => entry.sample.target !== undefined);
  const stem = basename(parsed.file).replace(/\.json$/i, '');
  const sources = keyFile === undefined ? [parsed.file] : [parsed.file, keyFile];
  return {
    spec: {
      id: `cmb-${slug(stem.replace(/^cmb[-_]?/i, '').replace(/_/g, '-')) || 'exam'}`,
      version: IMPORT_VERSION,
      title: `CMB-Exam ${stem}`,
      description: `CMB medical exam questions: ${list.items.length} items, ${multi} with several correct options${labelled ? '' : ', unlabelled'}.`,
      domain: domainOption(options, 'healthcare'),
      task: 'multiple-choice',
      license: options['license'] ?? LICENSE,
      provenance: provenance({
        format: 'cmb',
        upstream: UPSTREAM,
        files: sources,
        root,
        notes: [
          'Multi-answer items (多项选择题) have several target letters and are graded as a set.',
          keyFile ? 'Answers joined from the answer key by id.' : '',
          labelled ? '' : 'No answers: items are unlabelled, sent but not scored.',
        ],
      }),
      prompt: { template: full ? FULL_TEMPLATE : PLAIN_TEMPLATE },
      scorers: [...CHOICE_SCORERS],
    },
    samples: list.items,
    exemplars: [],
    sources,
  };
}

function jsonFiles(path: string): string[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((name) => name.toLowerCase().endsWith('.json')).sort().map((name) => join(path, name));
}

export const cmbImporter: Importer = {
  id: 'cmb',
  summary: 'CMB-Exam JSON: options as a dict, single- and multi-answer (ABD); answers inline or in a key file joined by id',
  optionKeys: OPTION_KEYS,
  run(paths, options) {
    checkOptionKeys('cmb', options, OPTION_KEYS);
    splitOption(options, ['test', 'val', 'dev'], 'test');
    const parsed = paths.flatMap(jsonFiles).map((file) => parse(file, options));
    const explicit = options['answers'] === undefined ? undefined : parse(options['answers'], options);
    const keys = explicit ? [explicit] : parsed.filter(isAnswerKey);
    if (keys.length > 1) throw new UsageError('USAGE', `several answer keys (${keys.map((entry) => entry.file).join(', ')}); name one with --option answers=FILE`);
    const keyFile = keys[0];
    const key = keyFile === undefined ? undefined : answerKey(keyFile);
    const questions = parsed.filter((entry) => !isAnswerKey(entry) && entry.file !== keyFile?.file);
    if (questions.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `no CMB question files in ${paths.join(', ')}`);
    const root = importRoot(paths);
    return questions.map((entry) => importFile(entry, key, keyFile?.file, options, root));
  },
};
