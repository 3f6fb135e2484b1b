import type { ServerResponse } from 'node:http';
import { anthropicMessage } from './anthropic-wire.js';
import { sendEventStream, sendJson } from './http.js';
import { chatCompletion, chatCompletionStream } from './openai-wire.js';
import type { Api, ChatRequest, ReplyInput } from './wire-request.js';

/** Sends the scripted reply in the request's API shape; returns the status sent. */
export function sendReply(response: ServerResponse, api: Api, chat: ChatRequest, reply: ReplyInput): number {
  if (api === 'anthropic') sendJson(response, 200, anthropicMessage(reply));
  else if (chat.stream) sendEventStream(response, chatCompletionStream(reply, chat.streamUsage));
  else sendJson(response, 200, chatCompletion(reply));
  return 200;
}

/** The reply's body as it would go out, or a stream's first frame: what a 'truncated' fault cuts in half. */
export function replyBody(api: Api, chat: ChatRequest, reply: ReplyInput): string {
  if (api === 'anthropic') return JSON.stringify(anthropicMessage(reply));
  if (chat.stream) return chatCompletionStream(reply, chat.streamUsage)[0] ?? '';
  return JSON.stringify(chatCompletion(reply));
}
