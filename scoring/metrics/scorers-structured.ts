import { PingceError } from '../../common/errors.js';
import type { Sample } from '../../suites/types.js';
import { scorerOptionsError, scorerTargetError } from '../errors.js';
import { normalizeText } from '../normalize.js';
import { validateOptions } from '../options.js';
import { shortAnswer } from '../scorers/text-match.js';
import type { ScorerFactory } from '../types.js';
import { findJson as extractJson } from '../extract/json.js';
import { compileJsonSchema } from './json-schema.js';
import { detectScheme, NER_SCHEMES } from './ner-schemes.js';
import { type NerOptions, nerScores, prf } from './ner.js';
import { oneOf } from './scorers-text.js';
import { parseSegmentedText, sentenceSegmentationScore } from './segmentation.js';

/**
 * `segmentation-f1`: word segmentation F1 of one sentence, SIGHAN-style (words match by
 * diff alignment; option `alignment: span` matches by character offsets instead).
 * Target: the gold words as a list (["我", "爱", "北京"]) or one string of words
 * separated by spaces or "/". Output: words separated by whitespace, "/" or "／".
 * Null when the answer has no words.
 */
export const segmentationF1Scorer: ScorerFactory = (options) => {
  const valid = validateOptions('segmentation-f1', options, { alignment: { type: 'string', check: oneOf(['diff', 'span']) } });
  const alignment = (valid['alignment'] ?? 'diff') as 'diff' | 'span';
  return (sample, output) => {
    const gold = goldWords(sample);
    const predicted = parseSegmentedText(output.answerText);
    if (predicted.length === 0) return { value: null, explanation: 'no words in the answer' };
    const score = sentenceSegmentationScore(gold, predicted, { alignment });
    const sameText = gold.join('') === predicted.join('');
    const explanation = `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}${sameText ? '' : '; the answer does not re-segment the gold text'}`;
    return { value: score.f1, answer: shortAnswer(predicted.join(' ')), explanation };
  };
};

function goldWords(sample: Sample): string[] {
  const target = sample.target;
  const words = typeof target === 'string' ? parseSegmentedText(target) : Array.isArray(target) && target.every((word) => typeof word === 'string') ? target.flatMap(parseSegmentedText) : [];
  if (words.length === 0) throw scorerTargetError('segmentation-f1', sample, `target must be the gold words, as a list or a "/"- or space-separated string, got ${JSON.stringify(target)}`);
  return words;
}

interface TextEntity {
  readonly type: string;
  readonly text: string;
}

const TAG_SPLIT = /[\s,，]+/;

/**
 * `ner-f1`: entity F1 of one item. Two target forms:
 * - a tag list (["B-PER", "I-PER", "O"]): the answer is the tags, whitespace- or
 *   comma-separated or a JSON list of strings; F1 by seqeval (options `mode`, `scheme`,
 *   `suffix`); an answer with another number of tags scores 0;
 * - an entity list ([{ "type": "PER", "text": "张三" }]): the answer is a JSON list of
 *   such objects; entities match by type and normalised text, as multisets.
 * When neither side has an entity the item scores 1 (nothing to find, nothing found),
 * where seqeval would give 0 for want of a denominator. Null when no tags / JSON list
 * could be read.
 */
export const nerF1Scorer: ScorerFactory = (options) => {
  const valid = validateOptions('ner-f1', options, {
    mode: { type: 'string', check: oneOf(['default', 'strict']) },
    scheme: { type: 'string', check: oneOf(['auto', ...NER_SCHEMES]) },
    suffix: { type: 'boolean' },
  });
  if (valid['scheme'] !== undefined && valid['mode'] !== 'strict') throw scorerOptionsError('ner-f1', 'option "scheme" applies only with mode: strict');
  const nerOptions = { mode: valid['mode'] ?? 'default', scheme: valid['scheme'] ?? 'auto', suffix: valid['suffix'] === true } as NerOptions;
  return (sample, output) => {
    const target = sample.target;
    if (Array.isArray(target) && target.length > 0 && target.every((tag) => typeof tag === 'string')) return scoreTags(sample, target, output.answerText, nerOptions);
    if (Array.isArray(target) && target.every(isTextEntity)) return scoreEntityList(target, output.answerText);
    throw scorerTargetError('ner-f1', sample, `target must be a list of tags or of {type, text} entities, got ${JSON.stringify(target)}`);
  };
};

