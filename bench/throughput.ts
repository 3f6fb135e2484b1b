import { rmSync } from 'node:fs';
import { startEndpoint } from './endpoint.js';
import { generateSuite } from './generate-suite.js';
import { assertSucceeded, runNode } from './measure.js';
import { runPingce, type PingceRun } from './pingce-run.js';
import { runReferenceClient, type ReferenceRun } from './reference-run.js';
import { CLI, fixed, isMain, machineLine, markdownTable, mb, median, numberFlag, percent, tempDir, verdict } from './util.js';

export interface ThroughputOptions {
  readonly items: number;
  readonly concurrency: number;
  /** Measured pairs (reference client, then pingce) at 0 ms latency, after one unmeasured warm-up pair. */
  readonly repetitions: number;
  /** Measured pairs at 100 ms latency. */
  readonly latencyRepetitions: number;
  /**
   * Items of the steady-state run at 100 ms latency (0: none). With 2,000 items a run is only 40
   * round trips, and the first two (new connections, code not yet optimised) weigh 5% of it.
   */
  readonly steadyItems: number;
  readonly steadyRepetitions: number;
}

export const DEFAULT_THROUGHPUT: ThroughputOptions = { items: 2000, concurrency: 50, repetitions: 5, latencyRepetitions: 3, steadyItems: 10_000, steadyRepetitions: 2 };

const LATENCY_MS = 100;

/** One round: the SDK reference client, the bare HTTP client, then pingce, against one endpoint process. */
interface Pair {
  readonly reference: ReferenceRun;
  readonly bare: ReferenceRun;
  readonly pingce: PingceRun;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/** Runs the end-to-end throughput benchmark and returns its Markdown tables. */
export async function throughputBench(options: ThroughputOptions = DEFAULT_THROUGHPUT): Promise<string> {
  const dir = tempDir('throughput');
  const steadyDir = tempDir('throughput-steady');
  try {
    await generateSuite(dir, options.items);
    const floor = await startupFloor();
    const fast = await measurePairs(dir, 0, options, options.repetitions);
    const slow = await measurePairs(dir, LATENCY_MS, options, options.latencyRepetitions);
    let steady: Pair[] = [];
    if (options.steadyItems > 0 && options.steadyRepetitions > 0) {
      await generateSuite(steadyDir, options.steadyItems);
      steady = await measurePairs(steadyDir, LATENCY_MS, { ...options, items: options.steadyItems }, options.steadyRepetitions);
    }
    return render(options, floor, fast, slow, steady);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(steadyDir, { recursive: true, force: true });
  }
}

/** `pingce --version` and `pingce run --help`: process start and module loading, no run. */
async function startupFloor(): Promise<{ version: number; runHelp: number }> {
  const time = async (args: string[]): Promise<number> => {
    const walls: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const run = await runNode([CLI, ...args]);
      assertSucceeded(run, `pingce ${args.join(' ')}`);
      walls.push(run.wallMs);
    }
    return median(walls);
  };
  return { version: await time(['--version']), runHelp: await time(['run', '--help']) };
}

/** Alternates reference client and pingce against one endpoint process, so both see the same conditions. */
async function measurePairs(dir: string, latencyMs: number, options: ThroughputOptions, repetitions: number): Promise<Pair[]> {
  const endpoint = await startEndpoint(dir, latencyMs);
  try {
    log(`endpoint (${latencyMs} ms latency) ready at ${endpoint.url}; warm-up pair`);
    await runReferenceClient(endpoint, dir, options.items, options.concurrency);
    await runReferenceClient(endpoint, dir, options.items, options.concurrency, 'http');
    await runPingce(endpoint, dir, options.items, { concurrency: options.concurrency });
    const pairs: Pair[] = [];
    for (let i = 1; i <= repetitions; i += 1) {
      const reference = await runReferenceClient(endpoint, dir, options.items, options.concurrency);
      const bare = await runReferenceClient(endpoint, dir, options.items, options.concurrency, 'http');
      const pingce = await runPingce(endpoint, dir, options.items, { concurrency: options.concurrency });
      log(
        `  ${latencyMs} ms #${i}: reference ${fixed(reference.itemsPerSecond)} items/s, bare http ${fixed(bare.itemsPerSecond)}, pingce ${fixed(pingce.itemsPerSecond)} (${percent(pingce.itemsPerSecond / reference.itemsPerSecond)} of reference, ${percent(pingce.itemsPerSecond / bare.itemsPerSecond)} of bare), pingce start-up ${fixed(pingce.startupMs ?? Number.NaN)} ms, run window ${fixed(pingce.runWindowItemsPerSecond)} items/s, loop ${fixed(pingce.loopItemsPerSecond ?? Number.NaN)} items/s, RSS ${mb(pingce.child.maxRssKb)}`,
      );
      pairs.push({ reference, bare, pingce });
    }
    return pairs;
  } finally {
    await endpoint.close();
  }
}

