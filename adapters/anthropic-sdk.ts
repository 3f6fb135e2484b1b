import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import { abortError } from './abort.js';
import { ANTHROPIC_DEFAULT_BASE_URL, anthropicAdapterId, fromAnthropicResponse, toAnthropicRequest } from './anthropic-wire.js';
import { toAdapterError } from './failure.js';
import { PLACEHOLDER_API_KEY, SDK_MAX_RETRIES, SDK_TIMEOUT_MS } from './sdk-options.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

/** The anthropic adapter over the official `@anthropic-ai/sdk` (`transport: sdk`): same wire format, the SDK's own HTTP stack. */
export function createAnthropicSdkAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit base URL and key: otherwise the SDK reads ANTHROPIC_* variables and profile files.
  const baseUrl = spec.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL;
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
      response = await client.messages.create(toAnthropicRequest(spec, request), { signal });
    } catch (error) {
      throw toAdapterError(error, {
        signal,
        secret: spec.apiKey,
        http: error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.apiMessage ?? error.message } : undefined,
        connectionFailed: error instanceof APIConnectionError,
      });
    }
    return fromAnthropicResponse(response, performance.now() - started);
  }

  return { id: anthropicAdapterId(spec, baseUrl), complete };
}
