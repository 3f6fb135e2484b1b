import { abortError } from './abort.js';
import { ANTHROPIC_DEFAULT_BASE_URL, ANTHROPIC_MESSAGES_PATH, ANTHROPIC_VERSION, anthropicAdapterId, fromAnthropicResponse, toAnthropicRequest } from './anthropic-wire.js';
import { createJsonPost } from './http-post.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

/**
 * Anthropic's Messages API, or any server speaking it, over pingce's own HTTP
 * transport; `transport: sdk` selects the official SDK (anthropic-sdk.ts).
 * `baseUrl` is the root, without /v1.
 */
export function createAnthropicAdapter(spec: AdapterSpec): ModelAdapter {
  const baseUrl = spec.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL;
  const post = createJsonPost({
    baseUrl,
    secret: spec.apiKey,
    headers: { 'anthropic-version': ANTHROPIC_VERSION, ...(spec.apiKey === undefined ? {} : { 'x-api-key': spec.apiKey }), ...spec.headers },
  });

  async function complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    if (signal.aborted) throw abortError(signal);
    const started = performance.now();
    const response = await post(ANTHROPIC_MESSAGES_PATH, toAnthropicRequest(spec, request), signal);
    return fromAnthropicResponse(response, performance.now() - started);
  }

  return { id: anthropicAdapterId(spec, baseUrl), complete };
}
