import type { Sample } from '../types.js';
import { itemId, type Rng } from './lib.js';

/**
 * Shared construction for the chinese-nlp generators. Sentences are built from
 * tagged tokens, so word boundaries, POS tags and entity spans are known by
 * construction instead of being annotated afterwards (see suites/chinese-nlp/GUIDELINE.md).
 */

/** The text domains every chinese-nlp item is drawn from; an item's `category`. */
export const CATEGORIES = ['medical-record', 'construction-contract', 'public-opinion', 'technical-archive'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The POS tag set of GUIDELINE.md (a simplified PKU set: no vn/ad/an/b, see there). */
export const POS_TAGS = ['n', 'nr', 'ns', 'nt', 'nz', 't', 'f', 'v', 'a', 'd', 'm', 'q', 'r', 'p', 'c', 'u', 'w'] as const;
export type PosTag = (typeof POS_TAGS)[number];

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'DATE', 'DRUG', 'DISEASE', 'MONEY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Token {
  readonly word: string;
  readonly tag: PosTag;
}

/** A run of tokens; `entity` marks the whole run as one (flat, non-nested) named entity. */
export interface Piece {
  readonly tokens: readonly Token[];
  readonly entity?: EntityType;
}

/** An entity with character offsets into the sentence (end exclusive, UTF-16 units = characters here). */
export interface Span {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Realised {
  readonly text: string;
  readonly words: string[];
  readonly tags: PosTag[];
  readonly entities: Span[];
}

const TAGS: ReadonlySet<string> = new Set(POS_TAGS);

function isTag(value: string): value is PosTag {
  return TAGS.has(value);
}

/** `"医院/n"` → a token; the last slash separates, and a bad tag is a generator bug. */
export function tok(spec: string): Token {
  const slash = spec.lastIndexOf('/');
  const word = spec.slice(0, slash);
  const tag = spec.slice(slash + 1);
  if (slash <= 0 || !isTag(tag)) throw new Error(`bad token spec "${spec}"`);
  return { word, tag };
}

/** Space-separated token specs as one plain piece. */
export function plain(specs: string): Piece {
  return { tokens: specs.split(/\s+/).filter((spec) => spec !== '').map(tok) };
}

export function entity(type: EntityType, specs: string | readonly Token[]): Piece {
  return { tokens: typeof specs === 'string' ? plain(specs).tokens : specs, entity: type };
}

export function pieceText(piece: Piece): string {
  return piece.tokens.map((token) => token.word).join('');
}

/** Joins pieces into a sentence and reads off its words, tags and entity offsets. */
export function realise(pieces: readonly Piece[]): Realised {
  let text = '';
  const words: string[] = [];
  const tags: PosTag[] = [];
  const entities: Span[] = [];
  for (const piece of pieces) {
    const start = text.length;
    for (const token of piece.tokens) {
      words.push(token.word);
      tags.push(token.tag);
      text += token.word;
    }
    if (piece.entity) entities.push({ type: piece.entity, text: text.slice(start), start, end: text.length });
  }
  return { text, words, tags, entities };
}

/** Per-sentence state: the rng, dates that only move forward, and values not to repeat. */
export interface Ctx {
  readonly rng: Rng;
  /** Days since 2019-01-01 of the last date produced in this text. */
  day: number;
  readonly used: Set<string>;
}

export function newCtx(rng: Rng): Ctx {
  return { rng, day: rng.int(0, 5 * 365), used: new Set() };
}

/** A pick not yet used in this text (so one sentence never names two different drugs alike, etc.). */
export function fresh<T>(ctx: Ctx, items: readonly T[], key: (item: T) => string = String): T {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const item = ctx.rng.pick(items);
    if (!ctx.used.has(key(item))) {
      ctx.used.add(key(item));
      return item;
    }
  }
  throw new Error('lexicon too small for fresh picks');
}

/** A fill for `{name}` in a template: one or more pieces. */
export type Filler = (ctx: Ctx) => Piece | readonly Piece[];

/**
 * Expands a template of `word/tag` tokens and `{slot}` fills, separated by spaces.
 * `{#a-b}` is an integer in [a, b] tagged m (numbers are words of their own, GUIDELINE §S5).
 */
export function expand(template: string, slots: Readonly<Record<string, Filler>>, ctx: Ctx): Piece[] {
  const out: Piece[] = [];
  for (const part of template.split(/\s+/).filter((spec) => spec !== '')) {
    const range = /^\{#(\d+)-(\d+)\}$/.exec(part);
    if (range) {
      out.push({ tokens: [{ word: String(ctx.rng.int(Number(range[1]), Number(range[2]))), tag: 'm' }] });
      continue;
    }
    const slot = /^\{(\w+)\}$/.exec(part);
    if (slot) {
      const fill = slots[slot[1] ?? ''];
      if (!fill) throw new Error(`unknown slot ${part} in "${template}"`);
      const result = fill(ctx);
      out.push(...(isPiece(result) ? [result] : result));
      continue;
    }
    out.push({ tokens: [tok(part)] });
  }
  return out;
}

function isPiece(value: Piece | readonly Piece[]): value is Piece {
  return !Array.isArray(value);
}

/** Items for each category in turn (a, b, c, d, a, b, …) so every slice of a suite mixes domains. */
export function interleave<T>(groups: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(...groups.map((group) => group.length));
  for (let index = 0; index < longest; index += 1) {
    for (const group of groups) {
      const item = group[index];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

/**
 * `count` items from `make`, none with an input already made: templated text can
 * repeat by chance, and a repeated item would count twice.
 */
export function distinct<T>(count: number, make: () => T, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (let attempt = 0; out.length < count; attempt += 1) {
    if (attempt > count * 50) throw new Error(`only ${out.length} distinct items of ${count}`);
    const item = make();
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

/** Items per category in every chinese-nlp generated suite. */
export const PER_CATEGORY = 30;

/**
 * A suite's samples: PER_CATEGORY distinct items per category (distinct by `key`,
 * normally the input text), interleaved across categories, ids `prefix-001`….
 */
export function samplesByCategory<T>(prefix: string, make: (category: Category) => T, key: (item: T) => string, toSample: (item: T, id: string, category: Category) => Sample): Sample[] {
  const groups = CATEGORIES.map((category) => distinct(PER_CATEGORY, () => make(category), key).map((item) => ({ item, category })));
  return interleave(groups).map(({ item, category }, index) => toSample(item, itemId(prefix, index), category));
}
