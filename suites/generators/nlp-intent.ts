import { createRng, itemId } from './lib.js';
import { CATEGORIES, distinct, interleave, newCtx, PER_CATEGORY } from './nlp-core.js';
import { CLOSINGS, INTENT_LABELS, INTENT_TEMPLATES, OPENINGS } from './nlp-intent-templates.js';
import type { SuiteGenerator } from './types.js';

/**
 * Intent classification: user messages written from per-label templates, so the label
 * is the template's. Every category has the same number of items per label (5 of 30),
 * from all four templates of the label, shuffled within the category so labels do not
 * come in runs.
 */
export const nlpIntent: SuiteGenerator = {
  file: 'chinese-nlp/nlp-intent.jsonl',
  seed: 'nlp-intent-1',
  generate(seed) {
    const rng = createRng(seed);
    const perLabel = PER_CATEGORY / INTENT_LABELS.length;
    const groups = CATEGORIES.map((category) => {
      const items = INTENT_LABELS.flatMap((label) => {
        const templates = INTENT_TEMPLATES[category][label];
        // Every template once, then random ones: at most two items per template in a category.
        const order = [...rng.shuffle(templates.map((_, index) => index)), ...rng.shuffle(templates.map((_, index) => index))];
        let next = 0;
        return distinct(
          perLabel,
          () => {
            const index = order[next++ % order.length] ?? 0;
            const body = templates[index]?.(newCtx(rng)) ?? '';
            return { label, text: `${rng.pick(OPENINGS)}${body}${rng.pick(CLOSINGS)}`, template: `${category}:${label}:${index}` };
          },
          (item) => item.text,
        );
      });
      return rng.shuffle(items).map((item) => ({ ...item, category }));
    });
    return interleave(groups).map(({ label, text, template, category }, index) => ({
      id: itemId('intent', index),
      category,
      input: text,
      target: label,
      metadata: { template },
    }));
  },
};
