import { BroadcastChannel } from 'node:worker_threads';
import type { WorkerSetup } from './types.js';

/**
 * How a worker thread gets its suites and models. Either they travel with the
 * thread's `workerData`, or, when the pool starts before the suites are loaded
 * (so the threads boot meanwhile), the thread asks for them on a broadcast
 * channel and the pool answers as soon as it has them. Asking (rather than only
 * listening) covers a thread that subscribes after the pool has announced them.
 */
export type WorkerData = { readonly setup: WorkerSetup } | { readonly setupChannel: string };

const ASK = 'setup?';

interface SetupMessage {
  readonly setup: WorkerSetup;
}

function isSetupMessage(data: unknown): data is SetupMessage {
  return data !== null && typeof data === 'object' && 'setup' in data;
}

/** Pool side: answers every thread's request once `setup` resolves. Returns the clean-up. */
export function announceSetup(channelName: string, setup: Promise<WorkerSetup>): () => void {
  const channel = new BroadcastChannel(channelName);
  // The channel must not keep the process alive on its own.
  channel.unref();
  let known: WorkerSetup | undefined;
  channel.onmessage = (event) => {
    if ((event as MessageEvent).data === ASK && known) channel.postMessage({ setup: known } satisfies SetupMessage);
  };
  setup.then(
    (value) => {
      known = value;
      channel.postMessage({ setup: value } satisfies SetupMessage);
    },
    // A setup that never comes (the run failed before its suites loaded) ends with the pool.
    () => undefined,
  );
  return () => channel.close();
}

/** Worker side: the setup, from workerData or from the pool's announcement. */
export function receiveSetup(data: WorkerData): Promise<WorkerSetup> {
  if ('setup' in data) return Promise.resolve(data.setup);
  const channel = new BroadcastChannel(data.setupChannel);
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      const message: unknown = (event as MessageEvent).data;
      if (!isSetupMessage(message)) return;
      channel.close();
      resolve(message.setup);
    };
    channel.postMessage(ASK);
  });
}
