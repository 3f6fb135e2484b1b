/**
 * Extraction pipelines. Both read the same answer forms; they differ in WHERE they
 * are willing to look for the answer:
 *
 * - `strict`: only an explicit final-answer statement, `\boxed{}`, or a reply that
 *   is nothing but the answer. Nothing is inferred.
 * - `flexible`: also the weaker signals a human grader would accept (a last line
 *   that is only a letter, "C正确", "So, B.", an option's text, the last number).
 *
 * A suite that scores with both sees how much of its accuracy rests on inference:
 * the gap between the two columns is extraction brittleness, not model skill.
 */
export const PIPELINES = ['strict', 'flexible'] as const;

export type Pipeline = (typeof PIPELINES)[number];
