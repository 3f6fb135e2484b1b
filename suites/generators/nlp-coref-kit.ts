import { type Ctx, pieceText } from './nlp-core.js';
import { city, type Gender, hospital, person } from './nlp-lexicon.js';

/**
 * Coreference scenes: short texts that introduce people and organisations, then one
 * anaphor (他/她 or 该公司/该院/该局/该馆/该校/该站) whose antecedent is fixed by
 * construction. Each scene has exactly one man and one woman, each named once with
 * an explicit gender (男/女, 先生/女士, a kinship word), and at most one organisation
 * of each kind; no other pronoun or 该-phrase appears, nor an unnamed individual (only
 * groups), so gender decides a pronoun and kind decides a 该-phrase (GUIDELINE.md §C).
 */

export type MentionKind = 'person' | 'company' | 'hospital' | 'school' | 'government' | 'archive' | 'institute' | 'station';

export interface Mention {
  readonly text: string;
  readonly kind: MentionKind;
  readonly gender?: Gender;
}

export interface Anaphor {
  /** The anaphor as written: 他, 她, 该公司 …; it occurs exactly once in the text. */
  readonly form: string;
  readonly antecedent: Mention;
  /** The last sentence of the text, holding the anaphor. */
  readonly sentence: string;
  readonly constraint: 'gender' | 'type';
}

export interface Scene {
  readonly name: string;
  /** Sentences that introduce every mention, in order. */
  readonly setup: readonly string[];
  /** Sentences with no mention, pronoun or 该-phrase; some are inserted to vary length. */
  readonly fillers: readonly string[];
  readonly mentions: readonly Mention[];
  readonly anaphors: readonly Anaphor[];
}

export const pronoun = (gender: Gender): string => (gender === 'm' ? '他' : '她');
export const honorific = (gender: Gender): string => (gender === 'm' ? '先生' : '女士');
export const sex = (gender: Gender): string => (gender === 'm' ? '男' : '女');
export const other = (gender: Gender): Gender => (gender === 'm' ? 'f' : 'm');

/** A man and a woman, in random order: who is introduced first must not give the answer away. */
export function couple(ctx: Ctx): [Mention, Mention] {
  const first = ctx.rng.pick(['m', 'f'] as const);
  const a = person(ctx, first);
  const b = person(ctx, other(first));
  return [
    { text: a.name, kind: 'person', gender: a.gender },
    { text: b.name, kind: 'person', gender: b.gender },
  ];
}

export function personAnaphors(people: readonly Mention[], sentence: (pronoun: string) => string): Anaphor[] {
  return people.map((mention) => {
    const form = pronoun(mention.gender ?? 'm');
    return { form, antecedent: mention, sentence: sentence(form), constraint: 'gender' };
  });
}

export const typed = (form: string, antecedent: Mention, sentence: string): Anaphor => ({ form, antecedent, sentence, constraint: 'type' });
export const org = (text: string, kind: MentionKind): Mention => ({ text, kind });

export function school(ctx: Ctx, inCity?: string): Mention {
  return org(`${inCity ?? city(ctx).full}${ctx.rng.pick(['第一', '第二', '第三', '第四', '第六', '第八'] as const)}中学`, 'school');
}

/** A hospital or a school as the employer of a building project, with its 该-phrase. */
export function employer(ctx: Ctx): { mention: Mention; form: string; unit: string } {
  return ctx.rng.next() < 0.5 ? { mention: org(pieceText(hospital(ctx)), 'hospital'), form: '该院', unit: '基建科' } : { mention: school(ctx), form: '该校', unit: '后勤处' };
}
