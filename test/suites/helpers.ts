import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll } from 'vitest';
import { loadSuite } from '../../suites/loader.js';
import { builtinSuitesDir } from '../../suites/resolve.js';
import type { Sample, Suite } from '../../suites/types.js';

const created: string[] = [];

/** A fresh folder under the OS temp dir; removed by `removeTempDirs`. */
export function tempDir(prefix = 'pingce-suites-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (relative path → text) below `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

export async function collect(suite: Pick<Suite, 'samples'>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for await (const sample of suite.samples()) samples.push(sample);
  return samples;
}

/** Awaits `action` and returns what it threw; fails the test if it did not throw. */
export async function caught(action: () => Promise<unknown>): Promise<Error & { code?: string; location?: { file: string; line?: number; path?: string } }> {
  try {
    await action();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the action to throw, but it resolved');
}

export interface LoadedSuite {
  readonly suite: Suite;
  readonly samples: Sample[];
}

/**
 * Loads the bundled suites `DOMAIN/ID.yaml` once, before the calling file's tests run,
 * and returns the lookup those tests use (throwing for an id it was not given).
 */
export function bundledSuites<Id extends string>(domain: string, ids: readonly Id[]): (id: Id) => LoadedSuite {
  const loaded = new Map<Id, LoadedSuite>();
  beforeAll(async () => {
    for (const id of ids) {
      const suite = await loadSuite(join(builtinSuitesDir, domain, `${id}.yaml`));
      loaded.set(id, { suite, samples: await collect(suite) });
    }
  });
  return (id) => {
    const entry = loaded.get(id);
    if (!entry) throw new Error(`${id} not loaded`);
    return entry;
  };
}
