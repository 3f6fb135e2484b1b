import { UsageError } from '../../common/errors.js';
import { didYouMean } from '../../common/did-you-mean.js';
import type { Domain } from '../types.js';
import { parseEncoding, type Encoding } from './text.js';
import type { ImportOptions, Split } from './types.js';

/** Keys every importer accepts (see README.md "Options"). */
export const COMMON_KEYS = ['id', 'split', 'encoding', 'license', 'domain'] as const;

export const DOMAINS: readonly Domain[] = ['healthcare', 'finance', 'manufacturing', 'energy', 'culture-tourism', 'chinese-nlp', 'safety', 'general'];

export const SUITE_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Rejects keys the importer does not know, with a suggestion: a typo must not be ignored. */
export function checkOptionKeys(format: string, options: ImportOptions, extra: readonly string[]): void {
  const known = [...COMMON_KEYS, ...extra];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new UsageError('USAGE', `importer "${format}" has no option "${key}"${didYouMean(key, known)}; it accepts ${known.join(', ')}`);
  }
  if (options['id'] !== undefined && !SUITE_ID.test(options['id'])) {
    throw new UsageError('USAGE', `--id "${options['id']}" is not a valid suite id (lower-case letters, digits, ".", "_", "-"; starting with a letter or digit)`);
  }
}

export function splitOption(options: ImportOptions, allowed: readonly Split[], fallback: Split): Split {
  const value = options['split'] ?? fallback;
  const split = allowed.find((candidate) => candidate === value);
  if (!split) throw new UsageError('USAGE', `--split must be one of ${allowed.join(', ')} for this format, not "${value}"`);
  return split;
}

export function encodingOption(options: ImportOptions): Encoding {
  return parseEncoding(options['encoding']);
}

export function integerOption(options: ImportOptions, key: string, fallback: number, min: number, max: number): number {
  const raw = options[key];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError('USAGE', `option ${key} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

export function booleanOption(options: ImportOptions, key: string, fallback: boolean): boolean {
  const raw = options[key];
  if (raw === undefined) return fallback;
  if (['true', 'yes', '1'].includes(raw.toLowerCase())) return true;
  if (['false', 'no', '0'].includes(raw.toLowerCase())) return false;
  throw new UsageError('USAGE', `option ${key} must be true or false, not "${raw}"`);
}

export function choiceOption<T extends string>(options: ImportOptions, key: string, allowed: readonly T[], fallback: T): T {
  const raw = options[key] ?? fallback;
  const value = allowed.find((candidate) => candidate === raw);
  if (value === undefined) throw new UsageError('USAGE', `option ${key} must be one of ${allowed.join(', ')}, not "${raw}"${didYouMean(raw, allowed)}`);
  return value;
}

/** `--option domain=…` when given (checked against the suite schema's list), else the importer's guess. */
export function domainOption(options: ImportOptions, guess: Domain): Domain {
  const raw = options['domain'];
  if (raw === undefined) return guess;
  const domain = DOMAINS.find((candidate) => candidate === raw);
  if (!domain) throw new UsageError('USAGE', `option domain must be one of ${DOMAINS.join(', ')}, not "${raw}"${didYouMean(raw, DOMAINS)}`);
  return domain;
}

/**
 * `KEY=VALUE` → [key, value]; the value may itself hold "=" (`map=input=question,…`).
 * Used for `--option` and for the query string of `import:` selectors.
 */
export function parseKeyValue(text: string, what: string): [string, string] {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError('USAGE', `${what} must look like KEY=VALUE, not "${text}"`);
  return [text.slice(0, equals).trim(), text.slice(equals + 1)];
}
