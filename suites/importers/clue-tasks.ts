import { SuiteError } from '../errors.js';
import { CHOICE_SCORERS, compact } from './common.js';
import { isRecord } from './json.js';
import type { Sample, ScorerSpec, TaskKind } from '../types.js';
import type { SourcePlace } from './types.js';

export const CLUE_TASKS = ['tnews', 'iflytek', 'ocnli', 'cluewsc', 'csl'] as const;
export type ClueTask = (typeof CLUE_TASKS)[number];

/** A label map entry: the code as a string ("100"), its English and (tnews) Chinese names. */
export interface ClueLabel {
  readonly code: string;
  readonly name: string;
}

/** How one task turns a JSON line into a sample. `labels` is the label set shown in the prompt. */
export interface ClueTaskSpec {
  readonly title: string;
  readonly task: TaskKind;
  readonly scorers: readonly (string | ScorerSpec)[];
  template(labels: readonly string[]): string;
  /** Undefined target = unlabelled (test.json); `skip` = a row without a gold label (OCNLI "-"). */
  sample(row: Record<string, unknown>, at: SourcePlace, labels: ReadonlyMap<string, ClueLabel>): Omit<Sample, 'id'> | 'skip';
}

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);

function field(row: Record<string, unknown>, key: string, at: SourcePlace): string {
  const value = str(row[key]);
  if (value === undefined || value === '') throw new SuiteError(at, `missing "${key}"`);
  return value;
}

/** The class name of a label: the map's name when a map was found, else the row's own description. */
function className(row: Record<string, unknown>, descKey: string, labels: ReadonlyMap<string, ClueLabel>, at: SourcePlace): string | undefined {
  // FewCLUE writes tnews labels as numbers (100), CLUE as strings ("100"): one form here.
  const code = str(row['label']);
  if (code === undefined || code === '') return undefined;
  if (labels.size > 0) {
    const known = labels.get(code);
    if (!known) throw new SuiteError(at, `label ${JSON.stringify(row['label'])} is not in the label map`);
    return known.name;
  }
  return field(row, descKey, at);
}

const classification = (what: string) => (labels: readonly string[]) =>
  `请判断下面这段${what}属于哪个类别。\n\n{{input}}\n\n可选类别：${labels.join('、')}\n只输出类别名称。`;

/** A two-way or three-way judgement as options, so the multiple-choice scorers read the answer. */
function choiceLabel(row: Record<string, unknown>, mapping: Readonly<Record<string, string>>, choices: readonly string[], at: SourcePlace): string | 'skip' | undefined {
  const raw = str(row['label']);
  if (raw === undefined || raw === '') return undefined;
  const letter = mapping[raw.toLowerCase()];
  if (letter === undefined) {
    if (raw === '-') return 'skip';
    throw new SuiteError(at, `label ${JSON.stringify(row['label'])} is not one of ${Object.keys(mapping).join(', ')} (options ${choices.join(' / ')})`);
  }
  return letter;
}

const YES_NO = ['是', '否'] as const;
const NLI = ['蕴含', '中立', '矛盾'] as const;

export const CLUE_SPECS: Readonly<Record<ClueTask, ClueTaskSpec>> = {
  tnews: {
    title: 'TNEWS news-title classification',
    task: 'classification',
    scorers: ['exact-match'],
    template: classification('新闻标题'),
    sample: (row, at, labels) => compact({ input: field(row, 'sentence', at), target: className(row, 'label_desc', labels, at), metadata: compact({ label: str(row['label']), keywords: str(row['keywords']) || undefined }) }),
  },
  iflytek: {
    title: 'IFLYTEK app-description classification',
    task: 'classification',
    scorers: ['exact-match'],
    template: classification('应用描述'),
    sample: (row, at, labels) => compact({ input: field(row, 'sentence', at), target: className(row, 'label_des', labels, at), metadata: compact({ label: str(row['label']) }) }),
  },
  ocnli: {
    title: 'OCNLI natural language inference',
    task: 'multiple-choice',
    scorers: [...CHOICE_SCORERS],
    template: () => '判断“假设”与“前提”的关系：蕴含（前提成立时假设一定成立）、中立（可能成立）或矛盾（一定不成立）。\n\n{{input}}\n{{choices}}\n\n只回答正确选项的字母。',
    sample: (row, at) => {
      const target = choiceLabel(row, { entailment: 'A', neutral: 'B', contradiction: 'C' }, NLI, at);
      if (target === 'skip') return 'skip';
      return compact({ input: `前提：${field(row, 'sentence1', at)}\n假设：${field(row, 'sentence2', at)}`, choices: [...NLI], target, metadata: compact({ label: str(row['label']), genre: str(row['genre']) }) });
    },
  },
  cluewsc: {
    title: 'CLUEWSC2020 pronoun resolution',
    task: 'multiple-choice',
    scorers: [...CHOICE_SCORERS],
    template: () => '{{input}}\n{{choices}}\n\n只回答正确选项的字母。',
    sample: (row, at) => {
      const span = row['target'];
      if (!isRecord(span)) throw new SuiteError(at, 'missing "target" with the two spans');
      const target = choiceLabel(row, { true: 'A', false: 'B' }, YES_NO, at);
      if (target === 'skip') return 'skip';
      const input = `${field(row, 'text', at)}\n\n在上面这段话中，“${field(span, 'span2_text', at)}”指的是“${field(span, 'span1_text', at)}”吗？`;
      return compact({ input, choices: [...YES_NO], target, metadata: { label: str(row['label']) ?? '', span1_index: span['span1_index'] ?? null, span2_index: span['span2_index'] ?? null } });
    },
  },
  csl: {
    title: 'CSL keyword recognition',
    task: 'multiple-choice',
    scorers: [...CHOICE_SCORERS],
    template: () => '{{input}}\n{{choices}}\n\n只回答正确选项的字母。',
    sample: (row, at) => {
      const keywords = Array.isArray(row['keyword']) ? row['keyword'].map(str).filter((word): word is string => word !== undefined) : [];
      const target = choiceLabel(row, { '1': 'A', '0': 'B' }, YES_NO, at);
      if (target === 'skip') return 'skip';
      const input = `论文摘要：${field(row, 'abst', at)}\n关键词：${keywords.join('、')}\n\n以上关键词是否都是这篇论文的真实关键词？`;
      return compact({ input, choices: [...YES_NO], target, metadata: { label: str(row['label']) ?? '' } });
    },
  },
};

/** The task of a record by its keys, for files whose folder name does not say it. */
export function detectTask(row: unknown): ClueTask | undefined {
  if (!isRecord(row)) return undefined;
  if (isRecord(row['target']) && 'span1_text' in row['target']) return 'cluewsc';
  if ('abst' in row) return 'csl';
  if ('sentence1' in row && 'sentence2' in row) return 'ocnli';
  if ('label_des' in row) return 'iflytek';
  if ('label_desc' in row || 'keywords' in row) return 'tnews';
  return undefined;
}
