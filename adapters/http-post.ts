import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { abortError } from './abort.js';
import { AdapterError } from './errors.js';
import { field, stringField } from './fields.js';
import { toAdapterError, type HttpFailure } from './failure.js';

/**
 * pingce's own JSON-over-HTTP POST, the default transport of the openai and
 * anthropic adapters. Measured against the reference endpoint (2,000 requests,
 * 50 at a time, one thread), the official SDK over Node's fetch spends about
 * 2,000 µs of CPU per request and this about 350 µs: at the concurrency a run
 * needs, the client's CPU, not the model, would otherwise set the pace.
 * It does what the SDKs did for pingce and nothing more: no retries, no
 * timeouts of its own (the caller's signal is the timeout), no streaming.
 */
export type JsonPost = (path: string, body: unknown, signal: AbortSignal) => Promise<unknown>;

export interface JsonPostOptions {
  /** The API root, e.g. `http://127.0.0.1:8000/v1`; a query string is kept after the path. */
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Redacted from every error message: some servers echo the credentials they rejected. */
  readonly secret?: string | undefined;
  /** Default MAX_RESPONSE_BYTES. */
  readonly maxResponseBytes?: number;
}

/** A reply larger than this is not a chat completion; reading on would only exhaust memory. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** How much of a non-JSON error body goes into the error message. */
const ERROR_TEXT_CHARS = 300;

export function createJsonPost(options: JsonPostOptions): JsonPost {
  let root: URL;
  try {
    root = new URL(options.baseUrl);
  } catch {
    throw new AdapterError('fatal', `invalid base URL "${options.baseUrl}"`);
  }
  const secure = root.protocol === 'https:';
  if (!secure && root.protocol !== 'http:') throw new AdapterError('fatal', `unsupported base URL protocol "${root.protocol}" (use http: or https:)`);
  const send = secure ? httpsRequest : httpRequest;
  // Keep-alive: a new TCP (and TLS) handshake per request would cost more than the request.
  // No socket cap: the runner's limiter decides how many requests are in flight.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  // Where each path goes, worked out once: parsing a URL per request is measurable at thousands a second.
  const targets = new Map<string, RequestOptions>();
  const targetFor = (path: string): RequestOptions => {
    let target = targets.get(path);
    if (!target) {
      target = requestTarget(root, path);
      targets.set(path, target);
    }
    return target;
  };

  return (path, body, signal) => {
    if (signal.aborted) return Promise.reject(abortError(signal));
    const payload = Buffer.from(JSON.stringify(body), 'utf8');
    return new Promise<unknown>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | undefined, value?: unknown): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(value);
      };
      const fail = (error: unknown, http?: HttpFailure): void =>
        finish(toAdapterError(error, { signal, secret: options.secret, http, connectionFailed: http === undefined && !(error instanceof SyntaxError) }));
      const onAbort = (): void => {
        finish(abortError(signal));
        outgoing.destroy();
      };
      const outgoing = send({
        ...targetFor(path),
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': String(payload.length), ...options.headers },
      });
      outgoing.on('error', (error) => fail(error));
      outgoing.on('response', (response) => {
        readBody(response, maxBytes).then(
          (text) => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status > 299) {
              fail(undefined, { status, headers: headerReader(response.headers), message: errorMessage(text, response.statusMessage) });
              return;
            }
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch (error) {
              fail(error);
              return;
            }
            finish(undefined, parsed);
          },
          (error: unknown) => fail(error),
        );
      });
      signal.addEventListener('abort', onAbort, { once: true });
      outgoing.end(payload);
    });
  };
}

/** Host, port, path (the root's path, then `path`, then the root's query) and Basic auth from user info. */
function requestTarget(root: URL, path: string): RequestOptions {
  const hostname = root.hostname.startsWith('[') ? root.hostname.slice(1, -1) : root.hostname;
  const auth = root.username === '' && root.password === '' ? undefined : `${decodeURIComponent(root.username)}:${decodeURIComponent(root.password)}`;
  return {
    protocol: root.protocol,
    hostname,
    ...(root.port === '' ? {} : { port: Number(root.port) }),
    path: `${root.pathname.replace(/\/+$/, '')}${path}${root.search}`,
    ...(auth === undefined ? {} : { auth }),
  };
}

/** The whole body as text; rejects when the connection drops before the body is complete. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy(new AdapterError('fatal', `response body larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

/** The `get` the error mapping reads Retry-After through, over Node's header object. */
function headerReader(headers: IncomingHttpHeaders): HttpFailure['headers'] {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** The server's own words: `error.message` (OpenAI, Anthropic, vLLM), `message`, or the start of the body. */
function errorMessage(text: string, statusMessage: string | undefined): string {
  try {
    const body: unknown = JSON.parse(text);
    const message = stringField(field(body, 'error'), 'message') ?? stringField(body, 'error') ?? stringField(body, 'message') ?? stringField(body, 'detail');
    if (message !== undefined && message !== '') return message;
  } catch {
    // Not JSON: a proxy's page or plain text.
  }
  const trimmed = text.trim();
  if (trimmed === '') return statusMessage ?? 'no message';
  return trimmed.length > ERROR_TEXT_CHARS ? `${trimmed.slice(0, ERROR_TEXT_CHARS)}…` : trimmed;
}
