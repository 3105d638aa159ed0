/**
 * The content stage killed in the middle of a run must leave the previous content as it was (or, once it
 * has started putting the new content in place, leave enough behind for the next run to finish the job),
 * and the next run must succeed. The stage runs as a real process and is killed with SIGKILL: no handler,
 * no cleanup, like a power cut or an OOM kill.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedRun } from '../../scripts/lib/atomic-content';
import { describeRun, ROOT, runContentStage, snapshot, startContentStage, tempDirs } from './content-stage';

const SMALL = [join(ROOT, 'test/fixtures/runs/ten-papers.jsonl')];
const BIGGER = [...SMALL, join(ROOT, 'test/fixtures/runs/thirty-more.jsonl')];

const temp = tempDirs('atlas-interrupted-');
/** A content folder holding the result of a clean run on SMALL, copied for each test. */
let previousDir: string;
let previous: Record<string, string>;
/** What an uninterrupted run on BIGGER leaves in a copy of the previous content. */
let next: Record<string, string>;
/** How long a clean run on BIGGER takes, to aim the random kills. */
let biggerRunMs: number;
/** How long after its start a run on BIGGER reached its commit point (measured by the paused run). */
let commitAtMs: number | undefined;

/** What a reader of the folder sees: everything but the stage's own scratch entries (dot-names at the top). */
const visible = (snap: Record<string, string>) => Object.fromEntries(Object.entries(snap).filter(([path]) => !path.startsWith('.')));

const paperCount = (snap: Record<string, string>) => Object.keys(snap).filter((p) => /^papers\/[^/]+\.md$/.test(p)).length;

function freshCopyOfPrevious(): string {
  const dir = temp.make();
  cpSync(previousDir, dir, { recursive: true });
  return dir;
}

async function waitFor(path: string, exited: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let done = false;
  void exited.then(() => (done = true));
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (existsSync(path)) return true;
    if (done) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

beforeAll(() => {
  previousDir = temp.make();
  const first = runContentStage({ contentDir: previousDir, inputs: SMALL });
  expect(first.status, describeRun(first)).toBe(0);
  previous = snapshot(previousDir);
  expect(paperCount(previous)).toBe(10);

  // The reference: the same run, on the same previous content, never interrupted.
  const uninterrupted = freshCopyOfPrevious();
  const started = Date.now();
  const run = runContentStage({ contentDir: uninterrupted, inputs: BIGGER });
  biggerRunMs = Date.now() - started;
  expect(run.status, describeRun(run)).toBe(0);
  next = snapshot(uninterrupted);
  expect(paperCount(next)).toBe(40);
}, 240_000);

afterAll(() => temp.cleanup());

describe('content stage killed mid-run', () => {
  it('leaves the previous content byte-identical when killed with the new content fully staged, and the next run succeeds', async () => {
    const dir = freshCopyOfPrevious();
    const marker = join(temp.make(), 'paused');
    const started = Date.now();
    const { child, exited } = startContentStage({ contentDir: dir, inputs: BIGGER, env: { ATLAS_TEST_PAUSE_BEFORE_COMMIT: marker } });
    const paused = await waitFor(marker, exited, 120_000);
    commitAtMs = Date.now() - started;
    if (!paused) {
      child.kill('SIGKILL');
      throw new Error(`the content stage never reached its commit point:\n${(await exited).output}`);
    }
    // The worst moment: every new file is on disk in the staging area, nothing live has changed yet.
    const staged = readdirSync(dir).filter((e) => e.startsWith('.staging-'));
    expect(staged.length).toBe(1);
    expect(readdirSync(join(dir, staged[0]!, 'papers')).length).toBe(40);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    expect(visible(snapshot(dir))).toEqual(previous);

    const rerun = runContentStage({ contentDir: dir, inputs: BIGGER });
    expect(rerun.status, describeRun(rerun)).toBe(0);
    // The next run clears the dead run's leftovers and writes exactly what an uninterrupted run writes.
    expect(snapshot(dir)).toEqual(next);
  }, 300_000);

  it('at any moment leaves either the previous content, the next content, or a journal the next run rolls forward', async (ctx) => {
    // Kill points around the moment the run commits (the files are written, then swapped in), known from
    // the paused run; otherwise spread over the end of a whole run.
    const aim = commitAtMs ?? biggerRunMs;
    const fractions = [0.4, 0.6, 0.8, 0.9, 1.0, 1.1];
    const seen: string[] = [];
    for (const fraction of fractions) {
      const dir = freshCopyOfPrevious();
      const { child, exited } = startContentStage({ contentDir: dir, inputs: BIGGER });
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(aim * fraction));
      const { signal, code, output } = await exited;
      clearTimeout(timer);
      if (signal === null) expect(code, output).toBe(0);

      const now = visible(snapshot(dir));
      const journal = existsSync(join(dir, '.commit-journal.json'));
      if (JSON.stringify(now) === JSON.stringify(previous)) seen.push(`${fraction}: previous`);
      else if (JSON.stringify(now) === JSON.stringify(next)) seen.push(`${fraction}: next`);
      else {
        // Killed while swapping: the journal must be there, and finishing it must give the next content.
        const differ = (a: Record<string, string>) => [...new Set([...Object.keys(a), ...Object.keys(now)])].filter((f) => a[f] !== now[f]);
        const how = signal ? `killed at ${fraction} of a run` : `a run that finished (exit ${code})`;
        expect(journal, `${how}: content is neither the previous nor the next and there is no journal to finish it; differs from previous in ${differ(previous).slice(0, 5).join(', ')}…, from next in ${differ(next).slice(0, 5).join(', ')}…`).toBe(true);
        recoverInterruptedRun(dir);
        expect(visible(snapshot(dir))).toEqual(next);
        seen.push(`${fraction}: rolled forward`);
      }
      // The first test already shows a rerun after a kill; here only after the first early kill and any roll-forward.
      const state = seen.at(-1)!.split(': ')[1]!;
      if (state === 'rolled forward' || (state === 'previous' && seen.filter((x) => x.endsWith('previous')).length === 1)) {
        const rerun = runContentStage({ contentDir: dir, inputs: BIGGER });
        expect(rerun.status, describeRun(rerun)).toBe(0);
        expect(snapshot(dir)).toEqual(next);
      }
    }
    expect(seen).toHaveLength(fractions.length);
    await ctx.annotate(`states after the kills: ${seen.join('; ')}`);
  }, 600_000);

  it('a run that fails (--on-error stop on a bad record) writes nothing and leaves the previous content as it was', () => {
    const dir = freshCopyOfPrevious();
    const bad = join(ROOT, 'test/fixtures/ingest/malformed.jsonl');
    const run = runContentStage({ contentDir: dir, inputs: [...BIGGER, bad], args: ['--on-error', 'stop'] });
    expect(run.status).not.toBe(0);
    // The message names the file and the line of the bad record.
    expect(run.stderr + run.stdout).toMatch(/test\/fixtures\/ingest\/malformed\.jsonl:\d+/);
    expect(snapshot(dir)).toEqual(previous);
    expect(readFileSync(join(dir, 'ledger.json'), 'utf8')).toBe(readFileSync(join(previousDir, 'ledger.json'), 'utf8'));
  }, 120_000);
});
