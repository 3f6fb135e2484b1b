import { CHINESE, REFERENCE as CHOICE_REFERENCE } from './choice-chinese.js';
import { ENGLISH } from './choice-english.js';
import { BRACKETS_AND_FORMS, BY_OPTION_TEXT, WITH_REASONING } from './choice-forms.js';
import { MULTI, UNDECIDED } from './choice-multi.js';
import { JSON_CASES } from './json-cases.js';
import { CHINESE_NUMERALS, FORMS, REFERENCE as NUMBER_REFERENCE } from './number-cases.js';
import { NO_ANSWER, STATEMENTS } from './number-statements.js';
import type { ChoiceCase, NumberCase } from './types.js';

export const CHOICE_CASES: readonly ChoiceCase[] = [
  ...CHOICE_REFERENCE,
  ...CHINESE,
  ...ENGLISH,
  ...BRACKETS_AND_FORMS,
  ...WITH_REASONING,
  ...BY_OPTION_TEXT,
  ...MULTI,
  ...UNDECIDED,
];

export const NUMBER_CASES: readonly NumberCase[] = [...NUMBER_REFERENCE, ...FORMS, ...CHINESE_NUMERALS, ...STATEMENTS, ...NO_ANSWER];

export { JSON_CASES };
