import type { ChatMessage } from '../adapters/types.js';
import type { TaskKind } from '../suites/types.js';

/**
 * Token estimates for `pingce run --dry-run`, without a tokenizer (each vendor
 * has its own, and none is needed to decide whether a run is affordable).
 * Chinese, Japanese and Korean characters come out near one token each in the
 * common BPE vocabularies, while other text averages about four characters a
 * token; a flat chars/2 would overcount English by 2× and undercount Chinese by 2×.
 */

/** Han, kana, hangul, CJK punctuation and full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Chat framing (role markers, separators) a template adds per message. */
export const TOKENS_PER_MESSAGE = 4;

/** CJK characters ≈ 1 token each; other text ≈ 4 characters per token. */
export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const char of text) {
    if (CJK.test(char)) cjk += 1;
    else other += 1;
  }
  return cjk + Math.ceil(other / 4);
}

export function estimateMessageTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + estimateTokens(message.content), 0);
}

/**
 * Output tokens per item when a model sets no `params.maxTokens`: a typical
 * answer to the task as pingce's templates ask for it, not a ceiling. Models
 * that reason before answering will use many more.
 */
export const DEFAULT_OUTPUT_TOKENS: Readonly<Record<TaskKind, number>> = {
  'multiple-choice': 8,
  classification: 8,
  numeric: 16,
  'short-answer': 64,
  generation: 512,
};

/** The output estimate of one item: the model's maxTokens (a ceiling, so an upper bound), else the task's default. */
export function estimateOutputTokens(task: TaskKind, maxTokens: number | undefined): number {
  return maxTokens ?? DEFAULT_OUTPUT_TOKENS[task];
}
