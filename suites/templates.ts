import type { PromptLanguage, TaskKind } from './types.js';

/** Every task kind, as schemas/suite.schema.json lists them. */
export const TASK_KINDS: readonly TaskKind[] = ['multiple-choice', 'short-answer', 'numeric', 'classification', 'generation'];

/** The language of a suite's prompts when it names none: pingce's suites are mostly Chinese. */
export const DEFAULT_LANGUAGE: PromptLanguage = 'zh';

/**
 * pingce's default user-message templates, per task and language, used when a
 * suite omits `prompt.template`. Each states the answer format, which is what
 * makes answers extractable and results comparable across models. Changing one
 * changes the promptHash (and hash) of every suite that uses it, as it should.
 *
 * `classification` has none on purpose: its label set belongs to the suite and
 * must be spelled out in the suite's own template.
 */
const DEFAULT_TEMPLATES: Readonly<Partial<Record<TaskKind, Readonly<Record<PromptLanguage, string>>>>> = {
  'multiple-choice': {
    zh: '以下是单项选择题，请直接给出正确答案的选项字母。\n\n{{input}}\n{{choices}}\n答案：',
    en: 'The following is a multiple-choice question. Answer with the letter of the correct option.\n\n{{input}}\n{{choices}}\nAnswer:',
  },
  numeric: {
    zh: '以下是一道计算题，请只输出最终结果的数值，不要输出单位或计算过程。\n\n{{input}}\n答案：',
    en: 'The following is a calculation question. Answer with the final number only, without units or working.\n\n{{input}}\nAnswer:',
  },
  'short-answer': {
    zh: '请简要回答下面的问题，只输出答案本身。\n\n{{input}}\n答案：',
    en: 'Answer the following question briefly, with the answer only.\n\n{{input}}\nAnswer:',
  },
  generation: {
    zh: '{{input}}',
    en: '{{input}}',
  },
};

/** Tasks for which a suite may omit `prompt.template` (kept in step with schemas/suite.schema.json). */
export function tasksWithDefaultTemplate(): TaskKind[] {
  return Object.keys(DEFAULT_TEMPLATES) as TaskKind[];
}

/** pingce's template for a task and language, or undefined where the suite must write its own. */
export function defaultTemplate(task: TaskKind, language: PromptLanguage = DEFAULT_LANGUAGE): string | undefined {
  return DEFAULT_TEMPLATES[task]?.[language];
}
