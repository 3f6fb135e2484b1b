import { createRng } from './lib.js';
import { sentenceSamples } from './nlp-clauses.js';
import type { SuiteGenerator } from './types.js';

/**
 * POS tagging: the words are given (space-separated, the gold segmentation), the
 * target is their tags in order. pingce has no token-level POS scorer, so the suite
 * scores the tag list with `json-equal` (whole-sentence accuracy); `metadata.words`
 * keeps the tokens so a report can compute per-token accuracy with `posAccuracy`.
 */
export const nlpPos: SuiteGenerator = {
  file: 'chinese-nlp/nlp-pos.jsonl',
  seed: 'nlp-pos-1',
  generate(seed) {
    const rng = createRng(seed);
    return sentenceSamples(
      rng,
      'pos',
      ({ template, sentence }, id, category) => ({
        id,
        category,
        input: sentence.words.join(' '),
        target: sentence.tags,
        metadata: { template, words: sentence.words, tokenCount: sentence.words.length },
      }),
    );
  },
};
