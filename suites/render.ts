import type { ChatMessage } from '../adapters/types.js';
import { formatChoices } from './choices.js';
import { TemplateError } from './errors.js';
import { parseRotationId } from './rotation.js';
import type { FewShotSpec, PromptSpec, Sample, SuiteDefinition } from './types.js';

export { CHOICE_LETTERS, formatChoices } from './choices.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** Replaces every `{{field}}` with the sample's value. A missing field throws: it is a suite bug. */
export function fillTemplate(template: string, sample: Sample): string {
  return template.replace(PLACEHOLDER, (_match, field: string) => {
    const value = fieldValue(sample, field);
    if (value === undefined) throw new TemplateError(`template field {{${field}}} is missing in sample ${sample.id}`);
    return value;
  });
}

/** Field names a template uses, for load-time checks. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

function fieldValue(sample: Sample, field: string): string | undefined {
  if (field === 'choices') return sample.choices ? formatChoices(sample.choices) : undefined;
  if (field === 'input') return typeof sample.input === 'string' ? sample.input : undefined;
  if (field.startsWith('metadata.')) return stringify(sample.metadata?.[field.slice('metadata.'.length)]);
  if (field === 'id') return sample.id;
  if (field === 'category') return sample.category;
  if (field === 'target') return stringify(sample.target);
  return undefined;
}

function stringify(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.join('、');
  return JSON.stringify(value);
}

function userTurn(prompt: PromptSpec, sample: Sample): ChatMessage[] {
  if (typeof sample.input !== 'string') return [...sample.input];
  return [{ role: 'user', content: fillTemplate(prompt.template, sample) }];
}

/**
 * The exemplars shown before a sample: the first k on offer (`exemplars` is in
 * file order, or seeded order with fewShot.seed) that are not the sample itself.
 * A sample that is also in the few-shot file would otherwise be shown its own
 * answer; it gets the next exemplar instead (or k − 1 when there is none).
 * A rotation (CircularEval) is the same sample as its rotation 0.
 */
export function exemplarsFor(fewShot: Pick<FewShotSpec, 'k'>, exemplars: readonly Sample[], sample: Pick<Sample, 'id'>): Sample[] {
  const base = parseRotationId(sample.id)?.baseId;
  const chosen: Sample[] = [];
  for (const exemplar of exemplars) {
    if (chosen.length >= fewShot.k) break;
    if (exemplar.id !== sample.id && exemplar.id !== base) chosen.push(exemplar);
  }
  return chosen;
}

/**
 * The exact messages sent for a sample: system message, few-shot exemplars as
 * user/assistant turns, then the sample. Chat-form inputs are sent as they are,
 * after the system message and exemplars.
 */
export function renderPrompt(suite: Pick<SuiteDefinition, 'prompt' | 'fewShot' | 'exemplars'>, sample: Sample): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (suite.prompt.system !== undefined) messages.push({ role: 'system', content: fillTemplate(suite.prompt.system, sample) });
  if (suite.fewShot) {
    const answerTemplate = suite.fewShot.answerTemplate ?? '{{target}}';
    for (const exemplar of exemplarsFor(suite.fewShot, suite.exemplars, sample)) {
      messages.push(...userTurn(suite.prompt, exemplar));
      messages.push({ role: 'assistant', content: fillTemplate(answerTemplate, exemplar) });
    }
  }
  messages.push(...userTurn(suite.prompt, sample));
  return messages;
}
