/**
 * A JSON object or array embedded in a model's answer: in a ```json fence, or
 * inline in prose ("结果如下：{"label": "报修"}，请查收。"). Only valid JSON counts:
 * trailing commas, single quotes and comments are not repaired, because a
 * structured-output task measures whether the model produced JSON.
 */

const FENCE = /```[^\n`]*\n([\s\S]*?)```/g;
// A scan from each opening bracket is linear; bounding the number of starts keeps a
// degenerate output ("{{{{…") from becoming quadratic.
const MAX_STARTS = 64;
const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']' };

/**
 * The first JSON object or array in `text` that parses: fenced blocks first (in
 * order), then the first balanced `{…}` or `[…]` in the text. Prose before or after
 * it is ignored. Undefined when there is none.
 */
export function extractJson(text: string): unknown {
  for (const fence of text.matchAll(FENCE)) {
    const found = firstValue(fence[1] ?? '');
    if (found !== undefined) return found.value;
  }
  return firstValue(text)?.value;
}

function firstValue(text: string): { value: unknown } | undefined {
  let starts = 0;
  for (let index = 0; index < text.length && starts < MAX_STARTS; index += 1) {
    const char = text.charAt(index);
    if (char !== '{' && char !== '[') continue;
    starts += 1;
    const end = balancedEnd(text, index);
    if (end === undefined) continue;
    try {
      return { value: JSON.parse(text.slice(index, end)) as unknown };
    } catch {
      // Balanced but not JSON ("{x}", "[1, 2,]"): try the next bracket.
    }
  }
  return undefined;
}

/** The index just past the bracket that closes the one at `start`, skipping strings; undefined if it never closes. */
function balancedEnd(text: string, start: number): number | undefined {
  const expected: string[] = [];
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') expected.push(CLOSER[char] ?? '');
    else if (char === '}' || char === ']') {
      if (expected.pop() !== char) return undefined;
      if (expected.length === 0) return index + 1;
    }
  }
  return undefined;
}

/**
 * A canonical JSON text: object keys sorted at every depth, no whitespace. Two values
 * are deep-equal as JSON (key order aside) exactly when their canonical texts are equal.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
