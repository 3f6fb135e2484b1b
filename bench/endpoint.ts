import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReferenceStats } from '../reference/types.js';
import type { ServeCommand, ServeMessage } from './serve.js';

export interface BenchEndpoint {
  /** e.g. `http://127.0.0.1:41234` (no /v1). */
  readonly url: string;
  /** How long the endpoint took to load the suite and build its answer key. */
  readonly loadMs: number;
  /** Clears the endpoint's counters and request log before a measured run. */
  reset(): Promise<void>;
  report(): Promise<{ stats: ReferenceStats; firstRequestWallMs: number | undefined }>;
  close(): Promise<void>;
}

/** Forks `bench/serve.js` (the reference endpoint in its own process) and waits until it listens. */
export async function startEndpoint(suiteDir: string, latencyMs: number): Promise<BenchEndpoint> {
  const script = join(fileURLToPath(import.meta.url), '..', 'serve.js');
  // A large heap: a million-item answer key lives in this process, not in the measured one.
  const child = fork(script, ['--suite', suiteDir, '--latency', String(latencyMs)], { execArgv: ['--max-old-space-size=8192'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await nextMessage(child, 'ready');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    url: ready.url,
    loadMs: ready.loadMs,
    async reset() {
      send(child, { type: 'reset' });
      await nextMessage(child, 'reset-done');
    },
    async report() {
      send(child, { type: 'report' });
      const { stats, firstRequestWallMs } = await nextMessage(child, 'report');
      return { stats, firstRequestWallMs };
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      send(child, { type: 'close' });
      await gone;
    },
  };
}

function send(child: ChildProcess, command: ServeCommand): void {
  child.send(command);
}

/** The next IPC message of one type; the endpoint answers commands in order, one at a time. */
function nextMessage<T extends ServeMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ServeMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServeMessage): void => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<ServeMessage, { type: T }>);
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`the reference endpoint exited (code ${code}) before sending "${type}"`));
    };
    const cleanup = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
