import { describe, expect, it } from 'vitest';
import { extractJson } from '../../../scoring/extract/json.js';
import { extractOutput } from '../../../scoring/extract/reasoning.js';
import { JSON_CASES } from './all.js';

describe('JSON golden table', () => {
  it.each(JSON_CASES)('$out', ({ out, want }) => {
    expect(extractJson(extractOutput(out).answerText)).toEqual(want);
  });

  it('stays linear on a degenerate run of brackets', () => {
    const started = performance.now();
    expect(extractJson('{'.repeat(50000))).toBeUndefined();
    expect(extractJson(`${'['.repeat(50000)}x`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
