import { describe, expect, it } from 'vitest';
import { LOOSE_STATEMENTS, mayMatch, STRICT_STATEMENTS } from '../../../scoring/extract/choice-patterns.js';
import { prepareChoiceText } from '../../../scoring/extract/multiple-choice.js';
import { CHOICE_CASES } from '../golden/all.js';

const PATTERNS = [...STRICT_STATEMENTS, ...LOOSE_STATEMENTS];

// The gate only skips work: wherever a statement pattern matches, it must let the pattern run.
const TEXTS = [
  ...CHOICE_CASES.map((choiceCase) => choiceCase.out),
  'ANSWER: B',
  'I Go With (C)',
  'Option D IS correct',
  'SO, B.',
  '\\boxed{\\text{C}}',
  '我们选择 D',
  'A、C是正确的',
  '总之，B。',
].map(prepareChoiceText);

describe('mayMatch (the literal gate before each statement pattern)', () => {
  it('never rejects a text that its pattern matches', () => {
    let matched = 0;
    for (const text of TEXTS) {
      for (const pattern of PATTERNS) {
        if ([...text.matchAll(pattern)].length === 0) continue;
        matched += 1;
        expect({ text, pattern: pattern.source.slice(0, 40), gate: mayMatch(pattern, text.toLowerCase()) }).toMatchObject({ gate: true });
      }
    }
    // The texts exercise every pattern, so the check above covers each gate.
    for (const pattern of PATTERNS) expect(TEXTS.some((text) => [...text.matchAll(pattern)].length > 0), pattern.source.slice(0, 40)).toBe(true);
    expect(matched).toBeGreaterThan(100);
  });

  it('skips a pattern whose words are absent', () => {
    const [answerWord] = STRICT_STATEMENTS;
    if (!answerWord) throw new Error('no strict statements');
    expect(mayMatch(answerWord, '故选b。')).toBe(false);
    expect(mayMatch(answerWord, '正确答案是b')).toBe(true);
  });
});
