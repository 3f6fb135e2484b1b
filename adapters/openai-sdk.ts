import OpenAI, { APIConnectionError, APIError } from 'openai';
import { fromOpenAIResponse, OPENAI_DEFAULT_BASE_URL, openAIAdapterId, toOpenAIRequest } from './openai-wire.js';
import { sdkComplete } from './sdk-complete.js';
import { sdkClientOptions } from './sdk-options.js';
import type { AdapterSpec, ModelAdapter } from './types.js';

/** The openai adapter over the official `openai` SDK (`transport: sdk`): same wire format, the SDK's own HTTP stack. */
export function createOpenAISdkAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit default: the SDK would otherwise read OPENAI_BASE_URL, and runs must not depend on the environment.
  const baseUrl = spec.baseUrl ?? OPENAI_DEFAULT_BASE_URL;
  const client = new OpenAI(sdkClientOptions(spec, baseUrl));
  const complete = sdkComplete(spec, {
    toBody: toOpenAIRequest,
    call: (body, signal) => client.chat.completions.create(body, { signal }),
    fromResponse: fromOpenAIResponse,
    httpFailure: (error) => (error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.message } : undefined),
    connectionFailed: (error) => error instanceof APIConnectionError,
  });
  return { id: openAIAdapterId(spec, baseUrl), complete };
}
