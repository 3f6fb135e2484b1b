import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../runners/limiter.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLimiter', () => {
  it('never lets more than `concurrency` requests through at once, serving waiters in order', async () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 3, adaptive: false });
    let inFlight = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const release = await limiter.acquire(0);
        order.push(index);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await wait(2);
        inFlight -= 1;
        release();
      }),
    );
    expect(peak).toBe(3);
    expect(order).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(limiter.state()).toMatchObject({ inFlight: 0, waiting: 0, limit: 3, ceiling: 3 });
  });

  it('keeps requests per minute within a one-second burst plus the rate', async () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 100, requestsPerMinute: 1200, adaptive: false });
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const release = await limiter.acquire(0);
        times.push(performance.now() - started);
        release();
      }),
    );
    // 20/s with a bucket of 20: the first 20 at once, the next 20 spread over about a second.
    for (const start of times) {
      const inWindow = times.filter((time) => time >= start && time < start + 500).length;
      expect(inWindow).toBeLessThanOrEqual(20 + 10 + 1);
    }
    expect(Math.max(...times)).toBeGreaterThanOrEqual(900);
    expect(limiter.state().throttledMs).toBeGreaterThan(0);
  });

  it('holds a request larger than the token budget until the bucket is full, then settles actual usage', async () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 10, tokensPerMinute: 6000, adaptive: false });
    const first = await limiter.acquire(100);
    first(100);
    const started = performance.now();
    const second = await limiter.acquire(100);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    second();
  });

  it('halves on 429, pauses for Retry-After, and grows back after sustained success', async () => {
    const limiter = createLimiter({ models: ['a', 'b'], concurrency: 8, adaptive: true });
    limiter.onRateLimited(150);
    expect(limiter.state()).toMatchObject({ limit: 4, rateLimited: 1, models: ['a', 'b'] });
    const started = performance.now();
    const release = await limiter.acquire(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    release();
    limiter.onRateLimited();
    limiter.onRateLimited();
    limiter.onRateLimited();
    expect(limiter.state().limit).toBe(1);
    for (let index = 0; index < 1 + 2 + 3; index += 1) limiter.onSuccess();
    expect(limiter.state().limit).toBe(4);
    for (let index = 0; index < 100; index += 1) limiter.onSuccess();
    expect(limiter.state().limit).toBe(8);
  });

  it('does not shrink when adaptive concurrency is off', () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 8, adaptive: false });
    limiter.onRateLimited();
    expect(limiter.state().limit).toBe(8);
  });

  it('drops a waiter whose signal aborts', async () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 1, adaptive: false });
    const hold = await limiter.acquire(0);
    const abort = new AbortController();
    const waiting = limiter.acquire(0, abort.signal);
    expect(limiter.state().waiting).toBe(1);
    abort.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.state().waiting).toBe(0);
    hold();
  });
});

describe('createLimiter listeners', () => {
  it('leaves no abort listener behind for a served request', async () => {
    const limiter = createLimiter({ models: ['m'], concurrency: 2, adaptive: false });
    const abort = new AbortController();
    let listeners = 0;
    const add = abort.signal.addEventListener.bind(abort.signal);
    const remove = abort.signal.removeEventListener.bind(abort.signal);
    abort.signal.addEventListener = ((...args: Parameters<typeof add>) => (listeners++, add(...args))) as typeof add;
    abort.signal.removeEventListener = ((...args: Parameters<typeof remove>) => (listeners--, remove(...args))) as typeof remove;
    for (let index = 0; index < 50; index += 1) (await limiter.acquire(0, abort.signal))();
    expect(listeners).toBe(0);
  });
});

describe('countsTokens', () => {
  it('is true only with a tokens/minute budget', () => {
    expect(createLimiter({ models: ['m'], concurrency: 1, tokensPerMinute: 6000, adaptive: false }).countsTokens).toBe(true);
    expect(createLimiter({ models: ['m'], concurrency: 1, requestsPerMinute: 60, adaptive: false }).countsTokens).toBe(false);
  });
});
