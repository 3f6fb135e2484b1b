import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, wallNow } from './util.js';

export interface ChildRun {
  readonly code: number | null;
  /** Wall-clock ms from just before spawn to process exit. */
  readonly wallMs: number;
  /** `wallNow()` just before spawn, for start-up measurements. */
  readonly spawnWallMs: number;
  /** Peak resident set size in KiB, or undefined when it could not be measured. */
  readonly maxRssKb: number | undefined;
  readonly rssSource: 'time -v' | 'VmHWM poll' | 'none';
  /** User + system CPU time of the child in ms (GNU time only): what the work cost, whatever the load. */
  readonly cpuMs: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** Resident set size over time, when asked for: ms since spawn and KiB. */
  readonly rssSamples: readonly { readonly atMs: number; readonly kb: number }[];
}

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | undefined;

/** GNU time's `-v` reports the child's peak RSS from the kernel, which no polling can miss. */
function hasGnuTime(): boolean {
  if (gnuTimeWorks === undefined) {
    const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }) : undefined;
    gnuTimeWorks = probe !== undefined && /Maximum resident set size/.test(probe.stderr);
  }
  return gnuTimeWorks;
}

/** Keeps the last `limit` characters: a million-item run may log a lot and only its end matters. */
function collector(limit = 256 * 1024): { add(chunk: Buffer): void; text(): string } {
  let text = '';
  return {
    add(chunk) {
      text += chunk.toString('utf8');
      if (text.length > limit * 2) text = text.slice(-limit);
    },
    text: () => text.slice(-limit),
  };
}

/** Runs `node ARGS` as a child, timing it and measuring its peak RSS. */
export async function runNode(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; sampleRssEveryMs?: number } = {}): Promise<ChildRun> {
  const useTime = hasGnuTime();
  const dir = useTime ? tempDir('time') : undefined;
  const timeFile = dir === undefined ? undefined : join(dir, 'time.txt');
  const [command, commandArgs] = timeFile === undefined ? [process.execPath, [...args]] : [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]];
  const out = collector();
  const err = collector();
  const spawnWallMs = wallNow();
  const child = spawn(command, commandArgs, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', out.add);
  child.stderr.on('data', err.add);
  let polledKb: number | undefined;
  // VmHWM is the kernel's own high-water mark, so polling only risks missing growth in the last 20 ms.
  const poll = useTime ? undefined : setInterval(() => {
    const kb = readStatusField(child.pid, 'VmHWM');
    if (kb !== undefined) polledKb = Math.max(polledKb ?? 0, kb);
  }, 20);
  const rssSamples: { atMs: number; kb: number }[] = [];
  const sampler = options.sampleRssEveryMs === undefined ? undefined : setInterval(() => {
    // Under GNU time the measured node process is time's child.
    const pid = useTime ? childPid(child.pid) : child.pid;
    const kb = readStatusField(pid, 'VmRSS');
    if (kb !== undefined) rssSamples.push({ atMs: wallNow() - spawnWallMs, kb });
  }, options.sampleRssEveryMs);
  // 'close' comes after the pipes drain; 'exit' is the moment that is timed.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const [code, exitWallMs] = await new Promise<[number | null, number]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve([exitCode, wallNow()]));
  });
  if (poll) clearInterval(poll);
  if (sampler) clearInterval(sampler);
  await closed;
  let maxRssKb = polledKb;
  let cpuMs: number | undefined;
  if (timeFile !== undefined && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (pattern: RegExp): number | undefined => {
      const value = pattern.exec(report)?.[1];
      return value === undefined ? undefined : Number(value);
    };
    maxRssKb = field(/Maximum resident set size \(kbytes\): (\d+)/);
    const user = field(/User time \(seconds\): ([\d.]+)/);
    const system = field(/System time \(seconds\): ([\d.]+)/);
    cpuMs = user === undefined || system === undefined ? undefined : (user + system) * 1000;
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  return {
    code,
    wallMs: exitWallMs - spawnWallMs,
    spawnWallMs,
    maxRssKb,
    rssSource: useTime ? 'time -v' : polledKb === undefined ? 'none' : 'VmHWM poll',
    cpuMs,
    stdout: out.text(),
    stderr: err.text(),
    rssSamples,
  };
}

/** A `kB` field of /proc/PID/status (VmRSS now, VmHWM the peak so far). */
function readStatusField(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

function childPid(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0];
    return first === undefined || first === '' ? undefined : Number(first);
  } catch {
    return undefined;
  }
}

/** Throws with the child's output when it failed, so a broken run is never reported as a figure. */
export function assertSucceeded(run: ChildRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited with ${run.code}\n--- stdout ---\n${run.stdout.slice(-4000)}\n--- stderr ---\n${run.stderr.slice(-4000)}`);
}
