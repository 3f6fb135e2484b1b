import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import { didYouMean } from '../../common/did-you-mean.js';
import { SuiteError } from '../errors.js';
import { IMPORT_VERSION, importRoot, provenance, SampleList } from './common.js';
import { CLUE_SPECS, CLUE_TASKS, detectTask, type ClueLabel, type ClueTask } from './clue-tasks.js';
import { isRecord, parseJsonLines } from './json.js';
import { checkOptionKeys, domainOption, encodingOption, splitOption } from './options.js';
import { readText, slug } from './text.js';
import type { ImportedSuite, Importer, ImportOptions, Split } from './types.js';

const LICENSE = 'No licence stated (CLUE / FewCLUE: "License: 正在添加中") — treat as research use only';
const UPSTREAM = 'CLUE benchmark tasks as released in CLUEbenchmark/FewCLUE datasets/<task>/ (JSON lines) or CLUEbenchmark/CLUE downloads';
const OPTION_KEYS = ['task', 'labels'] as const;

/** Folder names of the tasks in FewCLUE and in the CLUE downloads. */
const FOLDER_TASKS: Readonly<Record<string, ClueTask>> = {
  tnews: 'tnews', tnews_public: 'tnews', iflytek: 'iflytek', iflytek_public: 'iflytek', ocnli: 'ocnli', ocnli_public: 'ocnli',
  cluewsc: 'cluewsc', cluewsc2020: 'cluewsc', cluewsc2020_public: 'cluewsc', csl: 'csl', csl_public: 'csl',
};

/** The file of a split in a task folder: FewCLUE's labelled `test_public.json` before the unlabelled `test.json`. */
const SPLIT_FILES: Readonly<Record<Split, readonly string[]>> = {
  test: ['test_public.json', 'test.json'],
  dev: ['dev.json', 'dev_few_all.json'],
  val: ['dev.json', 'dev_few_all.json'],
};

/** Label maps: FewCLUE tnews `label_index2en2zh.json`, CLUE `labels.json`. */
const LABEL_FILES = ['label_index2en2zh.json', 'labels.json'];

function taskFiles(path: string, split: Split): string[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  const pick = (dir: string) => SPLIT_FILES[split].map((name) => join(dir, name)).find((file) => existsSync(file));
  const own = pick(path);
  if (own) return [own];
  // A datasets root: every task folder in it.
  const found = readdirSync(path)
    .filter((name) => FOLDER_TASKS[name.toLowerCase()] !== undefined && statSync(join(path, name)).isDirectory())
    .sort()
    .map((name) => pick(join(path, name)))
    .filter((file): file is string => file !== undefined);
  if (found.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `no ${SPLIT_FILES[split].join(' or ')} in ${path} or in task folders below it (${CLUE_TASKS.join(', ')})`);
  return found;
}

function readLabels(file: string | undefined, options: ImportOptions): Map<string, ClueLabel> {
  const labels = new Map<string, ClueLabel>();
  if (file === undefined) return labels;
  for (const { value, line } of parseJsonLines(readText(file, encodingOption(options)), file)) {
    if (!isRecord(value)) throw new SuiteError({ file, line }, 'a label entry must be an object');
    const code = value['label'];
    const name = [value['label_zh'], value['label_desc'], value['label_des']].find((entry): entry is string => typeof entry === 'string' && entry !== '');
    if ((typeof code !== 'string' && typeof code !== 'number') || name === undefined) throw new SuiteError({ file, line }, 'a label entry needs "label" and a name (label_zh, label_desc or label_des)');
    labels.set(String(code), { code: String(code), name });
  }
  return labels;
}

