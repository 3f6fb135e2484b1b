import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PingceError } from '../common/errors.js';
import type { ItemError, ItemResult, RunCounts } from '../runners/types.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './sqlite-schema.js';
import type { NewRun, ResultStore, RunRecord, RunStatus, RunSuiteRecord, ScoreTally, StoreWriter } from './types.js';

interface RunRow {
  id: string;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  tool_version: string;
  config_hash: string;
  suites_json: string;
  models_json: string;
  settings_json: string;
  spec_json: string;
  counts_json: string | null;
}

interface ItemRow {
  item_key: string;
  suite_id: string;
  sample_id: string;
  model_id: string;
  repeat: number;
  category: string | null;
  status: 'ok' | 'error';
  prompt_hash: string;
  output: string | null;
  reasoning: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number | null;
  finish_reason: string | null;
  attempts: number;
  cached: number;
  error_kind: string | null;
  error_status: number | null;
  error_message: string | null;
}
interface ItemScoreRow { item_key: string; scorer: string; value: number | null; passed: number | null; answer: string | null; explanation: string | null }
interface ItemCountRow { suite_id: string; model_id: string; category: string | null; n: number; errors: number }
interface ScoreRow { suite_id: string; model_id: string; category: string | null; scorer: string; sum: number; no_answer: number; graded: number }
interface ValueRow { category: string | null; value: number }

