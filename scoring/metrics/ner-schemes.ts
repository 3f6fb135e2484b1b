import { PingceError } from '../../common/errors.js';

/**
 * seqeval's strict mode (`mode='strict'`, `seqeval.scheme`): a chunk must start with
 * the scheme's start prefix, continue only with the prefixes allowed inside it with
 * the same type, and end as the scheme says. Anything else (an I- with no B- in IOB2,
 * a B- never closed by E- in IOBES) is no entity at all, where the default
 * conlleval-compatible mode would repair it. A prefix the scheme does not allow
 * (S- in IOB2) is an error, as in seqeval.
 */

export type NerScheme = 'IOB2' | 'IOE2' | 'IOBES' | 'BILOU';

export const NER_SCHEMES: readonly NerScheme[] = ['IOB2', 'IOE2', 'IOBES', 'BILOU'];

type Same = 'same' | 'diff' | 'any';
/** [previous prefixes, current prefixes, type condition]; "*" is any prefix. */
type Pattern = readonly [string, string, Same];

interface SchemeRules {
  readonly allowed: string;
  readonly start: readonly Pattern[];
  readonly inside: readonly Pattern[];
  readonly end: readonly Pattern[];
}

const ANY = '*';

const IOBES_LIKE = (begin: string, last: string, unit: string): SchemeRules => ({
  allowed: `IO${begin}${last}${unit}`,
  start: [[ANY, begin, 'any'], [ANY, unit, 'any']],
  inside: [[begin, 'I', 'same'], [begin, last, 'same'], ['I', 'I', 'same'], ['I', last, 'same']],
  end: [[unit, ANY, 'any'], [last, ANY, 'any']],
});

const SCHEMES: Readonly<Record<NerScheme, SchemeRules>> = {
  IOB2: {
    allowed: 'IOB',
    start: [[ANY, 'B', 'any']],
    inside: [['B', 'I', 'same'], ['I', 'I', 'same']],
    end: [['I', 'O', 'any'], ['I', 'I', 'diff'], ['I', 'B', 'any'], ['B', 'O', 'any'], ['B', 'I', 'diff'], ['B', 'B', 'any']],
  },
  IOE2: {
    allowed: 'IOE',
    start: [['O', 'I', 'any'], ['O', 'E', 'any'], ['E', 'I', 'any'], ['E', 'E', 'any'], ['I', 'I', 'diff'], ['I', 'E', 'diff']],
    inside: [['I', 'E', 'same'], ['I', 'I', 'same']],
    end: [['E', ANY, 'any']],
  },
  IOBES: IOBES_LIKE('B', 'E', 'S'),
  BILOU: IOBES_LIKE('B', 'L', 'U'),
};

interface Token {
  readonly prefix: string;
  readonly type: string;
}

/** seqeval `Token`: the prefix letter, and the type with the delimiter stripped from both ends ('_' when none). */
function token(tag: string, suffix: boolean): Token {
  if (tag === '') throw new PingceError('METRIC_INPUT', 'empty NER tag');
  const prefix = suffix ? tag.slice(-1) : tag.charAt(0);
  const type = (suffix ? tag.slice(0, -1) : tag.slice(1)).replace(/^-+|-+$/g, '') || '_';
  return { prefix, type };
}

function matches(patterns: readonly Pattern[], previous: Token, current: Token): boolean {
  return patterns.some(
    ([before, now, same]) =>
      (before === ANY || before.includes(previous.prefix)) &&
      (now === ANY || now.includes(current.prefix)) &&
      (same === 'any' || (same === 'same') === (previous.type === current.type)),
  );
}

export interface StrictEntity {
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

/** Entities of one sentence in strict mode (seqeval `Tokens(...).entities`). */
export function strictEntities(tags: readonly string[], scheme: NerScheme, suffix = false): StrictEntity[] {
  const rules = SCHEMES[scheme];
  const outside = token('O', suffix);
  const tokens = [...tags.map((tag) => token(tag, suffix)), outside];
  for (const [index, current] of tokens.entries()) {
    if (!rules.allowed.includes(current.prefix)) {
      throw new PingceError('METRIC_INPUT', `tag "${tags[index] ?? 'O'}" has a prefix the ${scheme} scheme does not allow (allowed: ${[...rules.allowed].join(', ')})`);
    }
  }
  const entities: StrictEntity[] = [];
  let previous = outside;
  let index = 0;
  while (index < tokens.length) {
    const current = tokens[index] ?? outside;
    if (matches(rules.start, previous, current)) {
      // Walk while the chunk continues; the sentinel "O" always stops it.
      let end = index + 1;
      let last = current;
      while (end < tokens.length && matches(rules.inside, last, tokens[end] ?? outside)) {
        last = tokens[end] ?? outside;
        end += 1;
      }
      if (matches(rules.end, tokens[end - 1] ?? outside, tokens[end] ?? outside)) entities.push({ type: current.type, start: index, end });
      index = end;
    } else {
      index += 1;
    }
    previous = tokens[index - 1] ?? outside;
  }
  return entities;
}

/** seqeval's `auto_detect`: the scheme whose prefix sets include exactly the prefixes used. */
export function detectScheme(sequences: readonly (readonly string[])[], suffix = false): NerScheme {
  const used = new Set<string>();
  for (const tags of sequences) for (const tag of tags) used.add(token(tag, suffix).prefix);
  // seqeval's accepted sets: IOB2 = B with any of I, O; IOE2 = E with any of I, O; then IOBES / BILOU.
  const within = (letters: string) => [...used].every((letter) => letters.includes(letter));
  if (used.has('B') && within('BIO')) return 'IOB2';
  if (used.has('E') && within('EIO')) return 'IOE2';
  if (isIobesLike(used, 'B', 'E', 'S')) return 'IOBES';
  if (isIobesLike(used, 'B', 'L', 'U')) return 'BILOU';
  throw new PingceError('METRIC_INPUT', `cannot detect the tagging scheme from the prefixes ${[...used].sort().join(', ') || '(none)'}`);
}

// seqeval's accepted IOBES sets: any subset of I O B E S that has both B and E, or S alone.
function isIobesLike(used: ReadonlySet<string>, begin: string, last: string, unit: string): boolean {
  if (![...used].every((letter) => `IO${begin}${last}${unit}`.includes(letter))) return false;
  if (used.has(begin) && used.has(last)) return true;
  return used.size === 1 && used.has(unit);
}
