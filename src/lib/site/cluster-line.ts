/**
 * How a page words a paper's cluster. A cluster's name is true of most of its papers (src/lib/graph/cluster-names.ts
 * `NAME_COVERAGE`), not of every one: its links may put a paper in a cluster whose name's concepts and words it
 * has none of (`offName` of its graph node). Such a paper's page does not show that name as what it is about:
 * a digital-libraries paper's breadcrumb read "Papers / Monte Carlo", as did a self-folding hydrogel's (review 41
 * finding 2). It is still in the cluster (its colour, the cluster's previous and next papers): the page says its
 * links put it there.
 */

/** The cluster the breadcrumb names after "Papers": none where the cluster's name is not true of the paper. */
export function breadcrumbCluster<C>(cluster: C | undefined, offName: boolean): C | undefined {
  return offName ? undefined : cluster;
}

/** What a related card says of a related paper in another cluster than the page's. */
export function otherClusterLine(label: string, offName: boolean): string {
  return offName ? `Linked into the cluster ${label}` : `In the cluster ${label}`;
}

/** What the key to the cluster colours says after the name of the page's own paper's cluster. */
export function ownClusterNote(offName: boolean): string {
  return offName ? 'this paper’s, by its links' : 'this paper’s';
}
