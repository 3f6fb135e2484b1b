import type { Breakdown } from '../breakdown.js';
import type { RunSummary, SuiteModelResult } from '../summary.js';
import { formatCount, formatRate } from './format.js';

/** The evaluation report (评测报告) as Markdown, rendered from the store alone. */
export function renderMarkdownReport(summary: RunSummary): string {
  const lines: string[] = [];
  lines.push(`# 评测报告 · Evaluation report`, '');
  lines.push(`| | |`, `|---|---|`);
  lines.push(`| Run | \`${summary.runId}\` |`);
  lines.push(`| Status | ${summary.status} |`);
  lines.push(`| Started | ${summary.startedAt} |`);
  lines.push(`| Finished | ${summary.finishedAt ?? '—'} |`);
  lines.push(`| pingce | ${summary.toolVersion} |`);
  lines.push(`| Config hash | \`${summary.configHash.slice(0, 16)}\` |`);
  lines.push(`| Items | ${summary.totals.items} (errors ${summary.totals.errors}, retries ${summary.totals.retries}) |`, '');

  // The CircularEval column appears only when some suite is circular, so other reports stay as they were.
  const circular = summary.results.some((result) => result.circular !== undefined);
  lines.push('## Results', '');
  lines.push(`| Suite | Model | n | Correct | No answer | Errors | Accuracy [95% Wilson CI] |${circular ? ' CircularEval [95% CI] |' : ''}`);
  lines.push(`|---|---|---:|---:|---:|---:|---|${circular ? '---|' : ''}`);
  for (const result of summary.results) {
    const circularCell = circular ? ` ${result.circular ? formatRate(result.metrics.circular ?? { value: null, ci95: null }) : '—'} |` : '';
    lines.push(`| ${result.suite} | ${result.model} | ${result.n} | ${formatCount(result.correct)} | ${result.noAnswer} | ${result.errors} | ${formatRate(result.metrics.accuracy)} |${circularCell}`);
  }
  lines.push('', 'Accuracy = correct ÷ (n − errors). Items that failed for infrastructure reasons (timeouts, 429, 5xx after all retries) are counted as errors and left out of the rate; answers from which no answer could be extracted count as not correct and are shown under "No answer".', '');
  if (circular) lines.push(...circularSection(summary.results));

  for (const result of summary.results) lines.push(...categorySection(result));
  for (const breakdown of summary.breakdowns ?? []) lines.push(...breakdownSection(breakdown));

  lines.push('## Suites', '');
  lines.push('| Suite | Version | Domain | Task | Scorers | Content hash | Licence |', '|---|---|---|---|---|---|---|');
  for (const suite of summary.suites) {
    lines.push(`| ${suite.id} | ${suite.version} | ${suite.domain} | ${suite.task} | ${suite.scorers.map((scorer) => scorer.id).join(', ')} | \`${suite.hash.slice(0, 12)}\` | ${suite.license} |`);
  }
  lines.push('', '## Models', '');
  lines.push('| Model | Adapter | Model name | Base URL | Params |', '|---|---|---|---|---|');
  for (const model of summary.models) {
    lines.push(`| ${model.id} | ${model.adapter} | ${model.model} | ${model.baseUrl ?? '—'} | \`${JSON.stringify(model.params)}\` |`);
  }
  lines.push('');
  return lines.join('\n');
}

function circularSection(results: readonly SuiteModelResult[]): string[] {
  const lines = ['### CircularEval', '', '| Suite | Model | Samples | Correct under every rotation | Errors | Incomplete | CircularEval [95% CI] | Accuracy, all rotations |', '|---|---|---:|---:|---:|---:|---|---|'];
  for (const result of results) {
    if (!result.circular) continue;
    const counts = result.circular;
    lines.push(`| ${result.suite} | ${result.model} | ${counts.n} | ${counts.correct} | ${counts.errors} | ${counts.incomplete} | ${formatRate(result.metrics.circular ?? { value: null, ci95: null })} | ${formatRate(result.metrics.accuracy)} |`);
  }
  lines.push(
    '',
    'In a circular suite each sample is asked once per rotation of its options (4 options → 4 items, the correct letter moving with its option). Accuracy, n and Correct above count every rotation as an item; CircularEval counts a sample as correct only if all its rotations were answered correctly, over samples whose rotations all finished without an infrastructure error (errors and not-yet-asked rotations are left out, as for accuracy).',
    '',
  );
  return lines;
}

function categorySection(result: SuiteModelResult): string[] {
  if (result.categories.length === 0) return [];
  const lines = [`### ${result.suite} × ${result.model}: by category`, '', '| Category | n | Correct | No answer | Errors | Accuracy [95% CI] |', '|---|---:|---:|---:|---:|---|'];
  for (const category of result.categories) {
    lines.push(`| ${category.category} | ${category.n} | ${formatCount(category.correct)} | ${category.noAnswer} | ${category.errors} | ${formatRate(category.accuracy)} |`);
  }
  const extra = Object.entries(result.metrics).filter(([name]) => name !== 'accuracy');
  if (extra.length > 0) {
    lines.push('', `Other scorers: ${extra.map(([name, value]) => `${name} ${formatRate(value)}`).join('; ')}`);
  }
  lines.push('');
  return lines;
}

function breakdownSection(breakdown: Breakdown): string[] {
  const lines = [`### ${breakdown.suite} × ${breakdown.model}: by ${breakdown.field} (${breakdown.scorer})`, '', `| ${breakdown.field} | n | Correct | No answer | Errors | Accuracy [95% CI] |`, '|---|---:|---:|---:|---:|---|'];
  for (const group of breakdown.groups) {
    const marker = group.interval === 'bootstrap' ? ' (bootstrap)' : '';
    lines.push(`| ${group.value.replace(/\|/g, '\\|')} | ${group.n} | ${formatCount(group.correct)} | ${group.noAnswer} | ${group.errors} | ${formatRate(group.accuracy)}${marker} |`);
  }
  lines.push('');
  return lines;
}
