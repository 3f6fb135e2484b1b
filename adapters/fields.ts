import type { TokenUsage } from './types.js';

/**
 * Readers for untrusted response bodies. The SDKs cast JSON to their types
 * without checking, and local servers omit or rename fields, so nothing is
 * assumed present.
 */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** Token usage under the API's own key names; undefined when the server reported none. */
export function usageFrom(usage: unknown, inputKey: string, outputKey: string): TokenUsage | undefined {
  const input = field(usage, inputKey);
  const output = field(usage, outputKey);
  const inputTokens = typeof input === 'number' ? input : undefined;
  const outputTokens = typeof output === 'number' ? output : undefined;
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  return { ...(inputTokens === undefined ? {} : { inputTokens }), ...(outputTokens === undefined ? {} : { outputTokens }) };
}
