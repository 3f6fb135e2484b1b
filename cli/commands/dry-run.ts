import { mapSystemRole } from '../../adapters/roles.js';
import { renderTable } from '../../results/render/format.js';
import { estimateMessageTokens, estimateOutputTokens, DEFAULT_OUTPUT_TOKENS } from '../../runners/estimate.js';
import { planModelItems, type PlanOptions } from '../../runners/plan.js';
import { renderPrompt } from '../../suites/render.js';
import type { Suite } from '../../suites/types.js';
import type { ModelConfig, ModelPrice } from '../config/types.js';

/** What `pingce run --dry-run` works out for one model. */
export interface DryRunEstimate {
  readonly model: string;
  readonly items: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Absent when the config has no price for the model. */
  readonly cost?: { readonly amount: number; readonly currency: string };
  /** Items whose prompt cannot be rendered (a template field the sample lacks): a real run records them as errors. */
  readonly renderErrors: number;
  readonly firstRenderError?: string;
}

/**
 * Walks the plan exactly as a run would (limit, sample, shard, repeats,
 * rotations), renders every prompt as the model would receive it (after its
 * system-role mapping) and estimates tokens and cost. Calls no model, reads
 * no key and writes nothing.
 */
export async function estimateRun(suites: readonly Suite[], models: readonly ModelConfig[], plan: PlanOptions, prices: Readonly<Record<string, ModelPrice>>): Promise<DryRunEstimate[]> {
  const byId = new Map(suites.map((suite) => [suite.id, suite]));
  const estimates: DryRunEstimate[] = [];
  for (const model of models) {
    let items = 0;
    let inputTokens = 0;
    let outputTokens = 0;
    let renderErrors = 0;
    let firstRenderError: string | undefined;
    for await (const item of planModelItems(suites, model.id, plan)) {
      const suite = byId.get(item.suiteId);
      if (!suite) continue;
      items += 1;
      outputTokens += estimateOutputTokens(suite.task, model.params?.maxTokens);
      try {
        inputTokens += estimateMessageTokens(mapSystemRole(renderPrompt(suite, item.sample), model.systemRole));
      } catch (error) {
        renderErrors += 1;
        firstRenderError ??= `${item.suiteId}/${item.sample.id}: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    const price = prices[model.id];
    estimates.push({
      model: model.id,
      items,
      inputTokens,
      outputTokens,
      ...(price === undefined ? {} : { cost: { amount: (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000, currency: price.currency } }),
      renderErrors,
      ...(firstRenderError === undefined ? {} : { firstRenderError }),
    });
  }
  return estimates;
}

export function renderDryRun(estimates: readonly DryRunEstimate[], options: { readonly judged: boolean }): string {
  const rows = estimates.map((estimate) => [
    estimate.model,
    String(estimate.items),
    grouped(estimate.inputTokens),
    grouped(estimate.outputTokens),
    estimate.cost ? money(estimate.cost.amount, estimate.cost.currency) : 'no price',
  ]);
  const totals = new Map<string, number>();
  for (const estimate of estimates) if (estimate.cost) totals.set(estimate.cost.currency, (totals.get(estimate.cost.currency) ?? 0) + estimate.cost.amount);
  if (estimates.length > 1) {
    rows.push([
      'total',
      String(estimates.reduce((sum, estimate) => sum + estimate.items, 0)),
      grouped(estimates.reduce((sum, estimate) => sum + estimate.inputTokens, 0)),
      grouped(estimates.reduce((sum, estimate) => sum + estimate.outputTokens, 0)),
      [...totals].map(([currency, amount]) => money(amount, currency)).join(' + ') || '—',
    ]);
  }
  const lines = [
    'dry run: the plan below was rendered, but no model was called and nothing was written',
    renderTable(['model', 'items', 'input tokens (est.)', 'output tokens (est.)', 'cost (est.)'], rows),
    '',
    `Input: CJK characters ≈ 1 token, other text ≈ 4 characters per token, + 4 per message. Output: params.maxTokens (a ceiling) or a per-task typical answer (${Object.entries(DEFAULT_OUTPUT_TOKENS).map(([task, tokens]) => `${task} ${tokens}`).join(', ')}); reasoning models use far more. Retries are not included.`,
  ];
  if (estimates.some((estimate) => !estimate.cost)) lines.push('Add prices to the config for a cost: prices: { MODEL_ID: { inputPerMillion: 2, outputPerMillion: 8, currency: CNY } }');
  if (options.judged) lines.push('Judge calls (judge, pairwise and cascade scorers) are not included.');
  for (const estimate of estimates) {
    if (estimate.renderErrors > 0) lines.push(`warning: ${estimate.model}: ${estimate.renderErrors} item(s) cannot be rendered and would be recorded as errors; first: ${estimate.firstRenderError ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function grouped(value: number): string {
  return value.toLocaleString('en-US');
}

/** Small amounts keep their significant digits: a smoke run may cost a fraction of a fen. */
function money(amount: number, currency: string): string {
  const digits = amount === 0 || amount >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(amount)));
  return `${amount.toFixed(digits)} ${currency}`;
}
