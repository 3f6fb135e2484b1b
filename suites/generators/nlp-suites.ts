import { nlpCoref } from './nlp-coref.js';
import { nlpIntent } from './nlp-intent.js';
import { nlpMrc } from './nlp-mrc.js';
import { nlpNer } from './nlp-ner.js';
import { nlpPos } from './nlp-pos.js';
import { nlpSegmentation } from './nlp-segmentation.js';
import { nlpSrl } from './nlp-srl.js';
import { nlpSummary } from './nlp-summary.js';
import type { SuiteGenerator } from './types.js';

/** The chinese-nlp domain-text suites (suites/chinese-nlp/nlp-*.yaml), one generator each. */
export const NLP_GENERATORS: readonly SuiteGenerator[] = [nlpSegmentation, nlpPos, nlpNer, nlpCoref, nlpSrl, nlpIntent, nlpMrc, nlpSummary];
