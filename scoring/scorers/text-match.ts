import { normalizeText } from '../normalize.js';

/** The text scorers' shared option: letters are compared case-folded unless this is true. */
export const CASE_SENSITIVE_RULE = { caseSensitive: { type: 'boolean' } } as const;

export function normalizer(caseSensitive: boolean): (text: string) => string {
  return (text) => normalizeText(text, { caseSensitive });
}

/** Long answers are cut in the score record: it is for audit, the full output is kept elsewhere. */
export function shortAnswer(text: string): string {
  const chars = [...text];
  return chars.length <= 200 ? text : `${chars.slice(0, 200).join('')}…`;
}
