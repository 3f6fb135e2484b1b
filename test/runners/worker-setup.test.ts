import { describe, expect, it } from 'vitest';
import type { WorkerSetup } from '../../runners/types.js';
import { announceSetup, receiveSetup } from '../../runners/worker-setup.js';

const SETUP: WorkerSetup = { suites: [], models: [{ id: 'm', adapter: { kind: 'mock', model: 'm' }, params: {}, concurrency: 1 }] };

describe('worker setup over a broadcast channel', () => {
  it('takes the setup straight from workerData when it is there', async () => {
    await expect(receiveSetup({ setup: SETUP })).resolves.toEqual(SETUP);
  });

  it('reaches a thread that asked before the setup was known, and one that asked after', async () => {
    let provide: (setup: WorkerSetup) => void = () => undefined;
    const later = new Promise<WorkerSetup>((resolve) => {
      provide = resolve;
    });
    const name = `test-setup-${Math.random()}`;
    const end = announceSetup(name, later);
    try {
      const early = receiveSetup({ setupChannel: name });
      let earlySettled = false;
      void early.then(() => {
        earlySettled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(earlySettled).toBe(false);
      provide(SETUP);
      await expect(early).resolves.toEqual(SETUP);
      // Subscribes after the announcement: it must ask, and be answered.
      await expect(receiveSetup({ setupChannel: name })).resolves.toEqual(SETUP);
    } finally {
      end();
    }
  });

  it('announces nothing for a setup that failed, and raises nothing (vitest fails on an unhandled rejection)', async () => {
    const name = `test-setup-${Math.random()}`;
    const end = announceSetup(name, Promise.reject(new Error('suites failed to load')));
    try {
      const outcome = await Promise.race([receiveSetup({ setupChannel: name }).then(() => 'setup'), new Promise((resolve) => setTimeout(() => resolve('nothing'), 50))]);
      expect(outcome).toBe('nothing');
    } finally {
      end();
    }
  });
});
