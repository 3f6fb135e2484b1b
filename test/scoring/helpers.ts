import { extractOutput } from '../../scoring/extract/reasoning.js';
import type { ExtractedOutput } from '../../scoring/types.js';
import type { Sample } from '../../suites/types.js';

export function sample(target: unknown, extra: Partial<Sample> = {}): Sample {
  return { id: 'item-1', input: '题目', target, ...extra };
}

export function output(raw: string): ExtractedOutput {
  return extractOutput(raw);
}

/** The thrown error's code, so tests assert on codes, not on message wording alone. */
export function thrownCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'not-a-pingce-error';
  }
  return undefined;
}
