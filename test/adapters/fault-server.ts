import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A throwaway 127.0.0.1 server that misbehaves on request. The scenario is the
 * first path segments, so an adapter is pointed at a scenario by its base URL:
 * `${url}/status/429/retry-after/2` + `/v1/chat/completions`.
 *
 *   /ok              200 with a valid reply in the API's shape (with reasoning)
 *   /status/N        HTTP N with an error body; `/retry-after/S` adds that header
 *   /echo-auth       401 whose message repeats the credentials received
 *   /hang            never answers
 *   /reset           destroys the socket before answering
 *   /truncate        sends 200 headers and half a body, then destroys the socket
 *   /malformed-json  200, application/json, not JSON
 *   /empty           200, `{}`
 */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface FaultServer {
  readonly url: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export const OK_TEXT = 'fault-server says ok';
export const OK_REASONING = 'step by step';

export async function startFaultServer(): Promise<FaultServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // keep the raw text
      }
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, headers: request.headers, body });
      respond(path, request.headers, response);
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function respond(path: string, headers: IncomingHttpHeaders, response: ServerResponse): void {
  const segments = path.split('/').filter(Boolean);
  const scenario = segments[0];
  if (scenario === 'hang') return;
  if (scenario === 'reset') {
    response.socket?.destroy();
    return;
  }
  if (scenario === 'truncate') {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    response.write('{"choices": [{"index": 0, "mess');
    setTimeout(() => response.socket?.destroy(), 20);
    return;
  }
  if (scenario === 'malformed-json') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"choices": [ this is not json');
    return;
  }
  if (scenario === 'empty') return json(response, 200, {});
  if (scenario === 'echo-auth') {
    const credentials = `${String(headers.authorization)} ${String(headers['x-api-key'])}`;
    return json(response, 401, { type: 'error', error: { type: 'authentication_error', message: `invalid credentials: ${credentials}` } });
  }
  if (scenario === 'status') {
    const status = Number(segments[1]);
    const extra: Record<string, string> = segments[2] === 'retry-after' ? { 'retry-after': segments[3] ?? '' } : {};
    return json(response, status, { type: 'error', error: { type: 'api_error', message: `scripted status ${status}` } }, extra);
  }
  if (scenario === 'ok' && path.endsWith('/messages')) {
    return json(response, 200, {
      id: 'msg_fault',
      type: 'message',
      role: 'assistant',
      model: 'm',
      content: [
        { type: 'thinking', thinking: OK_REASONING, signature: 'x' },
        { type: 'text', text: OK_TEXT },
      ],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 11, output_tokens: 5 },
    });
  }
  if (scenario === 'ok') {
    return json(response, 200, {
      id: 'chatcmpl-fault',
      object: 'chat.completion',
      created: 0,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content: OK_TEXT, reasoning_content: OK_REASONING }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 11, completion_tokens: 5, total_tokens: 16 },
    });
  }
  json(response, 404, { error: { message: `fault server: unknown scenario ${path}` } });
}

function json(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
