import type { LimiterState, RunEvent, RunListener } from '../runners/types.js';
import { formatPlainLine, idColumnWidth, redrawBlock, renderFrame, type ModelProgress } from './progress-render.js';

export {
  displayWidth,
  formatCount,
  formatEta,
  formatLimiter,
  formatModelLine,
  formatPercent,
  formatPlainLine,
  formatRate,
  redrawBlock,
  renderBar,
  renderFrame,
  truncate,
  type LineLayout,
  type ModelProgress,
  type PlainLayout,
} from './progress-render.js';

/**
 * Progress on stderr, one line per model. A RunListener: it only reads runner
 * events; the runner knows nothing about it.
 *
 * - TTY: a live block redrawn in place at most every `intervalMs` (200 ms).
 * - Plain (CI, pipes): a log line per model every `intervalMs` (10 s) when
 *   that model's numbers changed, and a final line per model at run-finished.
 *
 * Redraws are driven by an unref'd timer rather than by events, so a stalled
 * run still shows its rate falling and its ETA going to `--`, and a burst of
 * cached items costs one redraw, not thousands.
 */

/** Rate is measured over this recent window: the run-wide average hides slow-downs (429s, a stalled endpoint). */
export const RATE_WINDOW_MS = 15_000;
export const DEFAULT_TTY_INTERVAL_MS = 200;
export const DEFAULT_PLAIN_INTERVAL_MS = 10_000;
export const DEFAULT_COLUMNS = 100;

export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** Live block with ANSI cursor movement (true) or plain log lines (false). */
  readonly tty: boolean;
  /** Terminal width; a function is read at each redraw so a resized terminal is followed. */
  readonly columns?: number | (() => number | undefined);
  /** Least time between redraws (TTY, default 200) or log lines (plain, default 10,000). */
  readonly intervalMs?: number;
  /** Clock in ms, injectable for tests. */
  readonly now?: () => number;
}

export interface ProgressReporter {
  readonly listener: RunListener;
  /** Clears the timer; in TTY mode leaves the final frame on screen followed by a newline. Idempotent. */
  stop(): void;
}

/** Per-model counts and rate window, fed by events and read as snapshots. */
export interface ProgressTracker {
  apply(event: RunEvent, time: number): void;
  snapshot(time: number): ModelProgress[];
}

interface Tally {
  readonly id: string;
  total: number | undefined;
  done: number;
  errors: number;
  retries: number;
  cached: number;
  /** Completion times inside the rate window, oldest first from `head`. */
  times: number[];
  head: number;
  lastFinishedAt: number | undefined;
}

function newTally(id: string, total: number | undefined): Tally {
  return { id, total, done: 0, errors: 0, retries: 0, cached: 0, times: [], head: 0, lastFinishedAt: undefined };
}

export function createProgressTracker(windowMs = RATE_WINDOW_MS): ProgressTracker {
  // Insertion order is display order: the run-started totals first, then any
  // model first seen in a later event.
  let tallies = new Map<string, Tally>();
  let limiters = new Map<string, LimiterState>();
  let startedAt: number | undefined;
  let finished = false;
  let finishedAt: number | undefined;

  const tally = (id: string): Tally => {
    let found = tallies.get(id);
    if (!found) {
      found = newTally(id, undefined);
      tallies.set(id, found);
    }
    return found;
  };

  const record = (entry: Tally, time: number): void => {
    entry.times.push(time);
    while (entry.head < entry.times.length && (entry.times[entry.head] ?? time) <= time - windowMs) entry.head += 1;
    // Drop the consumed prefix now and then, not on every item.
    if (entry.head > 1024 && entry.head * 2 > entry.times.length) {
      entry.times = entry.times.slice(entry.head);
      entry.head = 0;
    }
  };

  const windowRate = (entry: Tally, time: number, start: number): number | undefined => {
    const elapsed = time - start;
    if (elapsed <= 0) return undefined;
    const span = Math.min(windowMs, elapsed);
    // Younger than the window, the run counts whole (items finished at the
    // very start included); older, only completions inside the window.
    const cutoff = elapsed <= windowMs ? Number.NEGATIVE_INFINITY : time - windowMs;
    let count = 0;
    for (let i = entry.times.length - 1; i >= entry.head; i -= 1) {
      const t = entry.times[i];
      if (t === undefined || t <= cutoff) break;
      count += 1;
    }
    return count / (span / 1000);
  };

  const view = (entry: Tally, time: number, start: number): ModelProgress => {
    const complete = entry.total !== undefined && entry.done >= entry.total;
    let rate: number | undefined;
    let etaSeconds: number | undefined;
    if (complete) {
      // Finished: the whole-run average is the number worth keeping on screen.
      const elapsed = (entry.lastFinishedAt ?? start) - start;
      rate = entry.done > 0 && elapsed > 0 ? entry.done / (elapsed / 1000) : undefined;
      etaSeconds = 0;
    } else {
      rate = windowRate(entry, time, start);
      // After run-finished an unfinished model will not finish: no ETA.
      etaSeconds =
        !finished && entry.total !== undefined && rate !== undefined && rate > 0 ? (entry.total - entry.done) / rate : undefined;
    }
    const limiter = [...limiters.values()].find((state) => state.models.includes(entry.id));
    return {
      id: entry.id,
      total: entry.total,
      done: entry.done,
      errors: entry.errors,
      retries: entry.retries,
      cached: entry.cached,
      rate,
      etaSeconds,
      limiter,
    };
  };

  return {
    apply(event, time) {
      startedAt ??= time;
      switch (event.type) {
        case 'run-started':
          tallies = new Map(Object.entries(event.totals).map(([id, total]) => [id, newTally(id, total)]));
          limiters = new Map();
          startedAt = time;
          finished = false;
          finishedAt = undefined;
          break;
        case 'item-retry':
          tally(event.modelId).retries += 1;
          break;
        case 'item-finished': {
          const entry = tally(event.result.modelId);
          entry.done += 1;
          if (event.result.status === 'error') entry.errors += 1;
          if (event.result.cached === true) entry.cached += 1;
          entry.lastFinishedAt = time;
          record(entry, time);
          break;
        }
        case 'limiter':
          limiters.set(event.budget, event.state);
          break;
        case 'run-finished':
          for (const { budget, ...state } of event.counts.limiters ?? []) limiters.set(budget, state);
          finished = true;
          finishedAt = time;
          break;
      }
    },
    snapshot(time) {
      const start = startedAt ?? time;
      // Frozen at run-finished so the final lines do not keep aging.
      const at = finishedAt ?? time;
      return [...tallies.values()].map((entry) => view(entry, at, start));
    },
  };
}

