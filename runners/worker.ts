import { workerData } from 'node:worker_threads';
import { createAdapter } from '../adapters/index.js';
import type { ModelAdapter } from '../adapters/types.js';
import { attemptItem, prepareSuite, type PreparedSuite } from './attempt.js';
import type { AttemptOutcome, ModelTarget, WorkerSetup, WorkerTask } from './types.js';

// Built once per thread from workerData: suites and models never travel with each task.
const setup = workerData as WorkerSetup;
const suites = new Map<string, PreparedSuite>(setup.suites.map((suite) => [suite.id, prepareSuite(suite)]));
const models = new Map<string, ModelTarget>(setup.models.map((model) => [model.id, model]));
// Promises, so concurrent first tasks for a model share one adapter (and one SDK load).
const adapters = new Map<string, Promise<ModelAdapter>>();

function adapterFor(model: ModelTarget): Promise<ModelAdapter> {
  let adapter = adapters.get(model.id);
  if (!adapter) {
    adapter = createAdapter(model.adapter);
    adapters.set(model.id, adapter);
  }
  return adapter;
}

/** Piscina calls this for each task; many run concurrently on one thread. */
export default async function runTask(task: WorkerTask): Promise<AttemptOutcome> {
  const suite = suites.get(task.item.suiteId);
  const modelId = task.judgeModelId ?? task.item.modelId;
  const model = models.get(modelId);
  if (!suite || !model) {
    return { ok: false, promptHash: '', error: { kind: 'internal', message: `worker has no suite "${task.item.suiteId}" or model "${modelId}"` } };
  }
  // A judge's reply is read by the runner, not by the suite's scorers.
  return attemptItem(task, task.judgeModelId === undefined ? suite : { ...suite, scorers: [] }, await adapterFor(model), model.params);
}
