import { abortError } from './abort.js';
import { createJsonPost } from './http-post.js';
import { fromOpenAIResponse, OPENAI_CHAT_PATH, OPENAI_DEFAULT_BASE_URL, openAIAdapterId, toOpenAIRequest } from './openai-wire.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

/**
 * Any OpenAI-compatible Chat Completions server (OpenAI, vLLM, SGLang, Ollama,
 * llama.cpp, the Chinese vendors' compatible endpoints) over pingce's own HTTP
 * transport. `transport: sdk` selects the official SDK instead (openai-sdk.ts).
 */
export function createOpenAIAdapter(spec: AdapterSpec): ModelAdapter {
  const baseUrl = spec.baseUrl ?? OPENAI_DEFAULT_BASE_URL;
  const post = createJsonPost({
    baseUrl,
    secret: spec.apiKey,
    headers: { ...(spec.apiKey === undefined ? {} : { authorization: `Bearer ${spec.apiKey}` }), ...spec.headers },
  });

  async function complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    if (signal.aborted) throw abortError(signal);
    const started = performance.now();
    const response = await post(OPENAI_CHAT_PATH, toOpenAIRequest(spec, request), signal);
    return fromOpenAIResponse(response, performance.now() - started);
  }

  return { id: openAIAdapterId(spec, baseUrl), complete };
}
