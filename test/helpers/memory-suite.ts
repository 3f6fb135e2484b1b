import type { Sample, Suite } from '../../suites/types.js';

/** An in-memory multiple-choice suite of `count` items (target B), counting how many samples were pulled. */
export function memorySuite(id: string, count: number): Suite & { pulled(): number } {
  let pulled = 0;
  return {
    id,
    version: '1.0.0',
    title: id,
    domain: 'general',
    task: 'multiple-choice',
    license: 'Apache-2.0',
    prompt: { template: '{{input}}\n{{choices}}' },
    scorers: [{ id: 'multiple-choice' }],
    file: `/memory/${id}.yaml`,
    dataFile: `/memory/${id}.jsonl`,
    hash: `hash-${id}`,
    promptHash: `prompt-${id}`,
    exemplars: [],
    async *samples(): AsyncIterable<Sample> {
      for (let index = 0; index < count; index += 1) {
        pulled += 1;
        yield { id: `q${index}`, input: `question ${index}`, choices: ['a', 'b', 'c', 'd'], target: 'B', category: index % 2 ? 'odd' : 'even' };
      }
    },
    pulled: () => pulled,
  };
}
