import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteStore } from '../../results/sqlite-store.js';
import { RUN, item } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/tmp.js';

describe('openSqliteStore', () => {
  it('records a run and tallies items per suite, model, scorer and category', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'nested', 'results.db'));
    store.createRun(RUN);
    const writer = store.writer('run-1', { batchSize: 2 });
    [item('a', 1), item('b', 0), item('c', null), item('d', 'error', 'c2'), item('e', 1, 'c2')].forEach((result) => writer.add(result));
    writer.flush();
    store.finishRun('run-1', 'completed', { items: 5, errors: 1, retries: 3 }, '2026-11-29T00:01:00.000Z');

    const run = store.getRun('last');
    expect(run).toMatchObject({ id: 'run-1', status: 'completed', counts: { items: 5, errors: 1, retries: 3 } });
    expect(JSON.stringify(run)).not.toMatch(/apiKey/);
    const tallies = store.tallies('run-1');
    expect(tallies.find((t) => t.scorer === 'multiple-choice' && t.category === undefined)).toEqual({ suiteId: 's', modelId: 'm', scorer: 'multiple-choice', n: 5, errors: 1, sum: 2, noAnswer: 1 });
    expect(tallies.find((t) => t.scorer === 'includes' && t.category === undefined)).toMatchObject({ n: 5, errors: 1, sum: 4, noAnswer: 0 });
    expect(tallies.find((t) => t.scorer === 'multiple-choice' && t.category === 'c2')).toMatchObject({ n: 2, errors: 1, sum: 1 });
    expect(store.itemCount('run-1')).toBe(5);
    store.close();
  });

  it('replaces rather than duplicates an item written twice', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'r.db'));
    store.createRun(RUN);
    const writer = store.writer('run-1');
    writer.add(item('a', 0));
    writer.add(item('a', 1));
    writer.flush();
    expect(store.itemCount('run-1')).toBe(1);
    expect(store.tallies('run-1').find((t) => t.scorer === 'multiple-choice' && t.category === undefined)?.sum).toBe(1);
    store.close();
  });

  it('keeps unflushed items out until flush, and persists across reopen', () => {
    const { dir } = tempDir();
    const path = join(dir, 'r.db');
    const store = openSqliteStore(path);
    store.createRun(RUN);
    const writer = store.writer('run-1', { batchSize: 10 });
    writer.add(item('a', 1));
    expect(store.itemCount('run-1')).toBe(0);
    writer.flush();
    store.close();
    const again = openSqliteStore(path);
    expect(again.itemCount('run-1')).toBe(1);
    expect(again.getRun('nope')).toBeUndefined();
    expect(again.listRuns().map((run) => run.id)).toEqual(['run-1']);
    again.close();
  });
});
