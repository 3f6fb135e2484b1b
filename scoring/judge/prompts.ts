import type { ChatMessage } from '../../adapters/types.js';
import { hashValue } from '../../common/hash.js';

/**
 * Judge prompts are versioned data: the version and a hash of the templates are
 * recorded with every run that uses them, so a judged number can be traced to
 * the exact wording that produced it. Change a template → bump the version.
 */
export const JUDGE_PROMPT_VERSION = 'judge-v1';

const RUBRIC_SYSTEM = `你是一名严格、公正的评测员。请依据评分标准，对“待评回答”打分。
You are a strict, impartial grader. Score the candidate answer against the rubric.
只输出两行 / Output exactly two lines:
评分：<{{min}} 到 {{max}} 之间的整数 / an integer from {{min}} to {{max}}>
理由：<一句话说明 / one sentence>`;

const RUBRIC_USER = `【评分标准 / Rubric】
{{rubric}}

【问题 / Question】
{{question}}

【参考答案 / Reference】
{{reference}}

【待评回答 / Candidate answer】
{{answer}}`;

const PAIRWISE_SYSTEM = `你是一名公正的评测员。比较两个回答哪一个更好地回答了问题：准确、完整、有帮助、安全。
You are an impartial judge. Decide which answer better answers the question: accurate, complete, helpful, safe.
不要因回答的先后顺序或长度而偏向任何一方 / Ignore the order and the length of the answers.
只输出一行 / Output exactly one line:
结论：A 或 B 或 平局 / Verdict: A or B or tie`;

const PAIRWISE_USER = `【评判要点 / Criteria】
{{criteria}}

【问题 / Question】
{{question}}

【回答 A / Answer A】
{{a}}

【回答 B / Answer B】
{{b}}`;

/** Recorded with the run: changes whenever any template or the version changes. */
export const JUDGE_PROMPT_HASH: string = hashValue({ JUDGE_PROMPT_VERSION, RUBRIC_SYSTEM, RUBRIC_USER, PAIRWISE_SYSTEM, PAIRWISE_USER });

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => values[key] ?? '');
}

export interface RubricPromptInput {
  readonly rubric: string;
  readonly scale: readonly [number, number];
  readonly question: string;
  readonly reference: string;
  readonly answer: string;
}

export function rubricPrompt(input: RubricPromptInput): ChatMessage[] {
  const values = { rubric: input.rubric, question: input.question, answer: input.answer, min: String(input.scale[0]), max: String(input.scale[1]), reference: input.reference || '（无 / none）' };
  return [
    { role: 'system', content: fill(RUBRIC_SYSTEM, values) },
    { role: 'user', content: fill(RUBRIC_USER, values) },
  ];
}

export interface PairwisePromptInput {
  readonly criteria: string;
  readonly question: string;
  readonly a: string;
  readonly b: string;
}

export function pairwisePrompt(input: PairwisePromptInput): ChatMessage[] {
  return [
    { role: 'system', content: PAIRWISE_SYSTEM },
    { role: 'user', content: fill(PAIRWISE_USER, { criteria: input.criteria, question: input.question, a: input.a, b: input.b }) },
  ];
}
