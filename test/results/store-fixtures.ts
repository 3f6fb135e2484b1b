import { join } from 'node:path';
import { openSqliteStore } from '../../results/sqlite-store.js';
import type { NewRun, RunModelRecord, RunSuiteRecord } from '../../results/types.js';
import type { ItemResult, ItemScore } from '../../runners/types.js';
import { loadSuite } from '../../suites/loader.js';
import type { CommandContext } from '../../cli/commands/context.js';

/** A CommandContext that records what a command prints, for in-process CLI tests. */
export function fakeContext(cwd: string): CommandContext & { readonly out: () => string; readonly err: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    cwd,
    env: {},
    isTTY: false,
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    onInterrupt: () => () => undefined,
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}

export interface FixtureSample {
  readonly id: string;
  readonly target: string;
  readonly category?: string;
  readonly metadata?: Record<string, unknown>;
}

/** Writes a small multiple-choice suite (four options) and returns the YAML's path. */
export function writeChoiceSuite(write: (relative: string, content: string) => string, id: string, samples: readonly FixtureSample[], scorers = '[multiple-choice]'): string {
  const lines = samples.map((sample) => JSON.stringify({ input: `question ${sample.id}`, choices: ['w', 'x', 'y', 'z'], ...sample }));
  write(`${id}.jsonl`, `${lines.join('\n')}\n`);
  return write(`${id}.yaml`, [`id: ${id}`, 'version: 1.0.0', `title: ${id}`, 'domain: general', 'task: multiple-choice', 'license: Apache-2.0', `data: ${id}.jsonl`, 'prompt:', '  template: "{{input}}\\n{{choices}}"', `scorers: ${scorers}`, ''].join('\n'));
}

/** The record `pingce run` would store for a suite file. */
export async function suiteRecordOf(file: string): Promise<RunSuiteRecord> {
  const suite = await loadSuite(file);
  return { id: suite.id, version: suite.version, title: suite.title, domain: suite.domain, task: suite.task, hash: suite.hash, promptHash: suite.promptHash, scorers: suite.scorers, license: suite.license };
}

export function modelRecord(id: string): RunModelRecord {
  return { id, adapter: 'openai', model: id, baseUrl: 'http://127.0.0.1:1/v1', params: { temperature: 0 }, concurrency: 2 };
}

export function newRun(id: string, suites: readonly RunSuiteRecord[], models: readonly string[], suiteFiles: readonly string[] = [], startedAt = '2026-11-29T00:00:00.000Z'): NewRun {
  return {
    id,
    startedAt,
    toolVersion: '0.1.0',
    configHash: 'c0ffee',
    suites,
    models: models.map(modelRecord),
    settings: { maxAttempts: 3 },
    spec: { suiteFiles, models: models.map((model) => ({ id: model, adapter: 'openai', model })), run: { maxAttempts: 3 }, cache: false, output: '/tmp' },
  };
}

export interface ItemSpec {
  readonly suite: string;
  readonly sample: string;
  readonly model: string;
  readonly repeat?: number;
  readonly category?: string;
  /** 'error' for a failed item; otherwise the scores by scorer (null = NOANSWER). */
  readonly outcome: 'error' | Readonly<Record<string, number | null>>;
  readonly output?: string;
  readonly reasoning?: string;
}

export function itemOf(spec: ItemSpec): ItemResult {
  const repeat = spec.repeat ?? 0;
  const base = { key: `${spec.suite}/${spec.sample}/${spec.model}/${repeat}`, suiteId: spec.suite, sampleId: spec.sample, modelId: spec.model, repeat, promptHash: 'ph', attempts: 1, ...(spec.category === undefined ? {} : { category: spec.category }) };
  if (spec.outcome === 'error') return { ...base, status: 'error', attempts: 3, error: { kind: 'transient', message: 'HTTP 503', status: 503 }, scores: [] };
  const scores: ItemScore[] = Object.entries(spec.outcome).map(([scorer, value]) => ({ scorer, value, ...(value === null ? {} : { passed: value === 1 }) }));
  return { ...base, status: 'ok', output: spec.output ?? 'out', ...(spec.reasoning === undefined ? {} : { reasoning: spec.reasoning }), latencyMs: 5, usage: { inputTokens: 7, outputTokens: 1 }, scores };
}

/** A store at DIR/results.db holding the given runs, each completed. */
export function buildStore(dir: string, runs: readonly { readonly run: NewRun; readonly items: readonly ItemResult[] }[]): string {
  const path = join(dir, 'results.db');
  const store = openSqliteStore(path);
  try {
    for (const { run, items } of runs) {
      store.createRun(run);
      const writer = store.writer(run.id);
      items.forEach((item) => writer.add(item));
      writer.close();
      store.finishRun(run.id, 'completed', { items: items.length, errors: items.filter((item) => item.status === 'error').length, retries: 0 }, '2026-11-29T00:01:00.000Z');
    }
  } finally {
    store.close();
  }
  return path;
}
