import type { ServerResponse } from 'node:http';
import { EVENT_STREAM_HEADERS, JSON_TYPE, sendError } from './http.js';
import type { FaultKind } from './types.js';
import type { Api } from './wire-request.js';

/** What a fault needs to know about the request it replaces the reply of. */
export interface FaultContext {
  readonly api: Api;
  readonly stream: boolean;
  readonly retryAfterMs: number;
  readonly hangMs: number;
  /** The normal reply's body (JSON text, or a stream's first frame), built only for 'truncated'. */
  readonly body: () => string;
  /** Runs `fn` after `ms` unless the returned cancel is called; the server clears these on close(). */
  readonly later: (ms: number, fn: () => void) => () => void;
}

/** Starts of a reply that never end: a client's JSON parser must refuse them. */
const MALFORMED_BODY: Readonly<Record<Api, string>> = { openai: '{"choices": [', anthropic: '{"content": [' };

/**
 * Answers a chat request with a fault instead of its reply, the way a real
 * server or the network in between fails. Streams fail the same way, before
 * their first complete chunk. Returns the HTTP status sent, 0 when none was.
 */
export function sendFault(kind: FaultKind, response: ServerResponse, context: FaultContext): number {
  switch (kind) {
    case 'rate_limit': {
      // OpenAI's SDK reads retry-after-ms first; Anthropic's and most others only know retry-after, in whole seconds.
      const headers = { 'retry-after-ms': String(context.retryAfterMs), 'retry-after': String(Math.ceil(context.retryAfterMs / 1000)) };
      sendError(response, 429, 'rate limit reached (reference endpoint fault switch)', 'rate_limit_error', 'rate_limit_exceeded', headers);
      return 429;
    }
    case 'server_error':
      sendError(response, 500, 'internal server error (reference endpoint fault switch)', context.api === 'anthropic' ? 'api_error' : 'server_error');
      return 500;
    case 'hang': {
      const cancel = context.later(context.hangMs, () => response.destroy());
      // A client that gives up first closes the response; its timer has nothing left to do.
      response.once('close', cancel);
      return 0;
    }
    case 'reset':
      response.destroy();
      return 0;
    case 'truncated': {
      const body = Buffer.from(context.body(), 'utf8');
      // A full content-length for the JSON body, so the client knows it was cut short; a stream just stops mid-frame.
      response.writeHead(200, context.stream ? EVENT_STREAM_HEADERS : { 'content-type': JSON_TYPE, 'content-length': body.length });
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.destroy());
      return 200;
    }
    case 'malformed': {
      const body = context.stream ? `data: ${MALFORMED_BODY.openai}\n\n` : MALFORMED_BODY[context.api];
      response.writeHead(200, context.stream ? EVENT_STREAM_HEADERS : { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body) });
      response.end(body);
      return 200;
    }
  }
}
