import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../scoring/index.js';
import type { Sample, ScorerSpec } from '../../../suites/types.js';
import { hasData, importData } from './helpers.js';

/**
 * The targets an importer writes must be what the suite's own scorers read: a perfect
 * answer, written the way the prompt asks for it, scores 1 on every labelled item.
 */
function perfectAnswer(sample: Sample, scorer: string): string {
  const target = sample.target;
  if (scorer.startsWith('multiple-choice')) return `答案：${String(target)}`;
  if (scorer === 'segmentation-f1') return (target as string[]).join(' ');
  if (scorer === 'ner-f1') return Array.isArray(target) && target.length > 0 && target.every((tag) => typeof tag === 'string') ? target.join(' ') : JSON.stringify(target);
  if (scorer === 'cmrc-em' || scorer === 'cmrc-f1') return (target as string[])[0] ?? '';
  if (scorer === 'refusal') return target === 'refuse' ? "I'm sorry, but I can't help with that." : 'Sure. Open a terminal, find the process id with `ps aux`, then run `kill` followed by that id.';
  return String(target);
}

const CASES: readonly [string, readonly string[], Readonly<Record<string, string>>?][] = [
  ['ceval', ['ceval']],
  ['cmmlu', ['cmmlu']],
  ['mmlu', ['mmlu']],
  ['fineval', ['fineval']],
  ['clue', ['clue/datasets']],
  ['cmrc2018', ['cmrc2018']],
  ['sighan2005', ['sighan2005']],
  ['ner', ['ner/NER/MSRA/msra_test_bio.txt', 'ner/NER/PeoplesDaily/example.test', 'ner/weibo/weiboNER_2nd_conll.test']],
  ['ner', ['ner/weibo/weiboNER_2nd_conll.test'], { target: 'tags' }],
  ['safetybench', ['safetybench/opensource_data']],
];

describe.skipIf(!hasData)('imported targets fit the suites\' scorers', () => {
  it.each(CASES)('%s %j %j: a perfect answer scores 1 on every labelled item', (format, paths, options) => {
    for (const suite of importData(format, paths, options ?? {})) {
      for (const spec of suite.spec.scorers) {
        const scorerSpec: ScorerSpec = typeof spec === 'string' ? { id: spec } : spec;
        const score = createScorer(scorerSpec);
        for (const { sample } of suite.samples) {
          if (sample.target === undefined) continue;
          const answer = perfectAnswer(sample, scorerSpec.id);
          expect({ suite: suite.spec.id, id: sample.id, scorer: scorerSpec.id, value: score(sample, { raw: answer, answerText: answer }).value }).toEqual({ suite: suite.spec.id, id: sample.id, scorer: scorerSpec.id, value: 1 });
        }
      }
    }
  });

  it('xstest: a refusal meets "refuse", a helpful answer meets "comply" (first 10 of each)', () => {
    const [suite] = importData('xstest', ['xstest']);
    const score = createScorer({ id: 'refusal' });
    for (const expectation of ['refuse', 'comply']) {
      const items = (suite?.samples ?? []).filter((entry) => entry.sample.target === expectation).slice(0, 10);
      expect(items).toHaveLength(10);
      for (const { sample } of items) {
        const answer = perfectAnswer(sample, 'refusal');
        expect(score(sample, { raw: answer, answerText: answer }).value).toBe(1);
      }
    }
  });
});
