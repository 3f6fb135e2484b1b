import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEndpoint } from './endpoint.js';
import { generateSuite, SUITE_ID } from './generate-suite.js';
import { runPingce } from './pingce-run.js';
import { fixed, isMain, machineLine, markdownTable, mb, numberFlag, stringFlag, tempDir, verdict } from './util.js';

export interface MemoryOptions {
  readonly items: number;
  readonly concurrency: number;
  /** Passed to `pingce run --deadline`; the report then says how many items the run finished. */
  readonly deadline?: string;
}

export const DEFAULT_MEMORY: MemoryOptions = { items: 1_000_000, concurrency: 200 };

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/**
 * Peak RSS of `pingce run` over a suite streamed from disk: a million-item JSONL,
 * generated into a temporary folder, 0 ms latency, no response cache.
 */
export async function memoryBench(options: MemoryOptions = DEFAULT_MEMORY): Promise<string> {
  const dir = tempDir('memory');
  try {
    const generated = performance.now();
    await generateSuite(dir, options.items);
    const dataMb = statSync(join(dir, `${SUITE_ID}.jsonl`)).size / 1024 / 1024;
    log(`generated ${fixed(options.items)} items (${dataMb.toFixed(0)} MB JSONL) in ${fixed((performance.now() - generated) / 1000, 1)} s`);
    const endpoint = await startEndpoint(dir, 0);
    log(`endpoint ready at ${endpoint.url} after ${fixed(endpoint.loadMs / 1000, 1)} s (answer key of ${fixed(options.items)} prompts, in its own process)`);
    try {
      const run = await runPingce(endpoint, dir, options.items, { concurrency: options.concurrency, sampleRssEveryMs: 5000, ...(options.deadline === undefined ? {} : { deadline: options.deadline }) });
      const rss = run.child.maxRssKb ?? Number.NaN;
      const complete = run.status === 'completed';
      return [
        `### Memory: ${fixed(options.items)} items streamed from a ${dataMb.toFixed(0)} MB JSONL, concurrency ${options.concurrency}, 0 ms latency, \`--no-cache\``,
        '',
        markdownTable(
          ['items stored and scored', 'status', 'wall s', 'items/s (process wall)', 'items/s (run window)', 'CPU µs/item', `peak RSS (${run.child.rssSource})`, 'target ≤ 400 MB'],
          [[fixed(run.items), run.status, fixed(run.child.wallMs / 1000, 1), fixed(run.itemsPerSecond), fixed(run.runWindowItemsPerSecond), run.child.cpuMs === undefined ? 'n/a' : fixed((run.child.cpuMs / run.items) * 1000), mb(rss), complete ? verdict(rss <= 400 * 1024) : `${verdict(rss <= 400 * 1024)} (partial run)`]],
        ),
        '',
        `RSS over the run (MB, sampled every 5 s; the peak above is the kernel's): ${rssCurve(run.child.rssSamples)}`,
      ].join('\n');
    } finally {
      await endpoint.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** About a dozen evenly spaced samples, `t=12s 180`, enough to see a plateau or a climb. */
function rssCurve(samples: readonly { readonly atMs: number; readonly kb: number }[]): string {
  if (samples.length === 0) return 'no samples';
  const step = Math.max(1, Math.round(samples.length / 12));
  const picked = samples.filter((_, index) => index % step === 0 || index === samples.length - 1);
  return picked.map((sample) => `t=${fixed(sample.atMs / 1000)}s ${fixed(sample.kb / 1024)}`).join(' · ');
}

if (isMain(import.meta.url)) {
  // Taken before the run: the commit and the load it started under.
  const machine = machineLine();
  const deadline = stringFlag('--deadline');
  const table = await memoryBench({
    items: numberFlag('--items', DEFAULT_MEMORY.items),
    concurrency: numberFlag('--concurrency', DEFAULT_MEMORY.concurrency),
    ...(deadline === undefined ? {} : { deadline }),
  });
  process.stdout.write(`${machine}\n\n${table}\n\nAt the end: ${machineLine()}\n`);
}
