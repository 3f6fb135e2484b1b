/** Option letters, in order: a multiple-choice sample has 2–10 options (schemas/sample.schema.json). */
export const CHOICE_LETTERS = 'ABCDEFGHIJ';

/** `A. first\nB. second…`: the form every multiple-choice template receives as {{choices}}. */
export function formatChoices(choices: readonly string[]): string {
  return choices.map((choice, index) => `${CHOICE_LETTERS[index]}. ${choice}`).join('\n');
}
