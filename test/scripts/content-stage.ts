/**
 * Runs the real content stage (`scripts/content.ts`) as its own process, the way `npm run content` does,
 * against a content folder of the test's own, and reads folders back as file → hash maps.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT } from '../support/build-site';

export { ROOT };

export interface ContentRun {
  contentDir: string;
  inputs: string[];
  args?: string[];
  env?: Record<string, string>;
  /**
   * Whether a run that would change nothing may be skipped (scripts/lib/content-stamp.ts). Off unless a test
   * is about that: the others run the stages again to test what the stages do.
   */
  skipUnchanged?: boolean;
}

function command({ inputs, args = [], skipUnchanged = false }: ContentRun): string[] {
  return ['--import', 'tsx', 'scripts/content.ts', ...inputs.flatMap((i) => ['--input', i]), '--quiet', ...(skipUnchanged ? [] : ['--force']), ...args];
}

function environment({ contentDir, env = {} }: ContentRun): NodeJS.ProcessEnv {
  return { ...process.env, ATLAS_CONTENT_DIR: contentDir, ...env };
}

export interface ContentResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A stage of a test's few papers takes seconds; the limit is for a process that never ends (tsx's loader was seen to
 * hang once): spawnSync blocks the event loop, so Vitest's own test timeout could not fire and the run would stall.
 */
const STAGE_LIMIT_MS = 240_000;

export function runContentStage(run: ContentRun): ContentResult {
  const result = spawnSync(process.execPath, command(run), {
    cwd: ROOT,
    encoding: 'utf8',
    env: environment(run),
    maxBuffer: 64 * 1024 * 1024,
    timeout: STAGE_LIMIT_MS,
  });
  if (result.error) throw new Error(`the content stage did not end: ${result.error.message}\n${result.stdout}\n${result.stderr}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the stage without waiting; `exited` resolves with the exit code or the signal that ended it. */
export function startContentStage(run: ContentRun): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> } {
  const child = spawn(process.execPath, command(run), { cwd: ROOT, env: environment(run), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, exited };
}

/** Every file under `dir` (dot-files included) → sha256 of its bytes, keyed by `/`-separated relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[relative(dir, full).split(sep).join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Temporary folders removed by `cleanup()`. */
export function tempDirs(prefix: string): { make: () => string; cleanup: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup: () => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const describeRun = (r: ContentResult) => `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
