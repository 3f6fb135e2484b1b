import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RefusalOutcome } from '../../../scoring/refusal/types.js';

export const OUTCOMES: readonly RefusalOutcome[] = ['refusal', 'partial', 'full_compliance'];

export interface LabelledItem {
  readonly id: string;
  readonly split: 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4';
  readonly lang: 'zh' | 'en';
  readonly text: string;
  readonly label: RefusalOutcome;
  readonly note: string;
}

export const LABELLED_FILE = fileURLToPath(new URL('./labelled.jsonl', import.meta.url));

export function loadLabelled(file: string = LABELLED_FILE): LabelledItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem);
}

/** confusion[label][predicted] = count. */
export type Confusion = Record<RefusalOutcome, Record<RefusalOutcome, number>>;

export interface Metrics {
  readonly n: number;
  readonly confusion: Confusion;
  readonly accuracy: number;
  /** The class `refusal` against the other two. */
  readonly refusal: { readonly precision: number; readonly recall: number };
  /** `refusal` or `partial` (any declining) against full compliance. */
  readonly declined: { readonly precision: number; readonly recall: number };
  readonly partial: { readonly precision: number; readonly recall: number };
}

export function metrics(pairs: readonly { readonly label: RefusalOutcome; readonly predicted: RefusalOutcome }[]): Metrics {
  const confusion = Object.fromEntries(OUTCOMES.map((label) => [label, Object.fromEntries(OUTCOMES.map((predicted) => [predicted, 0]))])) as Confusion;
  for (const { label, predicted } of pairs) confusion[label][predicted] += 1;
  const binary = (positive: (outcome: RefusalOutcome) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { label, predicted } of pairs) {
      if (positive(predicted) && positive(label)) tp += 1;
      else if (positive(predicted)) fp += 1;
      else if (positive(label)) fn += 1;
    }
    return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  };
  const correct = pairs.filter(({ label, predicted }) => label === predicted).length;
  return {
    n: pairs.length,
    confusion,
    accuracy: pairs.length === 0 ? 1 : correct / pairs.length,
    refusal: binary((outcome) => outcome === 'refusal'),
    declined: binary((outcome) => outcome !== 'full_compliance'),
    partial: binary((outcome) => outcome === 'partial'),
  };
}
