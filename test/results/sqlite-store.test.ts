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

  it('reads a run\'s items back as written, page by page, in key order with scores in scorer order', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'r.db'));
    store.createRun(RUN);
    const written = [item('c', null), item('a', 1), item('d', 'error', 'c2'), item('b', 0)];
    const writer = store.writer('run-1');
    written.forEach((result) => writer.add(result));
    writer.close();
    const read = [...store.items('run-1', { pageSize: 1 })];
    expect(read).toEqual([...written].sort((x, y) => x.key.localeCompare(y.key)));
    expect(read[0]?.scores.map((score) => score.scorer)).toEqual(['multiple-choice', 'includes']);
    expect([...store.items('run-1', { pageSize: 3 })]).toEqual(read);
    expect([...store.items('no-such-run')]).toEqual([]);
    store.close();
  });

  it('lets the store be written while a run\'s items are read (rescore does)', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'r.db'));
    store.createRun(RUN);
    const writer = store.writer('run-1');
    ['a', 'b', 'c', 'd', 'e'].forEach((id) => writer.add(item(id, 1)));
    writer.close();
    store.createRun({ ...RUN, id: 'run-2' });
    const copy = store.writer('run-2', { batchSize: 1 });
    for (const result of store.items('run-1', { pageSize: 2 })) copy.add({ ...result, scores: [] });
    copy.close();
    expect(store.itemCount('run-2')).toBe(5);
    store.close();
  });

  it('refuses a page size that is not a positive whole number', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'r.db'));
    expect(() => [...store.items('run-1', { pageSize: 0 })]).toThrow(/pageSize/);
    store.close();
  });

  it('hands the values of graded scorers to the summary, and only theirs', () => {
    const { dir } = tempDir();
    const store = openSqliteStore(join(dir, 'r.db'));
    store.createRun(RUN);
    const writer = store.writer('run-1');
    const graded = (id: string, value: number | null, category: string) => ({ ...item(id, 1, category), scores: [{ scorer: 'multiple-choice', value: 1 }, { scorer: 'includes', value }] });
    [graded('a', 0.25, 'c1'), graded('b', 1, 'c2'), graded('c', null, 'c2'), item('d', 'error', 'c2')].forEach((result) => writer.add(result));
    writer.close();
    const tallies = store.tallies('run-1');
    const find = (scorer: string, category?: string) => tallies.find((t) => t.scorer === scorer && t.category === category);
    expect(find('includes')).toMatchObject({ n: 4, errors: 1, sum: 1.25, noAnswer: 1, values: [0.25, 1, 0] });
    expect(find('includes', 'c2')?.values).toEqual([1, 0]);
    expect(find('multiple-choice')?.values).toBeUndefined();
    store.close();
  });
});
