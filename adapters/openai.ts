import OpenAI, { APIConnectionError, APIError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { abortError } from './abort.js';
import { describeBaseUrl } from './describe.js';
import { malformedBody, toAdapterError } from './failure.js';
import { field, stringField, usageFrom } from './fields.js';
import { mapSystemRole } from './roles.js';
import { PLACEHOLDER_API_KEY, SDK_MAX_RETRIES, SDK_TIMEOUT_MS } from './sdk-options.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Any OpenAI-compatible Chat Completions server: OpenAI, vLLM, llama.cpp, Ollama, SGLang, … */
export function createOpenAIAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit default: the SDK would otherwise read OPENAI_BASE_URL, and runs must not depend on the environment.
  const baseUrl = spec.baseUrl ?? DEFAULT_BASE_URL;
  const client = new OpenAI({
    apiKey: spec.apiKey ?? PLACEHOLDER_API_KEY,
    baseURL: baseUrl,
    maxRetries: SDK_MAX_RETRIES,
    timeout: SDK_TIMEOUT_MS,
    ...(spec.headers === undefined ? {} : { defaultHeaders: { ...spec.headers } }),
  });

  async function complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    if (signal.aborted) throw abortError(signal);
    const started = performance.now();
    let response: unknown;
    try {
      response = await client.chat.completions.create(toRequestBody(spec.model, { ...request, messages: mapSystemRole(request.messages, spec.systemRole) }), { signal });
    } catch (error) {
      throw toAdapterError(error, {
        signal,
        secret: spec.apiKey,
        http: error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.message } : undefined,
        connectionFailed: error instanceof APIConnectionError,
      });
    }
    const latencyMs = performance.now() - started;
    return toCompletion(response, latencyMs);
  }

  return { id: `openai:${spec.model}@${describeBaseUrl(baseUrl)}`, complete };
}

function toRequestBody(model: string, { messages, params }: CompletionRequest): ChatCompletionCreateParamsNonStreaming {
  return {
    model,
    messages: messages.map((message) => ({ role: message.role, content: message.content })),
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.topP === undefined ? {} : { top_p: params.topP }),
    ...(params.maxTokens === undefined ? {} : { max_tokens: params.maxTokens }),
    ...(params.stop === undefined ? {} : { stop: [...params.stop] }),
    ...(params.seed === undefined ? {} : { seed: params.seed }),
  };
}

/** The SDK does not validate bodies: a proxy's HTML page or `{}` arrives here as-is. */
function toCompletion(response: unknown, latencyMs: number): Completion {
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
