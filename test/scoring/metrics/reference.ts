import { readFileSync } from 'node:fs';

/**
 * Reference values produced by the reference tools themselves, committed as JSON
 * (how each file was produced is recorded in it and in reference/generate_reference.py).
 */
export function readReference<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./reference/${name}`, import.meta.url), 'utf8')) as T;
}
