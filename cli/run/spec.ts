import { SuiteError } from '../../suites/errors.js';
import { loadSuite } from '../../suites/loader.js';
import type { Suite } from '../../suites/types.js';
import type { PlanOptions } from '../../runners/plan.js';
import type { Shard } from '../../runners/select.js';
import type { RunRecord } from '../../results/types.js';
import { UsageError } from '../../common/errors.js';
import type { ModelConfig, RunSettings } from '../config/types.js';

/**
 * What a run must remember to be resumed on any machine with the same files:
 * suite files, model configs (the *names* of key variables, never keys), the
 * plan's options and the run settings. Stored with the run as JSON.
 */
export interface RunSpec {
  readonly suiteFiles: readonly string[];
  readonly models: readonly ModelConfig[];
  readonly judges?: readonly ModelConfig[];
  readonly run: RunSettings;
  readonly shard?: Shard;
  readonly cache: string | false;
  readonly output: string;
}

export function planOptions(spec: Pick<RunSpec, 'run' | 'shard'>): PlanOptions {
  const { run, shard } = spec;
  return {
    ...(run.limit === undefined ? {} : { limit: run.limit }),
    ...(run.repeats === undefined ? {} : { repeats: run.repeats }),
    ...(run.sample === undefined ? {} : { sample: { size: run.sample.size, seed: run.sample.seed ?? 0 } }),
    ...(shard === undefined ? {} : { shard }),
  };
}

export function readSpec(run: RunRecord): RunSpec {
  const spec = run.spec as Partial<RunSpec>;
  if (!Array.isArray(spec.suiteFiles) || !Array.isArray(spec.models) || spec.run === undefined) {
    throw new UsageError('RUN_NOT_RESUMABLE', `run ${run.id} was recorded without what a resume needs`);
  }
  return spec as RunSpec;
}

/** Loads a resumed run's suites and refuses any whose content changed since the run began. */
export async function loadRecordedSuites(run: RunRecord, spec: RunSpec): Promise<Suite[]> {
  const suites = await Promise.all(spec.suiteFiles.map((file) => loadSuite(file)));
  for (const suite of suites) {
    const recorded = run.suites.find((entry) => entry.id === suite.id);
    if (!recorded || recorded.hash !== suite.hash) {
      throw new SuiteError({ file: suite.file }, `suite "${suite.id}" changed since run ${run.id} began (content hash ${suite.hash.slice(0, 12)} ≠ ${recorded?.hash.slice(0, 12) ?? 'none'}); a resume would mix versions, so start a new run`);
    }
  }
  return suites;
}
