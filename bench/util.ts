import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (bench files run from `dist/bench/`). */
export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
/** The built CLI the benchmarks spawn. */
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/** The model name sent to the reference endpoint (it answers to any). */
export const MODEL = 'pingce-reference';

/** True when this module is the script node was started with (so files double as library and entry). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(resolve(entry)).href === moduleUrl;
}

/** `--name N` from argv, or the fallback. */
export function numberFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number`);
  return value;
}

/** `--name VALUE` from argv, or undefined. */
export function stringFlag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pingce-bench-${prefix}-`));
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fixed(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
}

export function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)}%` : 'n/a';
}

export function mb(kilobytes: number | undefined): string {
  return kilobytes === undefined ? 'n/a' : `${(kilobytes / 1024).toFixed(0)} MB`;
}

export function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

/** One line on the machine and the code measured, with the load average: other work on a shared machine skews every figure. */
export function machineLine(): string {
  const [one, five] = loadavg();
  return `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${fixed(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}, ${process.platform}; load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min) at ${new Date().toISOString()}; ${revision()}.`;
}

/** The commit measured, and whether sources outside bench/ differ from it (read-only git). */
function revision(): string {
  const git = (args: string[]): string | undefined => {
    const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  // An exported tree (git archive) is no checkout: its runner names the commit.
  const label = process.env['PINGCE_BENCH_REVISION'];
  if (label !== undefined && label !== '') return label;
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head === undefined) return 'not a git checkout';
  const changed = (git(['status', '--porcelain', '--untracked-files=no']) ?? '').split('\n').filter((line) => line !== '' && !/ (bench\/|package\.json$|tsconfig\.build\.json$)/.test(line));
  return `commit ${head}${changed.length === 0 ? '' : ` plus uncommitted changes to ${changed.length} file(s)`}`;
}
