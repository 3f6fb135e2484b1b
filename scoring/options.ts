import { didYouMean } from '../common/did-you-mean.js';
import { scorerOptionsError } from './errors.js';

export interface OptionRule {
  readonly type: 'boolean' | 'number' | 'string';
  readonly required?: boolean;
  /** Further check on a value of the right type: returns what is wrong, or undefined. */
  readonly check?: (value: unknown) => string | undefined;
}

/**
 * Checks a scorer's options against its rules and throws SCORER_OPTIONS on the
 * first problem. Unknown keys are errors, not ignored: a typo such as `tolerence`
 * would otherwise silently fall back to the default and change the results.
 */
export function validateOptions(
  scorerId: string,
  options: unknown,
  rules: Readonly<Record<string, OptionRule>>,
): Readonly<Record<string, unknown>> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw scorerOptionsError(scorerId, `options must be a mapping, got ${describe(options)}`);
  }
  const record = options as Readonly<Record<string, unknown>>;
  const known = Object.keys(rules);
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(rules, key)) {
      const knownList = known.length === 0 ? 'it takes no options' : `known options: ${known.join(', ')}`;
      throw scorerOptionsError(scorerId, `unknown option "${key}"${didYouMean(key, known)}; ${knownList}`);
    }
  }
  for (const [key, rule] of Object.entries(rules)) {
    const value = record[key];
    if (value === undefined) {
      if (rule.required === true) throw scorerOptionsError(scorerId, `option "${key}" is required`);
      continue;
    }
    if (typeof value !== rule.type || (typeof value === 'number' && !Number.isFinite(value))) {
      throw scorerOptionsError(scorerId, `option "${key}" must be a ${rule.type === 'number' ? 'finite number' : rule.type}, got ${describe(value)}`);
    }
    const problem = rule.check?.(value);
    if (problem !== undefined) throw scorerOptionsError(scorerId, `option "${key}" ${problem}`);
  }
  return record;
}

export const nonNegative = (value: unknown): string | undefined => (typeof value === 'number' && value < 0 ? `must be >= 0, got ${value}` : undefined);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
