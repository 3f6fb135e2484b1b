import { promptKey, type AnswerKey } from './answer-key.js';
import { scriptedOutcome, scriptedReply } from './script.js';
import type { LedgerEntry, ReferenceOptions, ScriptedOutcome } from './types.js';

/** Said to prompts that are not in any loaded suite. No letters or digits, so nothing is extracted from it. */
export const UNKNOWN_PROMPT_REPLY = '您好！这里是评测参考端点。这道题不在已加载的评测集中，所以我无法作答。';

export interface ScriptedAnswer {
  readonly text: string;
  readonly known: boolean;
}

/** The model the reference endpoint plays: a prompt in, the scripted reply out, every answer recorded. */
export interface ScriptedModel {
  answer(lastUserContent: string | undefined): ScriptedAnswer;
  ledger(): LedgerEntry[];
  unknownPrompts(): number;
}

interface Answered {
  readonly suiteId: string;
  readonly sampleId: string;
  readonly outcome: ScriptedOutcome;
  readonly reply: string;
  requests: number;
}

export function createScriptedModel(key: AnswerKey, options: Pick<ReferenceOptions, 'seed' | 'accuracy' | 'noAnswerRate'>): ScriptedModel {
  // Scripted once per sample on its first request: repeats (retries, repeated runs) cost a map lookup.
  const answered = new Map<string, Answered>();
  let unknown = 0;

  function script(hash: string): Answered | undefined {
    const entry = key.get(hash);
    if (!entry) return undefined;
    const { suite, sample } = entry;
    const outcome = scriptedOutcome({
      seed: options.seed,
      suiteId: suite.id,
      sampleId: sample.id,
      accuracy: options.accuracy[suite.id] ?? options.accuracy['default'] ?? 1,
      noAnswerRate: options.noAnswerRate,
      task: suite.task,
    });
    const record: Answered = { suiteId: suite.id, sampleId: sample.id, outcome, reply: scriptedReply(sample, suite.task, outcome, options.seed), requests: 0 };
    answered.set(hash, record);
    return record;
  }

  return {
    answer(lastUserContent) {
      const hash = lastUserContent === undefined ? undefined : promptKey(lastUserContent);
      const record = hash === undefined ? undefined : (answered.get(hash) ?? script(hash));
      if (!record) {
        unknown += 1;
        return { text: UNKNOWN_PROMPT_REPLY, known: false };
      }
      record.requests += 1;
      return { text: record.reply, known: true };
    },
    // Map iteration order is first-request order.
    ledger: () => [...answered.values()].map(({ suiteId, sampleId, outcome, requests }) => ({ suiteId, sampleId, outcome, requests })),
    unknownPrompts: () => unknown,
  };
}
