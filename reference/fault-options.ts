import type { FaultKind, FaultOptions } from './types.js';

export const FAULT_KINDS: readonly FaultKind[] = ['rate_limit', 'server_error', 'hang', 'reset', 'truncated', 'malformed'];

export const DEFAULT_RETRY_AFTER_MS = 50;
export const DEFAULT_HANG_MS = 60_000;
export const DEFAULT_MAX_CONSECUTIVE = 3;

/** setTimeout's ceiling: a longer hang would silently fire after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Fault options with every default filled in: what the server works from. */
export interface ResolvedFaults {
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  readonly retryAfterMs: number;
  readonly hangMs: number;
  readonly maxConsecutive: number;
}

/**
 * What is wrong with a fault-options value, checked field by field at run time:
 * it arrives from YAML configs and from `POST /_pingce/faults` bodies as well as
 * from typed code. Empty when it is fine.
 */
export function faultOptionProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['faults must be an object'];
  const fields = value as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Set(['rate', 'kinds', 'retryAfterMs', 'hangMs', 'maxConsecutive']);
  for (const name of Object.keys(fields)) if (!known.has(name)) problems.push(`faults has no option "${name}"`);
  const rate = fields['rate'];
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) problems.push(`faults.rate must be between 0 and 1, not ${String(rate)}`);
  const kinds = fields['kinds'];
  if (!Array.isArray(kinds) || kinds.length === 0) problems.push('faults.kinds must be a non-empty list');
  else {
    for (const kind of kinds as unknown[]) {
      if (!(FAULT_KINDS as readonly unknown[]).includes(kind)) problems.push(`faults.kinds: unknown kind ${JSON.stringify(kind)} (known: ${FAULT_KINDS.join(', ')})`);
    }
  }
  checkMs(fields, 'retryAfterMs', problems);
  checkMs(fields, 'hangMs', problems);
  const maxConsecutive = fields['maxConsecutive'];
  if (maxConsecutive !== undefined && (typeof maxConsecutive !== 'number' || !Number.isInteger(maxConsecutive) || maxConsecutive < 0)) {
    problems.push(`faults.maxConsecutive must be a whole number, 0 or more, not ${String(maxConsecutive)}`);
  }
  return problems;
}

function checkMs(fields: Record<string, unknown>, name: string, problems: string[]): void {
  const value = fields[name];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS) problems.push(`faults.${name} must be from 0 to ${MAX_TIMER_MS} ms, not ${String(value)}`);
}

/**
 * A private copy with defaults filled in, so a caller changing its object later
 * changes nothing. Call only on options faultOptionProblems found no fault with.
 */
export function resolveFaults(faults: FaultOptions): ResolvedFaults {
  return Object.freeze({
    rate: faults.rate,
    kinds: Object.freeze([...faults.kinds]),
    retryAfterMs: faults.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS,
    hangMs: faults.hangMs ?? DEFAULT_HANG_MS,
    maxConsecutive: faults.maxConsecutive ?? DEFAULT_MAX_CONSECUTIVE,
  });
}
