import { UsageError } from '../common/errors.js';
import { faultOptionProblems } from './fault-options.js';
import { assertLoopbackHost } from './loopback.js';
import type { FaultOptions, ReferenceOptions } from './types.js';

/** Refuses options that would make the scripted numbers meaningless, before anything listens. */
export function validateReferenceOptions(options: ReferenceOptions): void {
  assertLoopbackHost(options.host);
  const problems: string[] = [];
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) problems.push(`port must be an integer from 0 to 65535, not ${options.port}`);
  if (!Number.isFinite(options.seed)) problems.push(`seed must be a finite number, not ${options.seed}`);
  if (!isProbability(options.noAnswerRate)) problems.push(`noAnswerRate must be between 0 and 1, not ${options.noAnswerRate}`);
  if (!Number.isFinite(options.latencyMs) || options.latencyMs < 0) problems.push(`latencyMs must be 0 or more, not ${options.latencyMs}`);
  for (const [suiteId, accuracy] of Object.entries(options.accuracy)) {
    if (!isProbability(accuracy)) problems.push(`accuracy for "${suiteId}" must be between 0 and 1, not ${accuracy}`);
  }
  if (options.faults !== undefined) problems.push(...faultOptionProblems(options.faults));
  if (problems.length > 0) throw new UsageError('REFERENCE_OPTIONS_INVALID', `invalid reference endpoint options: ${problems.join('; ')}`);
}

/** The same checks for faults switched at run time (`setFaults`). */
export function validateFaultOptions(faults: FaultOptions): void {
  const problems = faultOptionProblems(faults);
  if (problems.length > 0) throw new UsageError('REFERENCE_OPTIONS_INVALID', `invalid fault options: ${problems.join('; ')}`);
}

function isProbability(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}
