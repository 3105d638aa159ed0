/**
 * Old page paths that lead to new ones. A published atlas is linked to at `<base>/papers/<slug>/` and
 * `<base>/concepts/<id>/`, but a re-run can change both: a paper's slug comes from its title (a corrected
 * title moves the page), a concept's id from its label. The site serves a redirect page at each old path
 * (astro.config.mjs), from the list this stage makes and `content/moved-urls.json` keeps.
 *
 * - A paper page that is gone leads to the paper its record is now, known by identity as its user edits are
 *   (src/lib/content/moved-papers.ts): the caller passes those moves.
 * - A concept page that is gone leads to the one concept page that now has its label or one of its aliases as
 *   a label or alias; failing a name, to the one concept whose papers are mostly the old concept's and whose
 *   papers the old concept mostly had (Jaccard similarity of the two paper sets at least one half, papers that
 *   moved counted at their new slug). Two candidates as good as each other: no redirect, rather than a guess.
 * - The moves of earlier runs are kept while their target still exists, following this run's moves (a→b
 *   then b→c gives a→c). A path that is a live page is never redirected, and no redirect leads to a missing page.
 */
import { foldForComparison } from '../normalise/dedupe';
import { conceptNames as writtenNames } from '../model/concepts';

/** One redirect: paths relative to the site's base, with a trailing slash (`papers/old-title/`). */
export interface MovedUrl {
  from: string;
  to: string;
}

export interface ConceptPage {
  id: string;
  label: string;
  aliases: readonly string[];
  abbreviation?: string;
  papers: readonly string[];
}

export interface PagesOfRun {
  /** Paper slugs with a page. */
  papers: readonly string[];
  /** Concepts with a page. */
  concepts: readonly ConceptPage[];
}

export interface MovedUrlsInput {
  /** The previous run's pages; undefined for a first run. */
  previous: PagesOfRun | undefined;
  next: PagesOfRun;
  /** Old paper slug → the slug its record has now (known by its other names), for slugs with no page now. */
  paperMoves: ReadonlyMap<string, string>;
  /** The redirects the previous run kept. */
  earlier: readonly MovedUrl[];
}

export const paperPathOf = (slug: string) => `papers/${slug}/`;
export const conceptPathOf = (id: string) => `concepts/${id}/`;

/** The share of the union of two paper sets they must have in common for a concept to lead to the other. */
export const MIN_PAPER_OVERLAP = 0.5;

function conceptNames(concept: ConceptPage): Set<string> {
  const out = new Set<string>();
  for (const name of writtenNames(concept)) {
    const folded = foldForComparison(name);
    if (folded !== '') out.add(folded);
  }
  return out;
}

/** This run's concepts by paper, and how many papers each has: read once for every old concept's overlaps. */
interface ConceptsByPaper {
  byPaper: Map<string, string[]>;
  sizeOf: Map<string, number>;
}

function conceptsByPaper(next: readonly ConceptPage[]): ConceptsByPaper {
  const byPaper = new Map<string, string[]>();
  const sizeOf = new Map<string, number>();
  for (const concept of next) {
    const papers = new Set(concept.papers);
    sizeOf.set(concept.id, papers.size);
    for (const slug of papers) {
      const ids = byPaper.get(slug);
      if (ids === undefined) byPaper.set(slug, [concept.id]);
      else ids.push(concept.id);
    }
  }
  return { byPaper, sizeOf };
}

/** The one new concept an old concept's page leads to, or undefined. */
function conceptTarget(old: ConceptPage, { byPaper, sizeOf }: ConceptsByPaper, byName: ReadonlyMap<string, Set<string>>, paperMoves: ReadonlyMap<string, string>): string | undefined {
  const named = new Set<string>();
  for (const name of conceptNames(old)) for (const id of byName.get(name) ?? []) named.add(id);
  if (named.size === 1) return [...named][0];
  if (named.size > 1) return undefined;
  const oldPapers = new Set(old.papers.map((slug) => paperMoves.get(slug) ?? slug));
  if (oldPapers.size === 0) return undefined;
  // Only the concepts that share a paper with it can overlap: counted from its papers, not by reading every concept.
  const shared = new Map<string, number>();
  for (const slug of oldPapers) for (const id of byPaper.get(slug) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  let best: string | undefined;
  let bestScore = 0;
  let tied = false;
  for (const [id, n] of shared) {
    const score = n / (oldPapers.size + sizeOf.get(id)! - n);
    if (score > bestScore) [best, bestScore, tied] = [id, score, false];
    else if (score === bestScore) tied = true;
  }
  return best !== undefined && !tied && bestScore >= MIN_PAPER_OVERLAP ? best : undefined;
}

/** This run's redirects, sorted by old path. */
export function movedUrls({ previous, next, paperMoves, earlier }: MovedUrlsInput): MovedUrl[] {
  const live = new Set([...next.papers.map(paperPathOf), ...next.concepts.map((c) => conceptPathOf(c.id))]);
  const fresh = new Map<string, string>();
  if (previous) {
    for (const slug of previous.papers) {
      const to = paperMoves.get(slug);
      if (to !== undefined) fresh.set(paperPathOf(slug), paperPathOf(to));
    }
    const byName = new Map<string, Set<string>>();
    for (const concept of next.concepts) {
      for (const name of conceptNames(concept)) {
        const ids = byName.get(name);
        if (ids === undefined) byName.set(name, new Set([concept.id]));
        else ids.add(concept.id);
      }
    }
    const nextIds = new Set(next.concepts.map((c) => c.id));
    const overlaps = conceptsByPaper(next.concepts);
    for (const old of previous.concepts) {
      if (nextIds.has(old.id)) continue;
      const to = conceptTarget(old, overlaps, byName, paperMoves);
      if (to !== undefined) fresh.set(conceptPathOf(old.id), conceptPathOf(to));
    }
  }
  /** Where a path leads now: itself when live, else along this run's moves; undefined at a dead end. */
  const resolve = (path: string): string | undefined => {
    if (live.has(path)) return path;
    const to = fresh.get(path);
    return to !== undefined && live.has(to) ? to : undefined;
  };
  const out = new Map<string, string>();
  for (const { from, to } of earlier) {
    const target = resolve(to);
    if (target !== undefined && !live.has(from) && target !== from) out.set(from, target);
  }
  for (const [from, to] of fresh) if (!live.has(from) && live.has(to)) out.set(from, to);
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => ({ from, to }));
}
