import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchEndpoint } from './endpoint.js';
import { assertSucceeded, runNode, type ChildRun } from './measure.js';
import type { ReferenceClientResult } from './reference-client.js';

export interface ReferenceRun {
  readonly child: ChildRun;
  readonly result: ReferenceClientResult;
  /** Items per second over the child's whole life, as for pingce. */
  readonly itemsPerSecond: number;
  /** Items per second of the request loop alone (prompts already rendered). */
  readonly loopItemsPerSecond: number;
  readonly startupMs: number | undefined;
}

/** The reference client (bench/reference-client.ts) as a child process, like pingce, so both pay the same process start. */
export async function runReferenceClient(endpoint: BenchEndpoint, suiteDir: string, expected: number, concurrency: number, transport: 'sdk' | 'http' = 'sdk'): Promise<ReferenceRun> {
  await endpoint.reset();
  const script = join(fileURLToPath(import.meta.url), '..', 'reference-client.js');
  const child = await runNode([script, '--base-url', `${endpoint.url}/v1`, '--suite', suiteDir, '--concurrency', String(concurrency), '--transport', transport]);
  assertSucceeded(child, 'reference client');
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as ReferenceClientResult;
  if (result.items !== expected || result.errors !== 0) throw new Error(`reference client: ${result.items} items, ${result.errors} errors (expected ${expected}, 0)`);
  const { stats, firstRequestWallMs } = await endpoint.report();
  if (stats.unknownPrompts !== 0) throw new Error(`the endpoint did not recognise ${stats.unknownPrompts} of the reference client's prompts`);
  return {
    child,
    result,
    itemsPerSecond: expected / (child.wallMs / 1000),
    loopItemsPerSecond: expected / (result.loopMs / 1000),
    startupMs: firstRequestWallMs === undefined ? undefined : firstRequestWallMs - child.spawnWallMs,
  };
}
