import type { NewRun } from '../../results/types.js';
import type { ItemResult } from '../../runners/types.js';

/** A run record and item results shaped like the runner's, for store and report tests. */
export const RUN: NewRun = {
  id: 'run-1',
  startedAt: '2026-11-29T00:00:00.000Z',
  toolVersion: '0.1.0',
  configHash: 'c0ffee',
  suites: [{ id: 's', version: '1.0.0', title: 'S', domain: 'finance', task: 'multiple-choice', hash: 'h', promptHash: 'p', scorers: [{ id: 'multiple-choice' }, { id: 'includes' }], license: 'Apache-2.0' }],
  models: [{ id: 'm', adapter: 'openai', model: 'x', baseUrl: 'http://127.0.0.1:1/v1', params: { temperature: 0 }, concurrency: 4 }],
  settings: { maxAttempts: 3 },
  spec: {},
};

export function item(sampleId: string, outcome: 1 | 0 | null | 'error', category = 'c1'): ItemResult {
  const base = { key: `s/${sampleId}/m/0`, suiteId: 's', sampleId, modelId: 'm', repeat: 0, category, promptHash: 'ph', attempts: 1 };
  if (outcome === 'error') return { ...base, status: 'error', attempts: 4, error: { kind: 'transient', message: 'HTTP 500', status: 500 }, scores: [] };
  return {
    ...base,
    status: 'ok',
    output: 'out',
    latencyMs: 12,
    usage: { inputTokens: 10, outputTokens: 2 },
    scores: [
      { scorer: 'multiple-choice', value: outcome, ...(outcome === null ? {} : { answer: 'B' }) },
      { scorer: 'includes', value: 1 },
    ],
  };
}

