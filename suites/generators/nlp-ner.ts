import { createRng } from './lib.js';
import { sentenceSamples } from './nlp-clauses.js';
import type { SuiteGenerator } from './types.js';

/**
 * NER: entity slots are filled from the lexicons, so each entity's type and character
 * offsets are known. The target is the entity list `[{type, text}]` in text order
 * (the form `ner-f1` matches as a multiset); `metadata.entities` adds the offsets.
 */
export const nlpNer: SuiteGenerator = {
  file: 'chinese-nlp/nlp-ner.jsonl',
  seed: 'nlp-ner-1',
  generate(seed) {
    const rng = createRng(seed);
    return sentenceSamples(
      rng,
      'ner',
      ({ template, sentence }, id, category) => ({
        id,
        category,
        input: sentence.text,
        target: sentence.entities.map(({ type, text }) => ({ type, text })),
        metadata: { template, entities: sentence.entities },
      }),
    );
  },
};
