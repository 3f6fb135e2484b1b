import { promptKey, type AnswerKey } from './answer-key.js';
import { scriptedOutcome, scriptedReply } from './script.js';
import type { LedgerEntry, ReferenceOptions, ScriptedOutcome } from './types.js';

/** Said to prompts that are not in any loaded suite. No letters or digits, so nothing is extracted from it. */
export const UNKNOWN_PROMPT_REPLY = '您好！这里是评测参考端点。这道题不在已加载的评测集中，所以我无法作答。';

/** Key of requests without any user message: they all count as one prompt. */
export const NO_PROMPT_KEY = '';

export interface ScriptedAnswer {
  readonly text: string;
  readonly known: boolean;
  /** The prompt key (hash of the last user message), or NO_PROMPT_KEY. */
  readonly key: string;
  /** The sample answered; absent for unknown prompts. */
  readonly suiteId?: string;
  readonly sampleId?: string;
}

/** The model the reference endpoint plays: a prompt in, the scripted reply out, every answer recorded. */
export interface ScriptedModel {
  /** Counts a request for the prompt in the ledger (or as unknown) and gives its scripted reply. */
  answer(lastUserContent: string | undefined): ScriptedAnswer;
  /** Records that the request just answered for `key` got a fault instead of its reply. */
  faulted(key: string): void;
  ledger(): LedgerEntry[];
  unknownPrompts(): number;
  /** Empties the ledger and the unknown count; replies are scripted again, identically. */
  reset(): void;
}

interface Answered {
  readonly suiteId: string;
  readonly sampleId: string;
  readonly outcome: ScriptedOutcome;
  /** Built once and handed out on every request, so a repeat allocates nothing. */
  readonly answer: ScriptedAnswer;
  requests: number;
  faulted: number;
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
    const text = scriptedReply(sample, suite.task, outcome, options.seed, suite.scorers[0]);
    const record: Answered = {
      suiteId: suite.id,
      sampleId: sample.id,
      outcome,
      answer: { text, known: true, key: hash, suiteId: suite.id, sampleId: sample.id },
      requests: 0,
      faulted: 0,
    };
    answered.set(hash, record);
    return record;
  }

  return {
    answer(lastUserContent) {
      const hash = lastUserContent === undefined ? NO_PROMPT_KEY : promptKey(lastUserContent);
      const record = lastUserContent === undefined ? undefined : (answered.get(hash) ?? script(hash));
      if (!record) {
        unknown += 1;
        return { text: UNKNOWN_PROMPT_REPLY, known: false, key: hash };
      }
      record.requests += 1;
      return record.answer;
    },
    faulted(hash) {
      const record = answered.get(hash);
      if (record) record.faulted += 1;
    },
    // Map iteration order is first-request order.
    ledger: () => [...answered.values()].map(({ suiteId, sampleId, outcome, requests, faulted }) => ({ suiteId, sampleId, outcome, requests, faulted })),
    unknownPrompts: () => unknown,
    reset() {
      answered.clear();
      unknown = 0;
    },
  };
}
