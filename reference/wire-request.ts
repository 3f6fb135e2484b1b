/**
 * What the reference endpoint reads from a chat request. OpenAI and Anthropic
 * bodies share the parts it needs: `model`, and `messages` whose content is a
 * string or a list of text parts. Nothing else is validated: the endpoint is a
 * stand-in model, not an API conformance checker.
 */
export interface ChatRequest {
  readonly model: string;
  readonly lastUserContent: string | undefined;
  /** Characters of every message (and Anthropic's `system`), for the token estimate. */
  readonly promptChars: number;
  readonly stream: boolean;
  /** OpenAI `stream_options.include_usage`: a final chunk carries usage. */
  readonly streamUsage: boolean;
}

/** What either API's reply is built from. */
export interface ReplyInput {
  readonly id: string;
  readonly model: string;
  readonly text: string;
  readonly promptChars: number;
  /** Unix seconds. */
  readonly created: number;
}

export const DEFAULT_MODEL_NAME = 'pingce-reference';

/** Which API shape a chat request came in, and is answered, in. */
export type Api = 'openai' | 'anthropic';

/** The request, or the reason it is not one (sent back as a 400). */
export function parseChatRequest(body: unknown): ChatRequest | { readonly problem: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { problem: 'request body must be a JSON object' };
  const fields = body as Record<string, unknown>;
  const messages = fields['messages'];
  if (!Array.isArray(messages)) return { problem: '"messages" must be an array' };
  let promptChars = textOf(fields['system'])?.length ?? 0;
  let lastUserContent: string | undefined;
  for (const message of messages as unknown[]) {
    if (message === null || typeof message !== 'object') return { problem: 'every message must be an object' };
    const { role, content } = message as Record<string, unknown>;
    const text = textOf(content);
    promptChars += text?.length ?? 0;
    if (role === 'user' && text !== undefined) lastUserContent = text;
  }
  const model = fields['model'];
  const streamOptions = fields['stream_options'];
  return {
    model: typeof model === 'string' && model !== '' ? model : DEFAULT_MODEL_NAME,
    lastUserContent,
    promptChars,
    stream: fields['stream'] === true,
    streamUsage: streamOptions !== null && typeof streamOptions === 'object' && (streamOptions as Record<string, unknown>)['include_usage'] === true,
  };
}

/** A string, or the text parts of a content list joined (both APIs allow either). */
function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts: string[] = [];
  for (const part of content as unknown[]) {
    if (part !== null && typeof part === 'object') {
      const { type, text } = part as Record<string, unknown>;
      if (type === 'text' && typeof text === 'string') parts.push(text);
    }
  }
  return parts.join('');
}

/** A rough token count from characters: between CJK (about one a token) and English (about four). */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 2);
}
