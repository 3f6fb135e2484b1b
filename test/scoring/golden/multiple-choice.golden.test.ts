import { describe, expect, it } from 'vitest';
import { extractChoices } from '../../../scoring/extract/multiple-choice.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';
import { CHOICE_CASES } from './all.js';
import type { ChoiceCase } from './types.js';

function extract(row: ChoiceCase, pipeline: 'strict' | 'flexible'): string | null {
  const { answerText } = extractOutput(row.out, row.endMarkers === undefined ? {} : { endMarkers: row.endMarkers });
  const found = extractChoices(answerText, row.n ?? 4, { multi: row.multi === true, pipeline, ...(row.choices === undefined ? {} : { choices: row.choices }) });
  return found ?? null;
}

describe('multiple-choice golden table', () => {
  it('has at least 150 rows', () => {
    expect(CHOICE_CASES.length).toBeGreaterThanOrEqual(150);
  });

  // One assertion per row on both columns, so a failure shows the strict and flexible reading side by side.
  it.each(CHOICE_CASES)('$out → strict $strict, flexible $flexible', (row) => {
    expect({ strict: extract(row, 'strict'), flexible: extract(row, 'flexible') }).toEqual({ strict: row.strict, flexible: row.flexible });
  });
});
