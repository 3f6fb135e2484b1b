import type { ChatMessage } from '../adapters/types.js';
import { extractOutput } from '../scoring/extract/reasoning.js';
import { pairwisePrompt, rubricPrompt } from '../scoring/judge/prompts.js';
import { parseJudgeSpec, type JudgeSpec } from '../scoring/judge/specs.js';
import { combineSwapped, parsePairwiseVerdict, parseRubricVerdict } from '../scoring/judge/verdict.js';
import { formatChoices, CHOICE_LETTERS } from '../suites/render.js';
import type { Sample, SuiteDefinition } from '../suites/types.js';
import type { ItemError, ItemResult, ItemScore } from './types.js';

/** One judge call, scheduled by the runner under the judge model's limits (with retries and cache). */
export type JudgeCall = (modelId: string, messages: readonly ChatMessage[]) => Promise<{ ok: true; text: string } | { ok: false; error: ItemError }>;

type SuiteJudges = readonly { readonly scorer: string; readonly spec: JudgeSpec }[];
const parsed = new WeakMap<SuiteDefinition, SuiteJudges>();

/** The judge specs of a suite, validated once per suite object. */
export function suiteJudges(suite: SuiteDefinition): SuiteJudges {
  let judges = parsed.get(suite);
  if (!judges) {
    judges = suite.scorers.flatMap((scorer) => {
      const spec = parseJudgeSpec(scorer);
      return spec ? [{ scorer: scorer.id, spec }] : [];
    });
    parsed.set(suite, judges);
  }
  return judges;
}

/**
 * Fills the judge scores of a finished item. A judge that cannot be reached
 * (after the runner's retries) makes the item an error: an infrastructure
 * failure, never a low score. A reply with no readable verdict is a null score.
 */
export async function applyJudges(result: ItemResult, suite: SuiteDefinition, sample: Sample, candidate: readonly ChatMessage[], call: JudgeCall): Promise<ItemResult> {
  const judges = suiteJudges(suite);
  if (judges.length === 0 || result.status !== 'ok') return result;
  const answer = extractOutput(result.output ?? '', result.reasoning === undefined ? {} : { reasoning: result.reasoning }).answerText;
  const question = [...candidate].reverse().find((message) => message.role === 'user')?.content ?? '';
  const reference = referenceText(sample);
  const scores = [...result.scores];
  for (const { scorer, spec } of judges) {
    const index = scores.findIndex((score) => score.scorer === scorer);
    if (spec.kind === 'cascade' && index >= 0 && scores[index]?.value !== null) continue;
    const judged = spec.kind === 'pairwise' ? await pairwise(spec.model, spec.criteria, question, answer, reference, call) : await rubric(spec, question, answer, reference, call);
    if ('error' in judged) return { ...result, status: 'error', error: { ...judged.error, message: `judge ${spec.model}: ${judged.error.message}` }, scores: [] };
    const score: ItemScore = { scorer, ...judged };
    if (index >= 0) scores[index] = score;
    else scores.push(score);
  }
  return { ...result, scores };
}

type Judged = Omit<ItemScore, 'scorer'> | { error: ItemError };

async function rubric(spec: Extract<JudgeSpec, { kind: 'judge' | 'cascade' }>, question: string, answer: string, reference: string, call: JudgeCall): Promise<Judged> {
  const reply = await call(spec.model, rubricPrompt({ rubric: spec.rubric, scale: spec.scale, question, reference, answer }));
  if (!reply.ok) return { error: reply.error };
  const verdict = parseRubricVerdict(reply.text, spec.scale);
  if (!verdict) return { value: null, explanation: `the judge gave no score in ${spec.scale[0]}–${spec.scale[1]}: ${reply.text.slice(0, 200)}` };
  const [min, max] = spec.scale;
  return {
    value: (verdict.score - min) / (max - min),
    ...(spec.passAt === undefined ? {} : { passed: verdict.score >= spec.passAt }),
    answer: String(verdict.score),
    explanation: `${spec.kind === 'cascade' ? 'judged (the rule could not decide): ' : ''}${verdict.reason}`,
  };
}

async function pairwise(model: string, criteria: string, question: string, answer: string, reference: string, call: JudgeCall): Promise<Judged> {
  const first = await call(model, pairwisePrompt({ criteria, question, a: answer, b: reference }));
  if (!first.ok) return { error: first.error };
  const second = await call(model, pairwisePrompt({ criteria, question, a: reference, b: answer }));
  if (!second.ok) return { error: second.error };
  const inOrder = parsePairwiseVerdict(first.text);
  const swapped = parsePairwiseVerdict(second.text);
  if (!inOrder || !swapped) return { value: null, explanation: `no verdict from the judge (candidate first: ${inOrder ?? '?'}, candidate second: ${swapped ?? '?'})` };
  const value = combineSwapped(inOrder, swapped);
  return { value, answer: value === 1 ? 'win' : value === 0 ? 'loss' : 'tie', explanation: `candidate first: ${inOrder}; candidate second: ${swapped}` };
}

/** The sample's reference answer as a judge should read it (a letter gets its option text). */
function referenceText(sample: Sample): string {
  const target = sample.target;
  if (target === undefined || target === null) return '';
  if (typeof target === 'string' && sample.choices && /^[A-J]+$/.test(target)) {
    return [...target].map((letter) => formatChoices(sample.choices ?? []).split('\n')[CHOICE_LETTERS.indexOf(letter)] ?? letter).join('\n');
  }
  if (typeof target === 'string') return target;
  if (Array.isArray(target) && target.every((entry) => typeof entry === 'string')) return target.join(' / ');
  return JSON.stringify(target);
}
