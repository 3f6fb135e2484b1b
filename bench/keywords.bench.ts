import { Bench } from 'tinybench';
import { buildKeywordMatcher } from '../scoring/keywords/matcher.js';
import type { KeywordEntry, KeywordMatcher, KeywordMatcherOptions } from '../scoring/keywords/types.js';
import { fixed, isMain, machineLine, markdownTable, numberFlag } from './util.js';
import { mulberry32 } from '../scoring/stats/prng.js';

/**
 * Keyword screening at filing scale: a 10,000-keyword library (synthetic: 2–6 common CJK
 * characters, some Latin and mixed) built once, then 100,000 model outputs of about 200
 * characters screened, 5% of them seeded with a keyword. Reports build time, total
 * screening time and outputs/s, plain and with ignoreSeparators.
 * `--keywords N`, `--outputs N`, `--chars N` change the sizes.
 */

// The 3,000 characters after 一 (U+4E00) in code-point order stand in for "common CJK":
// what matters for speed is the alphabet's size, not which characters are in it.
const CJK = Array.from({ length: 3000 }, (_, index) => String.fromCharCode(0x4e00 + index * 7));
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const PUNCTUATION = ['，', '。', '、', '：', '；', ' ', '“', '”', '\n'];


export function syntheticKeywords(count: number, seed = 1): KeywordEntry[] {
  const next = mulberry32(seed);
  const pick = (pool: readonly string[] | string) => pool[Math.floor(next() * pool.length)] ?? '';
  const entries: KeywordEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = next();
    const length = 2 + Math.floor(next() * 5);
    let keyword = '';
    if (kind < 0.85) for (let char = 0; char < length; char += 1) keyword += pick(CJK);
    else if (kind < 0.95) for (let char = 0; char < length + 2; char += 1) keyword += pick(LATIN);
    else keyword = `${pick(LATIN)}${pick(LATIN)}${Math.floor(next() * 100)}${pick(CJK)}${pick(CJK)}`;
    const level = 1 + Math.floor(next() * 5);
    entries.push({ keyword, level1: `A.${level}`, level2: `A.${level}.${'abcdefghi'.charAt(Math.floor(next() * 9))}` });
  }
  return entries;
}

export function syntheticOutputs(count: number, chars: number, keywords: readonly KeywordEntry[], seed = 2): string[] {
  const next = mulberry32(seed);
  const outputs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const roll = next();
      const part = roll < 0.08 ? (PUNCTUATION[Math.floor(next() * PUNCTUATION.length)] ?? '，') : roll < 0.12 ? ` ${LATIN.slice(0, 3 + Math.floor(next() * 6))} ` : (CJK[Math.floor(next() * CJK.length)] ?? '');
      parts.push(part);
      length += part.length;
    }
    if (next() < 0.05) parts.splice(Math.floor(next() * parts.length), 0, keywords[Math.floor(next() * keywords.length)]?.keyword ?? '');
    outputs.push(parts.join(''));
  }
  return outputs;
}

// Results go here so the optimiser cannot drop the work as dead code.
let sink: unknown;

export async function keywordsBench(sizes: { keywords?: number; outputs?: number; chars?: number } = {}): Promise<string> {
  const keywordCount = sizes.keywords ?? 10_000;
  const outputCount = sizes.outputs ?? 100_000;
  const chars = sizes.chars ?? 200;
  const entries = syntheticKeywords(keywordCount);
  const outputs = syntheticOutputs(outputCount, chars, entries);
  const totalChars = outputs.reduce((sum, output) => sum + output.length, 0);
  const variants: readonly (readonly [string, KeywordMatcherOptions])[] = [
    ['default', {}],
    ['ignoreSeparators', { ignoreSeparators: true }],
  ];

  const rows: string[][] = [];
  for (const [name, options] of variants) {
    let matcher: KeywordMatcher | undefined;
    const build = new Bench({ iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 });
    build.add('build', () => {
      matcher = buildKeywordMatcher(entries, options);
    });
    await build.run();
    const built = matcher ?? buildKeywordMatcher(entries, options);
    let flagged = 0;
    const screen = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
    screen.add('screen', () => {
      flagged = 0;
      for (const output of outputs) if (built.match(output).length > 0) flagged += 1;
    });
    await screen.run();
    const buildMs = meanMs(build);
    const screenMs = meanMs(screen);
    sink = flagged;
    rows.push([
      name,
      fixed(built.size),
      fixed(buildMs, 1),
      fixed(screenMs, 0),
      fixed(outputCount / (screenMs / 1000)),
      fixed(totalChars / (screenMs / 1000) / 1e6, 1),
      `${fixed(flagged)} (${((100 * flagged) / outputCount).toFixed(1)}%)`,
    ]);
  }
  void sink;
  return [
    `### Keyword screening (tinybench, one thread): ${fixed(keywordCount)} keywords, ${fixed(outputCount)} outputs of ~${chars} chars (${fixed(totalChars / 1e6, 1)} M chars)`,
    '',
    markdownTable(['options', 'distinct keywords', 'build (ms, mean of 5)', 'screen all (ms, mean of 3)', 'outputs/s', 'M chars/s', 'outputs with a hit'], rows),
  ].join('\n');
}

function meanMs(bench: Bench): number {
  const task = bench.tasks[0];
  const result = task?.result;
  if (result === undefined) throw new Error('benchmark did not run');
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`benchmark ${result.state}`);
  return result.latency.mean;
}

if (isMain(import.meta.url)) {
  const text = await keywordsBench({ keywords: numberFlag('--keywords', 10_000), outputs: numberFlag('--outputs', 100_000), chars: numberFlag('--chars', 200) });
  process.stdout.write(`${machineLine()}\n\n${text}\n`);
}
