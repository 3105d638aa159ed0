/**
 * What the home page picks: its "Recent" papers and which clusters get cards. A paper among the
 * best-connected ("Good places to start") may be among the recent too: the newest are the newest whatever
 * else lists them (leaving those out hid a small library's newest work).
 */
import { relatedPairs } from '../export/related-pairs';
import { byClusterReadingOrder } from './cluster-order';

/** The `n` newest papers with a year, the better connected first within a year; none when no paper has a year. */
export function newest<P>(papers: readonly P[], yearOf: (p: P) => number | undefined, degreeOf: (p: P) => number, n: number): P[] {
  return papers
    .filter((p) => yearOf(p) !== undefined)
    .sort((a, b) => yearOf(b)! - yearOf(a)! || degreeOf(b) - degreeOf(a))
    .slice(0, n);
}

/**
 * The home page's clusters in reading order (cluster-order.ts): cards for the first `cards`, every other one
 * named in a line under them (review 18 M6: at 21 clusters, 9 and the biggest group were nowhere on the page).
 */
export function homeClusters<C extends { id: number; size: number; label: string; color: string }>(clusters: Iterable<C>, cards: number): { cards: C[]; more: C[] } {
  const ordered = [...clusters].sort(byClusterReadingOrder);
  return { cards: ordered.slice(0, cards), more: ordered.slice(cards) };
}

/**
 * The home page's link numbers (review 21 finding 9): `all`, the related pairs of papers the open data lists
 * (api/links.csv's rows, each pair once), and `drawn`, those the graph explorer draws (each paper's strongest
 * few), undefined before the graph stage ran. Either alone read as the collection's count of the other.
 */
export function linkCounts(
  papers: readonly { id: string; related: readonly { id: string; score: number; shared: readonly string[] }[] }[],
  graph: { papers: { edges: readonly unknown[] } } | undefined,
): { all: number; drawn: number | undefined } {
  return { all: relatedPairs(papers, new Set()).length, drawn: graph?.papers.edges.length };
}

/**
 * The first `n` of `papers` (in their order, best first), papers with a title of their own before papers whose
 * record had none (`madeTitle`): a heading made from the abstract names a paper less well than its authors' title,
 * so it is shown as a good place to start only where too few titled papers are there (review 22 finding 11).
 */
export function titledFirst<P>(papers: readonly P[], madeTitle: (p: P) => boolean, n: number): P[] {
  const titled = papers.filter((p) => !madeTitle(p));
  if (titled.length >= n) return titled.slice(0, n);
  return [...titled, ...papers.filter(madeTitle).slice(0, n - titled.length)];
}

/**
 * Each cluster's `n` papers for its home-page card: the first of `papers` (best first) in it, titled ones first
 * ({@link titledFirst}), of those its name is true of where any are (`offName`, src/lib/site/cluster-line.ts): the
 * card shows them under the name, and a "Dipole · Leptons" card's first paper was on aeroengine turbine disks
 * (review 41 finding 2).
 */
export function clusterExemplars<P>(
  papers: readonly P[],
  clusterOf: (p: P) => number | undefined,
  madeTitle: (p: P) => boolean,
  n: number,
  offName: (p: P) => boolean = () => false,
): Map<number, P[]> {
  const members = new Map<number, P[]>();
  for (const paper of papers) {
    const cluster = clusterOf(paper);
    if (cluster === undefined) continue;
    const list = members.get(cluster);
    if (list) list.push(paper);
    else members.set(cluster, [paper]);
  }
  return new Map(
    [...members].map(([cluster, list]) => {
      const named = list.filter((p) => !offName(p));
      return [cluster, titledFirst(named.length > 0 ? named : list, madeTitle, n)];
    }),
  );
}
