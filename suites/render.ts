import type { ChatMessage } from '../adapters/types.js';
import { TemplateError } from './errors.js';
import type { PromptSpec, Sample, SuiteDefinition } from './types.js';

export const CHOICE_LETTERS = 'ABCDEFGHIJ';

/** `A. first\nB. second…`: the form every multiple-choice template receives as {{choices}}. */
export function formatChoices(choices: readonly string[]): string {
  return choices.map((choice, index) => `${CHOICE_LETTERS[index]}. ${choice}`).join('\n');
}

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
 * The exact messages sent for a sample: system message, few-shot exemplars as
 * user/assistant turns, then the sample. Chat-form inputs are sent as they are,
 * after the system message and exemplars.
 */
export function renderPrompt(suite: Pick<SuiteDefinition, 'prompt' | 'fewShot' | 'exemplars'>, sample: Sample): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (suite.prompt.system !== undefined) messages.push({ role: 'system', content: fillTemplate(suite.prompt.system, sample) });
  if (suite.fewShot) {
    const answerTemplate = suite.fewShot.answerTemplate ?? '{{target}}';
    for (const exemplar of suite.exemplars.slice(0, suite.fewShot.k)) {
      messages.push(...userTurn(suite.prompt, exemplar));
      messages.push({ role: 'assistant', content: fillTemplate(answerTemplate, exemplar) });
    }
  }
  messages.push(...userTurn(suite.prompt, sample));
  return messages;
}
