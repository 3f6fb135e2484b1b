import { CHOICE_LETTERS } from './choices.js';
import { SuiteError } from './errors.js';
import { looksLikeRotationId } from './rotation.js';
import type { Sample, TaskKind } from './types.js';

/** What a data line must satisfy beyond the sample schema: the task's needs. */
export interface SampleRules {
  readonly task: TaskKind;
  /** CircularEval suite: the options are rotated, so they must be shown by the template. */
  readonly circular?: boolean;
}

/**
 * The checks a task makes of each sample, so a bad key fails the load at its
 * line instead of every model's answer being marked wrong (or the item being an
 * error) at run time. A sample without `target` is allowed: submit-only sets.
 */
export function checkSample(sample: Sample, file: string, line: number, rules: SampleRules): void {
  if (rules.task === 'multiple-choice') checkMultipleChoice(sample, file, line);
  if (rules.task === 'numeric') checkNumeric(sample, file, line);
  if (rules.task === 'classification') checkLabel(sample, file, line);
  if (rules.circular) checkCircular(sample, file, line);
}

function checkMultipleChoice(sample: Sample, file: string, line: number): void {
  if (!sample.choices) throw new SuiteError({ file, line, path: 'choices' }, `multiple-choice sample "${sample.id}" has no choices`);
  if (sample.target === undefined) return; // unlabelled (submit-only) items are allowed
  const offered = CHOICE_LETTERS.slice(0, sample.choices.length);
  const letters = typeof sample.target === 'string' ? sample.target : '';
  if (letters === '' || [...letters].some((letter) => !offered.includes(letter))) {
    throw new SuiteError({ file, line, path: 'target' }, `target ${JSON.stringify(sample.target)} of sample "${sample.id}" is not among the offered options ${offered}`);
  }
}

/** As the numeric scorer reads targets: a number, or a string holding one ("1,234.5", full-width digits). */
function checkNumeric(sample: Sample, file: string, line: number): void {
  const target = sample.target;
  if (target === undefined) return;
  const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(target.normalize('NFKC').replace(/,/g, '').trim()) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new SuiteError({ file, line, path: 'target' }, `target ${JSON.stringify(target)} of numeric sample "${sample.id}" is not a number`);
  }
}

/** A label, or a list of accepted labels, as text (exact-match and the classification metrics compare text). */
function checkLabel(sample: Sample, file: string, line: number): void {
  const target = sample.target;
  if (target === undefined) return;
  const entries: readonly unknown[] = Array.isArray(target) ? target : [target];
  const isLabel = (entry: unknown) => (typeof entry === 'string' && entry.trim() !== '') || typeof entry === 'number' || typeof entry === 'boolean';
  if (entries.length === 0 || !entries.every(isLabel)) {
    throw new SuiteError({ file, line, path: 'target' }, `target ${JSON.stringify(target)} of classification sample "${sample.id}" must be a non-empty label or a list of labels`);
  }
}

function checkCircular(sample: Sample, file: string, line: number): void {
  if (typeof sample.input !== 'string') {
    throw new SuiteError({ file, line, path: 'input' }, `sample "${sample.id}" is chat-form, but a circular suite must show its options through the template (chat-form input is sent as it is, unrotated)`);
  }
  if (looksLikeRotationId(sample.id)) {
    throw new SuiteError({ file, line, path: 'id' }, `sample id "${sample.id}" looks like a CircularEval rotation id (ID@rNofM); rename it`);
  }
}
