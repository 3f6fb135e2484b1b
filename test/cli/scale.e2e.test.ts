import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer } from '../../reference/server.js';
import type { FaultKind, ReferenceServer } from '../../reference/types.js';
import type { RunSummary } from '../../results/summary.js';
import { loadSuite } from '../../suites/loader.js';
import { runBuiltCli } from '../helpers/cli.js';
import { writeArithmeticSuite } from '../helpers/generated-suite.js';
import { tempDir } from '../helpers/tmp.js';

const ITEMS = 150;
const ALL_FAULTS: FaultKind[] = ['rate_limit', 'server_error', 'hang', 'reset', 'truncated', 'malformed'];
let server: ReferenceServer;
let suiteDir: string;

beforeAll(async () => {
  suiteDir = writeArithmeticSuite(mkdtempSync(join(tmpdir(), 'pingce-arith-')), 'arith', ITEMS);
  const suite = await loadSuite(join(suiteDir, 'arith.yaml'));
  server = await startReferenceServer({ host: '127.0.0.1', port: 0, seed: 11, accuracy: { default: 0.7 }, noAnswerRate: 0.1, latencyMs: 0, suites: [suite] });
});
afterAll(async () => {
  await server.close();
  rmSync(suiteDir, { recursive: true, force: true });
});

/** Runs the built CLI against the shared endpoint with a config written for the test; returns the JSON summary. */
async function run(dir: string, config: string, extra: string[] = []): Promise<{ code: number; stderr: string; summary: RunSummary }> {
  writeFileSync(join(dir, 'eval.config.yaml'), config);
  const result = await runBuiltCli(['run', '--no-cache', '--json', 'out.json', ...extra], { cwd: dir });
  if (result.code !== 0 && result.code !== 1) throw new Error(`pingce run exited ${result.code}: ${result.stderr}`);
  const summary = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunSummary;
  return { code: result.code, stderr: result.stderr, summary };
}

const config = (extra = '', model = '') => `models:
  - id: ref
    adapter: openai
    model: pingce-reference
    baseUrl: ${server.url}/v1
    concurrency: 10
${model}suites: ["${suiteDir}"]
run:
  maxAttempts: 8
  timeoutMs: 1500
  backoffBaseMs: 5
  backoffMaxMs: 40
${extra}`;

/** The numbers of a run, without ids and times. */
const numbers = (summary: RunSummary) => summary.results.map(({ suite, model, n, scored, correct, noAnswer, errors, metrics, categories }) => ({ suite, model, n, scored, correct, noAnswer, errors, metrics, categories }));

describe('runner at scale, end to end', () => {
  it('a run with 30% injected faults scores exactly like a clean run, every retry accounted for', async () => {
    server.setFaults(undefined);
    server.reset();
    const clean = await run(tempDir().dir, config());
    expect(clean.code).toBe(0);

    server.reset();
    server.setFaults({ rate: 0.3, kinds: ALL_FAULTS, retryAfterMs: 20, hangMs: 5000, maxConsecutive: 3 });
    const faulty = await run(tempDir().dir, config());
    server.setFaults(undefined);
    expect(faulty.stderr).not.toContain('internal error');
    expect(faulty.code).toBe(0);
    expect(numbers(faulty.summary)).toEqual(numbers(clean.summary));

    const injected = Object.values(server.stats().faults).reduce((sum, count) => sum + count, 0);
    expect(injected).toBeGreaterThan(ITEMS * 0.2);
    for (const kind of ALL_FAULTS) expect(server.stats().faults[kind]).toBeGreaterThan(0);
    // Each fault cost exactly one retry; no answer was lost or invented.
    expect(faulty.summary.totals.retries).toBe(injected);
    expect(faulty.summary.totals).toMatchObject({ items: ITEMS, errors: 0 });
    expect(server.stats().requests).toBe(ITEMS + injected);
  });

  it('never exceeds its concurrency or request-rate budget, as the endpoint counts them', async () => {
    server.setFaults(undefined);
    server.reset();
    const limited = config('', '    requestsPerMinute: 3000\n').replace('concurrency: 10', 'concurrency: 3');
    const { code } = await run(tempDir().dir, limited, ['--limit', '100']);
    expect(code).toBe(0);
    expect(server.stats().maxInFlight).toBeLessThanOrEqual(3);
    // 50/s with a one-second bucket: no window of W ms holds more than 50 + 50·W/1000 requests.
    const times = server.requests().map((entry) => entry.at).sort((a, b) => a - b);
    expect(times).toHaveLength(100);
    for (let start = 0; start < times.length; start += 1) {
      for (let end = start; end < times.length; end += 1) {
        const width = (times[end] ?? 0) - (times[start] ?? 0);
        // Slack of 8 requests (160 ms of budget): the limiter grants on the client's clock, and
        // the worker queue and sockets shift arrival times at the server by tens of milliseconds.
        expect(end - start + 1).toBeLessThanOrEqual(50 + Math.ceil((50 * width) / 1000) + 8);
      }
    }
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThan(900);
  });

  it('--concurrency overrides the config', async () => {
    server.reset();
    const { code } = await run(tempDir().dir, config(), ['--concurrency', '2', '--limit', '40']);
    expect(code).toBe(0);
    expect(server.stats().maxInFlight).toBeLessThanOrEqual(2);
  });

  it('shards merged equal the unsharded run', async () => {
    server.reset();
    const whole = await run(tempDir().dir, config());
    const { dir } = tempDir();
    const stores: string[] = [];
    for (const shard of ['0/3', '1/3', '2/3']) {
      const shardDir = join(dir, shard.replace('/', 'of'));
      const store = join(shardDir, 'shard.db');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(shardDir);
      writeFileSync(join(shardDir, 'eval.config.yaml'), config());
      const result = await runBuiltCli(['run', '--no-cache', '--shard', shard, '--store', store], { cwd: shardDir });
      expect(result.code).toBe(0);
      stores.push(store);
    }
    const merged = await runBuiltCli(['merge', ...stores, '-o', join(dir, 'merged.db'), '--json', join(dir, 'merged.json')], { cwd: dir });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as RunSummary;
    expect(numbers(summary)).toEqual(numbers(whole.summary));
    expect(summary.totals.items).toBe(ITEMS);

    const incomplete = await runBuiltCli(['merge', stores[0] ?? '', stores[1] ?? '', '-o', join(dir, 'partial.db')], { cwd: dir });
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('only 2 of 3 shards given; missing 2');
  });

  it('a seeded --sample picks the same items on every run', async () => {
    server.reset();
    const first = await run(tempDir().dir, config(), ['--sample', '30', '--seed', '5']);
    const firstIds = new Set(server.ledger().map((entry) => entry.sampleId));
    server.reset();
    const second = await run(tempDir().dir, config(), ['--sample', '30', '--seed', '5']);
    expect(new Set(server.ledger().map((entry) => entry.sampleId))).toEqual(firstIds);
    expect(firstIds.size).toBe(30);
    expect(numbers(second.summary)).toEqual(numbers(first.summary));
  });
});
