import type { ItemRef, ScorerComparison } from '../compare-stats.js';
import type { ComparisonReport, Exclusions, SuiteComparison } from '../compare.js';
import type { MetricValue } from '../summary.js';
import { formatRate } from './format.js';

/** Flipped items listed per suite × scorer before the list is cut short (the JSON has them all). */
const MAX_FLIPS_SHOWN = 30;

/** The comparison of two runs (or two models) as Markdown. */
export function renderComparisonMarkdown(report: ComparisonReport): string {
  const lines: string[] = ['# 对比 · Comparison', ''];
  lines.push('| | A | B |', '|---|---|---|');
  lines.push(`| Run | \`${report.a.runId}\` | \`${report.b.runId}\` |`);
  lines.push(`| Model | ${report.a.models.join(', ')} | ${report.b.models.join(', ')} |`);
  lines.push(`| Status | ${report.a.status} | ${report.b.status} |`);
  lines.push(`| Started | ${report.a.startedAt} | ${report.b.startedAt} |`, '');
  lines.push('## Results', '');
  lines.push('| Suite | Scorer | Models | Paired | Excluded | A [95% CI] | B [95% CI] | B − A [95% CI] | p | |');
  lines.push('|---|---|---|---:|---:|---|---|---|---:|---|');
  for (const suite of report.suites) {
    for (const scorer of suite.scorers) {
      lines.push(`| ${suite.suite} | ${scorer.scorer}${scorer.primary ? ' (primary)' : ''} | ${suite.modelA} → ${suite.modelB} | ${scorer.paired} | ${excludedCount(suite.excluded)} | ${value(scorer, scorer.accuracyA)} | ${value(scorer, scorer.accuracyB)} | ${difference(scorer)} | ${pValue(scorer.test.pValue)} | ${verdict(scorer)} |`);
    }
  }
  lines.push('', `B − A is negative when B is worse; ▼/▲ mark p < ${report.alpha}. 0/1 scores: Wilson intervals, Newcombe's paired interval for the difference, McNemar's exact test. Other scores: percentile bootstrap (seed ${report.bootstrap.seed}, ${report.bootstrap.resamples} resamples). Only items scored in both runs are paired; a NOANSWER counts as not correct.`, '');

  const excluded = report.suites.filter((suite) => excludedCount(suite.excluded) > 0);
  if (excluded.length > 0) {
    lines.push('## Excluded items', '', '| Suite | Models | Error in A | Error in B | Error in both | Only in A | Only in B |', '|---|---|---:|---:|---:|---:|---:|');
    for (const suite of excluded) {
      const e = suite.excluded;
      lines.push(`| ${suite.suite} | ${suite.modelA} → ${suite.modelB} | ${e.errorA} | ${e.errorB} | ${e.errorBoth} | ${e.onlyInA} | ${e.onlyInB} |`);
    }
    lines.push('');
  }
  const flipped = report.suites.flatMap((suite) => suite.scorers.filter((scorer) => scorer.flips && scorer.flips.correctToWrong.length + scorer.flips.wrongToCorrect.length > 0).map((scorer) => [suite, scorer] as const));
  if (flipped.length > 0) {
    lines.push('## Flipped items', '');
    for (const [suite, scorer] of flipped) lines.push(...flipSection(suite, scorer));
  }
  if (report.warnings.length > 0) lines.push('## Warnings', '', ...report.warnings.map((warning) => `- ${warning}`), '');
  lines.push(`Significant drop (primary scorers, p < ${report.alpha}): **${report.significantDrop ? 'yes' : 'no'}**`, '');
  return lines.join('\n');
}

function flipSection(suite: SuiteComparison, scorer: ScorerComparison): string[] {
  const flips = scorer.flips ?? { correctToWrong: [], wrongToCorrect: [] };
  return [
    `### ${suite.suite} · ${scorer.scorer} (${suite.modelA} → ${suite.modelB})`,
    '',
    `- correct → wrong (${flips.correctToWrong.length}): ${itemList(flips.correctToWrong)}`,
    `- wrong → correct (${flips.wrongToCorrect.length}): ${itemList(flips.wrongToCorrect)}`,
    '',
  ];
}

function itemList(items: readonly ItemRef[]): string {
  if (items.length === 0) return '—';
  const shown = items.slice(0, MAX_FLIPS_SHOWN).map((item) => `\`${item.sample}${item.repeat === 0 ? '' : `#${item.repeat}`}\``);
  return items.length > MAX_FLIPS_SHOWN ? `${shown.join(', ')} … and ${items.length - MAX_FLIPS_SHOWN} more (see --format json)` : shown.join(', ');
}

function excludedCount(excluded: Exclusions): number {
  return excluded.errorA + excluded.errorB + excluded.errorBoth + excluded.onlyInA + excluded.onlyInB;
}

function value(scorer: ScorerComparison, metric: MetricValue): string {
  if (scorer.kind !== 'continuous' || metric.value === null || metric.ci95 === null) return formatRate(metric);
  return `${metric.value.toFixed(3)} [${metric.ci95[0].toFixed(3)}, ${metric.ci95[1].toFixed(3)}]`;
}

function difference(scorer: ScorerComparison): string {
  const { value: delta, ci95 } = scorer.difference;
  if (delta === null || ci95 === null) return 'n/a';
  if (scorer.kind === 'continuous') return `${signed(delta, 3)} [${signed(ci95[0], 3)}, ${signed(ci95[1], 3)}]`;
  return `${signed(delta * 100, 1)} pp [${signed(ci95[0] * 100, 1)}, ${signed(ci95[1] * 100, 1)}]`;
}

function signed(number: number, digits: number): string {
  const text = Math.abs(number).toFixed(digits);
  // No "−0.0": a rounded zero carries no direction.
  if (Number(text) === 0) return text;
  return number < 0 ? `−${text}` : `+${text}`;
}

function pValue(p: number | null): string {
  if (p === null) return 'n/a';
  return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}

function verdict(scorer: ScorerComparison): string {
  if (!scorer.significant) return '';
  return scorer.significantDrop ? '▼ drop' : '▲ gain';
}
