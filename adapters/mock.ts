import { delay } from './abort.js';
import { AdapterError } from './errors.js';
import { mapSystemRole } from './roles.js';
import type { AdapterErrorKind, AdapterSpec, ChatMessage, Completion, CompletionRequest, MockScript, ModelAdapter } from './types.js';

/** Statuses a real server would have sent for each kind, so the runner's handling is exercised as for HTTP. */
const STATUS_FOR_KIND: Readonly<Record<AdapterErrorKind, number>> = { rate_limit: 429, transient: 503, fatal: 400 };

/** A deterministic scripted model for tests and dry runs. Never touches the network. */
export function createMockAdapter(spec: AdapterSpec): ModelAdapter {
  const script: MockScript = spec.mock ?? {};
  const latencyMs = script.latencyMs ?? 0;

  async function complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const started = performance.now();
    await delay(latencyMs, signal);
    if (script.fail !== undefined) {
      throw new AdapterError(script.fail, `mock adapter: scripted ${script.fail} failure`, { status: STATUS_FOR_KIND[script.fail] });
    }
    // Mapped like the SDK adapters, so a script sees what a real endpoint would.
    const messages = mapSystemRole(request.messages, spec.systemRole);
    const prompt = lastUserMessage(messages);
    const text = script.rules?.find((rule) => prompt.includes(rule.contains))?.reply ?? script.fallback ?? prompt;
    return {
      text,
      usage: { inputTokens: estimateTokens(messages.map((message) => message.content).join('')), outputTokens: estimateTokens(text) },
      latencyMs: performance.now() - started,
      finishReason: 'stop',
    };
  }

  return { id: `mock:${spec.model}`, complete };
}

function lastUserMessage(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'user') return message.content;
  }
  return '';
}

/** Roughly two characters a token: between CJK (about one) and English (about four). */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 2);
}
