export { classifyAnswer, detectRefusal, isUncertain, PARTIAL_CONTENT, REFUSAL_CONTENT, UNCERTAIN_BELOW } from './detect.js';
export { refusalScorer } from './scorer.js';
export type { RefusalExpectation } from './scorer.js';
export type { RefusalOutcome, RefusalResult } from './types.js';
