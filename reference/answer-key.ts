import { sha256 } from '../common/hash.js';
import { renderPrompt } from '../suites/render.js';
import type { Sample, Suite, SuiteDefinition } from '../suites/types.js';

export interface AnswerKeyEntry {
  readonly suite: SuiteDefinition;
  readonly sample: Sample;
}

/** Prompt key → the sample it asks. */
export type AnswerKey = ReadonlyMap<string, AnswerKeyEntry>;

/**
 * The key of a prompt: the hash of its last user message. That message is the
 * sample's own (system prompt and few-shot turns come before it), so it is
 * recognised whichever API or client sent it.
 */
export function promptKey(lastUserContent: string): string {
  return sha256(lastUserContent);
}

/**
 * Reads every sample of every suite once, up front, so answering a request is a
 * single hash and a map lookup. When two samples render the same last user
 * message, the first (in suite order) answers for both.
 */
export async function buildAnswerKey(suites: readonly Suite[]): Promise<AnswerKey> {
  const key = new Map<string, AnswerKeyEntry>();
  for (const suite of suites) {
    for await (const sample of suite.samples()) {
      const content = lastUserContent(renderPrompt(suite, sample));
      if (content === undefined) continue;
      const hash = promptKey(content);
      if (!key.has(hash)) key.set(hash, { suite, sample });
    }
  }
  return key;
}

function lastUserContent(messages: readonly { role: string; content: string }[]): string | undefined {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'user') return message.content;
  }
  return undefined;
}
