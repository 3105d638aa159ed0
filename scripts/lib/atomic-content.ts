/**
 * Puts a run's files into the content folder so that a run that fails or is killed leaves the previous
 * content as it was. Files are written to a staging folder first; only when all are on disk is a journal
 * written, and the generated parts are then swapped in by renames. A run killed during the swap is rolled
 * forward by the next run (the journal says the staging folder is complete).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** What the content stage owns inside the content folder; everything else there is the user's. */
export const GENERATED_DIRS = ['papers'] as const;
export const GENERATED_FILES = ['concepts.json', 'graph.json', 'ledger.json', 'moved-urls.json'] as const;

const JOURNAL = '.commit-journal.json';

interface Journal {
  staging: string;
  trash: string;
}

function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Hard-links `target` to `source` when `source` holds exactly `text` (checked after linking, so a file
 * changed since the caller read it is never taken for the planned one); false when it does not, or the
 * file system cannot link (the caller then writes a copy).
 */
function linkTo(source: string, target: string, text: string): boolean {
  try {
    linkSync(source, target);
  } catch {
    return false;
  }
  if (readFileSync(target, 'utf8') === text) return true;
  rmSync(target, { force: true });
  return false;
}

/** What in a generated folder the stage does not write: anything but a paper file (a note, a folder of figures). */
export const isForeignEntry = (name: string): boolean => !name.endsWith('.md');

function swapIn(contentDir: string, { staging, trash }: Journal): void {
  mkdirSync(join(contentDir, trash), { recursive: true });
  for (const dir of GENERATED_DIRS) {
    const fresh = join(contentDir, staging, dir);
    if (!existsSync(fresh)) continue;
    const live = join(contentDir, dir);
    if (existsSync(live)) {
      // The user's own files there go with the folder: moved, after the journal is written, so a run killed
      // here moves the rest when the next one finishes the swap.
      for (const name of readdirSync(live)) {
        if (isForeignEntry(name) && !existsSync(join(fresh, name))) renameSync(join(live, name), join(fresh, name));
      }
      renameSync(live, join(contentDir, trash, dir));
    }
    renameSync(fresh, live);
  }
  for (const file of GENERATED_FILES) {
    const fresh = join(contentDir, staging, file);
    if (existsSync(fresh)) renameSync(fresh, join(contentDir, file));
  }
  rmSync(join(contentDir, JOURNAL), { force: true });
  // The new content is in place: what is left is clearing the old, which a file the system will not let go of
  // (an immutable one) must not turn into a failed run, nor fail every run after it.
  clearAway(join(contentDir, trash));
  clearAway(join(contentDir, staging));
}

/** Removes a folder the run is done with; one it cannot remove is left, with a word, for the next run or the user. */
function clearAway(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch (error) {
    console.warn(`  warning: could not remove ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the content is in place, remove that folder by hand`);
  }
}

/** Finishes a swap that a killed run started, and clears staging folders of runs that died earlier. */
export function recoverInterruptedRun(contentDir: string): 'rolled-forward' | 'clean' {
  if (!existsSync(contentDir)) return 'clean';
  const journalPath = join(contentDir, JOURNAL);
  let outcome: 'rolled-forward' | 'clean' = 'clean';
  if (existsSync(journalPath)) {
    swapIn(contentDir, JSON.parse(readFileSync(journalPath, 'utf8')) as Journal);
    outcome = 'rolled-forward';
  }
  for (const entry of readdirSync(contentDir)) {
    if (entry.startsWith('.staging-') || entry.startsWith('.previous-')) clearAway(join(contentDir, entry));
  }
  return outcome;
}

export interface CommitOptions {
  /** Runs after everything is staged and before anything live changes (tests use it to kill the run there). */
  beforeSwap?: () => void;
  /**
   * Text of the live generated files as the caller read them (relative path → text). A staged file with
   * the same text is a hard link to the live one instead of a new copy: on a re-run most of 10,000 paper
   * files are unchanged, and linking them costs a fraction of writing them (and of deleting the old ones).
   * Only a hint: the live file is read again before it is trusted.
   */
  current?: ReadonlyMap<string, string>;
}

