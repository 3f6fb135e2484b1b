import { PingceError } from '../../common/errors.js';
import { type NerScheme, detectScheme, strictEntities } from './ner-schemes.js';
import { compareCodePoints } from './python-text.js';

/**
 * Entity-level NER scores as seqeval 1.x computes them: entities are (type, start,
 * end) chunks, a prediction is correct only with the same span and type, and
 * precision / recall / F1 are micro-averaged over all sentences, with 0 for an
 * undefined ratio (seqeval's zero_division "warn" behaves as 0).
 *
 * Default mode is seqeval's `get_entities`, the conlleval-compatible chunking: the
 * tag is the first character, the type what follows the first "-" ('_' when none); a
 * chunk ends on E/S, on B/S/O after B/I, or on a type change, and starts on B/S, on
 * I/E after O/E/S, or on a type change: so "I-PER" after "O" or after "B-LOC" starts a
 * PER chunk, and "B-PER E-PER I-PER" is two chunks. Strict mode: see ner-schemes.ts.
 */

export interface NerOptions {
  /** `default` (conlleval-compatible, seqeval's default) or `strict` (seqeval mode='strict'). */
  readonly mode?: 'default' | 'strict';
  /** For strict mode: the scheme, or `auto` to detect it from the gold tags (seqeval auto_detect). Default auto. */
  readonly scheme?: NerScheme | 'auto';
  /** Tags written as PER-B rather than B-PER. */
  readonly suffix?: boolean;
  /**
   * A prediction with another number of tags than its gold sentence: `error` (default,
   * as seqeval's check_consistent_length) or `pad`: padded with "O" or cut to the gold
   * length, as the `align_lengths` helper of earlier seqeval releases did, so one
   * malformed model answer does not stop a corpus score.
   */
  readonly lengthMismatch?: 'error' | 'pad';
}

export interface NerEntity {
  readonly type: string;
  readonly start: number;
  /** Inclusive, as seqeval's get_entities. */
  readonly end: number;
}

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold entities (seqeval's support). */
  readonly support: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface NerResult {
  /** seqeval `f1_score(average='micro')` and the matching precision and recall. */
  readonly micro: PrfScore;
  /** Unweighted mean over the types found in gold or prediction (seqeval average='macro'). */
  readonly macro: { readonly precision: number; readonly recall: number; readonly f1: number };
  /** Per type, sorted by type name. */
  readonly perType: Readonly<Record<string, PrfScore>>;
}

export interface NerPair {
  readonly gold: readonly string[];
  readonly predicted: readonly string[];
}

/** seqeval `get_entities` on one sentence (the default, conlleval-compatible chunking). */
export function getEntities(tags: readonly string[], suffix = false): NerEntity[] {
  const chunks: NerEntity[] = [];
  let previousTag = 'O';
  let previousType = '';
  let begin = 0;
  [...tags, 'O'].forEach((chunk, index) => {
    if (chunk === '') throw new PingceError('METRIC_INPUT', 'empty NER tag');
    const tag = suffix ? chunk.slice(-1) : chunk.charAt(0);
    const type = (suffix ? typeBeforeLastDash(chunk.slice(0, -1)) : typeAfterFirstDash(chunk.slice(1))) || '_';
    if (endsChunk(previousTag, tag, previousType, type)) chunks.push({ type: previousType, start: begin, end: index - 1 });
    if (startsChunk(previousTag, tag, previousType, type)) begin = index;
    previousTag = tag;
    previousType = type;
  });
  return chunks;
}

// Python's text.split('-', maxsplit=1)[-1] and text.rsplit('-', maxsplit=1)[0].
const typeAfterFirstDash = (text: string): string => (text.includes('-') ? text.slice(text.indexOf('-') + 1) : text);
const typeBeforeLastDash = (text: string): string => (text.includes('-') ? text.slice(0, text.lastIndexOf('-')) : text);

function endsChunk(previousTag: string, tag: string, previousType: string, type: string): boolean {
  if (previousTag === 'E' || previousTag === 'S') return true;
  if ((previousTag === 'B' || previousTag === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return previousTag !== 'O' && previousTag !== '.' && previousType !== type;
}

function startsChunk(previousTag: string, tag: string, previousType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((previousTag === 'E' || previousTag === 'S' || previousTag === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && tag !== '.' && previousType !== type;
}

/** Entity keys per type for one side of the corpus. */
function entitiesByType(sentences: readonly (readonly string[])[], options: NerOptions, scheme: NerScheme | undefined): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  const add = (type: string, key: string) => {
    let keys = byType.get(type);
    if (keys === undefined) byType.set(type, (keys = new Set()));
    keys.add(key);
  };
  if (scheme === undefined) {
    // As seqeval: the sentences joined into one sequence with an "O" after each, then chunked once.
    for (const entity of getEntities(sentences.flatMap((tags) => [...tags, 'O']), options.suffix)) add(entity.type, `${entity.start}:${entity.end}`);
  } else {
    sentences.forEach((tags, sentence) => {
      for (const entity of strictEntities(tags, scheme, options.suffix)) add(entity.type, `${sentence}:${entity.start}:${entity.end}`);
    });
  }
  return byType;
}

export function prf(correct: number, predicted: number, support: number): PrfScore {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = support > 0 ? correct / support : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support, predicted, correct };
}

/** Micro, macro and per-type entity scores over a corpus of tagged sentences. */
export function nerScores(pairs: readonly NerPair[], options: NerOptions = {}): NerResult {
  const predicted = pairs.map((pair, index) => {
    if (pair.gold.length === pair.predicted.length) return pair.predicted;
    if (options.lengthMismatch === 'pad') return Array.from(pair.gold, (_, position) => pair.predicted[position] ?? 'O');
    // seqeval's check_consistent_length: a prediction must tag every token.
    throw new PingceError('METRIC_INPUT', `NER sentence ${index}: ${pair.gold.length} gold tags but ${pair.predicted.length} predicted`);
  });
  const gold = pairs.map((pair) => pair.gold);
  const scheme = options.mode === 'strict' ? (options.scheme === undefined || options.scheme === 'auto' ? detectScheme(gold, options.suffix) : options.scheme) : undefined;
  const goldByType = entitiesByType(gold, options, scheme);
  const predictedByType = entitiesByType(predicted, options, scheme);
  const types = [...new Set([...goldByType.keys(), ...predictedByType.keys()])].sort(compareCodePoints);
  const perType: Record<string, PrfScore> = {};
  let correct = 0;
  let predictedCount = 0;
  let support = 0;
  for (const type of types) {
    const goldKeys = goldByType.get(type) ?? new Set<string>();
    const predictedKeys = predictedByType.get(type) ?? new Set<string>();
    const typeCorrect = [...predictedKeys].filter((key) => goldKeys.has(key)).length;
    perType[type] = prf(typeCorrect, predictedKeys.size, goldKeys.size);
    correct += typeCorrect;
    predictedCount += predictedKeys.size;
    support += goldKeys.size;
  }
  const scores = Object.values(perType);
  const mean = (pick: (score: PrfScore) => number) => (scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length);
  return {
    micro: prf(correct, predictedCount, support),
    macro: { precision: mean((score) => score.precision), recall: mean((score) => score.recall), f1: mean((score) => score.f1) },
    perType,
  };
}
