import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../common/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, with its errors turned into usage errors that point at `--help`. */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (cause) {
    throw new UsageError('USAGE', `pingce ${command}: ${(cause as Error).message.replace(/\. To specify.*$/s, '')}\nRun \`pingce ${command} --help\` for usage.`, { cause });
  }
}

/** A positive integer option, or a usage error naming the flag. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError('USAGE', `${flag} must be a positive whole number, not "${value}"`);
  return number;
}
