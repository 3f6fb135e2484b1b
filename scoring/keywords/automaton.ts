/**
 * Aho–Corasick over UTF-16 code units: built once from the folded keywords; a text is then
 * read in one pass whatever the number of keywords (time linear in the text plus the
 * number of hits). The caller drives the states (see matcher.ts) so that folding and
 * scanning happen in the same loop, without building a folded copy of each text.
 */

export interface Automaton {
  /** The state after reading one code unit. Start from state 0. */
  step(state: number, unit: number): number;
  /**
   * The first node whose pattern ends at `state` (the state itself, or through its output
   * links), or -1. Walk on with `nextMatch` while the result is > 0.
   */
  firstMatch(state: number): number;
  nextMatch(node: number): number;
  /** The pattern index a matching node ends. */
  patternAt(node: number): number;
  /** Length in code units of each pattern, by pattern index. */
  readonly lengths: Int32Array;
  readonly maxLength: number;
  readonly nodes: number;
}

// Transitions live in one Map keyed node * 2^16 + unit (exact in a double up to 2^37 nodes):
// per-node Maps would cost an object per node for 10,000+ keywords.
const UNIT = 0x10000;

/** `patterns` must be non-empty and distinct (the caller merges duplicates). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const next = new Map<number, number>();
  const children: number[][] = [[]];
  const terminalOf: number[] = [-1];
  const depthOf: number[] = [0];
  for (let index = 0; index < patterns.length; index += 1) {
    const pattern = patterns[index] ?? '';
    let node = 0;
    for (let offset = 0; offset < pattern.length; offset += 1) {
      const unit = pattern.charCodeAt(offset);
      const key = node * UNIT + unit;
      let child = next.get(key);
      if (child === undefined) {
        child = terminalOf.length;
        next.set(key, child);
        terminalOf.push(-1);
        depthOf.push(offset + 1);
        children.push([]);
        children[node]?.push(unit, child);
      }
      node = child;
    }
    terminalOf[node] = index;
  }

  const count = terminalOf.length;
  const fail = new Int32Array(count);
  // The nearest proper suffix that ends a pattern: walking these links lists every
  // pattern ending at a position (他们 also reports 们) without visiting non-terminals.
  const outputLink = new Int32Array(count).fill(-1);
  const terminal = Int32Array.from(terminalOf);
  // The root's transitions in a dense table: most steps in a text with few hits fall back to it.
  const rootNext = new Int32Array(UNIT);
  const rootChildren = children[0] ?? [];
  for (let slot = 0; slot < rootChildren.length; slot += 2) rootNext[rootChildren[slot] ?? 0] = rootChildren[slot + 1] ?? 0;

  const step = (state: number, unit: number): number => {
    let current = state;
    while (current !== 0) {
      const child = next.get(current * UNIT + unit);
      if (child !== undefined) return child;
      current = fail[current] ?? 0;
    }
    return rootNext[unit] ?? 0;
  };

  // Breadth-first, so a node's failure target (shallower) is always final before the node is read.
  const queue: number[] = [];
  for (let slot = 1; slot < rootChildren.length; slot += 2) queue.push(rootChildren[slot] ?? 0);
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] ?? 0;
    const list = children[node] ?? [];
    for (let slot = 0; slot < list.length; slot += 2) {
      const unit = list[slot] ?? 0;
      const child = list[slot + 1] ?? 0;
      const target = step(fail[node] ?? 0, unit);
      fail[child] = target;
      outputLink[child] = (terminal[target] ?? -1) >= 0 ? target : (outputLink[target] ?? -1);
      queue.push(child);
    }
  }

  const lengths = new Int32Array(patterns.length);
  let maxLength = 0;
  for (let node = 1; node < count; node += 1) {
    const pattern = terminal[node] ?? -1;
    if (pattern < 0) continue;
    lengths[pattern] = depthOf[node] ?? 0;
    maxLength = Math.max(maxLength, depthOf[node] ?? 0);
  }

  return {
    step,
    firstMatch: (state) => ((terminal[state] ?? -1) >= 0 ? state : (outputLink[state] ?? -1)),
    nextMatch: (node) => outputLink[node] ?? -1,
    patternAt: (node) => terminal[node] ?? -1,
    lengths,
    maxLength,
    nodes: count,
  };
}
