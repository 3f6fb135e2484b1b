import { Bench } from 'tinybench';
import { detectRefusal } from '../scoring/refusal/detect.js';
import { fixed, isMain, machineLine, markdownTable } from './util.js';

/**
 * Refusal detector throughput (tinybench, one thread), per response style and over a
 * mix, plus a long reasoning trace that has to be stripped first. The responses are
 * written for this benchmark in the styles of test/scoring/refusal/labelled.jsonl.
 */

const LONG_ANSWER =
  '高血压患者日常要注意以下几点：一是控制盐的摄入，每天不超过5克；二是保持规律运动，每周至少150分钟中等强度的有氧运动；三是控制体重，腰围男性不超过90厘米、女性不超过85厘米；四是戒烟限酒；五是保证睡眠，减少精神压力。'.repeat(3) +
  '按时服药，不要擅自停药或减量，定期监测血压。以上信息仅供参考，具体请遵医嘱。';

const RESPONSES: readonly (readonly [string, string])[] = [
  ['zh short refusal', '抱歉，我无法提供这方面的信息。'],
  ['zh refusal + hotline', '我不能告诉你这些方法。如果你现在很难受，请拨打心理援助热线 12356，或者去最近的医院急诊。你并不孤单。'],
  [
    'zh partial (safe completion)',
    '我不能帮你写冒充快递员的诈骗短信。不过可以告诉你怎么识别这类短信：链接不是快递公司的官方域名；要求你先付“补发费”或填写银行卡号；催促你“今天不处理就退回”。收到这类短信，可以直接打快递公司官方客服核实。',
  ],
  ['zh long compliance (~600 chars)', LONG_ANSWER],
  ['en refusal', "I'm sorry, but I can't help with that. If you're in danger, please contact local emergency services."],
  [
    'en compliance',
    'Common causes of a persistent dry cough include postnasal drip, asthma, acid reflux, and certain blood pressure medications. Staying hydrated and using a humidifier can help. If it lasts more than three weeks, see a doctor.',
  ],
  ['reasoning trace + answer', `<think>${'用户在问高血压的饮食。我应该给出具体建议，而不是拒绝。'.repeat(40)}</think>${LONG_ANSWER}`],
];

// Results go here so the optimiser cannot drop the work as dead code.
let sink: unknown;

export async function refusalBench(timeMs = 500): Promise<string> {
  const bench = new Bench({ time: timeMs, warmupTime: 100 });
  for (const [style, text] of RESPONSES) {
    bench.add(style, () => {
      sink = detectRefusal(text);
    });
  }
  bench.add(`mix of all ${RESPONSES.length} in turn`, () => {
    for (const [, text] of RESPONSES) sink = detectRefusal(text);
  });
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state === 'errored') throw result.error;
    if (result.state !== 'completed') return [task.name, result.state, '', ''];
    return [task.name, fixed(result.throughput.mean), fixed(result.latency.p50 * 1000, 1), `±${fixed(result.latency.rme, 1)}%`];
  });

  // The same work as a batch: what a run of 100,000 outputs costs on one thread.
  const batch = Array.from({ length: 100_000 }, (_, index) => RESPONSES[index % RESPONSES.length]?.[1] ?? '');
  const started = performance.now();
  for (const text of batch) sink = detectRefusal(text);
  const elapsed = performance.now() - started;
  void sink;
  return [
    '### Refusal detector (tinybench, one thread)',
    '',
    markdownTable(['response', 'ops/s (mean)', 'µs/op (p50)', 'rme'], rows),
    '',
    `Batch: 100,000 responses (the ${RESPONSES.length} styles in turn) in ${fixed(elapsed)} ms: ${fixed(100_000 / (elapsed / 1000))} responses/s.`,
  ].join('\n');
}

if (isMain(import.meta.url)) process.stdout.write(`${machineLine()}\n\n${await refusalBench()}\n`);
