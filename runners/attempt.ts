import { AdapterError } from '../adapters/errors.js';
import type { Completion, GenerationParams, ModelAdapter } from '../adapters/types.js';
import { extractOutput } from '../scoring/extract/reasoning.js';
import { loadWorkerScorer } from '../scoring/load.js';
import type { Scorer } from '../scoring/types.js';
import type { SuiteDefinition } from '../suites/types.js';
import { itemIdentity } from './plan.js';
import type { AttemptOutcome, ItemError, ItemScore, WorkerTask } from './types.js';

/** A suite ready for the hot path: scorers built once, not per item. */
export interface PreparedSuite {
  readonly definition: SuiteDefinition;
  readonly scorers: readonly { readonly id: string; readonly score: Scorer }[];
}

/** Builds the suite's scorers, loading only their modules (a thread never loads scorers no suite names). */
export async function prepareSuite(definition: SuiteDefinition): Promise<PreparedSuite> {
  const scorers = await Promise.all(definition.scorers.map(async (spec) => ({ id: spec.id, score: await loadWorkerScorer(spec) })));
  return { definition, scorers };
}

/**
 * One attempt at one work item: call the model (or take the cached completion),
 * extract, score. Never throws: every failure comes back as an ItemError so the
 * scheduler can decide whether to retry, and an infrastructure failure is never
 * scored as a wrong answer.
 */
export async function attemptItem(task: WorkerTask, suite: PreparedSuite, adapter: ModelAdapter, params: GenerationParams): Promise<AttemptOutcome> {
  const { item, messages, promptHash, timeoutMs } = task;
  let completion: Completion;
  if (task.cached) {
    completion = task.cached;
  } else {
    // Not AbortSignal.timeout: its timer stays armed for the whole timeout after the reply,
    // holding memory for every recent request in a long fast run. This one is cleared.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException(`no reply within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    try {
      completion = await adapter.complete({ messages, params }, timeout.signal);
    } catch (error) {
      return { ok: false, promptHash, error: toItemError(error, timeout.signal, timeoutMs) };
    } finally {
      clearTimeout(timer);
    }
  }
  let scores: ItemScore[];
  try {
    const output = extractOutput(completion.text, completion.reasoning === undefined ? {} : { reasoning: completion.reasoning });
    scores = suite.scorers.map(({ id, score }) => ({ scorer: id, ...score(item.sample, output) }));
  } catch (error) {
    return { ok: false, promptHash, error: { kind: 'internal', message: `scorer failed: ${errorMessage(error)}` } };
  }
  return {
    ok: true,
    result: {
      ...itemIdentity(item),
      promptHash,
      status: 'ok',
      output: completion.text,
      ...(completion.reasoning === undefined ? {} : { reasoning: completion.reasoning }),
      ...(completion.usage === undefined ? {} : { usage: completion.usage }),
      latencyMs: completion.latencyMs,
      ...(completion.finishReason === undefined ? {} : { finishReason: completion.finishReason }),
      scores,
    },
  };
}

function toItemError(error: unknown, timeout: AbortSignal, timeoutMs: number): ItemError {
  if (timeout.aborted) return { kind: 'timeout', message: `no reply within ${timeoutMs} ms` };
  if (error instanceof AdapterError) {
    return {
      kind: error.kind,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    };
  }
  return { kind: 'internal', message: errorMessage(error) };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