function scoreTags(sample: Sample, gold: readonly string[], answer: string, options: NerOptions) {
  const json = extractJson(answer);
  const predicted = Array.isArray(json?.value) && json.value.every((tag) => typeof tag === 'string') ? json.value : answer.split(TAG_SPLIT).filter((tag) => tag !== '');
  if (predicted.length === 0) return { value: null, explanation: 'no tags in the answer' };
  const shown = shortAnswer(predicted.join(' '));
  if (predicted.length !== gold.length) return { value: 0, passed: false, answer: shown, explanation: `expected ${gold.length} tags, got ${predicted.length}` };
  const noEntities = { value: 1, passed: true, answer: shown, explanation: 'no entities in gold or answer' };
  let effective = options;
  if (options.mode === 'strict' && (options.scheme ?? 'auto') === 'auto') {
    // One sentence may hold no entity: detect the scheme from the gold tags, else from the answer's.
    const source = gold.some((tag) => tag !== 'O') ? gold : predicted;
    if (source.every((tag) => tag === 'O')) return noEntities;
    try {
      effective = { ...options, scheme: detectScheme([source], options.suffix) };
    } catch (error) {
      if (!(error instanceof PingceError)) throw error;
      if (source === gold) throw scorerTargetError('ner-f1', sample, error.message);
      return { value: 0, passed: false, answer: shown, explanation: error.message };
    }
  }
  try {
    // The gold side alone first, so that a bad target is reported as the suite's fault.
    nerScores([{ gold, predicted: gold }], effective);
  } catch (error) {
    if (error instanceof PingceError) throw scorerTargetError('ner-f1', sample, error.message);
    throw error;
  }
  try {
    const { micro } = nerScores([{ gold, predicted }], effective);
    if (micro.support === 0 && micro.predicted === 0) return noEntities;
    return { value: micro.f1, answer: shown, explanation: `${micro.correct} of ${micro.predicted} predicted entities correct, ${micro.support} in gold` };
  } catch (error) {
    if (error instanceof PingceError) return { value: 0, passed: false, answer: shown, explanation: error.message };
    throw error;
  }
}

function isTextEntity(value: unknown): value is TextEntity {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['type'] === 'string' && typeof (value as Record<string, unknown>)['text'] === 'string';
}

const entityKey = (entity: TextEntity) => `${entity.type.trim()}\u0000${normalizeText(entity.text)}`;

function scoreEntityList(gold: readonly TextEntity[], answer: string) {
  const json = extractJson(answer);
  if (json === undefined || !Array.isArray(json.value)) return { value: null, explanation: 'no JSON list of entities in the answer' };
  const predicted = json.value.filter(isTextEntity);
  const remaining = new Map<string, number>();
  for (const entity of gold) remaining.set(entityKey(entity), (remaining.get(entityKey(entity)) ?? 0) + 1);
  let correct = 0;
  for (const entity of predicted) {
    const left = remaining.get(entityKey(entity)) ?? 0;
    if (left > 0) {
      correct += 1;
      remaining.set(entityKey(entity), left - 1);
    }
  }
  const shown = shortAnswer(json.text);
  if (gold.length === 0 && predicted.length === 0) return { value: 1, passed: true, answer: shown, explanation: 'no entities in gold or answer' };
  const skipped = json.value.length - predicted.length;
  const note = skipped > 0 ? `; ${skipped} list item(s) without string "type" and "text" ignored` : '';
  return { value: prf(correct, predicted.length, gold.length).f1, answer: shown, explanation: `${correct} of ${predicted.length} predicted entities correct, ${gold.length} in gold${note}` };
}

/**
 * `json-schema`: 1 when the JSON in the answer (see scoring/extract/json.ts) is valid against
 * the `schema` option (a JSON Schema mapping, required), 0 when it is not, null when
 * no JSON could be found. The target is not used.
 */
export const jsonSchemaScorer: ScorerFactory = (options) => {
  const schema = typeof options === 'object' && options !== null ? (options as Record<string, unknown>)['schema'] : undefined;
  if (schema !== undefined && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    throw scorerOptionsError('json-schema', `option "schema" must be a JSON Schema mapping, got ${JSON.stringify(schema)}`);
  }
  // validateOptions knows only scalar types: it checks the other keys, with a stand-in for the schema.
  validateOptions('json-schema', schema === undefined ? options : { ...options, schema: 'mapping' }, { schema: { type: 'string', required: true } });
  let validate: ReturnType<typeof compileJsonSchema>;
  try {
    validate = compileJsonSchema(schema as Record<string, unknown>);
  } catch (error) {
    throw scorerOptionsError('json-schema', error instanceof Error ? error.message : String(error), error);
  }
  return (_sample, output) => {
    const json = extractJson(output.answerText);
    if (json === undefined) return { value: null, explanation: 'no JSON found in the answer' };
    const check = validate(json.value);
    const answer = shortAnswer(json.text);
    if (check.valid) return { value: 1, passed: true, answer };
    return { value: 0, passed: false, answer, explanation: check.problems.slice(0, 5).join('; ') };
  };
};
