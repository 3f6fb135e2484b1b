import type { ScorerFactory } from '../types.js';
import { jsonSchemaScorer, nerF1Scorer, segmentationF1Scorer } from './scorers-structured.js';
import { bleuScorer, cmrcEmScorer, cmrcF1Scorer, rougeLScorer } from './scorers-text.js';

/**
 * The item-level metric scorers, by the id a suite names. Each is pure and validates
 * its options when built. Corpus-level aggregates (corpus BLEU, micro NER F1, SIGHAN
 * segmentation totals, macro-F1, CMRC means) are not means of these item scores: the
 * report layer calls the functions in README.md on the per-item pairs.
 */
export const metricScorers: Readonly<Record<string, ScorerFactory>> = Object.freeze({
  'cmrc-em': cmrcEmScorer,
  'cmrc-f1': cmrcF1Scorer,
  'rouge-l': rougeLScorer,
  bleu: bleuScorer,
  'segmentation-f1': segmentationF1Scorer,
  'ner-f1': nerF1Scorer,
  'json-schema': jsonSchemaScorer,
});

export { bleuScorer, cmrcEmScorer, cmrcF1Scorer, jsonSchemaScorer, nerF1Scorer, rougeLScorer, segmentationF1Scorer };
