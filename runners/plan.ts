import type { Suite } from '../suites/types.js';
import type { ItemResult, WorkItem } from './types.js';

export interface PlanOptions {
  /** Only the first N samples of each suite. */
  readonly limit?: number;
  /** Times each sample is asked (for pass@k and self-consistency later). Default 1. */
  readonly repeats?: number;
}

/** The key that identifies a work item in the store, stable across runs and machines. */
export function workItemKey(suiteId: string, sampleId: string, modelId: string, repeat: number): string {
  return `${suiteId}/${sampleId}/${modelId}/${repeat}`;
}

/**
 * The work for one model, streamed suite by suite: samples are read as they are
 * needed, so memory holds only the items in flight, not the suite.
 */
export async function* planModelItems(suites: readonly Suite[], modelId: string, options: PlanOptions = {}): AsyncGenerator<WorkItem> {
  const repeats = options.repeats ?? 1;
  for (const suite of suites) {
    let taken = 0;
    for await (const sample of suite.samples()) {
      if (options.limit !== undefined && taken >= options.limit) break;
      taken += 1;
      for (let repeat = 0; repeat < repeats; repeat += 1) {
        yield { key: workItemKey(suite.id, sample.id, modelId, repeat), suiteId: suite.id, sample, modelId, repeat };
      }
    }
  }
}

/** The fields every result of a work item carries, whatever its outcome. */
export function itemIdentity(item: WorkItem): Pick<ItemResult, 'key' | 'suiteId' | 'sampleId' | 'modelId' | 'repeat' | 'category'> {
  return {
    key: item.key,
    suiteId: item.suiteId,
    sampleId: item.sample.id,
    modelId: item.modelId,
    repeat: item.repeat,
    ...(item.sample.category === undefined ? {} : { category: item.sample.category }),
  };
}
