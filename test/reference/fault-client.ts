/**
 * A bare HTTP client for the fault tests: it reports what the wire did, with no
 * SDK in between to retry, wrap or hide it. Deliberately independent of the
 * server's code, so the tests check the server against a client's eye view.
 */

/** What one request came to, as a client can tell. `ok` is a 200 whose body parses. */
export type Seen = 'ok' | 'rate_limit' | 'server_error' | 'hang' | 'reset' | 'truncated' | 'malformed' | 'other';

export interface Observation {
  readonly seen: Seen;
  readonly status: number;
  readonly headers?: Headers;
  readonly body?: string;
  readonly error?: unknown;
}

export function chatBody(content: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'm', messages: [{ role: 'user', content }], ...extra });
}

/** POSTs `body` and classifies the outcome. `timeoutMs` bounds a hang (the client gives up, as a runner would). */
export async function observe(url: string, body: string, timeoutMs = 15_000): Promise<Observation> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { seen: isTimeout(error) ? 'hang' : 'reset', status: 0, error };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { seen: isTimeout(error) ? 'hang' : 'truncated', status: response.status, headers: response.headers, error };
  }
  const observation = { status: response.status, headers: response.headers, body: text };
  if (response.status === 429) return { ...observation, seen: 'rate_limit' };
  if (response.status === 500) return { ...observation, seen: 'server_error' };
  if (response.status !== 200) return { ...observation, seen: 'other' };
  return { ...observation, seen: parses(text, response.headers.get('content-type') ?? '') ? 'ok' : 'malformed' };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** JSON bodies must parse whole; an event stream's every data frame must, and it must end with [DONE]. */
function parses(text: string, contentType: string): boolean {
  try {
    if (!contentType.includes('text/event-stream')) {
      JSON.parse(text);
      return true;
    }
    const frames = text.split('\n\n').filter(Boolean);
    if (frames.at(-1) !== 'data: [DONE]') return false;
    for (const frame of frames.slice(0, -1)) JSON.parse(frame.slice('data: '.length));
    return true;
  } catch {
    return false;
  }
}

/** Runs `tasks` with at most `limit` at once, results in task order. */
export async function pooled<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
