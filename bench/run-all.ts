import { extractBench } from './extract.bench.js';
import { memoryBench } from './memory.js';
import { promptfooBench } from './promptfoo.js';
import { throughputBench } from './throughput.js';
import { machineLine } from './util.js';

/**
 * Every benchmark, one Markdown document on stdout (progress on stderr).
 * By default the micro-benchmarks and the throughput runs; `--memory` adds the
 * million-item run and `--promptfoo` the side-by-side (both take minutes).
 */

const sections = ['## pingce benchmarks', '', machineLine()];
const print = (section: string): void => {
  sections.push('', section);
  process.stderr.write(`${section}\n\n`);
};

print(await extractBench());
print(await throughputBench());
if (process.argv.includes('--memory')) print(await memoryBench());
if (process.argv.includes('--promptfoo')) print(await promptfooBench());
sections.push('', `At the end: ${machineLine()}`);
process.stdout.write(`${sections.join('\n')}\n`);
