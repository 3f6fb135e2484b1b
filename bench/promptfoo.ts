import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPrompt } from '../suites/render.js';
import { resolveSuites } from '../suites/resolve.js';
import { startEndpoint, type BenchEndpoint } from './endpoint.js';
import { generateSuite } from './generate-suite.js';
import { runNode, type ChildRun } from './measure.js';
import { runPingce, type PingceRun } from './pingce-run.js';
import { fixed, isMain, machineLine, markdownTable, mb, median, MODEL, numberFlag, tempDir, verdict } from './util.js';

/**
 * pingce beside promptfoo on the same generated suite, the same endpoint process,
 * the same concurrency, caches off. promptfoo is installed by this script into a
 * temporary folder (reused between runs), never as a dependency of pingce.
 */

export const PROMPTFOO_VERSION = '0.121.20';

export interface PromptfooOptions {
  readonly items: number;
  readonly concurrency: number;
  readonly repetitions: number;
}

export const DEFAULT_PROMPTFOO: PromptfooOptions = { items: 2000, concurrency: 50, repetitions: 3 };

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/** promptfoo's entry script, installed on first use; throws with npm's output when it cannot be. */
function installPromptfoo(): string {
  const prefix = join(tmpdir(), `pingce-bench-promptfoo-${PROMPTFOO_VERSION}`);
  const manifest = join(prefix, 'node_modules', 'promptfoo', 'package.json');
  const installed = existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version === PROMPTFOO_VERSION;
  if (!installed) {
    log(`installing promptfoo@${PROMPTFOO_VERSION} into ${prefix} (a few minutes)…`);
    mkdirSync(prefix, { recursive: true });
    const npm = spawnSync('npm', ['install', '--prefix', prefix, `promptfoo@${PROMPTFOO_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', timeout: 15 * 60_000 });
    if (npm.status !== 0) throw new Error(`npm install promptfoo@${PROMPTFOO_VERSION} failed (${npm.error?.message ?? `exit ${npm.status}`}): ${(npm.stderr ?? '').slice(-2000)}`);
  }
  return join(prefix, 'node_modules', 'promptfoo', 'dist', 'src', 'entrypoint.js');
}

/**
 * promptfoo's inputs for the same items: each test carries pingce's rendered
 * system and user messages as variables, so the endpoint sees identical prompts,
 * and a `contains` assertion on the gold letter (lighter than pingce's extractor).
 */
async function writePromptfooConfig(dir: string, suiteDir: string, baseUrl: string): Promise<string> {
  const lines: string[] = [];
  for (const suite of await resolveSuites([suiteDir], process.cwd())) {
    for await (const sample of suite.samples()) {
      const [system, user] = renderPrompt(suite, sample);
      lines.push(JSON.stringify({ vars: { system: system?.content, user: user?.content }, assert: [{ type: 'contains', value: sample.target }] }));
    }
  }
  writeFileSync(join(dir, 'tests.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'prompt.json'), JSON.stringify([{ role: 'system', content: '{{system}}' }, { role: 'user', content: '{{user}}' }]));
  const config = join(dir, 'promptfooconfig.json');
  writeFileSync(config, JSON.stringify({ description: 'pingce bench side-by-side', prompts: ['file://prompt.json'], providers: [{ id: `openai:chat:${MODEL}`, config: { apiBaseUrl: baseUrl, apiKey: 'dummy' } }], tests: 'file://tests.jsonl' }, null, 2));
  return config;
}

interface PromptfooRun {
  readonly child: ChildRun;
  readonly itemsPerSecond: number;
  /** From promptfoo's own `evaluationDurationMs`. */
  readonly evalItemsPerSecond: number;
}

interface PromptfooOutput {
  readonly results: { readonly stats: { readonly successes: number; readonly failures: number; readonly errors: number; readonly evaluationDurationMs?: number; readonly durationMs?: number } };
}

async function runPromptfoo(entry: string, config: string, endpoint: BenchEndpoint, expected: number, concurrency: number): Promise<PromptfooRun> {
  const dir = tempDir('promptfoo-run');
  try {
    await endpoint.reset();
    const output = join(dir, 'out.json');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Its database and logs go to the run's own folder, as pingce's store does.
      PROMPTFOO_CONFIG_DIR: join(dir, 'config'),
      PROMPTFOO_DISABLE_TELEMETRY: '1',
      PROMPTFOO_DISABLE_UPDATE: '1',
      PROMPTFOO_DISABLE_SHARING: '1',
      PROMPTFOO_DISABLE_REMOTE_GENERATION: '1',
      // Its file logger can crash on exit ("write after end") when a run ends quickly.
      PROMPTFOO_DISABLE_ERROR_LOG: '1',
      PROMPTFOO_DISABLE_DEBUG_LOG: '1',
      // Wrong answers are expected (the endpoint is scripted to miss 20%); they must not fail the process.
      PROMPTFOO_FAILED_TEST_EXIT_CODE: '0',
    };
    const child = await runNode([entry, 'eval', '-c', config, '--max-concurrency', String(concurrency), '--no-cache', '-o', output, '--no-table', '--no-progress-bar', '--no-share'], { env, cwd: dir });
    if (child.code !== 0 || !existsSync(output)) throw new Error(`promptfoo eval exited with ${child.code}: ${child.stderr.slice(-2000)}${child.stdout.slice(-2000)}`);
    const stats = (JSON.parse(readFileSync(output, 'utf8')) as PromptfooOutput).results.stats;
    if (stats.successes + stats.failures !== expected || stats.errors !== 0) throw new Error(`promptfoo: ${stats.successes} passed + ${stats.failures} failed, ${stats.errors} errors (expected ${expected} items, 0 errors)`);
    const endpointStats = (await endpoint.report()).stats;
    if (endpointStats.unknownPrompts !== 0 || endpointStats.requests !== expected) throw new Error(`promptfoo sent ${endpointStats.requests} requests, ${endpointStats.unknownPrompts} not recognised`);
    const evalMs = stats.evaluationDurationMs ?? stats.durationMs ?? Number.NaN;
    return { child, itemsPerSecond: expected / (child.wallMs / 1000), evalItemsPerSecond: expected / (evalMs / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The side-by-side; never throws: when promptfoo cannot be installed or run, the table says so. */
export async function promptfooBench(options: PromptfooOptions = DEFAULT_PROMPTFOO): Promise<string> {
  const title = `### pingce beside promptfoo ${PROMPTFOO_VERSION}: ${fixed(options.items)} items, concurrency ${options.concurrency}, 0 ms latency, caches off`;
  let entry: string;
  try {
    entry = installPromptfoo();
  } catch (error) {
    return `${title}\n\n**Not measured: promptfoo could not be installed here.** ${(error as Error).message}`;
  }
  const dir = tempDir('promptfoo');
  try {
    await generateSuite(join(dir, 'suite'), options.items);
    const endpoint = await startEndpoint(join(dir, 'suite'), 0);
    try {
      const config = await writePromptfooConfig(dir, join(dir, 'suite'), `${endpoint.url}/v1`);
      const pairs: { pingce: PingceRun; promptfoo: PromptfooRun }[] = [];
      try {
        log('warm-up pair');
        await runPingce(endpoint, join(dir, 'suite'), options.items, { concurrency: options.concurrency });
        await runPromptfoo(entry, config, endpoint, options.items, options.concurrency);
        for (let i = 1; i <= options.repetitions; i += 1) {
          const pingce = await runPingce(endpoint, join(dir, 'suite'), options.items, { concurrency: options.concurrency });
          const promptfoo = await runPromptfoo(entry, config, endpoint, options.items, options.concurrency);
          log(`  #${i}: pingce ${fixed(pingce.itemsPerSecond)} items/s, promptfoo ${fixed(promptfoo.itemsPerSecond)} items/s (${(pingce.itemsPerSecond / promptfoo.itemsPerSecond).toFixed(2)}×)`);
          pairs.push({ pingce, promptfoo });
        }
      } catch (error) {
        return `${title}\n\n**Not measured: a run failed.** ${(error as Error).message}`;
      }
      const med = (pick: (pair: (typeof pairs)[number]) => number | undefined): number => median(pairs.map(pick).filter((value): value is number => value !== undefined));
      const ratio = med((pair) => pair.pingce.itemsPerSecond / pair.promptfoo.itemsPerSecond);
      const cpuPerItem = (cpuMs: number | undefined): number | undefined => (cpuMs === undefined ? undefined : (cpuMs / options.items) * 1000);
      return [
        title,
        '',
        `Medians of ${pairs.length} alternating pairs after one warm-up pair; both as child processes against one endpoint process.`,
        '',
        markdownTable(
          ['tool', 'items/s (process wall)', 'items/s (inner)¹', 'wall ms', 'peak RSS', 'CPU µs/item'],
          [
            ['pingce run', fixed(med((p) => p.pingce.itemsPerSecond)), fixed(med((p) => p.pingce.runWindowItemsPerSecond)), fixed(med((p) => p.pingce.child.wallMs)), mb(med((p) => p.pingce.child.maxRssKb)), fixed(med((p) => cpuPerItem(p.pingce.child.cpuMs)))],
            [`promptfoo eval`, fixed(med((p) => p.promptfoo.itemsPerSecond)), fixed(med((p) => p.promptfoo.evalItemsPerSecond)), fixed(med((p) => p.promptfoo.child.wallMs)), mb(med((p) => p.promptfoo.child.maxRssKb)), fixed(med((p) => cpuPerItem(p.promptfoo.child.cpuMs)))],
          ],
        ),
        '',
        '¹ inner: pingce\'s run window (`startedAt` → `finishedAt`); promptfoo\'s own `evaluationDurationMs`. CPU: user + system time of the process ÷ items (GNU time).',
        '',
        `| target | measured | verdict |\n|---|---|---|\n| pingce ≥ 7× promptfoo's items/s | ${ratio.toFixed(2)}× (median of per-pair ratios, process wall; pairs: ${pairs.map((pair) => (pair.pingce.itemsPerSecond / pair.promptfoo.itemsPerSecond).toFixed(2)).join(', ')}) | ${verdict(ratio >= 7)} |`,
      ].join('\n');
    } finally {
      await endpoint.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  // Taken before the run: the commit and the load it started under.
  const machine = machineLine();
  const table = await promptfooBench({
    items: numberFlag('--items', DEFAULT_PROMPTFOO.items),
    concurrency: numberFlag('--concurrency', DEFAULT_PROMPTFOO.concurrency),
    repetitions: numberFlag('--repetitions', DEFAULT_PROMPTFOO.repetitions),
  });
  process.stdout.write(`${machine}\n\n${table}\n\nAt the end: ${machineLine()}\n`);
}
