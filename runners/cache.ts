import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { TokenUsage } from '../adapters/types.js';
import { PingceError } from '../common/errors.js';

/**
 * Response cache: completions keyed by `responseCacheKey`, in their own SQLite
 * file so it can be shared between runs and deleted without touching results.
 */

export interface CachedCompletion {
  readonly text: string;
  readonly reasoning?: string;
  readonly usage?: TokenUsage;
  readonly latencyMs: number;
  readonly finishReason?: string;
}

export interface ResponseCacheStats {
  /** `get` calls answered from the cache, since open. */
  readonly hits: number;
  readonly misses: number;
  /** `put` calls since open (a re-put of one key counts each time). */
  readonly writes: number;
  /** Distinct keys stored, buffered ones included. */
  readonly entries: number;
}

export interface ResponseCache {
  readonly path: string;
  get(key: string): CachedCompletion | undefined;
  /** Buffered; committed in batches (every 64 puts) and on flush(). Only successful completions are ever put. */
  put(key: string, completion: CachedCompletion): void;
  flush(): void;
  /** Removes an entry (for --refresh-cache the caller simply overwrites with put; delete is for tests/tools). */
  delete(key: string): void;
  stats(): ResponseCacheStats;
  /** Flushes first. Closing twice is harmless. */
  close(): void;
}

