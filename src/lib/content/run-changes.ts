/**
 * What a re-run changed in the collection, for one line of the run's summary (review 20 L1): the papers added,
 * removed and renamed since the previous run. Made from what the content stage already knows: the previous
 * run's paper files (their slugs), this run's papers, and the files whose paper now has another slug.
 */

export interface PaperChanges {
  /** Slugs of papers the previous run had no page for, sorted. */
  added: string[];
  /** Slugs of the previous run's pages whose paper is gone, sorted. */
  removed: string[];
  /** Old slug → new slug of the papers whose page moved, sorted by old slug. */
  renamed: Array<{ from: string; to: string }>;
}

export interface PaperChangesInput {
  /** The previous run's paper slugs; empty for a first run. */
  previous: Iterable<string>;
  /** This run's paper slugs. */
  next: Iterable<string>;
  /** Old slug → new slug of the previous run's papers that are this run's under another slug. */
  renamed: ReadonlyMap<string, string>;
}

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The papers added, removed and renamed between two runs. A move counts as a rename, neither an addition nor a removal. */
export function paperChanges({ previous, next, renamed }: PaperChangesInput): PaperChanges {
  const before = new Set(previous);
  const after = new Set(next);
  const moves = sorted(renamed.keys())
    .filter((from) => before.has(from) && !after.has(from) && after.has(renamed.get(from)!))
    .map((from) => ({ from, to: renamed.get(from)! }));
  const movedFrom = new Set(moves.map((m) => m.from));
  const movedTo = new Set(moves.map((m) => m.to));
  return {
    added: sorted([...after].filter((slug) => !before.has(slug) && !movedTo.has(slug))),
    removed: sorted([...before].filter((slug) => !after.has(slug) && !movedFrom.has(slug))),
    renamed: moves,
  };
}

/** Items named at most per kind; the rest are counted. */
export const NAMED_CHANGES = 5;

function named(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/**
 * The summary's line for a re-run, `changes since last run: +2 added (a, b), −1 removed (c), 1 renamed (d → e)`,
 * naming at most `max` slugs of each kind; undefined for a first run (no previous papers) and for a run that
 * changed none of them.
 */
export function describePaperChanges(changes: PaperChanges, firstRun: boolean, max = NAMED_CHANGES): string | undefined {
  if (firstRun) return undefined;
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`+${changes.added.length} added (${named(changes.added, max)})`);
  if (changes.removed.length > 0) parts.push(`\u2212${changes.removed.length} removed (${named(changes.removed, max)})`);
  if (changes.renamed.length > 0) {
    parts.push(`${changes.renamed.length} renamed (${named(changes.renamed.map((m) => `${m.from} \u2192 ${m.to}`), max)})`);
  }
  return parts.length === 0 ? undefined : `changes since last run: ${parts.join(', ')}`;
}
