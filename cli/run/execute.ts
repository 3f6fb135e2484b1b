import { openResponseCache } from '../../runners/cache.js';
import type { WorkerPool } from '../../runners/pool.js';
import { executeRun } from '../../runners/run.js';
import type { ModelTarget, RunEvent } from '../../runners/types.js';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { summarizeRun, type RunSummary } from '../../results/summary.js';
import type { RunSuiteRecord } from '../../results/types.js';
import type { Suite } from '../../suites/types.js';
import { modelRecord } from '../models.js';
import { JUDGE_PROMPT_HASH, JUDGE_PROMPT_VERSION } from '../../scoring/judge/prompts.js';
import { judgeKind } from '../../scoring/judge/specs.js';
import { createProgressReporter } from '../progress.js';
import { toolVersion } from '../version.js';
import type { CommandContext } from '../commands/context.js';
import { newRunId } from './run-id.js';
import { planOptions, type RunSpec } from './spec.js';

export interface Evaluation {
  readonly storePath: string;
  readonly spec: RunSpec;
  readonly configHash: string;
  readonly suites: readonly Suite[];
  readonly models: readonly ModelTarget[];
  readonly judges: readonly ModelTarget[];
  /** Items per model, counted (and every data line validated) before anything was written. */
  readonly totals: Readonly<Record<string, number>>;
  readonly cacheMode: 'use' | 'refresh' | 'off';
  /** Continue this run instead of starting one. */
  readonly resumeRunId?: string;
  /** Started ahead by the command (`runPool`) so its threads boot early; the run takes it over. */
  readonly pool?: WorkerPool;
}

/**
 * Runs an evaluation into the store: records the run, streams finished items
 * into batched transactions, and on an interrupt commits what finished, marks
 * the run interrupted and says how to resume it.
 */
export async function evaluate(evaluation: Evaluation, context: CommandContext): Promise<RunSummary> {
  const { spec } = evaluation;
  const store = openSqliteStore(evaluation.storePath);
  const cache = evaluation.cacheMode === 'off' || spec.cache === false ? undefined : openResponseCache(spec.cache);
  try {
    const runId = evaluation.resumeRunId ?? newRunId();
    if (evaluation.resumeRunId) store.reopenRun(runId);
    else {
      store.createRun({
        id: runId,
        startedAt: new Date().toISOString(),
        toolVersion,
        configHash: evaluation.configHash,
        suites: evaluation.suites.map(suiteRecord),
        models: evaluation.models.map(modelRecord),
        settings: {
          ...spec.run,
          ...(spec.shard ? { shard: `${spec.shard.index}/${spec.shard.count}` } : {}),
          ...(evaluation.judges.length > 0 ? { judges: evaluation.judges.map(modelRecord) } : {}),
          // Judged numbers are traceable to the exact judge wording.
          ...(evaluation.suites.some((suite) => suite.scorers.some((scorer) => judgeKind(scorer.id))) ? { judgePrompts: { version: JUDGE_PROMPT_VERSION, hash: JUDGE_PROMPT_HASH } } : {}),
        },
        spec: { ...spec },
      });
    }
    const planned = Object.values(evaluation.totals).reduce((sum, count) => sum + count, 0);
    context.stderr(`run ${runId}: ${evaluation.suites.length} suite(s) × ${evaluation.models.length} model(s), ${planned} items${evaluation.resumeRunId ? ' left' : ''}; store ${store.path}\n`);
    const writer = store.writer(runId);
    const progress = createProgressReporter({ write: context.stderr, tty: context.isTTY, ...(context.columns === undefined ? {} : { columns: context.columns }) });
    const abort = new AbortController();
    const removeInterrupt = context.onInterrupt(() => {
      context.stderr('\ninterrupt: stopping; finished items are being committed (Ctrl-C again quits at once)\n');
      abort.abort();
    });
    let finished = false;
    try {
      const outcome = await executeRun({
        suites: evaluation.suites,
        models: evaluation.models,
        judges: evaluation.judges,
        limits: spec.run,
        plan: { ...planOptions(spec), ...(evaluation.resumeRunId ? { skip: (key: string) => store.isDone(runId, key) } : {}) },
        totals: evaluation.totals,
        threads: spec.run.workers,
        ...(evaluation.pool === undefined ? {} : { pool: evaluation.pool }),
        signal: abort.signal,
        ...(spec.run.deadlineMs === undefined ? {} : { deadlineMs: spec.run.deadlineMs }),
        ...(cache && evaluation.cacheMode !== 'off' ? { cache: { access: cache, mode: evaluation.cacheMode } } : {}),
        onEvent: (event: RunEvent) => {
          if (event.type === 'item-finished') writer.add(event.result);
          progress.listener(event);
        },
      });
      writer.close();
      store.finishRun(runId, outcome.status, outcome.counts, new Date().toISOString());
      finished = true;
      if (outcome.status === 'interrupted') {
        const why = outcome.reason === 'deadline' ? 'the run deadline passed' : 'interrupted';
        context.stderr(`${why}: run ${runId} is stored as interrupted; finish it with:\n  pingce run --resume ${runId} --store ${store.path}\n`);
      }
    } finally {
      progress.stop();
      removeInterrupt();
      if (!finished) {
        writer.close();
        store.finishRun(runId, 'failed', { items: 0, errors: 0, retries: 0 }, new Date().toISOString());
      }
    }
    const run = store.getRun(runId);
    if (!run) throw new Error(`run ${runId} vanished from ${store.path}`);
    return summarizeRun(run, store.tallies(runId), store.items(runId));
  } finally {
    cache?.close();
    store.close();
  }
}

function suiteRecord(suite: Suite): RunSuiteRecord {
  return {
    id: suite.id,
    version: suite.version,
    title: suite.title,
    domain: suite.domain,
    task: suite.task,
    hash: suite.hash,
    promptHash: suite.promptHash,
    scorers: suite.scorers,
    license: suite.license,
    ...(suite.circular ? { circular: true } : {}),
  };
}
