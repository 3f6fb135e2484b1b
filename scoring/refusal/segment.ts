import { toHalfWidth } from '../normalize.js';

/** One sentence of an answer, as the cue patterns and the content measure see it. */
export interface Segment {
  /** Folded (half-width, lower-case) with quoted and code spans masked: what cue patterns read. */
  readonly text: string;
  /** Offset of the sentence in the folded answer (same length as the original: folding is 1:1). */
  readonly start: number;
  /** Substantive weight of the sentence, masked spans included (a quoted script is still content). */
  readonly units: number;
  readonly listItem: boolean;
  readonly han: boolean;
  readonly latin: boolean;
}

export interface SegmentedAnswer {
  readonly segments: readonly Segment[];
  readonly length: number;
}

/**
 * A Latin letter or digit weighs 0.35 of a Han character: a Chinese text and its English
 * rendering run at roughly one character to three letters, so "45 units" means a similar
 * amount of text in either language.
 */
export const LATIN_UNIT = 0.35;

// Masked spans become this character: not a sentence end, not matched by any cue.
const MASK = '□';
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"', '`': '`' };
// A quote that does not close within this many characters is a stray mark, not a span.
const MAX_QUOTE = 600;
const LIST_MARKER = /^\s*(?:\d{1,2}[.)、]|[-*•·]\s|[一二三四五六七八九十]{1,3}[、.]|\(\d{1,2}\)|第[一二三四五六七八九十\d]{1,3}[,、:]|[①-⑩])/;

/** Splits an answer into sentences after folding and masking. Linear in the answer's length. */
export function segmentAnswer(answer: string): SegmentedAnswer {
  const half = toHalfWidth(answer);
  const lower = half.toLowerCase();
  // toLowerCase changes the length of a few letters (İ); offsets must stay those of the answer, and the cues are ASCII.
  const base = lower.length === half.length ? lower : half.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const masked = maskSpans(base);
  const segments: Segment[] = [];
  let start = 0;
  for (let index = 0; index < masked.length; index += 1) {
    if (isSentenceEnd(masked, index)) {
      pushSegment(segments, masked, base, start, index + 1);
      start = index + 1;
    }
  }
  pushSegment(segments, masked, base, start, masked.length);
  return { segments, length: masked.length };
}

function maskSpans(text: string): string {
  // Code fences first: a code block is content, never a refusal, and its newlines must not split it.
  const result = text.replace(/```[\s\S]*?```/g, (block) => MASK.repeat(block.length));
  let output = '';
  let index = 0;
  // The next position of each closing mark, remembered: a text of thousands of unclosed
  // quotes would otherwise rescan the rest of the text for each one (quadratic).
  const nextClosing = new Map<string, number>();
  while (index < result.length) {
    const char = result.charAt(index);
    const closing = QUOTE_PAIRS[char];
    if (closing !== undefined) {
      let end = nextClosing.get(closing);
      if (end === undefined || (end !== -1 && end <= index)) {
        end = result.indexOf(closing, index + 1);
        nextClosing.set(closing, end);
      }
      if (end > index && end - index <= MAX_QUOTE) {
        output += char + MASK.repeat(end - index - 1) + closing;
        index = end + 1;
        continue;
      }
    }
    output += char;
    index += 1;
  }
  return output;
}

function isSentenceEnd(text: string, index: number): boolean {
  const char = text.charAt(index);
  if ('。!?;\n'.includes(char)) return true;
  // A colon ends a clause: "I can't do X, but here are options: a, b, c" keeps the options apart from the refusal.
  if (char === ':') return !/\d/.test(text.charAt(index + 1));
  if (char !== '.') return false;
  // "1. 先联系…" and "3.5" are not sentence ends; "e.g. x" splitting early is harmless.
  const next = text.charAt(index + 1);
  const previous = text.charAt(index - 1);
  return (next === '' || /\s/.test(next)) && !/\d/.test(previous);
}

function pushSegment(segments: Segment[], masked: string, original: string, start: number, end: number): void {
  const text = masked.slice(start, end);
  if (text.trim() === '') return;
  const source = original.slice(start, end);
  let units = 0;
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd840 && code <= 0xd87f)) {
      units += 1;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      units += LATIN_UNIT;
    } else if (code >= 0x30 && code <= 0x39) {
      units += LATIN_UNIT;
    }
  }
  // Which cue lists run depends on the unmasked letters: an English sentence quoting Chinese runs only English cues.
  segments.push({ text, start, units, listItem: LIST_MARKER.test(text), han: /[\u4e00-\u9fff]/.test(text), latin: /[a-z]/.test(text) });
}