/** Replaces the generated parts of `contentDir` with `files` (relative path → text), all or nothing. */
export function commitContent(contentDir: string, files: Map<string, string>, { beforeSwap, current }: CommitOptions = {}): void {
  mkdirSync(contentDir, { recursive: true });
  recoverInterruptedRun(contentDir);
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const journal: Journal = { staging: `.staging-${id}`, trash: `.previous-${id}` };
  const stagingDir = join(contentDir, journal.staging);
  for (const dir of GENERATED_DIRS) mkdirSync(join(stagingDir, dir), { recursive: true });
  const made = new Set<string>(GENERATED_DIRS.map((dir) => join(stagingDir, dir)));
  for (const [path, text] of files) {
    const target = join(stagingDir, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    // Only files inside the generated folders: those are moved away as a whole at the swap, so the live
    // file and its link in staging are never both live.
    const inGeneratedDir = GENERATED_DIRS.some((dir) => path.startsWith(`${dir}/`));
    if (inGeneratedDir && current?.get(path) === text && linkTo(join(contentDir, path), target, text)) continue;
    writeFileSync(target, text);
  }
  beforeSwap?.();
  writeFileAtomic(join(contentDir, JOURNAL), JSON.stringify(journal));
  swapIn(contentDir, journal);
}

/** The lock file of the run writing the folder: in the folder, but no content of it (the content stamp leaves it out). */
export const CONTENT_LOCK = '.content-lock';

/** Whether process `pid` is alive here (a process of another user counts: it cannot be signalled, but it is there). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sleeps the thread for `ms` (the lock is taken before the stage's work starts: nothing else waits on it). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A takeover left by a run that died in the few instructions it holds one, past which it is cleared. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Takes the content folder for this run, or says which run has it: two runs at once read each other's half-made
 * folder, and the second cleared the first's staging folder as an interrupted run's, so the first reported
 * content it had not written. The lock file is created exclusively; one left by a run that died (its process
 * gone) is taken over, by one run at a time (`<lock>.takeover`, made exclusively): two runs that both found it
 * stale both took it. Released, with a folder made only for it, when the process exits.
 */
export function lockContentDir(contentDir: string): { held: true } | { held: false; by: string } {
  const made = !existsSync(contentDir);
  mkdirSync(contentDir, { recursive: true });
  const path = join(contentDir, CONTENT_LOCK);
  const takeover = `${path}.takeover`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      process.on('exit', () => release(path, mine, made ? contentDir : undefined));
      return { held: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // Gone meanwhile: try again.
    }
    let holder: { pid?: unknown; host?: unknown } | undefined;
    try {
      holder = JSON.parse(text) as typeof holder;
    } catch {
      // Being written by the run that just made it, or garbage: wait, then take it for garbage once it is old.
      if (Date.now() - statSync(path).mtimeMs < TAKEOVER_STALE_MS) {
        pause(20);
        continue;
      }
    }
    const pid = typeof holder?.pid === 'number' ? holder.pid : undefined;
    const here = holder?.host === hostname();
    if (pid !== undefined && (!here || (pid !== process.pid && alive(pid)))) return { held: false, by: `process ${pid}${here ? '' : ` on ${String(holder?.host)}`}` };
    try {
      mkdirSync(takeover);
    } catch {
      if (existsSync(takeover) && Date.now() - statSync(takeover).mtimeMs > TAKEOVER_STALE_MS) rmSync(takeover, { recursive: true, force: true });
      pause(20);
      continue;
    }
    try {
      // Still the stale lock that was read (not one a run took meanwhile): removed, and the loop takes it.
      if (readFileSync(path, 'utf8') === text) rmSync(path, { force: true });
    } catch {
      // Gone already.
    } finally {
      rmSync(takeover, { recursive: true, force: true });
    }
  }
  return { held: false, by: 'another run that is taking the folder' };
}

/** Removes this run's lock (not one another run took), and the folder if it was made for the lock and is empty. */
function release(path: string, mine: string, madeDir: string | undefined): void {
  try {
    if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    if (madeDir !== undefined && readdirSync(madeDir).length === 0) rmSync(madeDir, { recursive: true, force: true });
  } catch {
    // Gone already: nothing to release.
  }
}
