import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { scriptedOutcome } from '../../reference/script.js';
import { startReferenceServer } from '../../reference/server.js';
import type { ReferenceServer } from '../../reference/types.js';
import type { RunSummary } from '../../results/summary.js';
import { loadSuite } from '../../suites/loader.js';
import type { Suite } from '../../suites/types.js';
import { builtCli, runBuiltCli } from '../helpers/cli.js';
import { writeArithmeticSuite } from '../helpers/generated-suite.js';
import { tempDir } from '../helpers/tmp.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ITEMS = 240;
let server: ReferenceServer;
let suite: Suite;
let suiteDir: string;

beforeAll(async () => {
  // Not tempDir(): that one is removed after each test, and this suite serves them all.
  suiteDir = writeArithmeticSuite(mkdtempSync(join(tmpdir(), 'pingce-arith-')), 'arith', ITEMS);
  suite = await loadSuite(join(suiteDir, 'arith.yaml'));
  server = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: 3, accuracy: { default: 0.75 }, noAnswerRate: 0.1, latencyMs: 15, suites: [suite] });
});
afterAll(async () => {
  await server.close();
  rmSync(suiteDir, { recursive: true, force: true });
});

function committed(store: string): string[] {
  if (!existsSync(store)) return [];
  const db = new Database(store, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { key: string }>(`SELECT item_key AS key FROM items WHERE status = 'ok'`).all().map((row) => row.key);
  } catch {
    return [];
  } finally {
    db.close();
  }
}

async function expected() {
  let correct = 0;
  let noAnswer = 0;
  for await (const sample of suite.samples()) {
    const outcome = scriptedOutcome({ seed: 3, suiteId: 'arith', sampleId: sample.id, accuracy: 0.75, noAnswerRate: 0.1, task: 'multiple-choice' });
    if (outcome === 'correct') correct += 1;
    if (outcome === 'noanswer') noAnswer += 1;
  }
  return { n: ITEMS, correct, noAnswer, errors: 0 };
}

describe('crash-safe resume', () => {
  it('after kill -9 mid-run, --resume finishes without asking again for any committed item', async () => {
    server.reset();
    const { dir } = tempDir();
    const store = join(dir, 'r.db');
    const args = ['run', '--target', 'openai:pingce-reference', '--base-url', `${server.url}/v1`, '--suite', suiteDir, '--concurrency', '4', '--no-cache', '--store', store, '--output', join(dir, 'reports')];
    const child = spawn(process.execPath, [builtCli, ...args], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Wait until a good part, but not all, of the run is committed, then kill it without warning.
    for (let waited = 0; committed(store).length < 60 && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;
    const before = committed(store);
    expect(before.length).toBeGreaterThanOrEqual(60);
    expect(before.length).toBeLessThan(ITEMS);

    const resumed = await runBuiltCli(['run', '--resume', 'last', '--store', store, '--no-cache', '--json', 'out.json'], { cwd: dir });
    expect(resumed.stderr).not.toContain('internal error');
    expect(resumed.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunSummary;
    expect(summary.status).toBe('completed');
    expect(summary.results[0]).toMatchObject(await expected());

    const db = new Database(store, { readonly: true });
    const counts = db.prepare<[], { n: number; uniq: number; runs: number }>(`SELECT COUNT(*) AS n, COUNT(DISTINCT item_key) AS uniq, COUNT(DISTINCT run_id) AS runs FROM items`).get();
    db.close();
    expect(counts).toEqual({ n: ITEMS, uniq: ITEMS, runs: 1 });

    const requests = new Map(server.ledger().map((entry) => [entry.sampleId, entry.requests]));
    for (const key of before) expect({ key, requests: requests.get(key.split('/')[1] ?? '') }).toEqual({ key, requests: 1 });
    expect(requests.size).toBe(ITEMS);
  });

  it('stops gracefully on SIGTERM, stores the run as interrupted and prints the resume command', async () => {
    server.reset();
    const { dir } = tempDir();
    const store = join(dir, 'r.db');
    const child = spawn(process.execPath, [builtCli, 'run', '--target', 'openai:pingce-reference', '--base-url', `${server.url}/v1`, '--suite', suiteDir, '--concurrency', '2', '--no-cache', '--store', store], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    for (let waited = 0; committed(store).length < 10 && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    expect({ code: await code, stderr }).toMatchObject({ code: 130 });
    expect(stderr).toContain('pingce run --resume');
    const db = new Database(store, { readonly: true });
    const run = db.prepare<[], { status: string }>(`SELECT status FROM runs`).get();
    db.close();
    expect(run?.status).toBe('interrupted');
    const resumed = await runBuiltCli(['run', '--resume', 'last', '--store', store, '--no-cache'], { cwd: dir });
    expect(resumed.code).toBe(0);
    expect(committed(store)).toHaveLength(ITEMS);
  });
});
