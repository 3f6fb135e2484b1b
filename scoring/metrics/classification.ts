import { PingceError } from '../../common/errors.js';
import { compareCodePoints } from './python-text.js';

/**
 * Single-label classification scores equal to scikit-learn's `accuracy_score` and
 * `f1_score` (sklearn ≥ 1.3 formulas):
 * - labels are the sorted union of the labels in y_true and y_pred (sklearn's
 *   `unique_labels` when `labels=None`), so a label only ever predicted counts, with F1 0;
 * - per label F1 = 2·tp / (2·tp + fp + fn), 0 when that is 0/0 (zero_division="warn"
 *   behaves as 0); precision and recall likewise 0 when undefined;
 * - macro = unweighted mean over the labels; weighted = mean weighted by gold support;
 *   micro F1 = accuracy for single-label data.
 */

export interface LabelScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ClassificationResult {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly macroPrecision: number;
  readonly macroRecall: number;
  readonly weightedF1: number;
  /** Per label, in sklearn's order (sorted by code point). */
  readonly perLabel: Readonly<Record<string, LabelScore>>;
}

function checkLengths(yTrue: readonly string[], yPred: readonly string[]): void {
  if (yTrue.length !== yPred.length) throw new PingceError('METRIC_INPUT', `${yTrue.length} gold labels but ${yPred.length} predicted`);
  if (yTrue.length === 0) throw new PingceError('METRIC_INPUT', 'no labels to score');
}

export function accuracy(yTrue: readonly string[], yPred: readonly string[]): number {
  checkLengths(yTrue, yPred);
  return yTrue.filter((label, index) => label === yPred[index]).length / yTrue.length;
}

export function macroF1(yTrue: readonly string[], yPred: readonly string[]): number {
  return classificationScores(yTrue, yPred).macroF1;
}

export function classificationScores(yTrue: readonly string[], yPred: readonly string[]): ClassificationResult {
  checkLengths(yTrue, yPred);
  const labels = [...new Set([...yTrue, ...yPred])].sort(compareCodePoints);
  const tp = new Map<string, number>();
  const predicted = new Map<string, number>();
  const support = new Map<string, number>();
  const bump = (map: Map<string, number>, label: string) => map.set(label, (map.get(label) ?? 0) + 1);
  yTrue.forEach((label, index) => {
    const guess = yPred[index] ?? '';
    bump(support, label);
    bump(predicted, guess);
    if (guess === label) bump(tp, label);
  });
  const perLabel: Record<string, LabelScore> = {};
  for (const label of labels) {
    const hits = tp.get(label) ?? 0;
    const guessed = predicted.get(label) ?? 0;
    const gold = support.get(label) ?? 0;
    perLabel[label] = {
      precision: guessed === 0 ? 0 : hits / guessed,
      recall: gold === 0 ? 0 : hits / gold,
      // sklearn: (1 + β²)·tp / (β²·true + pred) with β = 1.
      f1: gold + guessed === 0 ? 0 : (2 * hits) / (gold + guessed),
      support: gold,
    };
  }
  const scores = labels.map((label) => perLabel[label] ?? { precision: 0, recall: 0, f1: 0, support: 0 });
  const mean = (pick: (score: LabelScore) => number) => scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  const weighted = scores.reduce((sum, score) => sum + score.f1 * score.support, 0) / yTrue.length;
  return {
    accuracy: accuracy(yTrue, yPred),
    macroF1: mean((score) => score.f1),
    macroPrecision: mean((score) => score.precision),
    macroRecall: mean((score) => score.recall),
    weightedF1: weighted,
    perLabel,
  };
}

/** The same scores from per-item pairs, as the report layer holds them. */
export function classificationScoresOfPairs(pairs: readonly { readonly prediction: string; readonly reference: string }[]): ClassificationResult {
  return classificationScores(
    pairs.map((pair) => pair.reference),
    pairs.map((pair) => pair.prediction),
  );
}
