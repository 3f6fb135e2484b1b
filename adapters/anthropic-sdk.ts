import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import { ANTHROPIC_DEFAULT_BASE_URL, anthropicAdapterId, fromAnthropicResponse, toAnthropicRequest } from './anthropic-wire.js';
import { sdkComplete } from './sdk-complete.js';
import { sdkClientOptions } from './sdk-options.js';
import type { AdapterSpec, ModelAdapter } from './types.js';

/** The anthropic adapter over the official `@anthropic-ai/sdk` (`transport: sdk`): same wire format, the SDK's own HTTP stack. */
export function createAnthropicSdkAdapter(spec: AdapterSpec): ModelAdapter {
  // Explicit base URL and key: otherwise the SDK reads ANTHROPIC_* variables and profile files.
  const baseUrl = spec.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL;
  const client = new Anthropic(sdkClientOptions(spec, baseUrl));
  const complete = sdkComplete(spec, {
    toBody: toAnthropicRequest,
    call: (body, signal) => client.messages.create(body, { signal }),
    fromResponse: fromAnthropicResponse,
    httpFailure: (error) => (error instanceof APIError && typeof error.status === 'number' ? { status: error.status, headers: error.headers, message: error.apiMessage ?? error.message } : undefined),
    connectionFailed: (error) => error instanceof APIConnectionError,
  });
  return { id: anthropicAdapterId(spec, baseUrl), complete };
}
