import { describe, expect, it } from 'vitest';
import { treebankTokenize } from '../../../scoring/metrics/treebank.js';
import { readReference } from './reference.js';

/**
 * reference/tools-reference.json "treebank": NLTK 3.10.3 `word_tokenize(text, preserve_line=True)`
 * on each text (generate_reference.py). The first is NLTK's own docstring example.
 * While developing, 6,000 random strings of quotes, brackets, dashes, contractions and
 * punctuation were also compared with NLTK with no difference (not committed).
 */
const cases = readReference<{ treebank: { text: string; tokens: string[] }[] }>('tools-reference.json').treebank;

describe('treebankTokenize equals NLTK word_tokenize(preserve_line=True)', () => {
  it.each(cases)('$text', ({ text, tokens }) => {
    expect(treebankTokenize(text)).toEqual(tokens);
  });

  it('handles an empty or blank string', () => {
    expect(treebankTokenize('')).toEqual([]);
    expect(treebankTokenize(' \u3000\t')).toEqual([]);
  });
});
