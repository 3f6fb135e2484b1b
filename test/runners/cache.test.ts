import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { RESPONSE_CACHE_BATCH_SIZE, openResponseCache, type CachedCompletion } from '../../runners/cache.js';
import { tempDir } from '../helpers/tmp.js';

const full: CachedCompletion = {
  text: '答案：B',
  reasoning: '先排除 A。',
  usage: { inputTokens: 12, outputTokens: 5 },
  latencyMs: 123.5,
  finishReason: 'stop',
};

/** Rows committed to the file, as another process would see them. */
function committedKeys(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], { key: string }>(`SELECT key FROM responses ORDER BY key`).all().map((row) => row.key);
  } finally {
    db.close();
  }
}

function expectCode(fn: () => unknown, code: string, messagePart: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toMatchObject({ name: 'PingceError', code });
  expect((thrown as Error).message).toContain(messagePart);
}

describe('openResponseCache', () => {
  it('round-trips a completion with every field, and one with only the required ones', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'nested', 'deeper', 'cache.db'));
    cache.put('full', full);
    cache.put('bare', { text: '', latencyMs: 0 });
    cache.flush();
    expect(cache.get('full')).toEqual(full);
    const bare = cache.get('bare');
    expect(bare).toEqual({ text: '', latencyMs: 0 });
    expect(Object.keys(bare ?? {}).sort()).toEqual(['latencyMs', 'text']);
    expect(cache.get('missing')).toBeUndefined();
    cache.close();
  });

  it('keeps a partial usage partial and drops fields that are not cached', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'c.db'));
    const completion = { text: 'x', usage: { outputTokens: 3 }, latencyMs: 1, firstTokenMs: 0.5 };
    cache.put('k', completion);
    const buffered = cache.get('k');
    cache.flush();
    expect(cache.get('k')).toEqual({ text: 'x', usage: { outputTokens: 3 }, latencyMs: 1 });
    expect(buffered).toEqual(cache.get('k'));
    cache.close();
  });

  it('serves buffered entries before they are committed, and commits on flush', () => {
    const { dir } = tempDir();
    const path = join(dir, 'c.db');
    const cache = openResponseCache(path);
    cache.put('a', full);
    expect(cache.get('a')).toEqual(full);
    expect(committedKeys(path)).toEqual([]);
    cache.flush();
    expect(committedKeys(path)).toEqual(['a']);
    cache.close();
  });

  it(`commits by itself every ${RESPONSE_CACHE_BATCH_SIZE} puts`, () => {
    const { dir } = tempDir();
    const path = join(dir, 'c.db');
    const cache = openResponseCache(path);
    for (let i = 0; i < RESPONSE_CACHE_BATCH_SIZE - 1; i += 1) cache.put(`k${i}`, { text: String(i), latencyMs: i });
    expect(committedKeys(path)).toHaveLength(0);
    cache.put('last', { text: 'last', latencyMs: 1 });
    expect(committedKeys(path)).toHaveLength(RESPONSE_CACHE_BATCH_SIZE);
    cache.put('after', { text: 'after', latencyMs: 1 });
    expect(committedKeys(path)).toHaveLength(RESPONSE_CACHE_BATCH_SIZE);
    cache.close();
    expect(committedKeys(path)).toHaveLength(RESPONSE_CACHE_BATCH_SIZE + 1);
  });

  it('persists across close and reopen, close flushing what was buffered', () => {
    const { dir } = tempDir();
    const path = join(dir, 'c.db');
    const cache = openResponseCache(path);
    cache.put('a', full);
    cache.close();
    cache.close();
    expect(() => cache.get('a')).toThrow(expect.objectContaining({ code: 'CACHE_CLOSED' }));
    const again = openResponseCache(path);
    expect(again.get('a')).toEqual(full);
    expect(again.stats()).toEqual({ hits: 1, misses: 0, writes: 0, entries: 1 });
    again.close();
  });

  it('replaces an entry that is put again, buffered or committed', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'c.db'));
    cache.put('a', { text: 'one', latencyMs: 1 });
    cache.put('a', { text: 'two', latencyMs: 2 });
    expect(cache.get('a')?.text).toBe('two');
    cache.flush();
    expect(cache.get('a')?.text).toBe('two');
    cache.put('a', { text: 'three', latencyMs: 3, finishReason: 'length' });
    cache.flush();
    expect(cache.get('a')).toEqual({ text: 'three', latencyMs: 3, finishReason: 'length' });
    expect(cache.stats().entries).toBe(1);
    cache.close();
  });

  it('deletes buffered and committed entries', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'c.db'));
    cache.put('committed', full);
    cache.flush();
    cache.put('buffered', full);
    cache.delete('committed');
    cache.delete('buffered');
    cache.flush();
    expect(cache.get('committed')).toBeUndefined();
    expect(cache.get('buffered')).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
    cache.close();
  });

  it('counts hits, misses, writes and distinct entries, buffered ones included', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'c.db'));
    expect(cache.stats()).toEqual({ hits: 0, misses: 0, writes: 0, entries: 0 });
    cache.put('a', full);
    cache.flush();
    cache.put('a', full);
    cache.put('b', full);
    cache.get('a');
    cache.get('b');
    cache.get('c');
    expect(cache.stats()).toEqual({ hits: 2, misses: 1, writes: 3, entries: 2 });
    cache.close();
  });

  it('lets a second connection read what the first has flushed (WAL)', () => {
    const { dir } = tempDir();
    const path = join(dir, 'c.db');
    const writer = openResponseCache(path);
    const reader = openResponseCache(path);
    writer.put('a', full);
    expect(reader.get('a')).toBeUndefined();
    writer.flush();
    expect(reader.get('a')).toEqual(full);
    reader.close();
    writer.close();
  });

  it('rejects a cache written with another schema version', () => {
    const { dir } = tempDir();
    const path = join(dir, 'c.db');
    openResponseCache(path).close();
    const db = new Database(path);
    db.prepare(`UPDATE meta SET value = '2' WHERE key = 'schema_version'`).run();
    db.close();
    expectCode(() => openResponseCache(path), 'CACHE_VERSION', path);
  });

  it('refuses a path it cannot open, naming the path', () => {
    const { write } = tempDir();
    const file = write('plain.txt', 'not a folder');
    const underFile = join(file, 'cache.db');
    expectCode(() => openResponseCache(underFile), 'CACHE_OPEN_FAILED', underFile);
    expectCode(() => openResponseCache(file), 'CACHE_OPEN_FAILED', file);
  });

  it('refuses an SQLite database that is not a response cache', () => {
    const { dir } = tempDir();
    const path = join(dir, 'results.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE runs (id TEXT PRIMARY KEY)`);
    db.close();
    expectCode(() => openResponseCache(path), 'CACHE_OPEN_FAILED', 'not a pingce response cache');
    expect(committedTables(path)).toEqual(['runs']);
  });

  it('rejects a completion whose latency cannot be stored, at put time', () => {
    const { dir } = tempDir();
    const cache = openResponseCache(join(dir, 'c.db'));
    expectCode(() => cache.put('a', { text: 'x', latencyMs: Number.NaN }), 'CACHE_INVALID_ENTRY', 'latencyMs');
    cache.put('b', full);
    cache.close();
  });
});

function committedTables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all().map((row) => row.name);
  } finally {
    db.close();
  }
}
