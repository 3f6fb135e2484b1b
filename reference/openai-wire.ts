import { estimateTokens, type ReplyInput } from './wire-request.js';

/** One reply in OpenAI's Chat Completions shapes. */

export function chatCompletion(reply: ReplyInput): object {
  return {
    id: reply.id,
    object: 'chat.completion',
    created: reply.created,
    model: reply.model,
    choices: [{ index: 0, message: { role: 'assistant', content: reply.text }, logprobs: null, finish_reason: 'stop' }],
    usage: usage(reply),
  };
}

/** Characters per streamed chunk: several chunks per reply, so clients' reassembly is exercised. */
const CHUNK_CHARS = 8;

/** The SSE events of a streamed reply, each a complete `data: …\n\n` frame, ending with `[DONE]`. */
export function chatCompletionStream(reply: ReplyInput, includeUsage: boolean): string[] {
  const base = { id: reply.id, object: 'chat.completion.chunk', created: reply.created, model: reply.model };
  const frame = (value: object): string => `data: ${JSON.stringify(value)}\n\n`;
  const frames = [frame({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] })];
  // Split on code points so no chunk ends inside a surrogate pair.
  const characters = [...reply.text];
  for (let start = 0; start < characters.length; start += CHUNK_CHARS) {
    const content = characters.slice(start, start + CHUNK_CHARS).join('');
    frames.push(frame({ ...base, choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }] }));
  }
  frames.push(frame({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] }));
  if (includeUsage) frames.push(frame({ ...base, choices: [], usage: usage(reply) }));
  frames.push('data: [DONE]\n\n');
  return frames;
}

function usage(reply: ReplyInput): object {
  const promptTokens = estimateTokens(reply.promptChars);
  const completionTokens = estimateTokens(reply.text.length);
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}