function taskOf(file: string, first: unknown, options: ImportOptions): ClueTask {
  const named = options['task'];
  if (named !== undefined) {
    const task = CLUE_TASKS.find((candidate) => candidate === named);
    if (!task) throw new UsageError('USAGE', `option task must be one of ${CLUE_TASKS.join(', ')}, not "${named}"${didYouMean(named, CLUE_TASKS)}`);
    return task;
  }
  const task = FOLDER_TASKS[basename(dirname(file)).toLowerCase()] ?? detectTask(first);
  if (task === undefined) throw new SuiteError({ file, line: 1 }, `cannot tell which CLUE task this is; pass --option task=${CLUE_TASKS.join('|')}`);
  return task;
}

function importFile(file: string, options: ImportOptions, root: string): ImportedSuite {
  const rows = parseJsonLines(readText(file, encodingOption(options)), file);
  const task = taskOf(file, rows[0]?.value, options);
  const spec = CLUE_SPECS[task];
  const labelFile = options['labels'] ?? LABEL_FILES.map((name) => join(dirname(file), name)).find((candidate) => existsSync(candidate));
  const labels = spec.task === 'classification' ? readLabels(labelFile, options) : new Map<string, ClueLabel>();
  const list = new SampleList();
  const seenClasses = new Map<string, string>();
  let skipped = 0;
  rows.forEach(({ value, line }, index) => {
    const at = { file, line };
    if (!isRecord(value)) throw new SuiteError(at, 'each line must be a JSON object');
    const built = spec.sample(value, at, labels);
    if (built === 'skip') {
      skipped += 1;
      return;
    }
    const id = value['id'] ?? value['idx'] ?? index;
    if (typeof built.target === 'string' && spec.task === 'classification') seenClasses.set(String(value['label']), built.target);
    list.add({ id: String(id), ...built }, at);
  });
  const classes = labels.size > 0 ? [...labels.values()].map((label) => label.name) : [...seenClasses.entries()].sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b)).map(([, name]) => name);
  if (spec.task === 'classification' && classes.length === 0) throw new SuiteError({ file }, `no labels in the file and no label map beside it (${LABEL_FILES.join(' or ')}); pass --option labels=FILE`);
  const labelled = list.items.some((item) => item.sample.target !== undefined);
  const stem = basename(file).replace(/\.jsonl?$/i, '');
  const usedLabels = labelFile !== undefined && labels.size > 0;
  const sources = usedLabels && labelFile ? [file, labelFile] : [file];
  return {
    spec: {
      id: `clue-${task}-${slug(stem.replace(/_/g, '-'))}`,
      version: IMPORT_VERSION,
      title: `CLUE ${spec.title} (${stem})`,
      description: `${spec.title}: ${list.items.length} items${labelled ? '' : ', unlabelled'}${spec.task === 'classification' ? `, ${classes.length} classes` : ''}.`,
      domain: domainOption(options, 'chinese-nlp'),
      task: spec.task,
      license: options['license'] ?? LICENSE,
      provenance: provenance({
        format: 'clue',
        upstream: UPSTREAM,
        files: sources,
        root,
        notes: [
          spec.task === 'classification' ? `target = the class name (${usedLabels ? 'from the label map' : "from each row's description"}); the label code is in metadata.label.` : 'Labels mapped to options; the original label is in metadata.label.',
          skipped > 0 ? `${skipped} rows without a gold label ("-") were left out.` : '',
          labelled ? '' : 'No labels: items are unlabelled, sent but not scored.',
        ],
      }),
      prompt: { template: spec.template(classes) },
      scorers: [...spec.scorers],
    },
    samples: list.items,
    exemplars: [],
    sources,
  };
}

export const clueImporter: Importer = {
  id: 'clue',
  summary: `CLUE / FewCLUE JSON lines: ${CLUE_TASKS.join(', ')} (task from folder, keys or option task); label maps read when present`,
  optionKeys: OPTION_KEYS,
  run(paths, options) {
    checkOptionKeys('clue', options, OPTION_KEYS);
    const split = splitOption(options, ['test', 'dev', 'val'], 'test');
    const root = importRoot(paths);
    return paths.flatMap((path) => taskFiles(path, split)).map((file) => importFile(file, options, root));
  },
};
