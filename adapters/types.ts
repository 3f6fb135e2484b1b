/**
 * The adapter contract. An adapter turns one chat request into one completion
 * against one model. It never retries, sleeps, caches or prints: the runner owns
 * all of that, once. adapters/ imports nothing else from pingce.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

/** How an endpoint takes system messages: as they are, as user turns, or merged into the next user turn (roles.ts). */
export type SystemRole = 'system' | 'user' | 'merge';

export interface ChatMessage {
  readonly role: ChatRole;
  readonly content: string;
}

/** Decoding settings, in pingce's own vocabulary; each adapter maps them to its API. */
export interface GenerationParams {
  readonly temperature?: number;
  readonly topP?: number;
  readonly maxTokens?: number;
  readonly stop?: readonly string[];
  readonly seed?: number;
}

export interface TokenUsage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

export interface CompletionRequest {
  readonly messages: readonly ChatMessage[];
  readonly params: GenerationParams;
}

export interface Completion {
  readonly text: string;
  /** Reasoning returned in a separate field by the API (e.g. `reasoning_content`). */
  readonly reasoning?: string;
  readonly usage?: TokenUsage;
  readonly latencyMs: number;
  readonly firstTokenMs?: number;
  readonly finishReason?: string;
}

export interface ModelAdapter {
  /** Stable description, e.g. `openai:qwen2.5-7b@http://127.0.0.1:8000/v1`. Never contains a key. */
  readonly id: string;
  complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion>;
}

export type AdapterKind = 'openai' | 'anthropic' | 'mock';

/** How an HTTP adapter sends its requests; the wire format is the same either way. */
export type AdapterTransport = 'http' | 'sdk';

/** What an adapter factory needs. Serialisable, so it can be handed to worker threads. */
export interface AdapterSpec {
  readonly kind: AdapterKind;
  readonly model: string;
  readonly baseUrl?: string;
  /** The resolved secret. Only the CLI reads it from the environment; it is never stored. */
  readonly apiKey?: string;
  /** Extra HTTP headers sent with every request (e.g. a vendor's routing header). */
  readonly headers?: Readonly<Record<string, string>>;
  /** How system messages are sent (adapters/roles.ts); default `system`. */
  readonly systemRole?: SystemRole;
  /** openai and anthropic: pingce's own HTTP client (`http`, the default) or the vendor's official SDK (`sdk`). */
  readonly transport?: AdapterTransport;
  /** Options of the mock adapter; ignored by the others. */
  readonly mock?: MockScript;
}

/** A deterministic script for the mock adapter: replies chosen by what the prompt contains. */
export interface MockScript {
  /** First rule whose `contains` occurs in the last user message wins. */
  readonly rules?: readonly { readonly contains: string; readonly reply: string }[];
  /** Reply when no rule matches. Defaults to echoing the last user message. */
  readonly fallback?: string;
  /** Simulated latency per request. */
  readonly latencyMs?: number;
  /** Throw this kind of AdapterError instead of replying, for tests. */
  readonly fail?: AdapterErrorKind;
}

export type AdapterErrorKind = 'rate_limit' | 'transient' | 'fatal';

export type AdapterFactory = (spec: AdapterSpec) => ModelAdapter;
