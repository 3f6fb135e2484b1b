import { describe, expect, it } from 'vitest';
import { extractNumberAnswer, type NumberAnswer } from '../../../scoring/extract/number.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';
import { NUMBER_CASES } from './all.js';
import type { NumberCase } from './types.js';

function expected(value: number | null, unit: NumberCase['unit']): NumberAnswer | null {
  if (value === null) return null;
  return unit === undefined ? { value } : { value, unit };
}

function extract(row: NumberCase, pipeline: 'strict' | 'flexible'): NumberAnswer | null {
  return extractNumberAnswer(extractOutput(row.out).answerText, { pipeline }) ?? null;
}

describe('numeric golden table', () => {
  it('has at least 80 rows', () => {
    expect(NUMBER_CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(NUMBER_CASES)('$out → strict $strict, flexible $flexible', (row) => {
    // Exact equality: fractions such as 3/4 are exact in binary, and decimals must read exactly as written.
    expect({ strict: extract(row, 'strict'), flexible: extract(row, 'flexible') }).toEqual({
      strict: expected(row.strict, row.unit),
      flexible: expected(row.flexible, row.unit),
    });
  });
});
