import { startReferenceServer } from '../reference/server.js';
import type { ReferenceStats } from '../reference/types.js';
import { resolveSuites } from '../suites/resolve.js';
import { numberFlag, stringFlag, wallNow } from './util.js';

/**
 * The reference endpoint in its own process, driven over IPC by the benchmark
 * (`bench/endpoint.ts`), so serving requests never competes with the measured
 * client's event loop. Usage: fork with `--suite DIR [--latency MS]`.
 */

export type ServeCommand = { readonly type: 'reset' } | { readonly type: 'report' } | { readonly type: 'close' };

export type ServeMessage =
  | { readonly type: 'ready'; readonly url: string; readonly loadMs: number }
  | { readonly type: 'reset-done' }
  | {
      readonly type: 'report';
      readonly stats: ReferenceStats;
      /** Wall-clock ms (performance.timeOrigin-based) of the first chat request since the last reset. */
      readonly firstRequestWallMs: number | undefined;
    };

async function main(): Promise<void> {
  const suiteDir = stringFlag('--suite');
  if (suiteDir === undefined || process.send === undefined) throw new Error('fork bench/serve.js with --suite DIR and an IPC channel');
  const send = (message: ServeMessage): void => void process.send?.(message);
  const loadStarted = performance.now();
  const suites = await resolveSuites([suiteDir], process.cwd());
  const server = await startReferenceServer({
    host: '127.0.0.1',
    port: 0,
    seed: 42,
    accuracy: { default: 0.8 },
    noAnswerRate: 0.05,
    latencyMs: numberFlag('--latency', 0),
    suites,
  });
  // The server's request-log times count from just before it listened; taking the
  // clock after it listens makes first-request times late by the listen, never early.
  const startedWallMs = wallNow();
  send({ type: 'ready', url: server.url, loadMs: performance.now() - loadStarted });

  process.on('message', (command: ServeCommand) => {
    if (command.type === 'reset') {
      server.reset();
      send({ type: 'reset-done' });
    } else if (command.type === 'report') {
      const first = server.requests()[0];
      send({ type: 'report', stats: server.stats(), firstRequestWallMs: first === undefined ? undefined : startedWallMs + first.at });
    } else {
      void server.close().then(() => process.exit(0));
    }
  });
  // If the benchmark dies, do not outlive it.
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

await main();
