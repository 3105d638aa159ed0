/**
 * File-system side of keeping the output folder between builds (src/lib/cache/out-dir.ts says when that
 * is safe and which files are then stale).
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { openDataOutputs } from './open-data';
import { SERVICE_WORKER_FILE } from '../../src/lib/offline/precache';
import { SAVED_PAGES_FILE } from '../../src/lib/offline/saved-pages';
import { isSearchIndexFolder } from './post-build';
import { ASTRO_MANIFEST_FILE, canKeepOutDir, emptiedFolders, manifestOutputs, staleOutputs, type OutDirStamp, type OutFile } from '../../src/lib/cache/out-dir';

const STAMP = 'atlas-out-dir.json';
const MARKER = '.atlas-build-started';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function indexStat(outDir: string): { mtimeMs: number; size: number } | undefined {
  try {
    const s = statSync(join(outDir, 'index.html'));
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return undefined;
  }
}

/**
 * Files under `dir` with their mtime; those in `known` are left out unread (they are kept whatever their time),
 * and so are the folders `skipDir` names (by their path relative to `root`). `folders`, when given, gets every
 * folder walked (`''` for the root) with how many entries it holds.
 */
function walk(dir: string, root: string, out: OutFile[], known: ReadonlySet<string> = new Set(), skipDir: (path: string) => boolean = () => false, folders?: Map<string, number>): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  folders?.set(relative(root, dir).split(sep).join('/'), entries.length);
  for (const entry of entries) {
    const full = join(dir, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (entry.isDirectory()) {
      if (!skipDir(path)) walk(full, root, out, known, skipDir, folders);
    } else if (!known.has(path)) out.push({ path, mtimeMs: statSync(full).mtimeMs });
  }
}

export interface KeptOutDir {
  /** The build's start on the output folder's clock. */
  since: number;
}

/**
 * Decides whether the coming Astro build may keep `outDir` (instead of emptying it) and, if so, marks the
 * build's start. Returns undefined when the folder must be emptied as usual.
 */
export function prepareOutDir(outDir: string, cacheDir: string): KeptOutDir | undefined {
  if (!existsSync(join(cacheDir, ASTRO_MANIFEST_FILE))) return undefined;
  if (!canKeepOutDir(readJson(join(cacheDir, STAMP)), outDir, indexStat(outDir))) return undefined;
  const marker = join(outDir, MARKER);
  writeFileSync(marker, '');
  const since = statSync(marker).mtimeMs;
  rmSync(marker, { force: true });
  return { since };
}

/**
 * After a build that kept the folder: removes what it did not produce, then every empty folder (a cold build
 * has none). Returns the files that went (relative to `outDir`). It may run beside the search-index step (scripts/build.ts), which takes its pages from Astro's
 * manifest, not from the folder, so stale pages not yet removed are not indexed.
 */
export function pruneOutDir(outDir: string, cacheDir: string, publicDir: string, kept: KeptOutDir): string[] {
  const pages = manifestOutputs(readJson(join(cacheDir, ASTRO_MANIFEST_FILE)));
  // The open-data step decides itself whether its files are current (they are written again only when their
  // inputs changed), so they must still be there when it runs.
  for (const path of openDataOutputs(cacheDir)) pages.add(path);
  // The service-worker step runs after the prune and writes its file again every build: removing it here
  // only left the site without one for a while, and every re-run reported it as stale.
  pages.add(SERVICE_WORKER_FILE);
  pages.add(SAVED_PAGES_FILE);
  // Kept pages are not stale whatever their time: 25,000 of them need no stat. The search index's folders
  // belong to its step, which runs while this prune does (and leaves exactly the files of its own index).
  const files: OutFile[] = [];
  const folders = new Map<string, number>();
  walk(outDir, outDir, files, pages, isSearchIndexFolder, folders);
  const publicFiles: OutFile[] = [];
  if (existsSync(publicDir)) walk(publicDir, publicDir, publicFiles);
  const stale = staleOutputs(files, kept.since, pages, new Set(publicFiles.map((f) => f.path)));
  for (const path of stale) rmSync(join(outDir, path), { force: true });
  // Astro's own prune has deleted the pages it no longer builds, but not their folders: those go here too.
  for (const dir of emptiedFolders(folders, stale)) {
    try {
      rmdirSync(join(outDir, dir));
    } catch {
      // Not empty after all (something wrote into it since the walk): it stays, as it should.
    }
  }
  return stale;
}

/** Records that `outDir` is now exactly what this cache built, so the next build may keep it. */
export function stampOutDir(outDir: string, cacheDir: string): void {
  const index = indexStat(outDir);
  const stampPath = join(cacheDir, STAMP);
  if (!index) {
    rmSync(stampPath, { force: true });
    return;
  }
  const stamp: OutDirStamp = { outDir, indexMtimeMs: index.mtimeMs, indexSize: index.size };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampPath, JSON.stringify(stamp));
}

/** Forgets the stamp: the folder is about to change in a way the cache does not know about. */
export function unstampOutDir(cacheDir: string): void {
  rmSync(join(cacheDir, STAMP), { force: true });
}

/**
 * Astro's incremental build keeps a second copy of every keyed page in `<cacheDir>/dist/`, to restore
 * pages into an emptied output folder. This build keeps the output folder instead, so those 25,000 copies
 * only cost time (a third of the page-writing time of a cold build, measured at 1,000 papers): the copy
 * folder is made a link to the output folder, where the same bytes already are. When the output folder
 * was emptied, Astro finds no copy and renders the page, as it would on a first build. Where links
 * cannot be made, Astro keeps its copies.
 */
export function linkPageCopies(outDir: string, cacheDir: string): void {
  const copies = join(cacheDir, 'dist');
  try {
    const stat = lstatSync(copies, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink() && readlinkSync(copies) === outDir) return;
    if (stat) rmSync(copies, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    mkdirSync(outDir, { recursive: true });
    symlinkSync(outDir, copies, 'dir');
  } catch {
    // Astro writes real copies, as it does by default.
  }
}

/**
 * Where a build that starts from an empty folder writes the site: beside `outDir`, which keeps the last
 * complete site until {@link putStagedSiteInPlace}. What an earlier build stopped half-way left there
 * (staged site, or an old site not yet deleted) is removed first.
 */
export function prepareStagedSite(outDir: string): string {
  const staged = `${outDir}.next`;
  removeLeftovers(outDir);
  return staged;
}

function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const name = basename(outDir);
  const entries = readdirSync(parent);
  const oldSites = entries.filter((entry) => entry.startsWith(`${name}.old-`) && /^\d+$/.test(entry.slice(name.length + 5)));
  // Stopped between the two renames: the last complete site is the old one.
  if (!existsSync(outDir) && oldSites.length > 0) renameSync(join(parent, oldSites.shift()!), outDir);
  for (const entry of [...oldSites, ...entries.filter((entry) => entry === `${name}.next`)]) {
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Puts the staged site where the last one was: two renames, so the folder holds the last complete site or
 * the new one at every moment but the one between them. The last site is deleted afterwards.
 */
export function putStagedSiteInPlace(staged: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, old);
  renameSync(staged, outDir);
  if (hadSite) rmSync(old, { recursive: true, force: true });
}
