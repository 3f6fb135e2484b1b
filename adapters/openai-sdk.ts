import OpenAI, { APIConnectionError, APIError } from 'openai';
import { abortError } from './abort.js';
import { toAdapterError } from './failure.js';
import { fromOpenAIResponse, OPENAI_DEFAULT_BASE_URL, openAIAdapterId, toOpenAIRequest } from './openai-wire.js';
import { PLACEHOLDER_API_KEY, SDK_MAX_RETRIES, SDK_TIMEOUT_MS } from './sdk-options.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

/** The openai adapter over the official `openai` SDK (`transport: sdk`): same wire format, the SDK's own HTTP stack. */
export function createOpenAISdkAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit default: the SDK would otherwise read OPENAI_BASE_URL, and runs must not depend on the environment.
  const baseUrl = spec.baseUrl ?? OPENAI_DEFAULT_BASE_URL;
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
      response = await client.chat.completions.create(toOpenAIRequest(spec, request), { signal });
    } catch (error) {
      throw toAdapterError(error, {
        signal,
        secret: spec.apiKey,
        http: error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.message } : undefined,
        connectionFailed: error instanceof APIConnectionError,
      });
    }
    return fromOpenAIResponse(response, performance.now() - started);
  }

  return { id: openAIAdapterId(spec, baseUrl), complete };
}
