import { createRng } from './lib.js';
import { buildSentence } from './nlp-clauses.js';
import { newCtx, realise, samplesByCategory } from './nlp-core.js';
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
    return samplesByCategory(
      'seg',
      (category) => {
        const built = buildSentence(newCtx(rng), category);
        return { template: built.template, sentence: realise(built.pieces) };
      },
      (item) => item.sentence.text,
      ({ template, sentence }, id, category) => ({ id, category, input: sentence.text, target: sentence.words, metadata: { template } }),
    );
  },
};
