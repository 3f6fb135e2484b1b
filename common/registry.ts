import { PingceError } from './errors.js';
import { didYouMean } from './did-you-mean.js';

/** One registry per kind (adapters, scorers, …): explicit registration, duplicates throw, unknown ids suggest. */
export interface Registry<T> {
  register(id: string, entry: T): void;
  get(id: string): T;
  has(id: string): boolean;
  ids(): string[];
}

export function createRegistry<T>(kind: string): Registry<T> {
  const entries = new Map<string, T>();
  return {
    register(id, entry) {
      if (entries.has(id)) throw new PingceError('REGISTRY_DUPLICATE', `${kind} "${id}" is already registered`);
      entries.set(id, entry);
    },
    get(id) {
      const entry = entries.get(id);
      if (entry === undefined) {
        throw new PingceError('REGISTRY_UNKNOWN', `unknown ${kind} "${id}"${didYouMean(id, [...entries.keys()])}; known: ${[...entries.keys()].sort().join(', ')}`);
      }
      return entry;
    },
    has: (id) => entries.has(id),
    ids: () => [...entries.keys()].sort(),
  };
}