export const RESPONSE_CACHE_SCHEMA_VERSION = 1;
export const RESPONSE_CACHE_BATCH_SIZE = 64;
/** Marks the file as a cache, so pointing the cache at some other database (e.g. results.db) fails instead of writing into it. */
const FORMAT = 'pingce-response-cache';

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (
  key TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  reasoning TEXT,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms REAL NOT NULL,
  finish_reason TEXT,
  created_at TEXT NOT NULL
);
`;

interface ResponseRow {
  text: string;
  reasoning: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  finish_reason: string | null;
}

interface Pending { readonly completion: CachedCompletion; readonly createdAt: string }

export function openResponseCache(path: string): ResponseCache {
  const file = resolve(path);
  const db = openDatabase(file);

  const selectOne = db.prepare<[string], ResponseRow>(`SELECT text, reasoning, input_tokens, output_tokens, latency_ms, finish_reason FROM responses WHERE key = ?`);
  const exists = db.prepare<[string], { one: number }>(`SELECT 1 AS one FROM responses WHERE key = ?`);
  const countAll = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM responses`);
  const upsert = db.prepare(`INSERT OR REPLACE INTO responses (key, text, reasoning, input_tokens, output_tokens, latency_ms, finish_reason, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const deleteOne = db.prepare(`DELETE FROM responses WHERE key = ?`);
  const writeBatch = db.transaction((entries: readonly (readonly [string, Pending])[]) => {
    for (const [key, { completion: c, createdAt }] of entries) {
      upsert.run(key, c.text, c.reasoning ?? null, c.usage?.inputTokens ?? null, c.usage?.outputTokens ?? null, c.latencyMs, c.finishReason ?? null, createdAt);
    }
  });

  // A Map so a re-put of a buffered key replaces it, and `get` sees the newest value before it is committed.
  const pending = new Map<string, Pending>();
  let hits = 0;
  let misses = 0;
  let writes = 0;
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new PingceError('CACHE_CLOSED', `response cache ${file} is closed`);
  };

  const flush = () => {
    assertOpen();
    if (pending.size === 0) return;
    try {
      writeBatch([...pending]);
    } catch (cause) {
      // The transaction rolled back; the buffer is kept so a later flush can retry.
      throw new PingceError('CACHE_WRITE_FAILED', `cannot write response cache ${file}: ${(cause as Error).message}`, { cause });
    }
    pending.clear();
  };

  return {
    path: file,
    get(key) {
      assertOpen();
      const found = pending.get(key)?.completion ?? fromRow(selectOne.get(key));
      if (found) hits += 1;
      else misses += 1;
      return found;
    },
    put(key, completion) {
      assertOpen();
      pending.set(key, { completion: normalise(completion, file), createdAt: new Date().toISOString() });
      writes += 1;
      if (pending.size >= RESPONSE_CACHE_BATCH_SIZE) flush();
    },
    flush,
    delete(key) {
      assertOpen();
      pending.delete(key);
      deleteOne.run(key);
    },
    stats() {
      assertOpen();
      let buffered = 0;
      for (const key of pending.keys()) if (!exists.get(key)) buffered += 1;
      return { hits, misses, writes, entries: (countAll.get()?.n ?? 0) + buffered };
    },
    close() {
      if (closed) return;
      try {
        flush();
      } finally {
        closed = true;
        db.close();
      }
    },
  };
}

function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    // Set before anything that may need a lock: another process may be mid-batch on the same file.
    db.pragma('busy_timeout = 5000');
    // WAL lets another process read while this one writes.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const opened = db;
    // Immediate, so two processes creating the same new file do not both decide it is empty.
    opened.transaction(() => prepareSchema(opened, file)).immediate();
    return opened;
  } catch (cause) {
    db?.close();
    if (cause instanceof PingceError) throw cause;
    throw new PingceError('CACHE_OPEN_FAILED', `cannot open response cache ${file}: ${(cause as Error).message}`, { cause });
  }
}

function prepareSchema(db: Database.Database, file: string): void {
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((row) => row.name);
  if (tables.length === 0) {
    db.exec(SCHEMA_SQL);
    const insert = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?)`);
    insert.run('format', FORMAT);
    insert.run('schema_version', String(RESPONSE_CACHE_SCHEMA_VERSION));
    return;
  }
  const meta = tables.includes('meta') ? db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM meta`).all() : [];
  const value = (key: string) => meta.find((row) => row.key === key)?.value;
  if (value('format') !== FORMAT) {
    throw new PingceError('CACHE_OPEN_FAILED', `cannot open response cache ${file}: it is an SQLite database but not a pingce response cache`);
  }
  const version = value('schema_version');
  if (version !== String(RESPONSE_CACHE_SCHEMA_VERSION)) {
    throw new PingceError('CACHE_VERSION', `${file} has response cache schema ${version ?? '(none)'}; this pingce reads schema ${RESPONSE_CACHE_SCHEMA_VERSION}. Delete the file or use another cache path.`);
  }
}

/**
 * Keeps only the cached fields (a whole `Completion` may be passed, with e.g.
 * `firstTokenMs`, which is meaningless on a replay), so a buffered entry reads
 * back exactly as it will after a flush.
 */
function normalise(completion: CachedCompletion, file: string): CachedCompletion {
  if (!Number.isFinite(completion.latencyMs)) {
    // Caught here, not at flush, where it would fail a whole batch far from its cause.
    throw new PingceError('CACHE_INVALID_ENTRY', `response cache ${file}: latencyMs must be a finite number, got ${completion.latencyMs}`);
  }
  const usage = pickUsage(completion.usage?.inputTokens ?? null, completion.usage?.outputTokens ?? null);
  return {
    text: completion.text,
    ...(completion.reasoning === undefined ? {} : { reasoning: completion.reasoning }),
    ...(usage === undefined ? {} : { usage }),
    latencyMs: completion.latencyMs,
    ...(completion.finishReason === undefined ? {} : { finishReason: completion.finishReason }),
  };
}

function fromRow(row: ResponseRow | undefined): CachedCompletion | undefined {
  if (!row) return undefined;
  const usage = pickUsage(row.input_tokens, row.output_tokens);
  return {
    text: row.text,
    ...(row.reasoning === null ? {} : { reasoning: row.reasoning }),
    ...(usage === undefined ? {} : { usage }),
    latencyMs: row.latency_ms,
    ...(row.finish_reason === null ? {} : { finishReason: row.finish_reason }),
  };
}

/** An empty usage object and no usage are stored alike (two NULLs), so both read back as no usage. */
function pickUsage(inputTokens: number | null, outputTokens: number | null): TokenUsage | undefined {
  if (inputTokens === null && outputTokens === null) return undefined;
  return {
    ...(inputTokens === null ? {} : { inputTokens }),
    ...(outputTokens === null ? {} : { outputTokens }),
  };
}
