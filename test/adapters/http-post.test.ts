import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdapterError } from '../../adapters/errors.js';
import { createJsonPost } from '../../adapters/http-post.js';
import { createAdapter } from '../../adapters/index.js';

/** What the transport itself promises, beyond the adapter contract (contract.ts). */

interface Seen {
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly socket: number;
}

let server: Server;
let root: string;
const seen: Seen[] = [];
const sockets = new WeakMap<object, number>();
let nextSocket = 0;

function reply(path: string, response: ServerResponse): void {
  if (path.startsWith('/plain-error')) {
    response.writeHead(502, { 'content-type': 'text/html' });
    response.end(`<html>bad gateway ${'x'.repeat(1000)}</html>`);
  } else if (path.startsWith('/detail-error')) {
    response.writeHead(422, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ detail: 'max_tokens too large' }));
  } else if (path.startsWith('/empty-error')) {
    response.writeHead(503);
    response.end();
  } else if (path.startsWith('/retry-ms')) {
    response.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '1500' });
    response.end(JSON.stringify({ error: { message: 'slow down' } }));
  } else if (path.startsWith('/big')) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ text: 'y'.repeat(5000) }));
  } else {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true, 中文: '回答' }));
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let socket = sockets.get(request.socket);
      if (socket === undefined) {
        socket = nextSocket++;
        sockets.set(request.socket, socket);
      }
      seen.push({ url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), socket });
      reply(request.url ?? '', response);
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

const live = (): AbortSignal => new AbortController().signal;

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
}

describe('createJsonPost', () => {
  it('posts UTF-8 JSON to the root plus the path and parses the reply', async () => {
    const post = createJsonPost({ baseUrl: `${root}/v1/`, headers: { 'x-route': 'a' } });
    await expect(post('/chat/completions', { 问题: '你好' }, live())).resolves.toEqual({ ok: true, 中文: '回答' });
    const request = seen[seen.length - 1];
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-route']).toBe('a');
    expect(JSON.parse(request?.body ?? '')).toEqual({ 问题: '你好' });
    expect(Number(request?.headers['content-length'])).toBe(Buffer.byteLength(request?.body ?? ''));
  });

  it('keeps a query string of the base URL after the path (Azure-style api-version)', async () => {
    const post = createJsonPost({ baseUrl: `${root}/openai/deployments/d?api-version=2024-10-21`, headers: {} });
    await post('/chat/completions', {}, live());
    expect(seen[seen.length - 1]?.url).toBe('/openai/deployments/d/chat/completions?api-version=2024-10-21');
  });

  it('reuses one kept-alive connection for requests in sequence', async () => {
    const post = createJsonPost({ baseUrl: root, headers: {} });
    const before = seen.length;
    for (let index = 0; index < 3; index += 1) await post('/ok', {}, live());
    const used = new Set(seen.slice(before).map((request) => request.socket));
    expect(used.size).toBe(1);
  });

  it('puts the start of a non-JSON error body in the message, shortened', async () => {
    const error = await failure(createJsonPost({ baseUrl: root, headers: {} })('/plain-error', {}, live()));
    expect(error.kind).toBe('transient');
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/^HTTP 502: <html>bad gateway x+…$/);
    expect(error.message.length).toBeLessThan(400);
  });

  it('reads FastAPI-style `detail` messages', async () => {
    const error = await failure(createJsonPost({ baseUrl: root, headers: {} })('/detail-error', {}, live()));
    expect(error.kind).toBe('fatal');
    expect(error.message).toBe('HTTP 422: max_tokens too large');
  });

  it('falls back to the status text for an empty error body', async () => {
    const error = await failure(createJsonPost({ baseUrl: root, headers: {} })('/empty-error', {}, live()));
    expect(error.message).toBe('HTTP 503: Service Unavailable');
  });

  it('honours retry-after-ms', async () => {
    const error = await failure(createJsonPost({ baseUrl: root, headers: {} })('/retry-ms', {}, live()));
    expect(error.kind).toBe('rate_limit');
    expect(error.retryAfterMs).toBe(1500);
  });

  it('refuses a reply larger than its cap instead of buffering it', async () => {
    const error = await failure(createJsonPost({ baseUrl: root, headers: {}, maxResponseBytes: 1000 })('/big', {}, live()));
    expect(error.kind).toBe('fatal');
    expect(error.message).toContain('larger than 1000 bytes');
  });

  it('refuses a base URL that is not http or https, or not a URL', () => {
    expect(() => createJsonPost({ baseUrl: 'ftp://127.0.0.1/v1', headers: {} })).toThrow(/unsupported base URL protocol "ftp:"/);
    expect(() => createJsonPost({ baseUrl: '127.0.0.1:8000/v1', headers: {} })).toThrow(/invalid base URL "127.0.0.1:8000\/v1"/);
  });

  it('sends user info in the base URL as Basic auth', async () => {
    const post = createJsonPost({ baseUrl: root.replace('http://', 'http://alice:p%40ss@'), headers: {} });
    await post('/ok', {}, live());
    expect(seen[seen.length - 1]?.headers.authorization).toBe(`Basic ${Buffer.from('alice:p@ss').toString('base64')}`);
  });
});

describe('adapter transports', () => {
  it('sends no Authorization header when no key is configured', async () => {
    const adapter = await createAdapter({ kind: 'openai', model: 'm', baseUrl: `${root}/v1` });
    await adapter.complete({ messages: [{ role: 'user', content: 'hi' }], params: {} }, live()).catch(() => undefined);
    expect(seen[seen.length - 1]?.headers.authorization).toBeUndefined();
  });

  it('uses pingce’s own client by default and the official SDK with transport "sdk"', async () => {
    // The SDKs announce themselves in User-Agent; pingce's own client sends none.
    const userAgent = async (spec: Parameters<typeof createAdapter>[0]): Promise<string | undefined> => {
      const adapter = await createAdapter(spec);
      await adapter.complete({ messages: [{ role: 'user', content: 'hi' }], params: {} }, live()).catch(() => undefined);
      return seen[seen.length - 1]?.headers['user-agent'];
    };
    expect(await userAgent({ kind: 'openai', model: 'm', baseUrl: `${root}/v1` })).toBeUndefined();
    expect(await userAgent({ kind: 'openai', model: 'm', baseUrl: `${root}/v1`, transport: 'http' })).toBeUndefined();
    expect(await userAgent({ kind: 'openai', model: 'm', baseUrl: `${root}/v1`, transport: 'sdk' })).toMatch(/^OpenAI\/JS/);
    expect(await userAgent({ kind: 'anthropic', model: 'm', baseUrl: root })).toBeUndefined();
    expect(await userAgent({ kind: 'anthropic', model: 'm', baseUrl: root, transport: 'sdk' })).toMatch(/^Anthropic\/JS/);
  });
});
