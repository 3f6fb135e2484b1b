import { createNormalizer } from '../normalize.js';

/**
 * How option texts and answers are compared: the default text folding plus t2s (a
 * model answering "臺灣" names the option "台湾") and cjk-spacing ("24小时" is the
 * option "24 小时").
 */
export const foldChoiceText = createNormalizer(['fullwidth', 't2s', 'cjk-spacing', 'whitespace', 'trailing-punctuation', 'casefold']);

// What introduces a stated answer, for answers given as option text ("答案是北京").
const ANSWER_CUE = /(?:答案|答)(?:应该|应当|应|就)?(?:\s*(?:是|为|:|：))*|\b(?:the\s+)?answer(?:\s*(?:is|:))+/gi;
// The text arrives half-width: "，" is "," (but not the one in "1,000").
const SENTENCE_END = /[\n。!?;]|\.(?=\s|$)|,(?!\d{3}(?!\d))/;
const QUOTES = /["'“”‘’「」『』【】《》()（）]/g;

/**
 * The index of the one choice whose text the answer gives, when the model answered
 * with the option's text instead of its letter. Undefined unless exactly one choice
 * matches: equal to the whole answer or to the statement after the last answer cue,
 * or (for choices of two or more characters) contained in that statement.
 */
export function matchChoiceText(text: string, choices: readonly string[]): number | undefined {
  const normalizedChoices = choices.map((choice) => foldChoiceText(choice));
  const statement = lastStatement(text);
  const candidates = [text, statement].filter((candidate): candidate is string => candidate !== undefined).map((candidate) => foldChoiceText(candidate.replace(QUOTES, ' ')));

  for (const candidate of candidates) {
    const equal = indicesWhere(normalizedChoices, (choice) => choice !== '' && choice === candidate);
    if (equal.length === 1) return equal[0];
    if (equal.length > 1) return undefined;
  }

  if (statement === undefined) return undefined;
  const stated = foldChoiceText(statement);
  // Short choices ("4", "是") occur inside unrelated words and numbers, so containment needs two characters.
  const contained = indicesWhere(normalizedChoices, (choice) => [...choice].length >= 2 && stated.includes(choice));
  // "北京市" contains "北京": when both appear, the longer choice is the one stated.
  const maximal = contained.filter((index) => !contained.some((other) => other !== index && isProperPart(normalizedChoices[index], normalizedChoices[other])));
  return maximal.length === 1 ? maximal[0] : undefined;
}

function lastStatement(text: string): string | undefined {
  const cues = [...text.matchAll(ANSWER_CUE)];
  const last = cues.at(-1);
  if (last === undefined) return undefined;
  const rest = text.slice(last.index + last[0].length).trimStart();
  const end = SENTENCE_END.exec(rest);
  const statement = (end === null ? rest : rest.slice(0, end.index)).trim();
  return statement === '' ? undefined : statement;
}

function indicesWhere(values: readonly string[], predicate: (value: string) => boolean): number[] {
  const indices: number[] = [];
  values.forEach((value, index) => {
    if (predicate(value)) indices.push(index);
  });
  return indices;
}

function isProperPart(part: string | undefined, whole: string | undefined): boolean {
  return part !== undefined && whole !== undefined && part !== whole && whole.includes(part);
}