const med = (pairs: readonly Pair[], pick: (pair: Pair) => number | undefined): number => median(pairs.map(pick).filter((value): value is number => value !== undefined));

function render(options: ThroughputOptions, floor: { version: number; runHelp: number }, fast: readonly Pair[], slow: readonly Pair[], steady: readonly Pair[]): string {
  const limit = options.concurrency / (LATENCY_MS / 1000);
  const ratio = med(fast, (pair) => pair.pingce.itemsPerSecond / pair.reference.itemsPerSecond);
  const loopRatio = med(fast, (pair) => (pair.pingce.loopItemsPerSecond === undefined ? undefined : pair.pingce.loopItemsPerSecond / pair.reference.loopItemsPerSecond));
  const bareRatio = med(fast, (pair) => pair.pingce.itemsPerSecond / pair.bare.itemsPerSecond);
  const bareLoopRatio = med(fast, (pair) => (pair.pingce.loopItemsPerSecond === undefined ? undefined : pair.pingce.loopItemsPerSecond / pair.bare.loopItemsPerSecond));
  const startup = med(fast, (pair) => pair.pingce.startupMs);
  const rssMax = Math.max(...fast.map((pair) => pair.pingce.child.maxRssKb ?? Number.NaN));
  const slowWall = med(slow, (pair) => pair.pingce.itemsPerSecond);
  const slowWindow = med(slow, (pair) => pair.pingce.runWindowItemsPerSecond);
  const slowLoop = med(slow, (pair) => pair.pingce.loopItemsPerSecond);
  const slowBareLoop = med(slow, (pair) => pair.bare.loopItemsPerSecond);
  const slowBareWall = med(slow, (pair) => pair.bare.itemsPerSecond);
  const steadyLoop = med(steady, (pair) => pair.pingce.loopItemsPerSecond);
  const steadyWindow = med(steady, (pair) => pair.pingce.runWindowItemsPerSecond);
  const steadyWall = med(steady, (pair) => pair.pingce.itemsPerSecond);
  const steadyBareLoop = med(steady, (pair) => pair.bare.loopItemsPerSecond);
  const rows = (pairs: readonly Pair[], items = options.items): string[][] => {
    const cpuPerItem = (cpuMs: number | undefined): number | undefined => (cpuMs === undefined ? undefined : (cpuMs / items) * 1000);
    return [
    ['reference client (openai SDK + p-limit)', fixed(med(pairs, (p) => p.reference.itemsPerSecond)), fixed(med(pairs, (p) => p.reference.loopItemsPerSecond)), fixed(med(pairs, (p) => p.reference.child.wallMs)), fixed(med(pairs, (p) => p.reference.startupMs)), mb(med(pairs, (p) => p.reference.child.maxRssKb)), fixed(med(pairs, (p) => cpuPerItem(p.reference.child.cpuMs)))],
    ['bare HTTP client (node:http keep-alive + p-limit)', fixed(med(pairs, (p) => p.bare.itemsPerSecond)), fixed(med(pairs, (p) => p.bare.loopItemsPerSecond)), fixed(med(pairs, (p) => p.bare.child.wallMs)), fixed(med(pairs, (p) => p.bare.startupMs)), mb(med(pairs, (p) => p.bare.child.maxRssKb)), fixed(med(pairs, (p) => cpuPerItem(p.bare.child.cpuMs)))],
    ['pingce run (end to end)', fixed(med(pairs, (p) => p.pingce.itemsPerSecond)), fixed(med(pairs, (p) => p.pingce.loopItemsPerSecond)), fixed(med(pairs, (p) => p.pingce.child.wallMs)), fixed(med(pairs, (p) => p.pingce.startupMs)), mb(med(pairs, (p) => p.pingce.child.maxRssKb)), fixed(med(pairs, (p) => cpuPerItem(p.pingce.child.cpuMs)))],
    ];
  };
  const header = ['client', 'items/s (process wall)', 'items/s (inner)¹', 'wall ms', 'spawn → 1st request ms', 'peak RSS', 'CPU µs/item²'];
  return [
    `### Throughput: ${fixed(options.items)} multiple-choice items, concurrency ${options.concurrency}, reference endpoint in its own process`,
    '',
    `**0 ms latency**, medians of ${fast.length} alternating rounds (reference client, bare HTTP client, pingce; after one warm-up round):`,
    '',
    markdownTable(header, rows(fast)),
    '',
    `**${LATENCY_MS} ms latency** (physical limit ${fixed(limit)} items/s), medians of ${slow.length} alternating rounds:`,
    '',
    markdownTable(header, rows(slow)),
    '',
    ...(steady.length === 0
      ? []
      : [`**${LATENCY_MS} ms latency, steady state: ${fixed(options.steadyItems)} items** (${fixed(options.steadyItems / options.concurrency)} round trips per slot instead of ${fixed(options.items / options.concurrency)}), medians of ${steady.length} alternating rounds:`, '', markdownTable(header, rows(steady, options.steadyItems)), '']),
    '¹ inner: the request loop. Reference clients: their own clock from the first request sent to the last reply (prompts rendered before it starts). pingce: the first request at the endpoint (its request log) to the last item stored (`finishedAt` of the JSON summary).',
    '² user + system CPU time of the whole client process (start-up included) ÷ items, from GNU time: the cost of the work, less sensitive to other load than items/s.',
    '',
    '| target | measured | verdict |',
    '|---|---|---|',
    `| pingce ≥ 90% of the reference client, 0 ms | ${percent(ratio)} (median of per-pair ratios, process wall; pairs: ${fast.map((pair) => percent(pair.pingce.itemsPerSecond / pair.reference.itemsPerSecond)).join(', ')}); inner ${percent(loopRatio)} | ${verdict(ratio >= 0.9)} |`,
    `| (no target) pingce beside the bare HTTP client, 0 ms | ${percent(bareRatio)} process wall (rounds: ${fast.map((pair) => percent(pair.pingce.itemsPerSecond / pair.bare.itemsPerSecond)).join(', ')}); inner ${percent(bareLoopRatio)} | |`,
    `| start-up < 0.5 s (spawn → first request at the endpoint) | ${fixed(startup)} ms (floor: \`pingce --version\` ${fixed(floor.version)} ms, \`pingce run --help\` ${fixed(floor.runHelp)} ms) | ${verdict(startup < 500)} |`,
    `| ≥ 95% of ${fixed(limit)} items/s at ${LATENCY_MS} ms | request loop ${percent(slowLoop / limit)} (${fixed(slowLoop)} items/s); run window, store opened → last item stored, ${percent(slowWindow / limit)} (${fixed(slowWindow)}); process wall ${percent(slowWall / limit)} (${fixed(slowWall)}). Bare HTTP client: loop ${percent(slowBareLoop / limit)}, process wall ${percent(slowBareWall / limit)} | ${verdict(slowLoop / limit >= 0.95)} (loop), ${verdict(slowWindow / limit >= 0.95)} (run window), ${verdict(slowWall / limit >= 0.95)} (wall) |`,
    ...(steady.length === 0
      ? []
      : [
          `| ≥ 95% of ${fixed(limit)} items/s at ${LATENCY_MS} ms, ${fixed(options.steadyItems)} items | request loop ${percent(steadyLoop / limit)} (${fixed(steadyLoop)} items/s); run window ${percent(steadyWindow / limit)} (${fixed(steadyWindow)}); process wall ${percent(steadyWall / limit)} (${fixed(steadyWall)}). Bare HTTP client: loop ${percent(steadyBareLoop / limit)} | ${verdict(steadyLoop / limit >= 0.95)} (loop), ${verdict(steadyWindow / limit >= 0.95)} (run window), ${verdict(steadyWall / limit >= 0.95)} (wall) |`,
        ]),
    `| peak RSS ≤ 150 MB, ${fixed(options.items)} items | ${mb(rssMax)} (highest of ${fast.length}) | ${verdict(rssMax <= 150 * 1024)} |`,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  // Taken before the run: the commit and the load it started under.
  const machine = machineLine();
  const table = await throughputBench({
    items: numberFlag('--items', DEFAULT_THROUGHPUT.items),
    concurrency: numberFlag('--concurrency', DEFAULT_THROUGHPUT.concurrency),
    repetitions: numberFlag('--repetitions', DEFAULT_THROUGHPUT.repetitions),
    latencyRepetitions: numberFlag('--latency-repetitions', DEFAULT_THROUGHPUT.latencyRepetitions),
    steadyItems: numberFlag('--steady-items', DEFAULT_THROUGHPUT.steadyItems),
    steadyRepetitions: numberFlag('--steady-repetitions', DEFAULT_THROUGHPUT.steadyRepetitions),
  });
  process.stdout.write(`${machine}\n\n${table}\n\nAt the end: ${machineLine()}\n`);
}
