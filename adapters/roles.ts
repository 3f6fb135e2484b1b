import type { ChatMessage, SystemRole } from './types.js';

/**
 * How system messages reach an endpoint (`models[].systemRole`). Some servers
 * reject the `system` role (or chat templates that have none fold it away), so:
 *
 * - `system` (default): sent as they are;
 * - `user`: each becomes a user message in place;
 * - `merge`: each is prepended (with a blank line) to the next user message, so
 *   the conversation still alternates user/assistant; one with no user message
 *   after it becomes a user message of its own.
 *
 * Pure: the same messages give the same result, so the mapping is part of what
 * a cached response was asked with (runners/cache-key.ts hashes the mode).
 */
export function mapSystemRole(messages: readonly ChatMessage[], mode: SystemRole = 'system'): readonly ChatMessage[] {
  if (mode === 'system' || !messages.some((message) => message.role === 'system')) return messages;
  if (mode === 'user') return messages.map((message) => (message.role === 'system' ? { role: 'user', content: message.content } : message));
  const mapped: ChatMessage[] = [];
  let pending: string[] = [];
  for (const message of messages) {
    if (message.role === 'system') {
      pending.push(message.content);
    } else if (message.role === 'user' && pending.length > 0) {
      mapped.push({ role: 'user', content: [...pending, message.content].join('\n\n') });
      pending = [];
    } else {
      mapped.push(message);
    }
  }
  if (pending.length > 0) mapped.push({ role: 'user', content: pending.join('\n\n') });
  return mapped;
}
