import type { RunSummary } from '../summary.js';
import { formatCount, formatRate, renderTable } from './format.js';

/** The summary printed at the end of `pingce run`. */
export function renderSummaryTable(summary: RunSummary): string {
  const rows = summary.results.map((result) => [
    result.suite,
    result.model,
    String(result.n),
    formatCount(result.correct),
    String(result.noAnswer),
    String(result.errors),
    formatRate(result.metrics.accuracy),
  ]);
  const table = renderTable(['suite', 'model', 'n', 'correct', 'noanswer', 'errors', 'accuracy [95% CI]'], rows);
  return `run ${summary.runId} (${summary.status})\n${table}\n`;
}
