import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Far above any real prompt; stops a runaway client from filling memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export const JSON_TYPE = 'application/json; charset=utf-8';
export const EVENT_STREAM_HEADERS: Readonly<OutgoingHttpHeaders> = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' };

/** The whole request body, or undefined when it is larger than MAX_BODY_BYTES. */
export function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks, size)));
    request.once('error', reject);
  });
}

export function sendJson(response: ServerResponse, status: number, value: unknown, headers?: OutgoingHttpHeaders): void {
  const text = JSON.stringify(value);
  response.writeHead(status, { ...headers, 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/**
 * One error shape that both SDKs read: OpenAI's `error.message/type/param/code`
 * plus Anthropic's top-level `type: "error"`.
 */
export function sendError(response: ServerResponse, status: number, message: string, type = 'invalid_request_error', code: string | null = null, headers?: OutgoingHttpHeaders): void {
  sendJson(response, status, { type: 'error', error: { message, type, param: null, code } }, headers);
}

/** A server-sent-events response, written frame by frame. */
export function sendEventStream(response: ServerResponse, frames: readonly string[]): void {
  response.writeHead(200, EVENT_STREAM_HEADERS);
  for (const frame of frames) response.write(frame);
  response.end();
}
