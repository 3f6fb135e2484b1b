import { CHOICE_LETTERS } from '../suites/render.js';
import type { Sample } from '../suites/types.js';
import { scorerTargetError } from './errors.js';
import { toHalfWidth } from './normalize.js';

/** "B", "ABD", "A,C", ["A", "D"] → sorted unique letters ("ABD"). */
export function letterTarget(scorerId: string, sample: Sample): string {
  const target = sample.target;
  const text = typeof target === 'string' ? target : Array.isArray(target) && target.every((entry) => typeof entry === 'string') ? target.join('') : undefined;
  const letters = text === undefined ? '' : toHalfWidth(text).toUpperCase().replace(/[\s,，、]/g, '');
  if (letters === '' || [...letters].some((letter) => !CHOICE_LETTERS.includes(letter))) {
    throw scorerTargetError(scorerId, sample, `target must be option letters such as "B" or "ABD", got ${JSON.stringify(target)}`);
  }
  const choiceCount = sample.choices?.length;
  if (choiceCount !== undefined && [...letters].some((letter) => CHOICE_LETTERS.indexOf(letter) >= choiceCount)) {
    throw scorerTargetError(scorerId, sample, `target ${JSON.stringify(target)} names a letter beyond the ${choiceCount} choices`);
  }
  return [...new Set(letters)].sort().join('');
}

/** A string, number or boolean target, or a list of them (any one is accepted), as strings. */
export function textTargets(scorerId: string, sample: Sample): string[] {
  const target = sample.target;
  const entries: readonly unknown[] = Array.isArray(target) ? target : [target];
  const texts = entries.map((entry) => (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean' ? String(entry) : undefined));
  if (texts.length === 0 || texts.some((text) => text === undefined || text.trim() === '')) {
    throw scorerTargetError(scorerId, sample, `target must be a non-empty string or number, or a list of them, got ${JSON.stringify(target)}`);
  }
  return texts.filter((text): text is string => text !== undefined);
}

/** A number, or a string holding one ("1,234.5"). */
export function numberTarget(scorerId: string, sample: Sample): number {
  const target = sample.target;
  const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(toHalfWidth(target).replace(/,/g, '').trim()) : Number.NaN;
  if (!Number.isFinite(value)) throw scorerTargetError(scorerId, sample, `target must be a number, got ${JSON.stringify(target)}`);
  return value;
}
