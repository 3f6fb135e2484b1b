import { createRng } from './lib.js';
import { type Ctx, newCtx, pieceText, samplesByCategory } from './nlp-core.js';
import { date } from './nlp-lexicon.js';
import { SRL_EVENTS, SRL_TAILS, type Voice } from './nlp-srl-events.js';
import type { SuiteGenerator } from './types.js';

/**
 * Semantic role labelling: one sentence, one named predicate, the target its roles as
 * a JSON object with all five keys (null for a role the sentence does not fill).
 * Sentences come from patterns per voice; `[…]` groups are written only when every
 * role inside them is filled, so each role string is in the sentence by construction.
 */

export const ROLES = ['A0', 'A1', 'TMP', 'LOC', 'INS'] as const;
export type Role = (typeof ROLES)[number];
type Slots = Partial<Record<Role | 'V' | 'TAIL', string>>;

/** Several patterns per voice: time first or after the agent, 了 or not, with a tail or not. */
const PATTERNS: Readonly<Record<Voice, readonly string[]>> = {
  active: ['[{TMP}，]{A0}[在{LOC}][用{INS}]{V}了{A1}[，{TAIL}]。', '{A0}[于{TMP}][在{LOC}][用{INS}]{V}了{A1}[，{TAIL}]。'],
  ba: ['[{TMP}，]{A0}[在{LOC}][用{INS}]把{A1}{V}了一遍[，{TAIL}]。', '{A0}[于{TMP}][在{LOC}][用{INS}]把{A1}仔细{V}了一遍[，{TAIL}]。'],
  bei: ['{A1}[于{TMP}]被{A0}[在{LOC}][用{INS}]{V}[，{TAIL}]。', '[{TMP}，]{A1}被{A0}[在{LOC}][用{INS}]{V}[，{TAIL}]。'],
  you: ['{A1}[于{TMP}]由{A0}[在{LOC}][用{INS}]{V}[，{TAIL}]。', '[{TMP}，]{A1}由{A0}[在{LOC}][用{INS}]{V}[，{TAIL}]。'],
};

/** Fills a pattern: a `[…]` group survives only if all its slots have values. */
export function renderPattern(pattern: string, slots: Slots): string {
  const filled = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].every((match) => slots[match[1] as keyof Slots] !== undefined);
  return pattern
    .replace(/\[([^\]]*)\]/g, (_, group: string) => (filled(group) ? group : ''))
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = slots[name as keyof Slots];
      if (value === undefined) throw new Error(`slot {${name}} has no value in "${pattern}"`);
      return value;
    });
}

function time(ctx: Ctx): string {
  const day = pieceText(date(ctx));
  const part = ctx.rng.int(0, 3);
  return part === 0 ? day : part === 1 ? `${day}上午` : part === 2 ? `${day}下午` : `${day}上午${ctx.rng.int(8, 11)}时`;
}

export const nlpSrl: SuiteGenerator = {
  file: 'chinese-nlp/nlp-srl.jsonl',
  seed: 'nlp-srl-1',
  generate(seed) {
    const rng = createRng(seed);
    return samplesByCategory(
      'srl',
      (category) => {
        const ctx = newCtx(rng);
        const event = rng.pick(SRL_EVENTS[category]);
        const voice = rng.pick(event.voices);
        const patternIndex = rng.int(0, PATTERNS[voice].length - 1);
        const [patient, instrument, places] = rng.pick(event.objects);
        const maybe = (value: string | undefined) => (value !== undefined && rng.next() < 0.65 ? value : undefined);
        const roles: Record<Role, string | undefined> = {
          A0: event.agent(ctx),
          A1: patient,
          TMP: maybe(time(ctx)),
          LOC: maybe(rng.pick(places ?? event.places)),
          INS: maybe(instrument),
        };
        const tail = rng.next() < 0.4 ? rng.pick(event.tails ?? SRL_TAILS[category]) : undefined;
        const sentence = renderPattern(PATTERNS[voice][patternIndex] ?? '', { ...roles, V: event.predicate, TAIL: tail });
        return { sentence, roles, predicate: event.predicate, template: `${category}:${event.predicate}:${voice}:${patternIndex}` };
      },
      (item) => item.sentence,
      ({ sentence, roles, predicate, template }, id, category) => ({
        id,
        category,
        input: sentence,
        target: Object.fromEntries(ROLES.map((role) => [role, roles[role] ?? null])),
        metadata: { predicate, template },
      }),
    );
  },
};
