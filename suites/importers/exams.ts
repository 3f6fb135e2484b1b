import { UsageError } from '../../common/errors.js';
import type { Domain } from '../types.js';
import { CHOICE_SCORERS, guessDomain, IMPORT_VERSION, importRoot, provenance } from './common.js';
import { findExamFiles, type ExamFile, type ExamLayout } from './exam-layout.js';
import { readExamTable } from './exam-table.js';
import { booleanOption, checkOptionKeys, domainOption, encodingOption, integerOption, splitOption } from './options.js';
import { slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions, Split } from './types.js';

/** An exam benchmark of per-subject CSVs with letter answers (DATASETS.md §1.1, §1.3). */
interface ExamFormat {
  readonly id: string;
  readonly name: string;
  readonly license: string;
  readonly upstream: string;
  readonly header: boolean;
  readonly language: 'zh' | 'en';
  readonly defaultSplit: Split;
  readonly layout: ExamLayout;
  readonly domain?: Domain;
  readonly notes?: (split: Split) => readonly string[];
}

const suffixed = (split: Split) => [`_${split}`];
const plain = () => [''];
const sameName = (split: Split) => [split];

const FORMATS: readonly ExamFormat[] = [
  {
    id: 'ceval',
    name: 'C-Eval',
    license: 'CC BY-NC-SA 4.0 (C-Eval, hkust-nlp/ceval LICENSE-DATA) — non-commercial, share-alike',
    upstream: 'C-Eval, hkust-nlp/ceval; data: Hugging Face ceval/ceval-exam (ceval-exam.zip)',
    header: true,
    language: 'zh',
    defaultSplit: 'val',
    layout: { splits: ['val', 'test', 'dev'], splitDirs: sameName, suffixes: suffixed },
    notes: (split) => (split === 'test' ? ['C-Eval withholds test answers (leaderboard): the items are unlabelled, sent but not scored.'] : []),
  },
  {
    id: 'cmmlu',
    name: 'CMMLU',
    license: 'CC BY-NC-SA 4.0 (CMMLU, haonan-li/CMMLU) — non-commercial, share-alike',
    upstream: 'CMMLU, haonan-li/CMMLU data/{dev,test}/<subject>.csv',
    header: true,
    language: 'zh',
    defaultSplit: 'test',
    layout: { splits: ['test', 'dev'], splitDirs: sameName, suffixes: plain },
  },
  {
    id: 'mmlu',
    name: 'MMLU',
    license: 'MIT (MMLU, hendrycks/test)',
    upstream: 'MMLU, hendrycks/test data/{dev,val,test}/<subject>_<split>.csv (no header row)',
    header: false,
    language: 'en',
    defaultSplit: 'test',
    layout: { splits: ['test', 'val', 'dev'], splitDirs: sameName, suffixes: suffixed },
  },
  {
    id: 'fineval',
    name: 'FinEval',
    license: 'Apache-2.0 (FinEval, SUFE-AIFLM-Lab/FinEval)',
    upstream: 'FinEval 1.0, SUFE-AIFLM-Lab/FinEval; data: Hugging Face SUFE-AIFLM-Lab/FinEval (FinEval.zip)',
    header: true,
    language: 'zh',
    defaultSplit: 'val',
    domain: 'finance',
    layout: {
      splits: ['val', 'test', 'dev'],
      splitDirs: (split) => (split === 'test' ? ['test', 'test_20%'] : [split]),
      suffixes: (split) => (split === 'test' ? ['_test', '_test_selected'] : [`_${split}`]),
    },
    notes: (split) => (split === 'val' ? ["FinEval's git val/ folder (3,340 items) matches the official test size: these are labelled test items."] : []),
  },
  {
    id: 'financeiq',
    name: 'FinanceIQ',
    license: 'CC BY-NC-SA 4.0 (FinanceIQ, Duxiaoman-DI/XuanYuan) — non-commercial, share-alike',
    upstream: 'FinanceIQ, Duxiaoman-DI/XuanYuan FinanceIQ/data/{dev,test}/<科目>.csv',
    header: true,
    language: 'zh',
    defaultSplit: 'test',
    domain: 'finance',
    layout: { splits: ['test', 'dev'], splitDirs: sameName, suffixes: plain },
  },
];