/** Opens (creating if needed) the SQLite result store: WAL, one writer, batched transactions. */
export function openSqliteStore(path: string): ResultStore {
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (cause) {
    throw new PingceError('STORE_OPEN_FAILED', `cannot open result store ${file}: ${(cause as Error).message}`, { cause });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  const version = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`).get();
  if (!version) db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
  else if (Number(version.value) !== SCHEMA_VERSION) {
    throw new PingceError('STORE_VERSION', `${file} has store schema ${version.value}; this pingce reads schema ${SCHEMA_VERSION}`);
  }

  const insertItem = db.prepare(`INSERT OR REPLACE INTO items (run_id, item_key, suite_id, sample_id, model_id, repeat, category, status, prompt_hash,
    output, reasoning, input_tokens, output_tokens, latency_ms, finish_reason, attempts, cached, error_kind, error_status, error_message)
    VALUES (@runId, @key, @suiteId, @sampleId, @modelId, @repeat, @category, @status, @promptHash, @output, @reasoning, @inputTokens,
    @outputTokens, @latencyMs, @finishReason, @attempts, @cached, @errorKind, @errorStatus, @errorMessage)`);
  const isDone = db.prepare<[string, string], { done: number }>(`SELECT 1 AS done FROM items WHERE run_id = ? AND item_key = ? AND status = 'ok'`);
  const deleteScores = db.prepare(`DELETE FROM scores WHERE run_id = ? AND item_key = ?`);
  const insertScore = db.prepare(`INSERT INTO scores (run_id, item_key, scorer, value, passed, answer, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const writeBatch = db.transaction((runId: string, results: readonly ItemResult[]) => {
    for (const result of results) {
      insertItem.run(itemRow(runId, result));
      deleteScores.run(runId, result.key);
      for (const score of result.scores) {
        const passed = score.passed === undefined ? null : score.passed ? 1 : 0;
        insertScore.run(runId, result.key, score.scorer, score.value, passed, score.answer ?? null, score.explanation ?? null);
      }
    }
  });

  const pageItems = db.prepare<[string, string, number], ItemRow>(`SELECT * FROM items WHERE run_id = ? AND item_key > ? ORDER BY item_key LIMIT ?`);
  // rowid order is insertion order: the order in which the scorers ran.
  const pageScores = db.prepare<[string, string, string], ItemScoreRow>(`SELECT item_key, scorer, value, passed, answer, explanation FROM scores
    WHERE run_id = ? AND item_key > ? AND item_key <= ? ORDER BY item_key, rowid`);

  const gradedValues = db.prepare<[string, string, string, string], ValueRow>(`SELECT i.category, COALESCE(s.value, 0) AS value
    FROM scores s JOIN items i ON i.run_id = s.run_id AND i.item_key = s.item_key WHERE s.run_id = ? AND i.suite_id = ? AND i.model_id = ? AND s.scorer = ?
    ORDER BY s.item_key`);

  function getRun(runIdOrLast: string): RunRecord | undefined {
    const row = runIdOrLast === 'last'
      ? db.prepare<[], RunRow>(`SELECT * FROM runs ORDER BY started_at DESC, rowid DESC LIMIT 1`).get()
      : db.prepare<[string], RunRow>(`SELECT * FROM runs WHERE id = ?`).get(runIdOrLast);
    return row ? toRunRecord(row) : undefined;
  }

  return {
    path: file,
    createRun(run: NewRun) {
      db.prepare(`INSERT INTO runs (id, status, started_at, tool_version, config_hash, suites_json, models_json, settings_json, spec_json)
        VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)`).run(run.id, run.startedAt, run.toolVersion, run.configHash, JSON.stringify(run.suites), JSON.stringify(run.models), JSON.stringify(run.settings), JSON.stringify(run.spec));
    },
    writer(runId, options = {}): StoreWriter {
      const batchSize = options.batchSize ?? 64;
      let pending: ItemResult[] = [];
      const flush = () => {
        if (pending.length === 0) return;
        writeBatch(runId, pending);
        pending = [];
      };
      // A slow run must not keep finished items uncommitted for long: kill -9 loses at most this much.
      const timer = setInterval(flush, options.flushIntervalMs ?? 250);
      timer.unref();
      return {
        add(result) {
          pending.push(result);
          if (pending.length >= batchSize) flush();
        },
        flush,
        close() {
          clearInterval(timer);
          flush();
        },
      };
    },
    reopenRun(runId: string) {
      db.prepare(`UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?`).run(runId);
    },
    isDone: (runId: string, itemKey: string) => isDone.get(runId, itemKey) !== undefined,
    importRun(otherStorePath: string, runId: string, intoRunId: string) {
      db.prepare(`ATTACH DATABASE ? AS other`).run(resolve(otherStorePath));
      try {
        const copy = db.transaction(() => {
          const items = db.prepare(`INSERT OR REPLACE INTO items SELECT ?, item_key, suite_id, sample_id, model_id, repeat, category, status, prompt_hash, output, reasoning,
            input_tokens, output_tokens, latency_ms, finish_reason, attempts, cached, error_kind, error_status, error_message FROM other.items WHERE run_id = ?`).run(intoRunId, runId);
          db.prepare(`INSERT OR REPLACE INTO scores SELECT ?, item_key, scorer, value, passed, answer, explanation FROM other.scores WHERE run_id = ?`).run(intoRunId, runId);
          return { items: items.changes };
        });
        return copy();
      } finally {
        db.prepare(`DETACH DATABASE other`).run();
      }
    },
    finishRun(runId: string, status: RunStatus, counts: RunCounts, finishedAt: string) {
      db.prepare(`UPDATE runs SET status = ?, finished_at = ?, counts_json = ? WHERE id = ?`).run(status, finishedAt, JSON.stringify(counts), runId);
    },
    getRun,
    listRuns(limit = 50) {
      return db.prepare<[number], RunRow>(`SELECT * FROM runs ORDER BY started_at DESC, rowid DESC LIMIT ?`).all(limit).map(toRunRecord);
    },
    tallies(runId: string) {
      const run = getRun(runId);
      if (!run) return [];
      const counts = db.prepare<[string, string], ItemCountRow>(`
        SELECT suite_id, model_id, NULL AS category, COUNT(*) AS n, SUM(status = 'error') AS errors FROM items WHERE run_id = ? GROUP BY suite_id, model_id
        UNION ALL
        SELECT suite_id, model_id, category, COUNT(*), SUM(status = 'error') FROM items WHERE run_id = ? AND category IS NOT NULL GROUP BY suite_id, model_id, category`).all(runId, runId);
      const scores = db.prepare<[string, string], ScoreRow>(`
        SELECT i.suite_id, i.model_id, NULL AS category, s.scorer, SUM(COALESCE(s.value, 0)) AS sum, SUM(s.value IS NULL) AS no_answer,
            SUM(s.value IS NOT NULL AND s.value NOT IN (0, 1)) AS graded
          FROM scores s JOIN items i ON i.run_id = s.run_id AND i.item_key = s.item_key WHERE s.run_id = ? GROUP BY i.suite_id, i.model_id, s.scorer
        UNION ALL
        SELECT i.suite_id, i.model_id, i.category, s.scorer, SUM(COALESCE(s.value, 0)), SUM(s.value IS NULL), SUM(s.value IS NOT NULL AND s.value NOT IN (0, 1))
          FROM scores s JOIN items i ON i.run_id = s.run_id AND i.item_key = s.item_key WHERE s.run_id = ? AND i.category IS NOT NULL
          GROUP BY i.suite_id, i.model_id, i.category, s.scorer`).all(runId, runId);
      // Graded (not 0/1) scorers also need their values: the summary bootstraps their mean.
      const values = new Map<string, number[]>();
      for (const row of scores) {
        if (row.category !== null || row.graded === 0) continue;
        for (const value of gradedValues.all(runId, row.suite_id, row.model_id, row.scorer)) {
          for (const category of value.category === null ? [null] : [null, value.category]) {
            const key = tallyKey(row.suite_id, row.model_id, category, row.scorer);
            const list = values.get(key) ?? [];
            list.push(value.value);
            values.set(key, list);
          }
        }
      }
      return buildTallies(run.suites, counts, scores, values);
    },
    *items(runId: string, options = {}) {
      const pageSize = options.pageSize ?? 500;
      if (!Number.isInteger(pageSize) || pageSize < 1) throw new PingceError('STORE_INPUT', `pageSize must be a positive whole number, got ${pageSize}`);
      // Keyset paging on the primary key: each page is read whole with .all(), so no
      // statement is left open while the caller works (better-sqlite3 refuses writes then).
      let after = '';
      for (;;) {
        const page = pageItems.all(runId, after, pageSize);
        const last = page.at(-1);
        if (last === undefined) return;
        const scores = new Map<string, ItemScoreRow[]>();
        for (const row of pageScores.all(runId, after, last.item_key)) {
          const list = scores.get(row.item_key) ?? [];
          list.push(row);
          scores.set(row.item_key, list);
        }
        for (const row of page) yield toItemResult(row, scores.get(row.item_key) ?? []);
        after = last.item_key;
      }
    },
    itemCount(runId: string) {
      return db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM items WHERE run_id = ?`).get(runId)?.n ?? 0;
    },
    close() {
      db.close();
    },
  };
}

/** One tally per scorer the suite declares, even where every item errored (sum 0 of 0 scored). */
function tallyKey(suiteId: string, modelId: string, category: string | null, scorer: string): string {
  return JSON.stringify([suiteId, modelId, category, scorer]);
}

function buildTallies(suites: readonly RunSuiteRecord[], counts: readonly ItemCountRow[], scores: readonly ScoreRow[], values: ReadonlyMap<string, readonly number[]>): ScoreTally[] {
  const scorersBySuite = new Map(suites.map((suite) => [suite.id, suite.scorers.map((scorer) => scorer.id)]));
  const byKey = new Map(scores.map((row) => [tallyKey(row.suite_id, row.model_id, row.category, row.scorer), row]));
  const tallies: ScoreTally[] = [];
  for (const count of counts) {
    for (const scorer of scorersBySuite.get(count.suite_id) ?? []) {
      const key = tallyKey(count.suite_id, count.model_id, count.category, scorer);
      const row = byKey.get(key);
      const graded = values.get(key);
      tallies.push({
        suiteId: count.suite_id,
        modelId: count.model_id,
        scorer,
        ...(count.category === null ? {} : { category: count.category }),
        n: count.n,
        errors: count.errors,
        sum: row?.sum ?? 0,
        noAnswer: row?.no_answer ?? 0,
        ...(graded === undefined ? {} : { values: graded }),
      });
    }
  }
  return tallies;
}

function itemRow(runId: string, result: ItemResult) {
  return {
    runId,
    key: result.key,
    suiteId: result.suiteId,
    sampleId: result.sampleId,
    modelId: result.modelId,
    repeat: result.repeat,
    category: result.category ?? null,
    status: result.status,
    promptHash: result.promptHash,
    output: result.output ?? null,
    reasoning: result.reasoning ?? null,
    inputTokens: result.usage?.inputTokens ?? null,
    outputTokens: result.usage?.outputTokens ?? null,
    latencyMs: result.latencyMs ?? null,
    finishReason: result.finishReason ?? null,
    attempts: result.attempts,
    cached: result.cached ? 1 : 0,
    errorKind: result.error?.kind ?? null,
    errorStatus: result.error?.status ?? null,
    errorMessage: result.error?.message ?? null,
  };
}

/** The inverse of itemRow: an ItemResult as the runner produced it, without the fields that were absent. */
function toItemResult(row: ItemRow, scoreRows: readonly ItemScoreRow[]): ItemResult {
  const usage = {
    ...(row.input_tokens === null ? {} : { inputTokens: row.input_tokens }),
    ...(row.output_tokens === null ? {} : { outputTokens: row.output_tokens }),
  };
  return {
    key: row.item_key,
    suiteId: row.suite_id,
    sampleId: row.sample_id,
    modelId: row.model_id,
    repeat: row.repeat,
    ...(row.category === null ? {} : { category: row.category }),
    promptHash: row.prompt_hash,
    status: row.status,
    ...(row.output === null ? {} : { output: row.output }),
    ...(row.reasoning === null ? {} : { reasoning: row.reasoning }),
    ...(Object.keys(usage).length === 0 ? {} : { usage }),
    ...(row.latency_ms === null ? {} : { latencyMs: row.latency_ms }),
    ...(row.finish_reason === null ? {} : { finishReason: row.finish_reason }),
    attempts: row.attempts,
    ...(row.cached === 1 ? { cached: true } : {}),
    ...(row.error_kind === null
      ? {}
      : {
          error: {
            kind: row.error_kind as ItemError['kind'],
            message: row.error_message ?? '',
            ...(row.error_status === null ? {} : { status: row.error_status }),
          },
        }),
    scores: scoreRows.map((score) => ({
      scorer: score.scorer,
      value: score.value,
      ...(score.passed === null ? {} : { passed: score.passed === 1 }),
      ...(score.answer === null ? {} : { answer: score.answer }),
      ...(score.explanation === null ? {} : { explanation: score.explanation }),
    })),
  };
}

function toRunRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    toolVersion: row.tool_version,
    configHash: row.config_hash,
    suites: JSON.parse(row.suites_json) as RunRecord['suites'],
    models: JSON.parse(row.models_json) as RunRecord['models'],
    settings: JSON.parse(row.settings_json) as RunRecord['settings'],
    spec: JSON.parse(row.spec_json) as RunRecord['spec'],
    ...(row.counts_json === null ? {} : { counts: JSON.parse(row.counts_json) as RunCounts }),
  };
}
