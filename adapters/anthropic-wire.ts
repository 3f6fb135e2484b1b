import type { MessageCreateParamsNonStreaming, MessageParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { describeBaseUrl } from './describe.js';
import { malformedBody } from './failure.js';
import { field, stringField, usageFrom } from './fields.js';
import { mapSystemRole } from './roles.js';
import type { AdapterSpec, Completion, CompletionRequest } from './types.js';

/**
 * The Messages API wire format, shared by both transports of the anthropic
 * adapter. Types only from the SDK: nothing here loads it.
 */
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';

export const ANTHROPIC_MESSAGES_PATH = '/v1/messages';

/** The API version pingce's requests are written against (the SDK sends the same). */
export const ANTHROPIC_VERSION = '2023-06-01';

/** The Messages API requires max_tokens; this is what pingce sends when a model sets none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

export function anthropicAdapterId(spec: AdapterSpec, baseUrl: string): string {
  return `anthropic:${spec.model}@${describeBaseUrl(baseUrl)}`;
}

/** System messages move to `system` (unless systemRole maps them away); the API has no seed, so `params.seed` is not sent. */
export function toAnthropicRequest(spec: AdapterSpec, request: CompletionRequest): MessageCreateParamsNonStreaming {
  const { params } = request;
  const messages = mapSystemRole(request.messages, spec.systemRole);
  const system = messages.filter((message) => message.role === 'system').map((message) => message.content);
  const turns: MessageParam[] = [];
  for (const message of messages) {
    if (message.role !== 'system') turns.push({ role: message.role, content: message.content });
  }
  return {
    model: spec.model,
    max_tokens: params.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: turns,
    ...(system.length === 0 ? {} : { system: system.join('\n\n') }),
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.topP === undefined ? {} : { top_p: params.topP }),
    ...(params.stop === undefined ? {} : { stop_sequences: [...params.stop] }),
  };
}

/** Nothing in a reply is trusted: a reply without `content` arrives here as-is. */
export function fromAnthropicResponse(response: unknown, latencyMs: number): Completion {
  if (response === null || typeof response !== 'object') throw malformedBody('not a JSON object');
  const content = field(response, 'content');
  if (!Array.isArray(content)) throw malformedBody('no content');
  const text: string[] = [];
  const thinking: string[] = [];
  for (const block of content as unknown[]) {
    const type = field(block, 'type');
    const blockText = stringField(block, 'text');
    const blockThinking = stringField(block, 'thinking');
    if (type === 'text' && blockText !== undefined) text.push(blockText);
    if (type === 'thinking' && blockThinking !== undefined) thinking.push(blockThinking);
  }
  const stopReason = stringField(response, 'stop_reason');
  const usage = usageFrom(field(response, 'usage'), 'input_tokens', 'output_tokens');
  return {
    text: text.join(''),
    ...(thinking.length === 0 ? {} : { reasoning: thinking.join('\n') }),
    ...(usage === undefined ? {} : { usage }),
    latencyMs,
    ...(stopReason === undefined ? {} : { finishReason: stopReason }),
  };
}
