import { describe, expect, it } from 'vitest';
import { CHOICE_CASES, JSON_CASES, NUMBER_CASES } from './all.js';

describe('golden tables', () => {
  it('hold at least 250 realistic outputs (the issue asks for 150), each with both pipelines where they apply', () => {
    expect(CHOICE_CASES.length + NUMBER_CASES.length + JSON_CASES.length).toBeGreaterThanOrEqual(250);
  });
});
