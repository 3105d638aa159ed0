/**
 * Keeping the previous build's output folder instead of emptying it. Astro's incremental build leaves a
 * page untouched when its cacheKey and code are unchanged, so a re-run need not delete 25,000 files
 * and copy them back from its cache. What the new build did not produce must then go: a file older than
 * the build that is neither a page Astro kept nor a public file is stale (a removed paper's page, an
 * old hashed asset) and would otherwise be published and indexed.
 */

/** What build.ts records after a build that kept or emptied the folder, to trust it the next time. */
export interface OutDirStamp {
  /** Absolute output folder the cache last built. */
  outDir: string;
  /** `index.html` as that build left it: another build into the same folder rewrites it. */
  indexMtimeMs: number;
  indexSize: number;
}

/**
 * The folder can be kept only when the last build into it used this cache (its pages are the ones the
 * cache's manifest describes): same folder, and `index.html` exactly as that build left it.
 */
export function canKeepOutDir(stamp: unknown, outDir: string, index: { mtimeMs: number; size: number } | undefined): boolean {
  if (!index || typeof stamp !== 'object' || stamp === null) return false;
  const s = stamp as Partial<OutDirStamp>;
  return s.outDir === outDir && s.indexMtimeMs === index.mtimeMs && s.indexSize === index.size;
}

/** Astro's incremental-build manifest, in its cache folder: every page the last build produced. */
export const ASTRO_MANIFEST_FILE = 'incremental-build.json';

/** Output files (relative, `/`-separated) that Astro's incremental manifest says this cache's pages live in. */
export function manifestOutputs(manifest: unknown): Set<string> {
  const out = new Set<string>();
  const routes = (manifest as { routes?: unknown } | null)?.routes;
  if (typeof routes !== 'object' || routes === null) return out;
  for (const route of Object.values(routes)) {
    const paths = (route as { paths?: unknown } | null)?.paths;
    if (typeof paths !== 'object' || paths === null) continue;
    for (const entry of Object.values(paths)) {
      const file = (entry as { outputFile?: unknown } | null)?.outputFile;
      if (typeof file === 'string') out.add(file);
    }
  }
  return out;
}

export interface OutFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  mtimeMs: number;
}

/**
 * Files of the kept folder that this build did not produce: written before `since` (the build's start,
 * read from the same file system's clock), not a page the manifest lists, not a copy of a public file.
 * Top-level dot entries (e.g. `.git`, which Astro's own emptying spares too) are left alone.
 */
export function staleOutputs(files: readonly OutFile[], since: number, kept: ReadonlySet<string>, publicFiles: ReadonlySet<string>): string[] {
  return files
    .filter((f) => f.mtimeMs < since && !kept.has(f.path) && !publicFiles.has(f.path) && !f.path.startsWith('.'))
    .map((f) => f.path);
}

/**
 * Folders of the kept folder that are empty once `removed` (files, relative) are gone: those the prune
 * emptied and those already empty, such as a removed page's folder whose `index.html` Astro's own
 * incremental prune deleted (it leaves the folder). A static server lists an empty folder's contents
 * where a cold build, which has no empty folder, answers 404. `folders` maps every folder the walk saw
 * (relative, `''` for the root) to how many entries it held; deepest first in the result, so each can be
 * removed in turn. The root and top-level dot entries (e.g. `.git`) are never listed.
 */
export function emptiedFolders(folders: ReadonlyMap<string, number>, removed: readonly string[]): string[] {
  const left = new Map(folders);
  const leave = (path: string) => {
    const cut = path.lastIndexOf('/');
    const parent = cut < 0 ? '' : path.slice(0, cut);
    const count = left.get(parent);
    if (count !== undefined) left.set(parent, count - 1);
  };
  for (const path of removed) leave(path);
  const depth = (path: string) => path.split('/').length;
  const deepestFirst = [...left.keys()].filter((path) => path !== '' && !path.startsWith('.')).sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0));
  const emptied: string[] = [];
  for (const path of deepestFirst) {
    if (left.get(path) !== 0) continue;
    emptied.push(path);
    leave(path);
  }
  return emptied;
}

/** How many files this many names shows before "and N more": enough to recognise a pattern, one line still. */
const NAMED_REMOVED = 3;

/**
 * The prune's line in the build log: the files themselves (sorted, relative to the site), so that a re-run
 * that removes something it should not is seen at once, not only counted.
 */
export function describeRemoved(removed: readonly string[]): string {
  if (removed.length === 0) return 'nothing stale to remove';
  const named = [...removed].sort().slice(0, NAMED_REMOVED);
  const more = removed.length - named.length;
  const files = removed.length === 1 ? 'file' : 'files';
  return `${removed.length} ${files} this build did not produce removed: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
