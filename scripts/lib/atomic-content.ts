/**
 * Puts a run's files into the content folder so that a run that fails or is killed leaves the previous
 * content as it was. Files are written to a staging folder first; only when all are on disk is a journal
 * written, and the generated parts are then swapped in by renames. A run killed during the swap is rolled
 * forward by the next run (the journal says the staging folder is complete).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** What the content stage owns inside the content folder; everything else there is the user's. */
export const GENERATED_DIRS = ['papers'] as const;
export const GENERATED_FILES = ['concepts.json', 'graph.json', 'ledger.json'] as const;

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

function swapIn(contentDir: string, { staging, trash }: Journal): void {
  mkdirSync(join(contentDir, trash), { recursive: true });
  for (const dir of GENERATED_DIRS) {
    const fresh = join(contentDir, staging, dir);
    if (!existsSync(fresh)) continue;
    const live = join(contentDir, dir);
    if (existsSync(live)) renameSync(live, join(contentDir, trash, dir));
    renameSync(fresh, live);
  }
  for (const file of GENERATED_FILES) {
    const fresh = join(contentDir, staging, file);
    if (existsSync(fresh)) renameSync(fresh, join(contentDir, file));
  }
  rmSync(join(contentDir, JOURNAL), { force: true });
  rmSync(join(contentDir, trash), { recursive: true, force: true });
  rmSync(join(contentDir, staging), { recursive: true, force: true });
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
    if (entry.startsWith('.staging-') || entry.startsWith('.previous-')) {
      rmSync(join(contentDir, entry), { recursive: true, force: true });
    }
  }
  return outcome;
}

export interface CommitOptions {
  /** Runs after everything is staged and before anything live changes (tests use it to kill the run there). */
  beforeSwap?: () => void;
}

/** Replaces the generated parts of `contentDir` with `files` (relative path → text), all or nothing. */
export function commitContent(contentDir: string, files: Map<string, string>, { beforeSwap }: CommitOptions = {}): void {
  mkdirSync(contentDir, { recursive: true });
  recoverInterruptedRun(contentDir);
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const journal: Journal = { staging: `.staging-${id}`, trash: `.previous-${id}` };
  const stagingDir = join(contentDir, journal.staging);
  for (const dir of GENERATED_DIRS) mkdirSync(join(stagingDir, dir), { recursive: true });
  for (const [path, text] of files) {
    const target = join(stagingDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  beforeSwap?.();
  writeFileAtomic(join(contentDir, JOURNAL), JSON.stringify(journal));
  swapIn(contentDir, journal);
}
