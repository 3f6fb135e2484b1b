/**
 * The ids a data file has shown so far, for the duplicate-id check, in constant
 * bytes per id: a 64-bit hash of each id in an open-addressing table of two
 * `Uint32Array`s (8 bytes a slot, at most 3/4 full), instead of a `Set` of the
 * id strings (about 60 bytes an id on the V8 heap). A million ids take 16 MB.
 *
 * A hash seen before means "probably a duplicate": the caller confirms it
 * exactly (loader.ts re-reads the file up to that line), so two ids sharing a
 * hash never make a false error.
 */

/** Writes a 64-bit hash of `id` into `out[0]` (high) and `out[1]` (low). */
export type IdHasher = (id: string, out: Uint32Array) => void;

const MAX_LOAD = 0.75;
const INITIAL_SLOTS = 1024;

export class SampleIdHashes {
  private high: Uint32Array;
  private low: Uint32Array;
  private count = 0;
  private readonly scratch = new Uint32Array(2);

  constructor(private readonly hash: IdHasher = hashId64) {
    this.high = new Uint32Array(INITIAL_SLOTS);
    this.low = new Uint32Array(INITIAL_SLOTS);
  }

  /** Hashes added so far (ids sharing a hash count once). */
  get size(): number {
    return this.count;
  }

  /** Adds the id's hash: true if it is new, false if it was already there (the same id, or a rare other id with the same hash). */
  add(id: string): boolean {
    this.hash(id, this.scratch);
    const high = this.scratch[0] ?? 0;
    let low = this.scratch[1] ?? 0;
    // (0, 0) marks an empty slot.
    if (high === 0 && low === 0) low = 1;
    if (!this.insert(high, low)) return false;
    this.count += 1;
    if (this.count > this.high.length * MAX_LOAD) this.grow();
    return true;
  }

  /** Linear probing; false if the hash is already in. */
  private insert(high: number, low: number): boolean {
    const mask = this.high.length - 1;
    // The low word is already well mixed: it picks the slot.
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.high[slot] ?? 0;
      const l = this.low[slot] ?? 0;
      if (h === 0 && l === 0) {
        this.high[slot] = high;
        this.low[slot] = low;
        return true;
      }
      if (h === high && l === low) return false;
    }
  }

  private grow(): void {
    const oldHigh = this.high;
    const oldLow = this.low;
    this.high = new Uint32Array(oldHigh.length * 2);
    this.low = new Uint32Array(oldLow.length * 2);
    for (let slot = 0; slot < oldHigh.length; slot += 1) {
      const h = oldHigh[slot] ?? 0;
      const l = oldLow[slot] ?? 0;
      if (h !== 0 || l !== 0) this.insert(h, l);
    }
  }
}

/**
 * A fast 64-bit string hash (two multiply-xorshift lanes over the UTF-16 code
 * units, cross-mixed at the end, as cyrb53 but keeping all 64 bits). Not
 * cryptographic: collisions are confirmed by the caller.
 */
export function hashId64(id: string, out: Uint32Array): void {
  let h1 = 0xdeadbeef ^ id.length;
  let h2 = 0x41c6ce57 ^ id.length;
  for (let i = 0; i < id.length; i += 1) {
    const code = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h2 >>> 0;
  out[1] = h1 >>> 0;
}
