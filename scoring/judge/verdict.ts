import { toHalfWidth } from '../normalize.js';

export interface RubricVerdict {
  readonly score: number;
  readonly reason: string;
}

/**
 * Reads `评分：4` / `Score: 4` / `{"score": 4, "reason": …}` from a judge's reply.
 * The last score statement wins (judges sometimes restate); a score outside the
 * scale, or none, is no verdict (undefined), never a guess.
 */
export function parseRubricVerdict(text: string, scale: readonly [number, number]): RubricVerdict | undefined {
  const stripped = text.replace(/<think>[\s\S]*?<\/think>/g, '');
  // Numbers are read from the half-width form; the reason is kept as the judge wrote it.
  const plain = toHalfWidth(stripped);
  let score: number | undefined;
  let reason = '';
  const json = /\{[^{}]*"score"\s*:\s*(-?\d+(?:\.\d+)?)[^{}]*\}/.exec(plain);
  if (json) {
    score = Number(json[1]);
    try {
      const parsed = JSON.parse(json[0]) as { reason?: unknown };
      if (typeof parsed.reason === 'string') reason = parsed.reason;
    } catch {
      // A score inside almost-JSON still counts; the reason is then read below.
    }
  }
  const statements = [...plain.matchAll(/(?:评分|得分|分数|score|rating)\s*[:：]?\s*(-?\d+(?:\.\d+)?)/gi)];
  const last = statements.at(-1);
  if (last) score = Number(last[1]);
  if (score === undefined || !Number.isFinite(score) || score < scale[0] || score > scale[1]) return undefined;
  const reasonLine = /(?:理由|原因|reason)\s*[:：]\s*(.+)/i.exec(stripped);
  return { score, reason: reason || (reasonLine?.[1]?.trim() ?? '') };
}

export type PairwiseVerdict = 'A' | 'B' | 'tie';

/** Reads `结论：A` / `Verdict: B` / `平局` / `tie`; the last verdict statement wins. */
export function parsePairwiseVerdict(text: string): PairwiseVerdict | undefined {
  const plain = toHalfWidth(text.replace(/<think>[\s\S]*?<\/think>/g, ''));
  const statements = [...plain.matchAll(/(?:结论|判断|verdict|winner|更好的是)\s*[:：]?\s*(?:回答\s*|answer\s*)?(A|B|平局|tie|draw)(?![A-Za-z])/gi)];
  const value = statements.at(-1)?.[1] ?? /^\s*(A|B|平局|tie)\s*[。.]?\s*$/i.exec(plain)?.[1];
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper === 'A' || upper === 'B') return upper;
  return 'tie';
}

/**
 * Position swapping: the candidate is asked first as A, then as B. It wins (1)
 * only when both orders prefer it, loses (0) when both prefer the baseline, and
 * anything else — a tie or a verdict that flips with the order — is 0.5.
 */
export function combineSwapped(candidateFirst: PairwiseVerdict, candidateSecond: PairwiseVerdict): number {
  const first = candidateFirst === 'A' ? 1 : candidateFirst === 'B' ? 0 : 0.5;
  const second = candidateSecond === 'B' ? 1 : candidateSecond === 'A' ? 0 : 0.5;
  if (first === second) return first;
  return 0.5;
}
