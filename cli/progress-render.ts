import { charWidth, displayWidth } from '../common/display-width.js';
import type { LimiterState } from '../runners/types.js';

/**
 * Pure text for the progress reporter (`progress.ts`): no state, no clock, no
 * I/O, so every line it can print is testable from plain values.
 */

/** One model's progress at one moment, as the reporter's tracker computes it. */
export interface ModelProgress {
  readonly id: string;
  /** Items this model will run; undefined when the run never announced it. */
  readonly total: number | undefined;
  /** Items finished, ok or error (cached ones included). */
  readonly done: number;
  readonly errors: number;
  readonly retries: number;
  readonly cached: number;
  /** Items per second; undefined until some time has passed. */
  readonly rate: number | undefined;
  /** Seconds left; undefined when unknown (no total, or nothing finishing). */
  readonly etaSeconds: number | undefined;
  /** The limiter whose `models` include this model, if one has reported. */
  readonly limiter: LimiterState | undefined;
}

const FILLED = '█';
const EMPTY = '░';
/** The bar stops growing past this: a wider one tells nothing more. */
const MAX_BAR = 40;
/** Narrower than this a bar is noise; the numbers are kept instead. */
const MIN_BAR = 5;

/** `m:ss` or `h:mm:ss`; `--` when unknown. Rounds up so `0:00` means finished. */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '--';
  const total = Math.ceil(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * `[█████░░░░░]` with `width` cells between the brackets. Rounds down so the
 * bar is only full when the work is.
 */
export function renderBar(fraction: number, width: number): string {
  const cells = Math.max(0, Math.floor(width));
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.floor(clamped * cells);
  return `[${FILLED.repeat(filled)}${EMPTY.repeat(cells - filled)}]`;
}

/** Items per second with one decimal; `--` when unknown. */
export function formatRate(rate: number | undefined): string {
  return rate === undefined || !Number.isFinite(rate) ? '--' : rate.toFixed(1);
}

/** Share done, 0–1. Nothing to do counts as done, so a fully resumed model shows 100%. */
export function progressFraction(done: number, total: number | undefined): number | undefined {
  if (total === undefined) return undefined;
  return total <= 0 ? 1 : Math.min(1, done / total);
}

/** `24%`, rounded down so 100% only appears when finished; `--%` when the total is unknown. */
export function formatPercent(done: number, total: number | undefined): string {
  const fraction = progressFraction(done, total);
  return fraction === undefined ? '--%' : `${Math.floor(fraction * 100)}%`;
}

/** `done/total`, done padded to the total's width so columns stay put while counting. */
export function formatCount(done: number, total: number | undefined): string {
  if (total === undefined) return `${done}/?`;
  return `${String(done).padStart(String(total).length)}/${total}`;
}

/** `c=limit/ceiling`, then `429×N` and `waiting W` only when non-zero; empty with no limiter. */
export function formatLimiter(state: LimiterState | undefined): string {
  if (!state) return '';
  const parts = [`c=${state.limit}/${state.ceiling}`];
  if (state.rateLimited > 0) parts.push(`429×${state.rateLimited}`);
  if (state.waiting > 0) parts.push(`waiting ${state.waiting}`);
  return parts.join(' ');
}

export { displayWidth };

/** Cut to at most `max` cells, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char.codePointAt(0) ?? 0);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

/** Pad with spaces to `width` cells (by display width, not UTF-16 length). */
export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export interface LineLayout {
  /** Cells the id column takes, so lines of several models line up. */
  readonly idWidth: number;
  /** Terminal width: lines are kept to `columns - 1` so they never wrap. */
  readonly columns: number;
  /** Cells each field after the bar is padded to, so the columns of several lines line up. */
  readonly fieldWidths?: readonly number[];
  /** Cells inside the bar; by default whatever room this line leaves (at most 40, none under 5). */
  readonly barWidth?: number;
}

/** The fields after the bar, in order; the limiter's is empty when none has reported. */
export function modelFields(model: ModelProgress): string[] {
  return [
    `${formatCount(model.done, model.total)} ${formatPercent(model.done, model.total).padStart(4)}`,
    `${formatRate(model.rate)}/s`,
    `eta ${formatEta(model.etaSeconds)}`,
    `err ${model.errors}`,
    `retry ${model.retries}`,
    `cached ${model.cached}`,
    formatLimiter(model.limiter),
  ];
}

/** Numbers read best right-aligned (count, rate); labelled fields left-aligned. */
const RIGHT_ALIGNED = new Set([0, 1]);

function joinFields(fields: readonly string[], widths: readonly number[] | undefined): string {
  return fields
    .map((field, i) => {
      const pad = ' '.repeat(Math.max(0, (widths?.[i] ?? 0) - displayWidth(field)));
      return RIGHT_ALIGNED.has(i) ? pad + field : field + pad;
    })
    .join('  ')
    .trimEnd();
}

/** Widest value of each field across lines. */
export function fieldColumnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((field, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(field))));
  return widths;
}

