import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../common/package-root.js';
import { UsageError } from '../common/errors.js';
import { didYouMean } from '../common/did-you-mean.js';
import { loadSuite } from './loader.js';
import { SuiteError } from './errors.js';
import { isImportSelector } from './importers/selector.js';
import type { Suite } from './types.js';

/** Where pingce's own suites live (YAML beside their JSONL, one folder per domain). */
export const builtinSuitesDir = join(packageRoot, 'suites');

/** Every `.yaml` suite file below a folder, sorted so runs are reproducible. */
export function findSuiteFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...findSuiteFiles(full));
    // A run configuration kept beside the suites is not a suite.
    else if (/\.ya?ml$/.test(entry.name) && !/(^|\.)config\.ya?ml$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

export async function loadBuiltinSuites(): Promise<Suite[]> {
  return Promise.all(findSuiteFiles(builtinSuitesDir).map((file) => loadSuite(file)));
}

/**
 * A selector is a path (not a bundled id) when it has a slash, a YAML ending or a leading dot.
 * `import:FORMAT:PATH` is not: its PATH is resolved by resolveSuites, against the config's folder.
 */
export function looksLikePath(selector: string): boolean {
  if (isImportSelector(selector)) return false;
  return /[\\/]/.test(selector) || /\.ya?ml$/.test(selector) || selector.startsWith('.');
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/**
 * Turns selectors into suites. A selector is a path to a suite file or folder
 * (relative to `baseDir`), a bundled suite id, where `*` matches anything, or
 * `import:FORMAT:PATH[?KEY=VALUE&…]`: public-format data imported into memory
 * (suites/importers/README.md), nothing written.
 * Each suite appears once, in selector order; a selector that matches nothing is an error.
 */
export async function resolveSuites(selectors: readonly string[], baseDir: string): Promise<Suite[]> {
  const chosen = new Map<string, Suite>();
  let builtin: Suite[] | undefined;
  for (const selector of selectors) {
    const path = resolve(baseDir, selector);
    let matched: Suite[] = [];
    if (isImportSelector(selector)) {
      // The importers load only for an `import:` entry.
      matched = (await import('./importers/memory.js')).importSelector(selector, baseDir);
    } else if (!looksLikePath(selector)) {
      builtin ??= await loadBuiltinSuites();
      const pattern = globToRegExp(selector);
      matched = builtin.filter((suite) => pattern.test(suite.id));
    }
    // A bundled id wins over a same-named folder; a bare name is a path only when it is no bundled id.
    if (matched.length === 0 && (looksLikePath(selector) || existsSync(path))) {
      if (!existsSync(path)) throw new UsageError('SUITE_NOT_FOUND', `suite path not found: ${path}`);
      const files = statSync(path).isDirectory() ? findSuiteFiles(path) : [path];
      if (files.length === 0) throw new UsageError('SUITE_NOT_FOUND', `no suite files (*.yaml) in ${path}`);
      matched = await Promise.all(files.map((file) => loadSuite(file)));
    }
    if (matched.length === 0) {
      const hint = didYouMean(selector, (builtin ?? []).map((suite) => suite.id));
      throw new UsageError('SUITE_NOT_FOUND', `no bundled suite matches "${selector}"${hint}; run \`pingce suites list\``);
    }
    for (const suite of matched) {
      const existing = chosen.get(suite.id);
      if (existing && existing.file !== suite.file) {
        throw new SuiteError({ file: suite.file, path: 'id' }, `suite id "${suite.id}" is also used by ${existing.file}`);
      }
      chosen.set(suite.id, suite);
    }
  }
  return [...chosen.values()];
}
