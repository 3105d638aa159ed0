/**
 * Puts a run's files into the content folder so that a run that fails or is killed leaves the previous
 * content as it was. Files are written to a staging folder first; only when all are on disk is a journal
 * written, and the generated parts are then swapped in by renames. A run killed during the swap is rolled
 * forward by the next run (the journal says the staging folder is complete).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
