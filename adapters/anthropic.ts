import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming, MessageParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { abortError } from './abort.js';
import { describeBaseUrl } from './describe.js';
import { malformedBody, toAdapterError } from './failure.js';
import { field, stringField, usageFrom } from './fields.js';
import { mapSystemRole } from './roles.js';
import { PLACEHOLDER_API_KEY, SDK_MAX_RETRIES, SDK_TIMEOUT_MS } from './sdk-options.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

const DEFAULT_BASE_URL = 'https://api.anthropic.com';

/** The Messages API requires max_tokens; this is what pingce sends when a model sets none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

/** Anthropic's Messages API, or any server speaking it. `baseUrl` is the root, without /v1. */
export function createAnthropicAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit base URL and key: otherwise the SDK reads ANTHROPIC_* variables and profile files.
  const baseUrl = spec.baseUrl ?? DEFAULT_BASE_URL;
  const client = new Anthropic({
    apiKey: spec.apiKey ?? PLACEHOLDER_API_KEY,
    baseURL: baseUrl,
    maxRetries: SDK_MAX_RETRIES,
    // Also stops the SDK refusing large max_tokens on non-streaming calls.
    timeout: SDK_TIMEOUT_MS,
    ...(spec.headers === undefined ? {} : { defaultHeaders: { ...spec.headers } }),
  });

  async function complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    if (signal.aborted) throw abortError(signal);
    const started = performance.now();
    let response: unknown;
    try {
      // With the default mapping, system messages stay and move to the API's `system` field below.
      response = await client.messages.create(toRequestBody(spec.model, { ...request, messages: mapSystemRole(request.messages, spec.systemRole) }), { signal });
    } catch (error) {
      throw toAdapterError(error, {
        signal,
        secret: spec.apiKey,
        http: error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.apiMessage ?? error.message } : undefined,
        connectionFailed: error instanceof APIConnectionError,
      });
    }
    const latencyMs = performance.now() - started;
    return toCompletion(response, latencyMs);
  }

  return { id: `anthropic:${spec.model}@${describeBaseUrl(baseUrl)}`, complete };
}

/** System messages move to `system`; the API has no seed, so `params.seed` is not sent. */
function toRequestBody(model: string, { messages, params }: CompletionRequest): MessageCreateParamsNonStreaming {
  const system = messages.filter((message) => message.role === 'system').map((message) => message.content);
  const turns: MessageParam[] = [];
  for (const message of messages) {
    if (message.role !== 'system') turns.push({ role: message.role, content: message.content });
  }
  return {
    model,
    max_tokens: params.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: turns,
    ...(system.length === 0 ? {} : { system: system.join('\n\n') }),
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.topP === undefined ? {} : { top_p: params.topP }),
    ...(params.stop === undefined ? {} : { stop_sequences: [...params.stop] }),
  };
}

/** The SDK does not validate bodies, so a reply without `content` arrives here. */
function toCompletion(response: unknown, latencyMs: number): Completion {
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
