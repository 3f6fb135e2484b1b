import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { runWithSlots } from '../../runners/run.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Numbers 0..n-1, counting how many were pulled. */
function counted(n: number) {
  const state = { pulled: 0 };
  async function* items() {
    for (let i = 0; i < n; i += 1) {
      state.pulled += 1;
      yield i;
    }
  }
  return { items: items(), state };
}

describe('runWithSlots', () => {
  it('handles every item with never more than `concurrency` at once, pulling only as slots free', async () => {
    const { items, state } = counted(200);
    let active = 0;
    let peak = 0;
    let maxAhead = 0;
    const done: number[] = [];
    await runWithSlots(items, 7, new AbortController().signal, async (item) => {
      active += 1;
      peak = Math.max(peak, active);
      maxAhead = Math.max(maxAhead, state.pulled - done.length);
      // Uneven durations, so slots free out of order.
      for (let i = 0; i < item % 3; i += 1) await tick();
      active -= 1;
      done.push(item);
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(peak).toBe(7);
    expect(maxAhead).toBeLessThanOrEqual(7);
  });

  it('waits for the last items in flight before resolving', async () => {
    const { items } = counted(5);
    const finished: number[] = [];
    await runWithSlots(items, 10, new AbortController().signal, async (item) => {
      await tick();
      await tick();
      finished.push(item);
    });
    expect(finished).toHaveLength(5);
  });

  it('subscribes to the abort signal once per run, not once per item, and unsubscribes at the end', async () => {
    const stop = new AbortController();
    const subscribe = vi.spyOn(stop.signal, 'addEventListener');
    const { items } = counted(5000);
    await runWithSlots(items, 4, stop.signal, async () => {
      await Promise.resolve();
    });
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('on abort while every slot is busy, resolves at once, abandons the handlers and pulls nothing more', async () => {
    const stop = new AbortController();
    const { items, state } = counted(100);
    let started = 0;
    const run = runWithSlots(items, 3, stop.signal, () => {
      started += 1;
      // Never settles: only the abort can end the run.
      return new Promise<void>(() => undefined);
    });
    await tick();
    expect(started).toBe(3);
    stop.abort();
    await run;
    expect(started).toBe(3);
    expect(state.pulled).toBeLessThanOrEqual(4);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('on abort while waiting for the last items, resolves without them', async () => {
    const stop = new AbortController();
    const { items } = counted(2);
    const run = runWithSlots(items, 5, stop.signal, () => new Promise<void>(() => undefined));
    await tick();
    stop.abort();
    await expect(run).resolves.toBeUndefined();
  });

  it('does nothing when the signal is already aborted', async () => {
    const stop = new AbortController();
    stop.abort();
    const handle = vi.fn(async () => undefined);
    await runWithSlots(counted(10).items, 2, stop.signal, handle);
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects with the first handler error and dispatches nothing after it', async () => {
    const { items } = counted(50);
    const started: number[] = [];
    const run = runWithSlots(items, 2, new AbortController().signal, async (item) => {
      started.push(item);
      await tick();
      if (item === 3) throw new Error('store full');
      if (item === 4) throw new Error('second failure');
    });
    await expect(run).rejects.toThrow('store full');
    await tick();
    await tick();
    expect(Math.max(...started)).toBeLessThanOrEqual(5);
  });

  it('rejects when a handler throws synchronously', async () => {
    await expect(
      runWithSlots(counted(3).items, 2, new AbortController().signal, (item) => {
        if (item === 1) throw new Error('sync');
        return Promise.resolve();
      }),
    ).rejects.toThrow('sync');
  });
});
