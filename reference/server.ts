import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PingceError } from '../common/errors.js';
import { createAccounting } from './accounting.js';
import { buildAnswerKey } from './answer-key.js';
import { faultOptionProblems, resolveFaults } from './fault-options.js';
import { createFaultPlan } from './fault-plan.js';
import { sendFault } from './fault-reply.js';
import { readBody, sendError, sendJson } from './http.js';
import { validateFaultOptions, validateReferenceOptions } from './options.js';
import { replyBody, sendReply } from './reply.js';
import { createRequestLog, type OpenLogEntry } from './request-log.js';
import { createScriptedModel } from './scripted-model.js';
import type { FaultOptions, ReferenceOptions, ReferenceServer, ReferenceStats } from './types.js';
import { DEFAULT_MODEL_NAME, parseChatRequest, type Api, type ReplyInput } from './wire-request.js';

/**
 * Starts the reference endpoint. Reads every suite's samples first (the answer
 * key), then listens; per request it only parses the body and hashes the last
 * user message, so it can serve thousands of requests a second.
 */
export async function startReferenceServer(options: ReferenceOptions): Promise<ReferenceServer> {
  validateReferenceOptions(options);
  const model = createScriptedModel(await buildAnswerKey(options.suites), options);
  const faults = createFaultPlan(options.seed, options.faults === undefined ? undefined : resolveFaults(options.faults));
  const accounting = createAccounting();
  const log = createRequestLog();
  const startedMs = performance.now();
  const startedAt = Math.floor(Date.now() / 1000);
  const pending = new Set<NodeJS.Timeout>();
  let replies = 0;

  /** A timer that close() clears, so pending replies and hangs never hold the process open. */
  function later(ms: number, fn: () => void): () => void {
    const timer = setTimeout(() => {
      pending.delete(timer);
      fn();
    }, ms);
    pending.add(timer);
    return () => {
      clearTimeout(timer);
      pending.delete(timer);
    };
  }

  /**
   * The one place a chat reply, or the fault that replaces it, leaves the
   * server, the configured latency after the request arrived (reading and
   * answering it count towards the latency, as they would for a model).
   * Records the status it sent.
   */
  function deliver(response: ServerResponse, entry: OpenLogEntry, arrivedMs: number, send: () => number): void {
    const run = (): void => {
      if (!response.destroyed) entry.status = send();
    };
    const wait = options.latencyMs - (performance.now() - arrivedMs);
    if (options.latencyMs <= 0 || wait <= 0) run();
    else later(wait, run);
  }

  /** A chat request refused before it reached the model: logged, with its status. */
  function refuse(response: ServerResponse, status: number, message: string): void {
    log.add({ at: performance.now() - startedMs, suiteId: undefined, sampleId: undefined, fault: undefined, status });
    sendError(response, status, message);
  }

  async function answerChat(api: Api, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const arrivedMs = performance.now();
    accounting.arrived(response);
    const raw = await readBody(request);
    if (raw === undefined) return refuse(response, 413, 'request body too large');
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      return refuse(response, 400, `invalid JSON body: ${(error as Error).message}`);
    }
    const chat = parseChatRequest(body);
    if ('problem' in chat) return refuse(response, 400, chat.problem);
    if (api === 'anthropic' && chat.stream) return refuse(response, 400, 'the reference endpoint does not stream on /v1/messages');
    // The model counts every request in the ledger first, so a faulted one is still a request for its sample.
    const answer = model.answer(chat.lastUserContent);
    const fault = faults.next(answer.key);
    if (fault !== undefined) {
      accounting.faulted(fault);
      model.faulted(answer.key);
    }
    const entry: OpenLogEntry = { at: performance.now() - startedMs, suiteId: answer.suiteId, sampleId: answer.sampleId, fault, status: 0 };
    log.add(entry);
    replies += 1;
    const created = Math.floor(Date.now() / 1000);
    const reply: ReplyInput = { id: api === 'openai' ? `chatcmpl-pingce-${replies}` : `msg_pingce_${replies}`, model: chat.model, text: answer.text, promptChars: chat.promptChars, created };
    const settings = faults.current();
    if (fault === undefined || settings === undefined) return deliver(response, entry, arrivedMs, () => sendReply(response, api, chat, reply));
    const context = { api, stream: chat.stream, retryAfterMs: settings.retryAfterMs, hangMs: settings.hangMs, body: () => replyBody(api, chat, reply), later };
    deliver(response, entry, arrivedMs, () => sendFault(fault, response, context));
  }

  async function changeFaults(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    let body: unknown;
    try {
      body = JSON.parse(raw?.toString('utf8') ?? '');
    } catch (error) {
      return sendError(response, 400, `invalid JSON body: ${(error as Error).message}`);
    }
    // null switches faults off: JSON has no undefined.
    const problems = body === null ? [] : faultOptionProblems(body);
    if (problems.length > 0) return sendError(response, 400, `invalid fault options: ${problems.join('; ')}`);
    setFaults(body === null ? undefined : (body as FaultOptions));
    sendJson(response, 200, { faults: faults.current() ?? null });
  }

  function setFaults(next: FaultOptions | undefined): void {
    if (next !== undefined) validateFaultOptions(next);
    faults.set(next === undefined ? undefined : resolveFaults(next));
  }

  function reset(): void {
    model.reset();
    accounting.reset();
    log.clear();
    faults.reset();
  }

  function route(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const failed = (error: unknown): void => {
      // A client that hangs up mid-body lands here too; only answer if it can still hear.
      if (!response.headersSent && !response.destroyed) sendError(response, 500, `reference endpoint failure: ${(error as Error).message}`, 'server_error');
    };
    if (request.method === 'POST') {
      if (path === '/v1/chat/completions' || path === '/v1/messages') return void answerChat(path === '/v1/messages' ? 'anthropic' : 'openai', request, response).catch(failed);
      if (path === '/_pingce/faults') return void changeFaults(request, response).catch(failed);
      if (path === '/_pingce/reset') {
        // Drain the body (if any) so the connection stays usable for keep-alive.
        request.resume();
        reset();
        return sendJson(response, 200, { status: 'ok' });
      }
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (path === '/health') return sendJson(response, 200, { status: 'ok' });
      if (path === '/v1/models') return sendJson(response, 200, modelList(startedAt));
      if (path === '/_pingce/ledger') return sendJson(response, 200, model.ledger());
      if (path === '/_pingce/stats') return sendJson(response, 200, stats());
      if (path === '/_pingce/requests') return sendJson(response, 200, log.entries());
      if (path === '/_pingce/faults') return sendJson(response, 200, { faults: faults.current() ?? null });
    }
    sendError(response, 404, `no route ${request.method ?? ''} ${path}`, 'not_found_error');
  }

  const stats = (): ReferenceStats => accounting.stats(model.unknownPrompts());

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
    requests: () => log.entries(),
    reset,
    setFaults,
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
