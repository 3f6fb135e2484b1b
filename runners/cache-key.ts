import type { AdapterSpec, ChatMessage, GenerationParams } from '../adapters/types.js';
import { canonicalJson } from '../common/canonical-json.js';
import { sha256 } from '../common/hash.js';

/** Bump when the key material changes meaning, so old cache entries stop matching instead of being misread. */
export const RESPONSE_CACHE_KEY_VERSION = 1;

export interface ResponseCacheKeyInput {
  readonly adapter: AdapterSpec;
  readonly params: GenerationParams;
  readonly messages: readonly ChatMessage[];
  /** Which repeat of the same prompt: repeats must not share one cached sample. */
  readonly repeat: number;
}

/**
 * The canonical text that is hashed into the key. The adapter fields are picked
 * one by one (an allow-list) rather than spread, so `apiKey`, `headers` and any
 * secret-bearing field added later can never leak into the key or split the
 * cache when a key is rotated. `params` and `messages` are passed whole on
 * purpose: anything new there reaches the model, so it must change the key.
 */
export function responseCacheKeyText(input: ResponseCacheKeyInput): string {
  const { adapter } = input;
  return canonicalJson({
    v: RESPONSE_CACHE_KEY_VERSION,
    kind: adapter.kind,
    // `http://host/v1/` and `http://host/v1` are the same endpoint to every SDK.
    baseUrl: adapter.baseUrl?.replace(/\/+$/, ''),
    model: adapter.model,
    // How system messages are sent changes the request; the default is left out so existing keys still match.
    systemRole: adapter.systemRole === 'system' ? undefined : adapter.systemRole,
    // The mock script decides the mock's replies; the other adapters ignore it, so it must not split their cache.
    mock: adapter.kind === 'mock' ? adapter.mock : undefined,
    params: input.params,
    messages: input.messages,
    repeat: input.repeat,
  });
}

/** Content address of one model request: sha256 hex of `responseCacheKeyText`. */
export function responseCacheKey(input: ResponseCacheKeyInput): string {
  return sha256(responseCacheKeyText(input));
}
