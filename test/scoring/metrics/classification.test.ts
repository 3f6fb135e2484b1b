import { describe, expect, it } from 'vitest';
import { accuracy, classificationScores, classificationScoresOfPairs, macroF1 } from '../../../scoring/metrics/classification.js';
import { thrownCode } from '../helpers.js';
import { readReference } from './reference.js';

interface Case {
  readonly note: string;
  readonly yTrue: string[];
  readonly yPred: string[];
  readonly accuracy: number;
  readonly macroF1: number;
  readonly microF1: number;
  readonly weightedF1: number;
}

/** reference/tools-reference.json "classification": scikit-learn 1.9.1 accuracy_score and f1_score(average=…) (generate_reference.py). */
const cases = readReference<{ classification: Case[] }>('tools-reference.json').classification;

describe('classification scores equal scikit-learn', () => {
  it.each(cases)('$note', (item) => {
    const result = classificationScores(item.yTrue, item.yPred);
    expect(result.accuracy).toBeCloseTo(item.accuracy, 15);
    expect(result.macroF1).toBeCloseTo(item.macroF1, 12);
    expect(result.weightedF1).toBeCloseTo(item.weightedF1, 12);
    // Single-label micro F1 is accuracy.
    expect(result.accuracy).toBeCloseTo(item.microF1, 12);
  });

  it("reproduces the f1_score docstring: macro 0.26666666666666666 on y_true [0,1,2,0,1,2], y_pred [0,2,1,0,0,1]", () => {
    expect(macroF1(['0', '1', '2', '0', '1', '2'], ['0', '2', '1', '0', '0', '1'])).toBeCloseTo(0.26666666666666666, 15);
    expect(accuracy(['0', '1', '2', '0', '1', '2'], ['0', '2', '1', '0', '0', '1'])).toBeCloseTo(1 / 3, 15);
  });

  it('counts a label seen only in predictions, with F1 0 (labels = union)', () => {
    const result = classificationScores(['报修', '咨询', '投诉', '咨询'], ['报修', '咨询', '表扬', '咨询']);
    expect(Object.keys(result.perLabel)).toHaveLength(4);
    expect(result.perLabel['表扬']).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });

  it('takes per-item pairs as well', () => {
    const pairs = [
      { prediction: '0', reference: '0' },
      { prediction: '2', reference: '1' },
      { prediction: '1', reference: '2' },
    ];
    expect(classificationScoresOfPairs(pairs)).toEqual(classificationScores(['0', '1', '2'], ['0', '2', '1']));
  });

  it('rejects empty or unequal inputs', () => {
    expect(thrownCode(() => macroF1([], []))).toBe('METRIC_INPUT');
    expect(thrownCode(() => accuracy(['a'], ['a', 'b']))).toBe('METRIC_INPUT');
  });
});
