import { createRng } from './lib.js';
import { sentenceSamples } from './nlp-clauses.js';
import type { SuiteGenerator } from './types.js';

/**
 * Word segmentation: the sentence is the input, its construction words the target
 * (a list, the form `segmentation-f1` reads). Words come from the lexicon entries a
 * sentence was built from, so the gold needs no annotator (GUIDELINE.md §S).
 */
export const nlpSegmentation: SuiteGenerator = {
  file: 'chinese-nlp/nlp-segmentation.jsonl',
  seed: 'nlp-segmentation-1',
  generate(seed) {
    const rng = createRng(seed);
    return sentenceSamples(
      rng,
      'seg',
      ({ template, sentence }, id, category) => ({ id, category, input: sentence.text, target: sentence.words, metadata: { template } }),
    );
  },
};
