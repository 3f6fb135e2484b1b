/**
 * Finds the JSON value a model meant to give, in text around it. In order:
 * 1. a fenced block (```json first, then any ``` fence) whose content parses;
 * 2. the whole text, trimmed, when it parses (any JSON value, scalars included);
 * 3. the first `{…}` or `[…]` in the text that parses, the closing bracket found
 *    by a scan that skips brackets inside JSON strings.
 * Parsing is strict JSON (no comments, trailing commas or single quotes): a value
 * that needs repair is not what the schema asked for.
 */

export interface ExtractedJson {
  readonly value: unknown;
  /** The JSON text that parsed. */
  readonly text: string;
  readonly source: 'fence' | 'whole' | 'embedded';
}

// A degenerate output ("[[[[…" ten thousand times) must not make this quadratic:
// at most this many opening brackets are tried, and the scans for their closing
// brackets read at most this many characters in all.
const MAX_CANDIDATES = 256;
const MAX_SCANNED = 4_000_000;

export function findJson(text: string): ExtractedJson | undefined {
  const fences = fencedBlocks(text);
  const ordered = [...fences.filter((fence) => fence.language === 'json'), ...fences.filter((fence) => fence.language !== 'json')];
  for (const fence of ordered) {
    const parsed = tryParse(fence.body.trim());
    if (parsed !== undefined) return { ...parsed, source: 'fence' };
  }
  const whole = tryParse(text.trim());
  if (whole !== undefined) return { ...whole, source: 'whole' };
  const lastCloser = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  let tried = 0;
  let scanned = 0;
  for (let start = nextOpening(text, 0); start !== -1 && start < lastCloser && tried < MAX_CANDIDATES && scanned < MAX_SCANNED; start = nextOpening(text, start + 1)) {
    tried += 1;
    const end = matchingClose(text, start);
    scanned += (end === -1 ? text.length : end + 1) - start;
    if (end === -1) continue;
    const parsed = tryParse(text.slice(start, end + 1));
    if (parsed !== undefined) return { ...parsed, source: 'embedded' };
  }
  return undefined;
}

/** ``` fences by indexOf, not a regex: a lazy fence pattern backtracks quadratically on long runs of backticks. */
function fencedBlocks(text: string): { language: string; body: string }[] {
  const blocks: { language: string; body: string }[] = [];
  let position = 0;
  for (;;) {
    const open = text.indexOf('```', position);
    if (open === -1) break;
    const lineEnd = text.indexOf('\n', open + 3);
    if (lineEnd === -1) break;
    const close = text.indexOf('```', lineEnd + 1);
    if (close === -1) break;
    const language = (text.slice(open + 3, lineEnd).trim().split(/\s/)[0] ?? '').toLowerCase();
    blocks.push({ language, body: text.slice(lineEnd + 1, close) });
    position = close + 3;
  }
  return blocks;
}

function tryParse(candidate: string): { value: unknown; text: string } | undefined {
  if (candidate === '') return undefined;
  try {
    return { value: JSON.parse(candidate) as unknown, text: candidate };
  } catch {
    return undefined;
  }
}

function nextOpening(text: string, from: number): number {
  const brace = text.indexOf('{', from);
  const bracket = text.indexOf('[', from);
  if (brace === -1) return bracket;
  if (bracket === -1) return brace;
  return Math.min(brace, bracket);
}

/** Index of the bracket closing the one at `start`, or -1; brackets inside strings do not count. */
function matchingClose(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') stack.push('}');
    else if (char === '[') stack.push(']');
    else if (char === '}' || char === ']') {
      // A mismatched closer means this candidate is not JSON; later candidates may be.
      if (stack.pop() !== char) return -1;
      if (stack.length === 0) return index;
    }
  }
  return -1;
}

/**
 * The JSON object or array in an answer (scalars do not count: "true" or "42" in
 * prose is not structured output). What `json-equal` compares.
 */
export function extractJson(text: string): unknown {
  const value = findJson(text)?.value;
  return typeof value === 'object' && value !== null ? value : undefined;
}
