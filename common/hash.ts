import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of a value's canonical JSON form (key order does not matter). */
export function hashValue(value: unknown): string {
  return sha256(canonicalJson(value));
}

/**
 * A uniform number in [0, 1) derived from the given parts. Deterministic across
 * machines and Node versions: the basis of seeded sampling and of the reference
 * endpoint's scripted answers.
 */
export function unitInterval(...parts: readonly (string | number)[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  // 48 bits are exactly representable in a double.
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
