import { choiceItem, createRng } from './lib.js';
import { newCtx, samplesByCategory } from './nlp-core.js';
import { SCENES } from './nlp-coref-scenes.js';
import type { SuiteGenerator } from './types.js';

/**
 * Coreference as multiple choice: a 3–6 sentence text, then "文中‘X’指的是谁/哪个单位？"
 * with every named mention of the text as an option. The anaphor is the last sentence's
 * and occurs once; its antecedent is fixed by the scene (nlp-coref-scenes.ts).
 */
export const nlpCoref: SuiteGenerator = {
  file: 'chinese-nlp/nlp-coref.jsonl',
  seed: 'nlp-coref-1',
  generate(seed) {
    const rng = createRng(seed);
    return samplesByCategory(
      'coref',
      (category) => {
        const ctx = newCtx(rng);
        const scene = rng.pick(SCENES[category])(ctx);
        const anaphor = rng.pick(scene.anaphors);
        // 3–6 sentences in all: setup, some fillers (kept in their order, as their dates are), the anaphor.
        const room = 6 - scene.setup.length - 1;
        const least = Math.max(0, 3 - scene.setup.length - 1);
        const count = rng.int(least, Math.min(room, scene.fillers.length));
        const keep = new Set(rng.shuffle(scene.fillers.map((_, index) => index)).slice(0, count));
        const sentences = [...scene.setup, ...scene.fillers.filter((_, index) => keep.has(index)), anaphor.sentence];
        return { scene, anaphor, sentences, text: sentences.join('') };
      },
      (item) => item.text,
      ({ scene, anaphor, sentences, text }, id, category) => {
        const right = anaphor.antecedent.text;
        const { choices, target } = choiceItem(
          rng,
          right,
          scene.mentions.filter((mention) => mention !== anaphor.antecedent).map((mention) => mention.text),
        );
        const question = `文中“${anaphor.form}”指的是${anaphor.constraint === 'gender' ? '谁' : '哪个单位'}？`;
        return {
          id,
          category,
          input: text,
          choices,
          target,
          metadata: {
            question,
            template: `${category}:${scene.name}:${anaphor.constraint === 'gender' ? 'pronoun' : anaphor.form}`,
            sentenceCount: sentences.length,
            anaphor: anaphor.form,
            anaphorStart: text.indexOf(anaphor.form),
            antecedent: right,
            antecedentStart: text.indexOf(right),
            constraint: anaphor.constraint,
            mentions: scene.mentions.map((mention) => ({ text: mention.text, kind: mention.kind, start: text.indexOf(mention.text), ...(mention.gender ? { gender: mention.gender } : {}) })),
          },
        };
      },
    );
  },
};
