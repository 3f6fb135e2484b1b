import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_REQUEST_LOG_ENTRIES } from '../reference/request-log.js';
import type { BenchEndpoint } from './endpoint.js';
import { assertSucceeded, runNode, type ChildRun } from './measure.js';
import { CLI, MODEL, tempDir } from './util.js';

export interface PingceRun {
  readonly child: ChildRun;
  /** Items stored and scored (all of them unless a deadline cut the run short). */
  readonly items: number;
  readonly status: string;
  /** Items per second over the child's whole life: start-up, plan, pool, scoring, SQLite, report. */
  readonly itemsPerSecond: number;
  /** Items per second between the run's startedAt and finishedAt (store opened → last item stored). */
  readonly runWindowItemsPerSecond: number;
  /**
   * Items per second from the first request at the endpoint to the last item stored: the request
   * loop, measured like the reference clients' (whose loop ends at their last reply).
   */
  readonly loopItemsPerSecond: number | undefined;
  /** Spawn → first chat request at the endpoint, when the endpoint logged it. */
  readonly startupMs: number | undefined;
}

interface JsonSummary {
  readonly status: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly totals: { readonly items: number; readonly errors: number; readonly retries: number };
  readonly results: readonly { readonly n: number; readonly scored: number }[];
}

export interface PingceRunOptions {
  readonly concurrency: number;
  /** `--deadline`: the run may stop early as interrupted (exit 130); rates then count the items it finished. */
  readonly deadline?: string;
  /** Record the child's RSS at this interval (for long runs). */
  readonly sampleRssEveryMs?: number;
}

/**
 * `pingce run` as a child process against the bench endpoint, in a fresh store.
 * Throws unless every one of the `expected` items (or, with a deadline, every item
 * finished in time) was stored and scored with no error.
 */
export async function runPingce(endpoint: BenchEndpoint, suiteDir: string, expected: number, options: PingceRunOptions): Promise<PingceRun> {
  const dir = tempDir('pingce-run');
  try {
    await endpoint.reset();
    const json = join(dir, 'out.json');
    const args = [CLI, 'run', '--target', `openai:${MODEL}`, '--base-url', `${endpoint.url}/v1`, '--suite', suiteDir, '--concurrency', String(options.concurrency), '--no-cache', '--store', join(dir, 'results.db'), '--output', join(dir, 'reports'), '--json', json];
    const child = await runNode(options.deadline === undefined ? args : [...args, '--deadline', options.deadline], { cwd: dir, ...(options.sampleRssEveryMs === undefined ? {} : { sampleRssEveryMs: options.sampleRssEveryMs }) });
    if (!(options.deadline !== undefined && child.code === 130)) assertSucceeded(child, 'pingce run');
    const summary = JSON.parse(readFileSync(json, 'utf8')) as JsonSummary;
    const scored = summary.results.reduce((sum, result) => sum + result.scored, 0);
    const complete = summary.status === 'completed' && summary.totals.items === expected;
    const cutShort = options.deadline !== undefined && summary.status === 'interrupted';
    if (!(complete || cutShort) || summary.totals.errors !== 0 || scored !== summary.totals.items) {
      throw new Error(`pingce run did not score all ${expected} items cleanly: status ${summary.status}, items ${summary.totals.items}, errors ${summary.totals.errors}, scored ${scored}`);
    }
    const { stats, firstRequestWallMs } = await endpoint.report();
    if (stats.unknownPrompts !== 0) throw new Error(`the endpoint did not recognise ${stats.unknownPrompts} of pingce's prompts`);
    const windowMs = Date.parse(summary.finishedAt ?? '') - Date.parse(summary.startedAt);
    // Past the log's capacity its oldest entry is no longer the run's first request.
    const firstRequestMs = firstRequestWallMs === undefined || stats.requests > MAX_REQUEST_LOG_ENTRIES ? undefined : firstRequestWallMs;
    return {
      child,
      items: summary.totals.items,
      status: summary.status,
      itemsPerSecond: summary.totals.items / (child.wallMs / 1000),
      runWindowItemsPerSecond: summary.totals.items / (windowMs / 1000),
      loopItemsPerSecond: firstRequestMs === undefined ? undefined : summary.totals.items / ((Date.parse(summary.finishedAt ?? '') - firstRequestMs) / 1000),
      startupMs: firstRequestMs === undefined ? undefined : firstRequestMs - child.spawnWallMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
