/**
 * Reference-matching metrics. Item-level scorers are in `metricScorers`; the
 * corpus-level aggregates below are not means of item scores and take the per-item
 * (prediction, reference) pairs. See README.md for each metric's exact semantics.
 */
export { metricScorers } from './scorers.js';

export { type CmrcCorpusResult, type CmrcItem, cmrcCorpus, cmrcExactMatch, cmrcF1, cmrcNormalize, cmrcSegments } from './cmrc.js';
export { type BleuItem, type BleuOptions, type BleuResult, type BleuSmoothing, computeBleu, corpusBleu, sentenceBleu } from './bleu.js';
export { type BleuTokenizerName, bleuTokenizer, tokenize13a, tokenizeZh } from './bleu-tokenizers.js';
export { type RougeOptions, type RougeScore, type RougeTokenization, rougeL, rougeLMax, rougeTokens } from './rouge.js';
export {
  parseSegmentedText,
  posAccuracy,
  type SegmentationOptions,
  type SegmentationPair,
  type SegmentationResult,
  segmentationScore,
  sentenceSegmentationScore,
} from './segmentation.js';
export { getEntities, type NerEntity, type NerOptions, type NerPair, type NerResult, nerScores, type PrfScore } from './ner.js';
export { detectScheme, type NerScheme, strictEntities } from './ner-schemes.js';
export { accuracy, type ClassificationResult, classificationScores, classificationScoresOfPairs, macroF1 } from './classification.js';
export { compileJsonSchema, type JsonSchemaValidator } from './json-schema.js';
export { type ExtractedJson, findJson } from '../extract/json.js';
export { treebankTokenize } from './treebank.js';
