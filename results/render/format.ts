import { displayWidth } from '../../common/display-width.js';
import type { MetricValue } from '../summary.js';

/** `81.2% [70.1, 88.9]`, or `n/a` when nothing was scored. */
export function formatRate(metric: MetricValue): string {
  if (metric.value === null || metric.ci95 === null) return 'n/a';
  return `${percent(metric.value)} [${percent(metric.ci95[0], false)}, ${percent(metric.ci95[1], false)}]`;
}

/** A count, or a sum of fractional scores to 2 decimals. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function percent(value: number, withSign = true): string {
  return `${(value * 100).toFixed(1)}${withSign ? '%' : ''}`;
}

/** Pads a table so that CJK characters (two columns wide in a terminal) line up. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
