import { estimateTokens, type ReplyInput } from './wire-request.js';

/** One reply in the Anthropic Messages shape. */
export function anthropicMessage(reply: ReplyInput): object {
  return {
    id: reply.id,
    type: 'message',
    role: 'assistant',
    model: reply.model,
    content: [{ type: 'text', text: reply.text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: estimateTokens(reply.promptChars), output_tokens: estimateTokens(reply.text.length) },
  };
}