/** Cells left for the bar's interior after the id, the tail, two gaps, a space and the brackets. */
function barRoom(idWidth: number, tail: string, columns: number): number {
  return Math.min(MAX_BAR, columns - 1 - idWidth - displayWidth(tail) - 2 - 1 - 2);
}

/**
 * One line of the live (TTY) block: id, bar, count, percent, rate, ETA,
 * errors, retries, cached, limiter. The bar takes whatever room the rest
 * leaves; on a narrow terminal it goes first, then the tail is cut.
 */
export function formatModelLine(model: ModelProgress, layout: LineLayout): string {
  const head = padCells(model.id, layout.idWidth);
  const tail = joinFields(modelFields(model), layout.fieldWidths);
  const barWidth = Math.min(MAX_BAR, layout.barWidth ?? barRoom(layout.idWidth, tail, layout.columns));
  const line =
    barWidth >= MIN_BAR
      ? `${head}  ${renderBar(progressFraction(model.done, model.total) ?? 0, barWidth)} ${tail}`
      : `${head}  ${tail}`;
  return truncate(line, Math.max(1, layout.columns - 1));
}

export interface PlainLayout {
  readonly idWidth: number;
  /** First word of the line: `progress` while running, `finished`/`interrupted` at the end. */
  readonly label: string;
}

/**
 * One log line for CI: no bar, no escape codes, whole words, e.g.
 * `progress  reference  120/500 (24%)  35.2 items/s  eta 0:11  errors 0  retries 3  cached 0  c=8/8`.
 */
export function formatPlainLine(model: ModelProgress, layout: PlainLayout): string {
  return [
    layout.label,
    padCells(model.id, layout.idWidth),
    `${model.total === undefined ? `${model.done}/?` : `${model.done}/${model.total}`} (${formatPercent(model.done, model.total)})`,
    `${formatRate(model.rate)} items/s`,
    `eta ${formatEta(model.etaSeconds)}`,
    `errors ${model.errors}`,
    `retries ${model.retries}`,
    `cached ${model.cached}`,
    formatLimiter(model.limiter),
  ]
    .filter((part) => part !== '')
    .join('  ');
}

/** Widest id, so every model's columns line up. */
export function idColumnWidth(models: readonly ModelProgress[]): number {
  return models.reduce((widest, model) => Math.max(widest, displayWidth(model.id)), 0);
}

/** The live block's lines, one per model. */
export function renderFrame(models: readonly ModelProgress[], columns: number): string[] {
  const idWidth = idColumnWidth(models);
  const fields = models.map(modelFields);
  const fieldWidths = fieldColumnWidths(fields);
  // One bar width for all lines (the one the longest line allows), so the bars line up too.
  const barWidth = Math.min(MAX_BAR, ...fields.map((row) => barRoom(idWidth, joinFields(row, fieldWidths), columns)));
  return models.map((model) => formatModelLine(model, { idWidth, columns, fieldWidths, barWidth }));
}

/**
 * What to write to replace a block of `previous` lines with `lines`. The
 * cursor rests at the end of the block's last line (no trailing newline, so a
 * one-line block is redrawn with just `\r`); going back to the top is `\r`
 * plus `\x1b[{previous-1}A`, and each line is cleared (`\x1b[2K`) before it is
 * written because the new text may be shorter than the old.
 */
export function redrawBlock(previous: number, lines: readonly string[]): string {
  let out = '';
  if (previous > 0) out += '\r';
  if (previous > 1) out += `\x1b[${previous - 1}A`;
  // A shorter block (only after a new run-started) also blanks the leftover
  // lines, then climbs back to its own last line (or to the top if empty).
  const height = Math.max(previous, lines.length);
  out += Array.from({ length: height }, (_, i) => `\x1b[2K${lines[i] ?? ''}`).join('\n');
  const back = previous <= lines.length ? 0 : lines.length === 0 ? previous - 1 : previous - lines.length;
  if (back > 0) out += `\x1b[${back}A`;
  return out;
}
