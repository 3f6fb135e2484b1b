import { PingceError } from '../../common/errors.js';
import { lcsMatchedInA } from './lcs.js';

/**
 * Chinese word segmentation scores as the SIGHAN 2005 bakeoff `score` script
 * (Sproat & Emerson) computes them. Per line it writes the gold and the test words one
 * per line and runs `diff -y`; a word counts as correct when diff pairs it with an
 * identical word, so the correct count is the longest common subsequence of the two
 * word lists (diff's edit script is minimal at sentence length). Then, over the corpus:
 * recall = Σ correct / Σ gold words, precision = Σ correct / Σ test words, F = 2PR/(P+R);
 * with a training word list, OOV rate = gold words not in it / gold words, and OOV
 * (IV) recall = the share of those (the others) that were matched.
 *
 * The script's own rules kept here: words are split on ASCII whitespace and U+3000;
 * a line whose gold side has no words is skipped with its test words. Where the
 * script would die (a test line with no words, or P + R = 0: Perl's division by
 * zero) this returns 0 for the undefined ratio instead.
 *
 * `alignment: 'span'` instead counts a test word correct when a gold word covers the
 * same characters (start and end offsets): the definition most re-implementations
 * use. The two agree except when one text is not a re-segmentation of the other, or
 * a repeated word lets diff pair words at different places ("A B AB" vs "AB A B").
 */

export interface SegmentationPair {
  readonly gold: readonly string[];
  readonly predicted: readonly string[];
}

export interface SegmentationOptions {
  /** The training word list, for OOV and IV recall (the script's first argument). */
  readonly trainingWords?: Iterable<string>;
  /** Default `diff`, the script's; `span` matches by character offsets. */
  readonly alignment?: 'diff' | 'span';
}

export interface SegmentationResult {
  readonly goldWords: number;
  readonly testWords: number;
  /** Gold words matched (the script's RawRecall before division); equals the test words matched. */
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
  /** Lines scored (those with at least one gold word). */
  readonly lines: number;
  /** Present when training words were given. */
  readonly oov?: {
    readonly rate: number;
    /** Undefined when no gold word is out of vocabulary (the script prints "--"). */
    readonly recall: number | undefined;
    readonly ivRecall: number | undefined;
  };
}

// Perl's \s in the script (bytes, no locale): ASCII whitespace; it maps U+3000 to a space first.
const SCRIPT_SPACE = /[\t\n\v\f\r \u3000]+/;

/** Words of a segmented line: "我 爱 北京", "我/爱/北京" or "我／爱／北京". */
export function parseSegmentedText(text: string): string[] {
  return text.split(/[\t\n\v\f\r \u3000/／]+/).filter((word) => word !== '');
}

/** Re-splits words as the script would see them on a line (a "word" with a space inside is two). */
function scriptWords(words: readonly string[]): string[] {
  return words.flatMap((word) => word.split(SCRIPT_SPACE)).filter((word) => word !== '');
}

/** Which gold words are matched, by the chosen alignment. */
function matchedGold(gold: readonly string[], predicted: readonly string[], alignment: 'diff' | 'span'): boolean[] {
  if (alignment === 'diff') return lcsMatchedInA(gold, predicted);
  const spans = new Set<string>();
  let offset = 0;
  for (const word of predicted) {
    const length = [...word].length;
    spans.add(`${offset}:${length}:${word}`);
    offset += length;
  }
  offset = 0;
  return gold.map((word) => {
    const length = [...word].length;
    const hit = spans.has(`${offset}:${length}:${word}`);
    offset += length;
    return hit;
  });
}

/** Corpus scores over sentence pairs, totals over all words as the script reports them. */
export function segmentationScore(pairs: readonly SegmentationPair[], options: SegmentationOptions = {}): SegmentationResult {
  const dictionary = options.trainingWords === undefined ? undefined : new Set([...options.trainingWords].map((word) => word.trim()));
  let goldWords = 0;
  let testWords = 0;
  let correct = 0;
  let lines = 0;
  let oov = 0;
  let oovMatched = 0;
  let iv = 0;
  let ivMatched = 0;
  for (const pair of pairs) {
    const gold = scriptWords(pair.gold);
    const predicted = scriptWords(pair.predicted);
    if (gold.length === 0) continue;
    lines += 1;
    const matched = matchedGold(gold, predicted, options.alignment ?? 'diff');
    goldWords += gold.length;
    testWords += predicted.length;
    gold.forEach((word, index) => {
      const hit = matched[index] === true;
      if (hit) correct += 1;
      if (dictionary === undefined) return;
      if (dictionary.has(word)) {
        iv += 1;
        if (hit) ivMatched += 1;
      } else {
        oov += 1;
        if (hit) oovMatched += 1;
      }
    });
  }
  if (goldWords === 0) throw new PingceError('METRIC_INPUT', 'segmentation score: no gold words (the script divides by the gold word count)');
  const recall = correct / goldWords;
  const precision = testWords === 0 ? 0 : correct / testWords;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const result = { goldWords, testWords, correct, recall, precision, f1, lines };
  if (dictionary === undefined) return result;
  return { ...result, oov: { rate: oov / goldWords, recall: oov > 0 ? oovMatched / oov : undefined, ivRecall: iv > 0 ? ivMatched / iv : undefined } };
}

/** Precision, recall and F1 of one sentence; all 0 when either side has no words. */
export function sentenceSegmentationScore(gold: readonly string[], predicted: readonly string[], options: Pick<SegmentationOptions, 'alignment'> = {}): { precision: number; recall: number; f1: number } {
  const goldWords = scriptWords(gold);
  const predictedWords = scriptWords(predicted);
  if (goldWords.length === 0 || predictedWords.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const correct = matchedGold(goldWords, predictedWords, options.alignment ?? 'diff').filter(Boolean).length;
  const precision = correct / predictedWords.length;
  const recall = correct / goldWords.length;
  return { precision, recall, f1: correct === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Token-level tag accuracy (POS tagging): equal tags at equal positions / gold tags,
 * which is seqeval's `accuracy_score` when every predicted sentence has its gold
 * sentence's length. Otherwise tags are still compared within each sentence (seqeval
 * zips the flattened lists, so one short sentence would shift all later ones): a
 * missing tag counts as wrong, an extra one is ignored.
 */
export function posAccuracy(goldTags: readonly (readonly string[])[], predictedTags: readonly (readonly string[])[]): number {
  if (goldTags.length !== predictedTags.length) throw new PingceError('METRIC_INPUT', `posAccuracy: ${goldTags.length} gold sentences but ${predictedTags.length} predicted`);
  let total = 0;
  let equal = 0;
  goldTags.forEach((gold, sentence) => {
    const predicted = predictedTags[sentence] ?? [];
    total += gold.length;
    gold.forEach((tag, index) => {
      if (predicted[index] === tag) equal += 1;
    });
  });
  if (total === 0) throw new PingceError('METRIC_INPUT', 'posAccuracy: no gold tags');
  return equal / total;
}
