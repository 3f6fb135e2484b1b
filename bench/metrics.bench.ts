import { Bench } from 'tinybench';
import { corpusBleu, sentenceBleu } from '../scoring/metrics/bleu.js';
import { cmrcF1 } from '../scoring/metrics/cmrc.js';
import { rougeL } from '../scoring/metrics/rouge.js';
import { segmentationScore, type SegmentationPair } from '../scoring/metrics/segmentation.js';
import { isMain, machineLine } from './util.js';

/**
 * Micro-benchmarks (tinybench) of the reference metrics on the inputs that cost the
 * most: ROUGE-L (an O(n·m) LCS table) and BLEU on 2,000-character Chinese texts, and
 * SIGHAN segmentation scoring of a 1,000-sentence corpus. Inputs are generated from a
 * fixed seed, so every run measures the same work.
 */

const PHRASES = ['人工智能', '正在', '深刻地', '改变', '着', '世界', '。', '我们', '需要', '认真', '研究', '大模型', '的', '安全', '问题', '，', '并且', '制定', '相应', '标准', '北京', '上海', '2024年', 'iPhone', '评测'];

/** A deterministic linear congruential generator: the bench must measure the same texts every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function words(seed: number, minChars: number): string[] {
  const next = generator(seed);
  const out: string[] = [];
  let length = 0;
  while (length < minChars) {
    const word = PHRASES[Math.floor(next() * PHRASES.length)] ?? '的';
    out.push(word);
    length += word.length;
  }
  return out;
}

const LONG_PREDICTION = words(1, 2000).join('').slice(0, 2000);
const LONG_REFERENCE = words(2, 2000).join('').slice(0, 2000);

/** 1,000 sentences of about 30 characters: gold words, and a prediction that splits every third word. */
function segmentationCorpus(): SegmentationPair[] {
  return Array.from({ length: 1000 }, (_, index) => {
    const gold = words(100 + index, 30);
    const predicted = gold.flatMap((word, position) => (position % 3 === 0 && word.length > 1 ? [word.slice(0, 1), word.slice(1)] : [word]));
    return { gold, predicted };
  });
}

const SEGMENTATION = segmentationCorpus();
const CORPUS = Array.from({ length: 200 }, (_, index) => ({ prediction: words(5000 + index, 40).join(''), references: [words(9000 + index, 40).join('')] }));

// Results go here so the optimiser cannot drop the work as dead code.
let sink: unknown;

export function metricsBench(timeMs = 1000): Bench {
  const bench = new Bench({ time: timeMs, warmupTime: 200 });
  bench.add('rougeL: 2,000 vs 2,000 Chinese characters', () => {
    sink = rougeL(LONG_PREDICTION, LONG_REFERENCE);
  });
  bench.add('sentenceBleu (zh): 2,000 vs 2,000 Chinese characters', () => {
    sink = sentenceBleu(LONG_PREDICTION, [LONG_REFERENCE]);
  });
  bench.add('corpusBleu (zh): 200 segments of ~40 characters', () => {
    sink = corpusBleu(CORPUS);
  });
  bench.add('segmentationScore (SIGHAN diff): 1,000 sentences', () => {
    sink = segmentationScore(SEGMENTATION);
  });
  bench.add('segmentationScore (span): 1,000 sentences', () => {
    sink = segmentationScore(SEGMENTATION, { alignment: 'span' });
  });
  bench.add('cmrcF1: 200-character answer vs 3 references', () => {
    sink = cmrcF1(LONG_PREDICTION.slice(0, 200), [LONG_REFERENCE.slice(0, 200), LONG_REFERENCE.slice(200, 260), LONG_PREDICTION.slice(50, 120)]);
  });
  return bench;
}

export async function main(): Promise<void> {
  const bench = metricsBench();
  await bench.run();
  void sink;
  process.stdout.write(`${machineLine()}\n\n`);
  console.table(bench.table());
}

if (isMain(import.meta.url)) await main();
