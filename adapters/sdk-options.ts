/**
 * Settings shared by the SDK-backed adapters. The runner owns retries and
 * timeouts (via the AbortSignal), so the SDKs must do neither: a retry inside
 * the SDK would be invisible to the runner's backoff and counts.
 */
export const SDK_MAX_RETRIES = 0;

/** Far above any runner timeout, and below setTimeout's 2^31-1 ms ceiling. */
export const SDK_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/** Local servers ignore the key, but both SDKs refuse to start without one. */
export const PLACEHOLDER_API_KEY = 'not-needed';

/** The constructor options both SDKs take alike: explicit key and base URL (never the environment), no retries, no timeout of their own. */
export function sdkClientOptions(spec: { readonly apiKey?: string | undefined; readonly headers?: Readonly<Record<string, string>> | undefined }, baseUrl: string) {
  return {
    apiKey: spec.apiKey ?? PLACEHOLDER_API_KEY,
    baseURL: baseUrl,
    maxRetries: SDK_MAX_RETRIES,
    // For the Anthropic SDK this also stops it refusing large max_tokens on non-streaming calls.
    timeout: SDK_TIMEOUT_MS,
    ...(spec.headers === undefined ? {} : { defaultHeaders: { ...spec.headers } }),
  };
}
