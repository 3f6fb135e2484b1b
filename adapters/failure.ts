import { AdapterError, kindForStatus, parseRetryAfter } from './errors.js';
import { abortError } from './abort.js';

/** What both SDKs' HTTP errors carry; duck-typed so this file imports neither SDK. */
export interface HttpFailure {
  readonly status: number;
  readonly headers: { get(name: string): string | null } | undefined;
  readonly message: string;
}

/** Errors below this in the cause chain mean the connection failed, not the request. */
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Turns whatever an SDK call threw into the one error the runner understands.
 * `connectionFailed` is the SDK's own test for "never got a response".
 * Server text is redacted because some servers echo the credentials they rejected.
 */
export function toAdapterError(
  error: unknown,
  context: { signal: AbortSignal; secret: string | undefined; http: HttpFailure | undefined; connectionFailed: boolean },
): Error {
  if (context.signal.aborted) return abortError(context.signal);
  if (error instanceof AdapterError) return error;
  const { http, secret } = context;
  if (http) {
    // No `cause`: the SDK error holds the server's raw body, which may echo the key.
    // The SDKs already start their messages with the status; say it once.
    const text = http.message.replace(new RegExp(`^${http.status}\\s*`), '');
    return new AdapterError(kindForStatus(http.status), redact(`HTTP ${http.status}: ${text}`, secret), {
      status: http.status,
      retryAfterMs: parseRetryAfter(http.headers),
    });
  }
  const message = redact(describeChain(error), secret);
  if (context.connectionFailed || isNetworkFailure(error)) return new AdapterError('transient', `connection failed: ${message}`, { cause: error });
  // A body that is not JSON is a server hiccup (a proxy's HTML page, a truncated reply).
  if (error instanceof SyntaxError) return new AdapterError('transient', `malformed response body: ${message}`, { cause: error });
  return new AdapterError('fatal', message, { cause: error });
}

/** An AdapterError for a 2xx reply that lacks what every completion has. */
export function malformedBody(what: string): AdapterError {
  return new AdapterError('transient', `malformed response body: ${what}`);
}

export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}

function isNetworkFailure(error: unknown): boolean {
  // undici reports a socket closed mid-body as TypeError('terminated') with the socket error as cause.
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return true;
    if (current.message === 'terminated' || current.message === 'fetch failed') return true;
  }
  return false;
}

/** "Connection error.: fetch failed: connect ECONNREFUSED …": the SDKs' own messages hide the cause. */
function describeChain(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; depth < 5 && current !== undefined; depth += 1) {
    const message = current instanceof Error ? current.message : String(current);
    if (message !== '' && !messages.includes(message)) messages.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages.join(': ');
}
