import { abortError } from './abort.js';
import { toAdapterError, type HttpFailure } from './failure.js';
import type { AdapterSpec, Completion, CompletionRequest, ModelAdapter } from './types.js';

/** What an SDK-backed adapter supplies; the rest of `complete` is the same for every SDK. */
export interface SdkCall<Body> {
  readonly toBody: (spec: AdapterSpec, request: CompletionRequest) => Body;
  readonly call: (body: Body, signal: AbortSignal) => Promise<unknown>;
  readonly fromResponse: (response: unknown, latencyMs: number) => Completion;
  /** The status, headers and message of an HTTP error the SDK threw, if it was one. */
  readonly httpFailure: (error: unknown) => HttpFailure | undefined;
  /** The SDK's own test for "never got a response". */
  readonly connectionFailed: (error: unknown) => boolean;
}

/** `complete` over an SDK: abort first, time the call, map whatever it throws to one AdapterError. */
export function sdkComplete<Body>(spec: AdapterSpec, sdk: SdkCall<Body>): ModelAdapter['complete'] {
  return async (request, signal) => {
    if (signal.aborted) throw abortError(signal);
    const started = performance.now();
    let response: unknown;
    try {
      response = await sdk.call(sdk.toBody(spec, request), signal);
    } catch (error) {
      throw toAdapterError(error, { signal, secret: spec.apiKey, http: sdk.httpFailure(error), connectionFailed: sdk.connectionFailed(error) });
    }
    return sdk.fromResponse(response, performance.now() - started);
  };
}
