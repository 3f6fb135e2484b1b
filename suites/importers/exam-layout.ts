import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../common/errors.js';
import type { Split } from './types.js';

/** How an exam benchmark names its folders and files (see DATASETS.md §1.1, §1.3). */
export interface ExamLayout {
  /** Folder names holding a split, in order of preference (FinEval's git copy: `test_20%`). */
  readonly splitDirs: (split: Split) => readonly string[];
  /** What follows the subject in a file name: `_val` (C-Eval), `_test_selected` (FinEval), '' (CMMLU). */
  readonly suffixes: (split: Split) => readonly string[];
  readonly splits: readonly Split[];
}

export interface ExamFile {
  readonly subject: string;
  readonly file: string;
  readonly split: Split;
  /** The same subject's dev file (few-shot exemplars), when it exists. */
  readonly devFile?: string;
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * The subject files a PATH names: a CSV file; a split folder (`val/`); or a benchmark
 * root holding split folders, directly or under `data/`. Subject names come from file
 * names, kept intact in NFC (FinanceIQ's are Chinese with full-width brackets).
 */
export function findExamFiles(path: string, layout: ExamLayout, split: Split, explicit: boolean): ExamFile[] {
  if (!existsSync(path)) throw new UsageError('IMPORT_NOT_FOUND', `no such file or folder: ${path}`);
  if (!isDirectory(path)) return [examFile(path, layout, fileSplit(path, layout) ?? split)];
  const own = layout.splits.find((candidate) => layout.splitDirs(candidate).includes(basename(path)));
  let splitDir: string | undefined;
  let chosen = split;
  if (own !== undefined) {
    if (explicit && own !== split) throw new UsageError('USAGE', `${path} is the ${own} split but --split ${split} was given`);
    splitDir = path;
    chosen = own;
  } else {
    for (const base of [path, join(path, 'data')]) {
      splitDir ??= layout.splitDirs(split).map((name) => join(base, name)).find(isDirectory);
    }
  }
  if (splitDir === undefined) throw new UsageError('IMPORT_NOT_FOUND', `no ${layout.splitDirs(split).join(' or ')} folder in ${path} (nor in ${join(path, 'data')}); pass --split or the folder itself`);
  const files = readdirSync(splitDir)
    .filter((name) => extname(name).toLowerCase() === '.csv')
    .sort()
    .map((name) => join(splitDir as string, name));
  if (files.length === 0) throw new UsageError('IMPORT_NOT_FOUND', `no .csv files in ${splitDir}`);
  return files.map((file) => examFile(file, layout, chosen));
}

function examFile(file: string, layout: ExamLayout, split: Split): ExamFile {
  const subject = subjectOf(file, layout, split);
  const devFile = split === 'dev' ? undefined : findDevFile(file, layout, subject);
  return devFile === undefined ? { subject, file, split } : { subject, file, split, devFile };
}

/** The split a file belongs to, from its suffix (`_val`) or its folder (`val/`). */
function fileSplit(file: string, layout: ExamLayout): Split | undefined {
  const stem = basename(file, extname(file));
  const bySuffix = layout.splits.find((split) => layout.suffixes(split).some((suffix) => suffix !== '' && stem.endsWith(suffix)));
  return bySuffix ?? layout.splits.find((split) => layout.splitDirs(split).includes(basename(dirname(file))));
}

function subjectOf(file: string, layout: ExamLayout, split: Split): string {
  const stem = basename(file, extname(file)).normalize('NFC');
  const suffix = [...layout.suffixes(split)].sort((a, b) => b.length - a.length).find((candidate) => candidate !== '' && stem.endsWith(candidate));
  return suffix === undefined ? stem : stem.slice(0, -suffix.length);
}

function findDevFile(file: string, layout: ExamLayout, subject: string): string | undefined {
  const devDirs = layout.splitDirs('dev').map((name) => join(dirname(dirname(file)), name));
  for (const dir of devDirs) {
    for (const suffix of layout.suffixes('dev')) {
      const candidate = join(dir, `${subject}${suffix}.csv`);
      if (existsSync(candidate)) return candidate;
      // Names read from disk may be NFD (macOS); compare in NFC.
      if (isDirectory(dir)) {
        const match = readdirSync(dir).find((name) => name.normalize('NFC') === `${subject}${suffix}.csv`);
        if (match) return join(dir, match);
      }
    }
  }
  return undefined;
}
