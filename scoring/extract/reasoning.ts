import type { ExtractedOutput } from '../types.js';

export interface ExtractOutputOptions {
  /** Reasoning the API returned in its own field (e.g. `reasoning_content`): passed through. */
  readonly reasoning?: string;
  /**
   * Markers that end a model's reasoning in plain text (e.g. `◁/think▷`): the text
   * before the last occurrence is reasoning, the text after it is the answer.
   */
  readonly endMarkers?: readonly string[];
}

const CLOSED_BLOCK = /<(think|thinking)>([\s\S]*?)<\/\1>/gi;
const OPEN_TAG = /<(?:think|thinking)>/i;
const CLOSE_TAG = /<\/(?:think|thinking)>/gi;

/**
 * Splits a completion into the answer the scorers read and the reasoning they must
 * not read: a chain of thought mentions every option and many numbers, so reading it
 * would let a hesitation ("A 似乎不对") count as the answer.
 */
export function extractOutput(raw: string, options: ExtractOutputOptions = {}): ExtractedOutput {
  const traces: string[] = [];
  let text = raw.replace(CLOSED_BLOCK, (_match, _tag: string, inner: string) => {
    traces.push(inner);
    return '\n';
  });

  // A closing tag without its opening one: the chat template opened the block in the prompt.
  const closings = [...text.matchAll(CLOSE_TAG)];
  const lastClosing = closings.at(-1);
  if (lastClosing !== undefined) {
    traces.push(text.slice(0, lastClosing.index));
    text = text.slice(lastClosing.index + lastClosing[0].length);
  }

  // An opening tag never closed: the model ran out of tokens (or never stopped) while reasoning.
  const opening = OPEN_TAG.exec(text);
  if (opening !== null) {
    traces.push(text.slice(opening.index + opening[0].length));
    text = text.slice(0, opening.index);
  }

  const marker = lastMarker(text, options.endMarkers ?? []);
  if (marker !== undefined) {
    traces.push(text.slice(0, marker.index));
    text = text.slice(marker.index + marker.length);
  }

  const reasoning = joinReasoning(options.reasoning, traces);
  const answerText = text.trim();
  return reasoning === undefined ? { raw, answerText } : { raw, answerText, reasoning };
}

function lastMarker(text: string, markers: readonly string[]): { index: number; length: number } | undefined {
  let best: { index: number; length: number } | undefined;
  for (const marker of markers) {
    if (marker === '') continue;
    const index = text.lastIndexOf(marker);
    if (index < 0) continue;
    if (best === undefined || index + marker.length > best.index + best.length) best = { index, length: marker.length };
  }
  return best;
}

function joinReasoning(separate: string | undefined, traces: readonly string[]): string | undefined {
  const found = traces.map((trace) => trace.trim()).filter((trace) => trace !== '');
  if (found.length === 0) return separate === undefined || separate === '' ? undefined : separate;
  return [separate, ...found].filter((part): part is string => part !== undefined && part.trim() !== '').join('\n\n');
}