/** What a plain line's "changed?" check compares: counts and limiter, not rate or ETA, which drift on their own. */
function plainKey(model: ModelProgress): string {
  const l = model.limiter;
  return [model.done, model.total ?? '?', model.errors, model.retries, model.cached, l ? `${l.limit}/${l.ceiling}/${l.rateLimited}/${l.waiting}` : ''].join(' ');
}

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const { write, tty } = options;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? (tty ? DEFAULT_TTY_INTERVAL_MS : DEFAULT_PLAIN_INTERVAL_MS);
  const tracker = createProgressTracker();
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  /** The run-finished output is written; only a new run-started brings the reporter back. */
  let closed = false;
  // TTY: lines of the block now on screen and its text, to skip identical redraws.
  let drawn = 0;
  let lastFrame = '';
  // Plain: what each model's last printed line showed.
  const printed = new Map<string, string>();

  const columns = (): number => {
    const value = typeof options.columns === 'function' ? options.columns() : options.columns;
    return value !== undefined && value > 0 ? value : DEFAULT_COLUMNS;
  };

  const startTimer = (): void => {
    if (timer !== undefined || stopped) return;
    timer = setInterval(tick, intervalMs);
    // Progress must never keep the process alive on its own.
    timer.unref?.();
  };

  const stopTimer = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };

  const draw = (): void => {
    const lines = renderFrame(tracker.snapshot(now()), columns());
    const frame = lines.join('\n');
    if (frame === lastFrame && lines.length === drawn) return;
    const text = redrawBlock(drawn, lines);
    if (text !== '') write(text);
    drawn = lines.length;
    lastFrame = frame;
  };

  const printPlain = (label: string, all: boolean): void => {
    const models = tracker.snapshot(now());
    const idWidth = idColumnWidth(models);
    let out = '';
    for (const model of models) {
      const key = plainKey(model);
      if (!all && printed.get(model.id) === key) continue;
      printed.set(model.id, key);
      out += `${formatPlainLine(model, { idWidth, label })}\n`;
    }
    if (out !== '') write(out);
  };

  function tick(): void {
    if (stopped || closed) return;
    if (tty) draw();
    else printPlain('progress', false);
  }

  /** The last frame stays; the newline hands the line below it back to whoever prints next. */
  const closeBlock = (): void => {
    draw();
    if (drawn > 0) write('\n');
    drawn = 0;
    lastFrame = '';
  };

  const listener: RunListener = (event) => {
    if (stopped) return;
    if (closed && event.type !== 'run-started') return;
    tracker.apply(event, now());
    switch (event.type) {
      case 'run-started':
        closed = false;
        printed.clear();
        startTimer();
        // Show the totals at once rather than a blank for the first interval.
        if (tty) draw();
        break;
      case 'run-finished':
        stopTimer();
        closed = true;
        if (tty) closeBlock();
        else printPlain(event.status === 'completed' ? 'finished' : 'interrupted', true);
        break;
      default:
        // Listeners may be attached after run-started; start on whatever comes first.
        startTimer();
    }
  };

  return {
    listener,
    stop() {
      if (stopped) return;
      stopTimer();
      if (tty && !closed) closeBlock();
      stopped = true;
    },
  };
}
