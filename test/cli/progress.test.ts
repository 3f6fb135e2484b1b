import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createProgressReporter,
  createProgressTracker,
  formatEta,
  formatLimiter,
  formatModelLine,
  formatPlainLine,
  redrawBlock,
  renderBar,
  renderFrame,
  type ModelProgress,
} from '../../cli/progress.js';
import { displayWidth } from '../../cli/progress-render.js';
import type { ItemResult, LimiterState, RunEvent } from '../../runners/types.js';

// Any CSI sequence (cursor movement, erase) or a bare carriage return.
const ANSI = /\x1b\[|\r/;

function result(modelId: string, status: 'ok' | 'error' = 'ok', cached = false): ItemResult {
  return {
    key: `s/x/${modelId}/0`,
    suiteId: 's',
    sampleId: 'x',
    modelId,
    repeat: 0,
    promptHash: 'ph',
    status,
    attempts: 1,
    scores: [],
    ...(cached ? { cached: true } : {}),
    ...(status === 'error' ? { error: { kind: 'transient' as const, message: 'HTTP 500' } } : {}),
  };
}

const finished = (modelId: string, status: 'ok' | 'error' = 'ok', cached = false): RunEvent => ({ type: 'item-finished', result: result(modelId, status, cached) });
const retry = (modelId: string): RunEvent => ({ type: 'item-retry', key: 'k', modelId, attempt: 1, delayMs: 10, error: { kind: 'rate_limit', message: '429', status: 429 } });
const started = (totals: Record<string, number>): RunEvent => ({ type: 'run-started', totals });
const runFinished = (status: 'completed' | 'interrupted' = 'completed'): RunEvent => ({ type: 'run-finished', status, counts: { items: 0, errors: 0, retries: 0 } });

function limiterState(models: string[], patch: Partial<LimiterState> = {}): LimiterState {
  return { models, limit: 8, ceiling: 8, inFlight: 0, waiting: 0, rateLimited: 0, throttledMs: 0, ...patch };
}

function model(patch: Partial<ModelProgress> = {}): ModelProgress {
  return { id: 'reference', total: 500, done: 120, errors: 0, retries: 3, cached: 0, rate: 35.2, etaSeconds: 11, limiter: limiterState(['reference']), ...patch };
}

describe('formatEta', () => {
  it('prints m:ss under an hour and h:mm:ss above, rounding up', () => {
    expect(formatEta(0)).toBe('0:00');
    expect(formatEta(11)).toBe('0:11');
    expect(formatEta(0.2)).toBe('0:01');
    expect(formatEta(59.5)).toBe('1:00');
    expect(formatEta(61)).toBe('1:01');
    expect(formatEta(3599)).toBe('59:59');
    expect(formatEta(3600)).toBe('1:00:00');
    expect(formatEta(3725)).toBe('1:02:05');
    expect(formatEta(36_000 * 3)).toBe('30:00:00');
  });

  it('prints -- when unknown', () => {
    expect(formatEta(undefined)).toBe('--');
    expect(formatEta(Number.NaN)).toBe('--');
    expect(formatEta(Number.POSITIVE_INFINITY)).toBe('--');
    expect(formatEta(-1)).toBe('--');
  });
});

describe('renderBar', () => {
  it('fills the share done of `width` cells, rounding down', () => {
    expect(renderBar(0.5, 10)).toBe('[█████░░░░░]');
    expect(renderBar(0, 4)).toBe('[░░░░]');
    expect(renderBar(1, 4)).toBe('[████]');
    expect(renderBar(0.99, 10)).toBe('[█████████░]');
  });

  it('clamps out-of-range fractions and widths', () => {
    expect(renderBar(1.7, 3)).toBe('[███]');
    expect(renderBar(-0.2, 3)).toBe('[░░░]');
    expect(renderBar(Number.NaN, 3)).toBe('[░░░]');
    expect(renderBar(0.5, 0)).toBe('[]');
    expect(renderBar(0.5, -4)).toBe('[]');
  });
});

describe('formatLimiter', () => {
  it('shows c=limit/ceiling, and 429s and waiting only when non-zero', () => {
    expect(formatLimiter(undefined)).toBe('');
    expect(formatLimiter(limiterState(['a']))).toBe('c=8/8');
    expect(formatLimiter(limiterState(['a'], { limit: 3, rateLimited: 5, waiting: 2 }))).toBe('c=3/8 429×5 waiting 2');
    expect(formatLimiter(limiterState(['a'], { waiting: 4 }))).toBe('c=8/8 waiting 4');
  });
});

describe('formatModelLine', () => {
  it('shows every field and sizes the bar to fit the terminal', () => {
    const line = formatModelLine(model({ limiter: limiterState(['reference'], { limit: 4, rateLimited: 2, waiting: 1 }) }), { idWidth: 12, columns: 120 });
    expect(line).toMatch(/^reference {5}\[█+░+\] 120\/500  24%  35\.2\/s  eta 0:11  err 0  retry 3  cached 0  c=4\/8 429×2 waiting 1$/);
    expect(displayWidth(line)).toBe(119);
    const narrower = formatModelLine(model(), { idWidth: 12, columns: 90 });
    expect(displayWidth(narrower)).toBeLessThanOrEqual(89);
    expect(narrower).toContain('[█');
  });

  it('caps the bar on wide terminals, drops it on narrow ones and never wraps', () => {
    const wide = formatModelLine(model(), { idWidth: 9, columns: 300 });
    expect(wide).toContain(`[${'█'.repeat(9)}${'░'.repeat(31)}]`);
    const narrow = formatModelLine(model(), { idWidth: 9, columns: 60 });
    expect(narrow).not.toContain('[');
    expect(displayWidth(narrow)).toBeLessThanOrEqual(59);
    expect(narrow.endsWith('…')).toBe(true);
  });

  it('shows unknown totals, rates and ETAs as such', () => {
    const line = formatModelLine(model({ total: undefined, rate: undefined, etaSeconds: undefined, limiter: undefined }), { idWidth: 9, columns: 100 });
    expect(line).toContain('120/?  --%  --/s  eta --');
    expect(line).not.toContain('c=');
  });

  it('counts wide characters as two cells', () => {
    const line = formatModelLine(model({ id: '通义千问' }), { idWidth: 8, columns: 100 });
    expect(displayWidth(line)).toBe(99);
  });
});

describe('renderFrame', () => {
  it('lines up ids, bars and fields across models', () => {
    const lines = renderFrame(
      [
        model({ id: 'a', total: 8, done: 4, rate: 123.4, etaSeconds: 1, errors: 12 }),
        model({ id: 'longer-id', total: 2000, done: 7, rate: 1, etaSeconds: 3725, limiter: undefined }),
      ],
      100,
    );
    expect(lines[0]).toMatch(/^a {10}\[█+░+\] {7}4\/8  50%  123\.4\/s  eta 0:01 {5}err 12  retry 3  cached 0  c=8\/8$/);
    expect(lines[1]).toMatch(/^longer-id  \[░+\] {4}7\/2000 {3}0% {4}1\.0\/s  eta 1:02:05  err 0 {3}retry 3  cached 0$/);
    expect(lines[0]?.indexOf(']')).toBe(lines[1]?.indexOf(']'));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(99);
  });
});

describe('formatPlainLine', () => {
  it('prints whole words and no bar', () => {
    expect(formatPlainLine(model(), { idWidth: 9, label: 'progress' })).toBe(
      'progress  reference  120/500 (24%)  35.2 items/s  eta 0:11  errors 0  retries 3  cached 0  c=8/8',
    );
  });
});

describe('redrawBlock', () => {
  it('goes back to the top of the previous block and clears each line it writes', () => {
    expect(redrawBlock(0, ['a', 'b'])).toBe('\x1b[2Ka\n\x1b[2Kb');
    expect(redrawBlock(1, ['a'])).toBe('\r\x1b[2Ka');
    expect(redrawBlock(3, ['a', 'b', 'c'])).toBe('\r\x1b[2A\x1b[2Ka\n\x1b[2Kb\n\x1b[2Kc');
  });

  it('blanks leftover lines of a longer previous block and returns to its own last line', () => {
    expect(redrawBlock(3, ['a'])).toBe('\r\x1b[2A\x1b[2Ka\n\x1b[2K\n\x1b[2K\x1b[2A');
  });
});

describe('createProgressTracker', () => {
  it('counts done, errors, retries and cached per model', () => {
    const tracker = createProgressTracker();
    const events: RunEvent[] = [
      started({ alpha: 4, beta: 3 }),
      finished('alpha'),
      retry('beta'),
      retry('beta'),
      finished('beta', 'error'),
      finished('alpha', 'ok', true),
      retry('alpha'),
      finished('alpha', 'error'),
      finished('beta'),
    ];
    events.forEach((event, i) => tracker.apply(event, i * 100));
    const [alpha, beta, ...rest] = tracker.snapshot(1000);
    expect(rest).toHaveLength(0);
    expect(alpha).toMatchObject({ id: 'alpha', total: 4, done: 3, errors: 1, retries: 1, cached: 1 });
    expect(beta).toMatchObject({ id: 'beta', total: 3, done: 2, errors: 1, retries: 2, cached: 0 });
  });

  it('adds models first seen after run-started, with an unknown total', () => {
    const tracker = createProgressTracker();
    tracker.apply(started({ alpha: 1 }), 0);
    tracker.apply(finished('gamma'), 10);
    expect(tracker.snapshot(20).map((m) => [m.id, m.total, m.done])).toEqual([
      ['alpha', 1, 0],
      ['gamma', undefined, 1],
    ]);
  });

  it('finds each model its limiter through state.models', () => {
    const tracker = createProgressTracker();
    tracker.apply(started({ alpha: 1, beta: 1, gamma: 1 }), 0);
    tracker.apply({ type: 'limiter', budget: 'shared', state: limiterState(['alpha', 'beta'], { limit: 4, rateLimited: 2 }) }, 1);
    tracker.apply({ type: 'limiter', budget: 'other', state: limiterState(['zeta']) }, 2);
    // The newest state of a budget replaces the older one.
    tracker.apply({ type: 'limiter', budget: 'shared', state: limiterState(['alpha', 'beta'], { limit: 3, rateLimited: 5 }) }, 3);
    const [alpha, beta, gamma] = tracker.snapshot(10);
    expect(alpha?.limiter).toMatchObject({ limit: 3, rateLimited: 5 });
    expect(beta?.limiter).toBe(alpha?.limiter);
    expect(gamma?.limiter).toBeUndefined();
  });

  it('measures the rate over a recent window, so a stall shows as a falling rate and no ETA', () => {
    const tracker = createProgressTracker(10_000);
    tracker.apply(started({ alpha: 100 }), 0);
    for (let t = 100; t <= 2000; t += 100) tracker.apply(finished('alpha'), t); // 20 items in 2 s
    const early = tracker.snapshot(2000)[0];
    expect(early?.rate).toBeCloseTo(10);
    expect(early?.etaSeconds).toBeCloseTo(8);
    // 15 s later nothing more has finished: the window holds no completions.
    const stalled = tracker.snapshot(17_000)[0];
    expect(stalled?.rate).toBe(0);
    expect(stalled?.etaSeconds).toBeUndefined();
    // Half the window ago: 10 s window, items from 2 s → 20 per 10 s.
    expect(tracker.snapshot(10_000)[0]?.rate).toBeCloseTo(2);
  });

  it('keeps the whole-run average and a zero ETA once a model is finished', () => {
    const tracker = createProgressTracker(1000);
    tracker.apply(started({ alpha: 4 }), 0);
    for (const t of [1000, 2000, 3000, 4000]) tracker.apply(finished('alpha'), t);
    const done = tracker.snapshot(60_000)[0];
    expect(done?.rate).toBeCloseTo(1);
    expect(done?.etaSeconds).toBe(0);
  });

  it('shows a model with nothing to do as complete', () => {
    const tracker = createProgressTracker();
    tracker.apply(started({ alpha: 0 }), 0);
    const line = formatPlainLine(tracker.snapshot(5)[0] ?? model(), { idWidth: 5, label: 'progress' });
    expect(line).toContain('0/0 (100%)');
    expect(line).toContain('eta 0:00');
  });
});

describe('createProgressReporter', () => {
  let clock = 0;
  const now = (): number => clock;
  const advance = (ms: number): void => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('plain mode', () => {
    it('prints no ANSI codes, at most once per interval and only for models that changed', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: false, now });
      listener(started({ alpha: 10, beta: 10 }));
      listener({ type: 'limiter', budget: 'b', state: limiterState(['alpha', 'beta'], { limit: 6, rateLimited: 1 }) });
      advance(1000);
      listener(finished('alpha'));
      listener(finished('beta'));
      advance(5000);
      listener(finished('alpha'));
      expect(out).toEqual([]); // 6 s < the 10 s default
      advance(4000);
      expect(out).toHaveLength(1);
      expect(out[0]).toBe(
        'progress  alpha  2/10 (20%)  0.2 items/s  eta 0:40  errors 0  retries 0  cached 0  c=6/8 429×1\n' +
          'progress  beta   1/10 (10%)  0.1 items/s  eta 1:30  errors 0  retries 0  cached 0  c=6/8 429×1\n',
      );
      // Next interval: only beta moved.
      advance(2000);
      listener(retry('beta'));
      advance(8000);
      expect(out).toHaveLength(2);
      expect(out[1]).toMatch(/^progress  beta .* retries 1 .*\n$/);
      expect(out[1]?.split('\n')).toHaveLength(2);
      // Nothing changed: nothing printed, however long the stall.
      advance(60_000);
      expect(out).toHaveLength(2);
      expect(out.join('')).not.toMatch(ANSI);
      stop();
    });

    it('honours a custom interval', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: false, intervalMs: 500, now });
      listener(started({ alpha: 2 }));
      listener(finished('alpha'));
      advance(499);
      expect(out).toHaveLength(0);
      advance(1);
      expect(out).toHaveLength(1);
      stop();
    });

    it('always prints a final line per model at run-finished', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: false, now });
      listener(started({ alpha: 2, beta: 1 }));
      advance(1000);
      listener(finished('alpha'));
      listener(finished('alpha', 'error'));
      listener(finished('beta', 'ok', true));
      advance(10_000); // periodic line for both
      listener(runFinished());
      expect(out).toHaveLength(2);
      expect(out[1]).toBe(
        'finished  alpha  2/2 (100%)  2.0 items/s  eta 0:00  errors 1  retries 0  cached 0\n' +
          'finished  beta   1/1 (100%)  1.0 items/s  eta 0:00  errors 0  retries 0  cached 1\n',
      );
      expect(out.join('')).not.toMatch(ANSI);
      stop();
    });

    it('labels the final lines of an interrupted run and gives no ETA', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: false, now });
      listener(started({ alpha: 4 }));
      advance(1000);
      listener(finished('alpha'));
      listener(runFinished('interrupted'));
      expect(out).toEqual(['interrupted  alpha  1/4 (25%)  1.0 items/s  eta --  errors 0  retries 0  cached 0\n']);
      stop();
    });
  });

  describe('TTY mode', () => {
    it('draws the block at run-started, then redraws over it at most once per interval', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, columns: 100, now });
      listener(started({ alpha: 10, beta: 10 }));
      expect(out).toHaveLength(1);
      expect(out[0]).not.toMatch(/\r|\x1b\[\d+A/); // nothing drawn before: no cursor movement
      expect(out[0]?.split('\n')).toHaveLength(2);
      for (let i = 0; i < 5; i += 1) listener(finished('alpha'));
      listener({ type: 'limiter', budget: 'b', state: limiterState(['beta'], { limit: 2, ceiling: 8, rateLimited: 3, waiting: 4 }) });
      advance(199);
      expect(out).toHaveLength(1); // events alone do not redraw
      advance(1);
      expect(out).toHaveLength(2);
      const frame = out[1] ?? '';
      // Back to the top of the two lines drawn before, each line cleared.
      expect(frame.startsWith('\r\x1b[1A\x1b[2K')).toBe(true);
      expect(frame.match(/\x1b\[2K/g)).toHaveLength(2);
      const lines = frame.replace(/\r|\x1b\[\d*[AK]/g, '').split('\n');
      expect(lines[0]).toMatch(/^alpha  \[█+░+\]  5\/10  50%  25\.0\/s  eta 0:01  err 0  retry 0  cached 0$/);
      expect(lines[1]).toMatch(/^beta {3}\[░+\]  0\/10   0%   0\.0\/s  eta -- {4}err 0  retry 0  cached 0  c=2\/8 429×3 waiting 4$/);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(99);
      stop();
    });

    it('redraws a single line with a carriage return only', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, now });
      listener(started({ alpha: 3 }));
      listener(finished('alpha'));
      advance(200);
      expect(out[1]?.startsWith('\r\x1b[2Kalpha')).toBe(true);
      expect(out[1]).not.toMatch(/\x1b\[\d+A/);
      stop();
    });

    it('keeps updating rate and ETA while the run is stalled, and skips identical frames', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, now });
      listener(started({ alpha: 100 }));
      advance(1000);
      listener(finished('alpha'));
      advance(200);
      const before = out.length;
      expect(out.at(-1)).toContain('eta ');
      advance(30_000); // no events at all
      expect(out.length).toBeGreaterThan(before);
      expect(out.at(-1)).toContain('0.0/s  eta --');
      const settled = out.length;
      advance(5000); // the stalled frame no longer changes: no writes
      expect(out.length).toBe(settled);
      stop();
    });

    it('follows a terminal width given as a function', () => {
      const out: string[] = [];
      let width = 120;
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, columns: () => width, now });
      listener(started({ alpha: 10 }));
      width = 70;
      listener(finished('alpha'));
      advance(200);
      expect(out[0]).toContain(`[${'░'.repeat(40)}]`); // room for the widest bar
      const line = (out.at(-1) ?? '').replace(/\r|\x1b\[\d*[AK]/g, '');
      expect(displayWidth(line)).toBe(69); // the bar shrank to fit
      expect(line).toMatch(/\[░{5,39}\]/);
      stop();
    });

    it('leaves the final frame followed by a newline at run-finished; stop() then adds nothing', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, now });
      listener(started({ alpha: 2, beta: 1 }));
      advance(1000);
      listener(finished('alpha'));
      listener(finished('alpha'));
      listener(finished('beta', 'error'));
      listener(runFinished());
      expect(out.at(-1)).toBe('\n');
      const final = out.at(-2) ?? '';
      expect(final.startsWith('\r\x1b[1A')).toBe(true);
      expect(final).toMatch(/alpha .*2\/2 100% .*eta 0:00/);
      expect(final).toMatch(/beta .*1\/1 100% .*err 1/);
      const count = out.length;
      stop();
      advance(10_000);
      expect(out).toHaveLength(count);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stop() without run-finished leaves the current frame and a newline', () => {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty: true, now });
      listener(started({ alpha: 4 }));
      listener(finished('alpha'));
      stop();
      expect(out).toHaveLength(3);
      expect(out[1]).toMatch(/^\r\x1b\[2Kalpha .*1\/4/);
      expect(out[2]).toBe('\n');
      stop(); // idempotent
      expect(out).toHaveLength(3);
    });
  });

  it('stop() clears the timer: no output afterwards, whatever arrives', () => {
    for (const tty of [true, false]) {
      const out: string[] = [];
      const { listener, stop } = createProgressReporter({ write: (text) => out.push(text), tty, now });
      listener(started({ alpha: 4 }));
      expect(vi.getTimerCount()).toBe(1);
      stop();
      expect(vi.getTimerCount()).toBe(0);
      const count = out.length;
      listener(finished('alpha'));
      listener(runFinished());
      listener(started({ alpha: 4 }));
      advance(60_000);
      expect(out).toHaveLength(count);
    }
  });

  it('unrefs its timer so progress never keeps the process alive', () => {
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setInterval').mockImplementation(() => ({ unref }) as unknown as ReturnType<typeof setInterval>);
    try {
      const { listener } = createProgressReporter({ write: () => {}, tty: true, now });
      listener(started({ alpha: 1 }));
      expect(unref).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
