import type { RunSummary } from '../summary.js';
import { formatCount, formatRate, renderTable } from './format.js';

/** The summary printed at the end of `pingce run`. */
export function renderSummaryTable(summary: RunSummary): string {
  // CircularEval gets a column only when some suite is circular.
  const circular = summary.results.some((result) => result.circular !== undefined);
  const rows = summary.results.map((result) => [
    result.suite,
    result.model,
    String(result.n),
    formatCount(result.correct),
    String(result.noAnswer),
    String(result.errors),
    formatRate(result.metrics.accuracy),
    ...(circular ? [result.circular ? `${formatRate(result.metrics.circular ?? { value: null, ci95: null })} (${result.circular.correct}/${result.circular.scored})` : '—'] : []),
  ]);
  const table = renderTable(['suite', 'model', 'n', 'correct', 'noanswer', 'errors', 'accuracy [95% CI]', ...(circular ? ['circular [95% CI]'] : [])], rows);
  return `run ${summary.runId} (${summary.status})\n${table}\n`;
}
