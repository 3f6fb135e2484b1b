import { Bench } from 'tinybench';
import { extractChoices } from '../scoring/extract/multiple-choice.js';
import { extractOutput } from '../scoring/index.js';
import { renderPrompt } from '../suites/render.js';
import type { Sample, SuiteDefinition } from '../suites/types.js';
import { fixed, isMain, machineLine, markdownTable } from './util.js';

/**
 * Micro-benchmarks (tinybench) of the per-item CPU work pingce adds on top of
 * an HTTP call: rendering a prompt, stripping reasoning and extracting the
 * chosen letter. Replies are in the answer styles the reference endpoint uses.
 */

const CHOICES = ['63', '65', '55', '64'];

const REPLIES: readonly (readonly [string, string])[] = [
  ['答案：B', 'label'],
  ['经过分析，故选C。', 'sentence'],
  ['【D】', 'bracketed'],
  ['正确答案是Ｂ。', 'full-width'],
  ['<think>先看选项A，似乎不对……再看B。</think>\n答案：B', 'think trace'],
  ['The answer is (A).', 'English'],
  ['B. 65', 'option text'],
  ['抱歉，我无法确定这道题的答案。', 'no answer'],
];

const SUITE: Pick<SuiteDefinition, 'prompt' | 'fewShot' | 'exemplars'> = {
  prompt: {
    system: '你是一名细心的数学助手。',
    template: '以下是一道算术单项选择题，只有一个选项正确。\n\n{{input}}\n\n{{choices}}\n\n请只回答正确选项的字母（A、B、C 或 D），不要输出其他内容。',
  },
  exemplars: [],
};

const SAMPLE: Sample = { id: 'ba-0000001', category: 'addition', input: '第 1 题：63 + 2 = ?', choices: CHOICES, target: 'B' };

// Results go here so the optimiser cannot drop the work as dead code.
let sink: unknown;

export async function extractBench(timeMs = 500): Promise<string> {
  const bench = new Bench({ time: timeMs, warmupTime: 100 });
  bench.add('renderPrompt (system + template with choices)', () => {
    sink = renderPrompt(SUITE, SAMPLE);
  });
  for (const [reply, style] of REPLIES) {
    bench.add(`extractOutput + extractChoices: ${style}`, () => {
      sink = extractChoices(extractOutput(reply).answerText, CHOICES.length, { choices: CHOICES });
    });
  }
  bench.add('extractOutput + extractChoices: all 8 styles in turn', () => {
    for (const [reply] of REPLIES) sink = extractChoices(extractOutput(reply).answerText, CHOICES.length, { choices: CHOICES });
  });
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state === 'errored') throw result.error;
    if (result.state !== 'completed') return [task.name, result.state, '', ''];
    return [task.name, fixed(result.throughput.mean), fixed(result.latency.p50 * 1000, 2), `±${fixed(result.latency.rme, 1)}%`];
  });
  void sink;
  return ['### Micro-benchmarks (tinybench, one thread)', '', markdownTable(['operation', 'ops/s (mean)', 'µs/op (p50)', 'rme'], rows)].join('\n');
}

if (isMain(import.meta.url)) process.stdout.write(`${machineLine()}\n\n${await extractBench()}\n`);
