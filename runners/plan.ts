import type { Suite } from '../suites/types.js';
import { askedForms } from './circular.js';
import { selectSamples, type SampleSelection } from './select.js';
import type { ItemResult, WorkItem } from './types.js';

export interface PlanOptions extends SampleSelection {
  /** Times each sample is asked; overrides the suites' own `repeats`. */
  readonly repeats?: number | undefined;
  /** Items to leave out (already done in the run being resumed). */
  readonly skip?: ((key: string) => boolean) | undefined;
}

/** The key that identifies a work item in the store, stable across runs and machines. */
export function workItemKey(suiteId: string, sampleId: string, modelId: string, repeat: number): string {
  return `${suiteId}/${sampleId}/${modelId}/${repeat}`;
}

/**
 * The work for one model, streamed suite by suite: samples are read as they are
 * needed, so memory holds only the items in flight, not the suite. Selection
 * (limit, seeded sample, shard) acts on the data's samples; a circular suite
 * then asks each selected sample once per rotation of its options, the
 * rotation carried in the sample id and so in the item key (circular.ts).
 */
export async function* planModelItems(suites: readonly Suite[], modelId: string, options: PlanOptions = {}): AsyncGenerator<WorkItem> {
  for (const suite of suites) {
    const repeats = options.repeats ?? suite.repeats ?? 1;
    for await (const sample of selectSamples(suite, options)) {
      for (const asked of askedForms(suite, sample)) {
        for (let repeat = 0; repeat < repeats; repeat += 1) {
          const key = workItemKey(suite.id, asked.id, modelId, repeat);
          if (options.skip?.(key)) continue;
          yield { key, suiteId: suite.id, sample: asked, modelId, repeat };
        }
      }
    }
  }
}

/**
 * Items per model, by walking the plan once without keeping it. This also reads
 * and validates every data line, so bad data fails before anything is written.
 */
export async function countPlan(suites: readonly Suite[], modelIds: readonly string[], options: PlanOptions = {}): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const modelId of modelIds) {
    let count = 0;
    for await (const _item of planModelItems(suites, modelId, options)) count += 1;
    totals[modelId] = count;
  }
  return totals;
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