function template(format: ExamFormat, subject: string): string {
  const label = subject.replace(/_/g, ' ');
  if (format.language === 'en') return `The following is a multiple choice question about ${label}.\n\n{{input}}\n{{choices}}\n\nAnswer with the letter of the correct option only.`;
  return `以下是中国关于“${label}”考试的单项选择题，请选出其中的正确答案。\n\n{{input}}\n{{choices}}\n\n只回答正确选项的字母。`;
}

function cotAnswerTemplate(format: ExamFormat): string {
  return format.language === 'en' ? '{{metadata.explanation}}\nAnswer: {{target}}' : '{{metadata.explanation}}\n答案：{{target}}';
}

function importExamFile(format: ExamFormat, entry: ExamFile, options: ImportOptions, root: string): ImportedSuite {
  const encoding = encodingOption(options);
  const table = readExamTable(entry.file, { header: format.header, encoding, category: entry.subject });
  const dev = entry.devFile === undefined ? undefined : readExamTable(entry.devFile, { header: format.header, encoding, category: entry.subject });
  if (dev && !dev.labelled) throw new UsageError('USAGE', `${entry.devFile} has no answer column, so it cannot give few-shot exemplars`);
  const k = Math.min(integerOption(options, 'k', 5, 0, 64), dev?.samples.length ?? 0);
  const cot = booleanOption(options, 'cot', false);
  if (cot && (!dev || k === 0)) throw new UsageError('USAGE', `option cot needs few-shot exemplars, but ${entry.file} has no dev file beside it`);
  if (cot && dev && dev.samples.slice(0, k).some((exemplar) => exemplar.sample.metadata?.['explanation'] === undefined)) {
    throw new UsageError('USAGE', `option cot needs an explanation for each of the first ${k} exemplars in ${entry.devFile}`);
  }
  const files = [entry.file, ...(dev && k > 0 && entry.devFile ? [entry.devFile] : [])];
  const count = table.samples.length;
  return {
    spec: {
      id: `${format.id}-${slug(entry.subject)}-${entry.split}`,
      version: IMPORT_VERSION,
      title: `${format.name} ${entry.subject} (${entry.split})`,
      description: `${format.name} subject "${entry.subject}", ${entry.split} split: ${count} items${table.labelled ? '' : ', unlabelled (no answers)'}${k > 0 ? `, ${k}-shot from dev` : ''}.`,
      domain: domainOption(options, format.domain ?? guessDomain(entry.subject)),
      task: 'multiple-choice',
      license: options['license'] ?? format.license,
      provenance: provenance({
        format: format.id,
        upstream: format.upstream,
        files,
        root,
        notes: [
          ...(format.notes?.(entry.split) ?? []),
          ...(k > 0 ? [`Few-shot exemplars: the first ${k} dev items${dev?.hasExplanations ? ' (with explanations in metadata.explanation)' : ''}; never scored.`] : []),
        ],
      }),
      prompt: { template: template(format, entry.subject) },
      ...(k > 0 ? { fewShot: cot ? { k, answerTemplate: cotAnswerTemplate(format) } : { k } } : {}),
      scorers: [...CHOICE_SCORERS],
    },
    samples: table.samples,
    exemplars: k > 0 ? (dev?.samples ?? []) : [],
    sources: files,
  };
}

const EXAM_OPTION_KEYS = ['k', 'cot'] as const;

function examImporter(format: ExamFormat): Importer {
  return {
    id: format.id,
    summary: `${format.name}: per-subject CSV (${format.header ? 'header' : 'no header'}), splits ${format.layout.splits.join('/')}, default ${format.defaultSplit}; few-shot from dev`,
    optionKeys: EXAM_OPTION_KEYS,
    run(paths, options) {
      checkOptionKeys(format.id, options, EXAM_OPTION_KEYS);
      const split = splitOption(options, format.layout.splits, format.defaultSplit);
      const root = importRoot(paths);
      return paths.flatMap((path) => findExamFiles(path, format.layout, split, options['split'] !== undefined)).map((entry) => importExamFile(format, entry, options, root));
    },
  };
}

export const examImporters: readonly Importer[] = FORMATS.map(examImporter);
