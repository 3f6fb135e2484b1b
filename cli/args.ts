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

/** `90s`, `30m`, `2h` or plain milliseconds → milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new UsageError('USAGE', `${flag} must be a duration such as 90s, 30m or 2h, not "${value}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  const ms = Math.round(Number(match[1]) * unit);
  if (ms < 1) throw new UsageError('USAGE', `${flag} must be longer than 0`);
  return ms;
}
