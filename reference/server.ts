import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PingceError } from '../common/errors.js';
import { anthropicMessage } from './anthropic-wire.js';
import { buildAnswerKey } from './answer-key.js';
import { readBody, sendError, sendEventStream, sendJson } from './http.js';
import { chatCompletion, chatCompletionStream } from './openai-wire.js';
import { validateReferenceOptions } from './options.js';
import { createScriptedModel } from './scripted-model.js';
import type { ReferenceOptions, ReferenceServer, ReferenceStats } from './types.js';
import { DEFAULT_MODEL_NAME, parseChatRequest, type ReplyInput } from './wire-request.js';

type Api = 'openai' | 'anthropic';

/**
 * Starts the reference endpoint. Reads every suite's samples first (the answer
 * key), then listens; per request it only parses the body and hashes the last
 * user message, so it can serve thousands of requests a second.
 */
export async function startReferenceServer(options: ReferenceOptions): Promise<ReferenceServer> {
  validateReferenceOptions(options);
  const model = createScriptedModel(await buildAnswerKey(options.suites), options);
  const startedAt = Math.floor(Date.now() / 1000);
  const pending = new Set<NodeJS.Timeout>();
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let replies = 0;

  /**
   * The one place a reply leaves the server, after the configured latency.
   * Fault switches (429s, 500s, hangs, resets, malformed bodies) belong here.
   */
  function deliver(response: ServerResponse, send: () => void): void {
    if (options.latencyMs <= 0) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!response.destroyed) send();
    }, options.latencyMs);
    pending.add(timer);
  }

  async function answerChat(api: Api, request: IncomingMessage, response: ServerResponse): Promise<void> {
    requests += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.once('close', () => {
      inFlight -= 1;
    });
    const raw = await readBody(request);
    if (raw === undefined) return sendError(response, 413, 'request body too large');
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      return sendError(response, 400, `invalid JSON body: ${(error as Error).message}`);
    }
    const chat = parseChatRequest(body);
    if ('problem' in chat) return sendError(response, 400, chat.problem);
    if (api === 'anthropic' && chat.stream) return sendError(response, 400, 'the reference endpoint does not stream on /v1/messages');
    const { text } = model.answer(chat.lastUserContent);
    replies += 1;
    const created = Math.floor(Date.now() / 1000);
    const reply: ReplyInput = { id: api === 'openai' ? `chatcmpl-pingce-${replies}` : `msg_pingce_${replies}`, model: chat.model, text, promptChars: chat.promptChars, created };
    deliver(response, () => {
      if (api === 'anthropic') sendJson(response, 200, anthropicMessage(reply));
      else if (chat.stream) sendEventStream(response, chatCompletionStream(reply, chat.streamUsage));
      else sendJson(response, 200, chatCompletion(reply));
    });
  }

  function route(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'POST' && (path === '/v1/chat/completions' || path === '/v1/messages')) {
      answerChat(path === '/v1/messages' ? 'anthropic' : 'openai', request, response).catch((error: unknown) => {
        // A client that hangs up mid-body lands here too; only answer if it can still hear.
        if (!response.headersSent && !response.destroyed) sendError(response, 500, `reference endpoint failure: ${(error as Error).message}`, 'server_error');
      });
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (path === '/health') return sendJson(response, 200, { status: 'ok' });
      if (path === '/v1/models') return sendJson(response, 200, modelList(startedAt));
      if (path === '/_pingce/ledger') return sendJson(response, 200, model.ledger());
      if (path === '/_pingce/stats') return sendJson(response, 200, stats());
    }
    sendError(response, 404, `no route ${request.method ?? ''} ${path}`, 'not_found_error');
  }

  const stats = (): ReferenceStats => ({ requests, inFlight, maxInFlight, unknownPrompts: model.unknownPrompts() });

  const server = createServer(route);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new PingceError('REFERENCE_LISTEN_FAILED', `reference endpoint cannot listen on ${options.host}:${options.port}: ${error.message}`, { cause: error })));
    server.listen({ host: options.host, port: options.port }, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    ledger: () => model.ledger(),
    stats,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold close() open for seconds.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Both SDKs' model-list shapes at once; the endpoint answers to any model name. */
function modelList(created: number): object {
  const model = { id: DEFAULT_MODEL_NAME, object: 'model', created, owned_by: 'pingce', type: 'model', display_name: 'pingce reference endpoint', created_at: new Date(created * 1000).toISOString() };
  return { object: 'list', data: [model], has_more: false, first_id: DEFAULT_MODEL_NAME, last_id: DEFAULT_MODEL_NAME };
}
