/**
 * Runs one command and measures it: wall time, the peak resident memory of its largest process (from
 * GNU `/usr/bin/time -v` when present, which reports ru_maxrss over the whole waited-for process tree), and a
 * /proc sampler that records each descendant's own peak so a multi-step build can be split by stage (content,
 * astro, pagefind) from one run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface ProcessPeak {
  pid: number;
  command: string;
  /** Highest VmRSS seen, in KiB. */
  peakRssKb: number;
  firstSeenMs: number;
  lastSeenMs: number;
}

export interface Measurement {
  wallMs: number;
  /** Peak RSS of the largest single process in the tree, KiB (time -v, else the sampler). */
  maxRssKb: number;
  /** Highest sum of RSS over the whole tree at one sample, KiB. */
  treePeakRssKb: number;
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  processes: ProcessPeak[];
  /** Where maxRssKb came from. */
  rssSource: 'time -v' | 'sampler';
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sampling period for the /proc sampler. */
  sampleMs?: number;
  /** Print the child's output as it comes (prefixed). */
  echo?: string;
  timeoutMs?: number;
}

/** `started`: the process's start time since boot, in clock ticks (stat field 22). */
function readProcStat(pid: number): { ppid: number; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; fields after it are fixed (field 3 first).
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), started: rest[19]! };
  } catch {
    return undefined;
  }
}

function readRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/** All live descendants of `root` (including itself), each with its start time. */
function descendants(root: number): Array<{ pid: number; started: string }> {
  const children = new Map<number, number[]>();
  const startedOf = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const stat = readProcStat(pid);
    if (!stat) continue;
    startedOf.set(pid, stat.started);
    const list = children.get(stat.ppid);
    if (list) list.push(pid);
    else children.set(stat.ppid, [pid]);
  }
  const out: Array<{ pid: number; started: string }> = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push({ pid, started: startedOf.get(pid) ?? '' });
    for (const child of children.get(pid) ?? []) stack.push(child);
  }
  return out;
}

function parseTimeV(text: string): { maxRssKb?: number } {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return m ? { maxRssKb: Number(m[1]) } : {};
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-time-'));
  const timeFile = join(work, 'time.txt');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // Only progress lines and errors: Astro lists every page it writes.
  const echo = (prefix: string, chunk: string) => {
    if (options.echo === undefined) return;
    for (const line of chunk.split('\n')) {
      if (/^\s*(✔|✖|•)|error|warn/i.test(line)) process.stderr.write(`${options.echo}${prefix}${line}\n`);
    }
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    echo(' ', c);
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    echo('! ', c);
  });
  // One entry per program run, not per pid: a process that execs another program (Node spawning Pagefind's binary
  // forks first) is a new entry, and so is a pid the system hands out again in a long build (pids wrap at
  // 32,768 here). Keyed by pid alone, a 50,000-paper build's Pagefind step showed 351 MB where its binary takes
  // 5.0 GB (GNU time, the same pages): the binary's peak had gone to an entry with another command.
  const peaks = new Map<string, ProcessPeak>();
  let treePeak = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const now = performance.now() - started;
    let sum = 0;
    for (const { pid, started: since } of descendants(child.pid)) {
      const rss = readRssKb(pid);
      sum += rss;
      const command = readCmdline(pid);
      // Gone, or a zombie, since it was listed.
      if (command === '') continue;
      const key = `${pid}@${since}\0${command}`;
      const known = peaks.get(key);
      if (known) {
        known.peakRssKb = Math.max(known.peakRssKb, rss);
        known.lastSeenMs = now;
      } else {
        peaks.set(key, { pid, command, peakRssKb: rss, firstSeenMs: now, lastSeenMs: now });
      }
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(sample, options.sampleMs ?? 200);
  const killer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  if (killer) clearTimeout(killer);
  const processes = [...peaks.values()].filter((p) => !p.command.startsWith(GNU_TIME));
  const sampledMax = processes.reduce((m, p) => Math.max(m, p.peakRssKb), 0);
  const timed = useTime && existsSync(timeFile) ? parseTimeV(readFileSync(timeFile, 'utf8')) : {};
  rmSync(work, { recursive: true, force: true });
  return {
    wallMs,
    maxRssKb: timed.maxRssKb ?? sampledMax,
    treePeakRssKb: treePeak,
    exitCode: code,
    signal,
    stdout,
    stderr,
    processes,
    rssSource: timed.maxRssKb !== undefined ? 'time -v' : 'sampler',
  };
}

/** The peak of the processes whose command line matches, KiB (0 when none was seen). */
export function peakOf(m: Measurement, match: RegExp): number {
  return m.processes.reduce((peak, p) => (match.test(p.command) ? Math.max(peak, p.peakRssKb) : peak), 0);
}

/**
 * `✔ label (12.3 s)` lines that scripts/build.ts prints after each step; the time may carry a note of what it
 * counts (`✔ astro build (53.4 s once the content was ready)`).
 */
export function stepTimes(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of stdout.matchAll(/^✔ (.+) \((\d+(?:\.\d+)?) s(?: [^()]*)?\)\s*$/gm)) out.set(m[1]!, Number(m[2]) * 1000);
  return out;
}

/** `✖ label failed (exit N).` from scripts/build.ts. */
export function failedStep(output: string): string | undefined {
  return /✖ (.+) failed \(exit/.exec(output)?.[1];
}

/**
 * How long each phase of the content stage took, from its progress lines (`• ingest: … (1.2 s)`, each with
 * the time since the stage started, and `✔ content written to … in 3.4 s`), as durations in ms.
 */
export function contentPhases(stdout: string): Record<string, number> {
  const marks: Array<[string, number]> = [];
  for (const m of stdout.matchAll(/^•\s+([^:]+):.*\((\d+(?:\.\d+)?) s\)\s*$/gm)) marks.push([m[1]!.trim(), Number(m[2]) * 1000]);
  const written = /^✔ content written to .* in (\d+(?:\.\d+)?) s\s*$/m.exec(stdout);
  if (written) marks.push(['write', Number(written[1]) * 1000]);
  const out: Record<string, number> = {};
  let previous = 0;
  for (const [name, at] of marks) {
    out[name] = Math.max(0, at - previous);
    previous = at;
  }
  return out;
}
