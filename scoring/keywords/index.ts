export { buildKeywordMatcher } from './matcher.js';
export { describeHits, keywordScorer, keywordScorerFromMatcher } from './scorer.js';
export type { KeywordScorerOptions } from './scorer.js';
export type { KeywordCategory, KeywordEntry, KeywordHit, KeywordMatcher, KeywordMatcherOptions } from './types.js';
