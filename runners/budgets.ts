import { sha256 } from '../common/hash.js';
import { createLimiter, type Limiter } from './limiter.js';
import type { LimiterState, ModelTarget } from './types.js';

/**
 * Models that call the same endpoint with the same key share one budget: a
 * server's capacity and a vendor's rate limits belong to the endpoint and key,
 * not to the name a model has in pingce's config.
 */
export function budgetKey(model: ModelTarget): string {
  if (model.adapter.kind === 'mock' || model.adapter.baseUrl === undefined) return `${model.adapter.kind}:${model.id}`;
  const keyTag = model.adapter.apiKey === undefined ? 'no-key' : `key-${sha256(model.adapter.apiKey).slice(0, 8)}`;
  return `${model.adapter.baseUrl.replace(/\/+$/, '')} (${keyTag})`;
}

/** One limiter per budget; where models sharing one disagree, the strictest setting applies. */
export function createBudgets(models: readonly ModelTarget[], adaptive: boolean, onChange: (budget: string, state: LimiterState) => void): Map<string, Limiter> {
  const groups = new Map<string, ModelTarget[]>();
  for (const model of models) groups.set(budgetKey(model), [...(groups.get(budgetKey(model)) ?? []), model]);
  const limiters = new Map<string, Limiter>();
  for (const [budget, members] of groups) {
    limiters.set(
      budget,
      createLimiter({
        models: members.map((model) => model.id),
        concurrency: Math.min(...members.map((model) => model.concurrency)),
        requestsPerMinute: strictest(members.map((model) => model.requestsPerMinute)),
        tokensPerMinute: strictest(members.map((model) => model.tokensPerMinute)),
        adaptive,
        onChange: (state) => onChange(budget, state),
      }),
    );
  }
  return limiters;
}

function strictest(values: readonly (number | undefined)[]): number | undefined {
  const set = values.filter((value): value is number => value !== undefined);
  return set.length === 0 ? undefined : Math.min(...set);
}
