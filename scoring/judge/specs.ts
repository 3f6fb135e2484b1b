import { PingceError } from '../../common/errors.js';
import type { ScorerSpec } from '../../suites/types.js';

/**
 * Model-graded scorers. A scorer never calls a model itself: these specs are
 * read by the runner, which schedules the judge's calls as work items under the
 * judge model's own limits and fills in the score.
 */
export type JudgeKind = 'judge' | 'pairwise' | 'cascade';

export const JUDGE_KINDS: readonly JudgeKind[] = ['judge', 'pairwise', 'cascade'];

export function judgeKind(id: string): JudgeKind | undefined {
  return (JUDGE_KINDS as readonly string[]).includes(id) ? (id as JudgeKind) : undefined;
}

/** G-Eval-style rubric grading on a scale; the judge's reason is kept. */
export interface RubricJudgeSpec {
  readonly kind: 'judge';
  readonly model: string;
  readonly rubric: string;
  readonly scale: readonly [number, number];
  /** `passed` when the score reaches this. */
  readonly passAt?: number;
}

/** The candidate against the sample's reference answer (`target`), asked in both orders. */
export interface PairwiseJudgeSpec {
  readonly kind: 'pairwise';
  readonly model: string;
  readonly criteria: string;
}

/** Rules first; the judge only where the rule could not decide (score null). */
export interface CascadeJudgeSpec {
  readonly kind: 'cascade';
  readonly model: string;
  readonly rule: ScorerSpec;
  readonly rubric: string;
  readonly scale: readonly [number, number];
  readonly passAt?: number;
}

export type JudgeSpec = RubricJudgeSpec | PairwiseJudgeSpec | CascadeJudgeSpec;

const DEFAULT_RUBRIC = '回答是否与参考答案一致、准确、完整；与参考答案矛盾或答非所问得最低分。Is the answer correct and complete with respect to the reference? Contradicting the reference or not answering gets the lowest score.';
const DEFAULT_CRITERIA = '准确性、完整性、有用性、安全性 / accuracy, completeness, helpfulness, safety';

function fail(id: string, message: string): never {
  throw new PingceError('SCORER_OPTIONS', `scorer "${id}": ${message}`);
}

function stringOption(id: string, options: Readonly<Record<string, unknown>>, key: string, fallback?: string): string {
  const value = options[key] ?? fallback;
  if (typeof value !== 'string' || value.trim() === '') fail(id, `option "${key}" must be a non-empty string`);
  return value;
}

function scaleOption(id: string, options: Readonly<Record<string, unknown>>): readonly [number, number] {
  const value = options['scale'] ?? [1, 5];
  if (!Array.isArray(value) || value.length !== 2 || !value.every((entry) => Number.isInteger(entry)) || Number(value[0]) >= Number(value[1])) {
    fail(id, 'option "scale" must be [min, max] whole numbers with min < max');
  }
  return [Number(value[0]), Number(value[1])];
}

function passAtOption(id: string, options: Readonly<Record<string, unknown>>, scale: readonly [number, number]): { passAt?: number } {
  const value = options['passAt'];
  if (value === undefined) return {};
  if (typeof value !== 'number' || value < scale[0] || value > scale[1]) fail(id, `option "passAt" must be a number within the scale ${scale[0]}–${scale[1]}`);
  return { passAt: value };
}

function checkKeys(id: string, options: Readonly<Record<string, unknown>>, allowed: readonly string[]): void {
  for (const key of Object.keys(options)) if (!allowed.includes(key)) fail(id, `unknown option "${key}"; allowed: ${allowed.join(', ')}`);
}

/** Validates a judge scorer's options; undefined for ordinary scorers. */
export function parseJudgeSpec(spec: ScorerSpec): JudgeSpec | undefined {
  const kind = judgeKind(spec.id);
  if (!kind) return undefined;
  const options = spec.options ?? {};
  const model = stringOption(spec.id, options, 'model');
  if (kind === 'pairwise') {
    checkKeys(spec.id, options, ['model', 'criteria']);
    return { kind, model, criteria: stringOption(spec.id, options, 'criteria', DEFAULT_CRITERIA) };
  }
  const scale = scaleOption(spec.id, options);
  const rubric = stringOption(spec.id, options, 'rubric', DEFAULT_RUBRIC);
  if (kind === 'judge') {
    checkKeys(spec.id, options, ['model', 'rubric', 'scale', 'passAt']);
    return { kind, model, rubric, scale, ...passAtOption(spec.id, options, scale) };
  }
  checkKeys(spec.id, options, ['model', 'rule', 'rubric', 'scale', 'passAt']);
  const rule = options['rule'];
  const ruleSpec: ScorerSpec | undefined =
    typeof rule === 'string' ? { id: rule } : rule !== null && typeof rule === 'object' && typeof (rule as { id?: unknown }).id === 'string' ? (rule as ScorerSpec) : undefined;
  if (!ruleSpec || judgeKind(ruleSpec.id)) fail(spec.id, 'option "rule" must name an ordinary scorer, e.g. multiple-choice or { id: numeric, options: { tolerance: 0.01 } }');
  return { kind, model, rule: ruleSpec, rubric, scale, ...passAtOption(spec.id, options, scale) };
}
