import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { describeBaseUrl } from './describe.js';
import { malformedBody } from './failure.js';
import { field, stringField, usageFrom } from './fields.js';
import { mapSystemRole } from './roles.js';
import type { AdapterSpec, Completion, CompletionRequest } from './types.js';

/**
 * The Chat Completions wire format, shared by both transports of the openai
 * adapter (pingce's own HTTP and the official SDK). Types only from the SDK:
 * nothing here loads it.
 */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export const OPENAI_CHAT_PATH = '/chat/completions';

export function openAIAdapterId(spec: AdapterSpec, baseUrl: string): string {
  return `openai:${spec.model}@${describeBaseUrl(baseUrl)}`;
}

export function toOpenAIRequest(spec: AdapterSpec, request: CompletionRequest): ChatCompletionCreateParamsNonStreaming {
  const { params } = request;
  return {
    model: spec.model,
    messages: mapSystemRole(request.messages, spec.systemRole).map((message) => ({ role: message.role, content: message.content })),
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.topP === undefined ? {} : { top_p: params.topP }),
    ...(params.maxTokens === undefined ? {} : { max_tokens: params.maxTokens }),
    ...(params.stop === undefined ? {} : { stop: [...params.stop] }),
    ...(params.seed === undefined ? {} : { seed: params.seed }),
  };
}

/** Nothing in a reply is trusted: a proxy's HTML page or `{}` arrives here as-is. */
export function fromOpenAIResponse(response: unknown, latencyMs: number): Completion {
  if (response === null || typeof response !== 'object') throw malformedBody('not a JSON object');
  const choices = field(response, 'choices');
  if (!Array.isArray(choices) || choices.length === 0) throw malformedBody('no choices');
  const choice: unknown = choices[0];
  const message = field(choice, 'message');
  if (message === null || typeof message !== 'object') throw malformedBody('choice without a message');
  const content = field(message, 'content');
  if (content !== null && content !== undefined && typeof content !== 'string') throw malformedBody('message content is not text');
  // vLLM, SGLang and DeepSeek send `reasoning_content`; some newer servers call it `reasoning`.
  const reasoning = stringField(message, 'reasoning_content') ?? stringField(message, 'reasoning');
  const finishReason = stringField(choice, 'finish_reason');
  const usage = usageFrom(field(response, 'usage'), 'prompt_tokens', 'completion_tokens');
  return {
    text: content ?? '',
    ...(reasoning === undefined ? {} : { reasoning }),
    ...(usage === undefined ? {} : { usage }),
    latencyMs,
    ...(finishReason === undefined ? {} : { finishReason }),
  };
}
