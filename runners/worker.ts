import { workerData } from 'node:worker_threads';
import { createAdapter } from '../adapters/index.js';
import type { ModelAdapter } from '../adapters/types.js';
import { attemptItem, prepareSuite, type PreparedSuite } from './attempt.js';
import type { AttemptOutcome, ModelTarget, WorkerTask } from './types.js';
import { receiveSetup, type WorkerData } from './worker-setup.js';

// Built once per thread: suites and models never travel with each task. With a pool started
// before the suites were loaded, this waits for the pool to announce them (worker-setup.ts).
const setup = await receiveSetup(workerData as WorkerData);
const definitions = new Map(setup.suites.map((suite) => [suite.id, suite]));
// Prepared on first use: a scorer that cannot be built must fail its items, not the thread
// (a worker that dies while loading leaves the pool waiting for it). Promises, so concurrent
// first tasks of a suite share one preparation (and one load of its scorer modules).
const suites = new Map<string, Promise<PreparedSuite | Error>>();

function suiteFor(id: string): Promise<PreparedSuite | Error> | undefined {
  let suite = suites.get(id);
  if (!suite) {
    const definition = definitions.get(id);
    if (!definition) return undefined;
    suite = prepareSuite(definition).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    suites.set(id, suite);
  }
  return suite;
}
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
  const suite = await suiteFor(task.item.suiteId);
  if (suite instanceof Error) return { ok: false, promptHash: task.promptHash, error: { kind: 'internal', message: `suite ${task.item.suiteId}: ${suite.message}` } };
  const modelId = task.judgeModelId ?? task.item.modelId;
  const model = models.get(modelId);
  if (!suite || !model) {
    return { ok: false, promptHash: '', error: { kind: 'internal', message: `worker has no suite "${task.item.suiteId}" or model "${modelId}"` } };
  }
  // A judge's reply is read by the runner, not by the suite's scorers.
  return attemptItem(task, task.judgeModelId === undefined ? suite : { ...suite, scorers: [] }, await adapterFor(model), model.params);
}

// Warm up as soon as the thread starts, while the main thread still counts the plan and opens
// the store: the first tasks then find their scorers and adapters loaded instead of each
// waiting on module loading. Failures are kept for the tasks that need them (suiteFor keeps
// the Error; a rejected adapter promise rejects each task's await), never thrown here.
for (const id of definitions.keys()) void suiteFor(id);
for (const model of models.values()) void adapterFor(model).catch(() => undefined);
