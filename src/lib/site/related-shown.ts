/**
 * Which of a paper's related papers its page shows. The list the link stage ranks (src/lib/graph/link.ts, what
 * `npm run eval` scores) is filled to its length with the best candidates there are, and in a collection of one
 * field the second five of them were often there on no reason a reader could follow (review 41 finding 1: on the
 * bundled corpus 168 of 586 cards in slots 6–10 said only "Same broad area: Reinforcement learning", others
 * "Shares Inference" between a task-inference paper and an LLM-inference one).
 *
 * The page takes the first FEW_RELATED as ranked: the ranking put them first on the strength of both papers'
 * words and neighbours, whatever the reason the card can name (the rule below would have taken out more right cards
 * than wrong ones there on SemEval-2017: a uranium-carbide fuel paper beside a noble-gas fission one on "Both mention
 * UO2"). After them it leaves out a card whose named
 * reason says nothing about the pair (`weakReason`): the two papers are in different clusters, and what they share
 * is only the collection's broad area, or one concept whose papers are spread over clusters rather than gathered
 * in one. A cluster is a group of papers linked more among themselves than with the rest (src/lib/graph/clusters.ts),
 * so two papers in one are close by the whole collection's links, not by this one pair's; a concept most of
 * whose papers are in one cluster is that cluster's topic, while one whose papers no cluster holds the most of is
 * used across topics: "Inference", "Decomposition", "Artificial intelligence", a concept two papers of two
 * clusters alone carry. The ranking is untouched: the cut is the page's, and says so (`leftOutNote`).
 */

/** What the cut reads of a related paper (a RelatedPaper of src/lib/model/graph.ts). */
export interface RelatedReason {
  id: string;
  /** The concepts named as the link's reason, strongest first. */
  shared: readonly string[];
  /** `shared` is only the collection's broad area. */
  broad?: boolean | undefined;
}

/** What the cut knows of the collection: each paper's cluster, and whether a concept's papers are `gathered`. */
export interface ClusterFacts {
  clusterOf: (paper: string) => number | undefined;
  isGathered: (concept: string) => boolean;
}

/** The first this many cards of a list are shown whatever their reason (paper-page.ts FEW_RELATED). */
export const ALWAYS_SHOWN = 5;

/**
 * Whether a concept's papers are gathered in one cluster: more than half of those in a cluster are in the same
 * one. A concept of two papers in two clusters is not; one of no clustered paper is not either.
 */
export function gathered(papers: readonly string[], clusterOf: (paper: string) => number | undefined): boolean {
  const counts = new Map<number, number>();
  let clustered = 0;
  for (const paper of papers) {
    const cluster = clusterOf(paper);
    if (cluster === undefined) continue;
    clustered++;
    counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  return 2 * most > clustered;
}

/**
 * Whether a related card's reason says nothing about the pair: the two papers are in different clusters (both
 * clustered) and the card names only the collection's broad area, or only one concept that is not gathered in a
 * cluster (`gathered`). Words the card names beside such a reason do not save it ("Same broad area: Reinforcement
 * learning; similar wording: report, consistency and offer"); a card of wording alone has passed its own, stricter
 * test in the link stage (wording.ts) and is never weak here, nor is one that names two concepts or more.
 */
export function weakReason(paper: string, r: RelatedReason, facts: ClusterFacts): boolean {
  const mine = facts.clusterOf(paper);
  const theirs = facts.clusterOf(r.id);
  if (mine === undefined || theirs === undefined || mine === theirs) return false;
  if (r.shared.length === 0) return false;
  if (r.broad === true) return true;
  return r.shared.length === 1 && !facts.isGathered(r.shared[0]!);
}

/**
 * The related papers a page shows, in ranked order: the first ALWAYS_SHOWN, then those whose reason is not weak
 * (`weakReason`); and how many were left out.
 */
export function relatedShown<R extends RelatedReason>(paper: string, related: readonly R[], facts: ClusterFacts): { shown: R[]; leftOut: number } {
  const shown = related.filter((r, at) => at < ALWAYS_SHOWN || !weakReason(paper, r, facts));
  return { shown, leftOut: related.length - shown.length };
}

/** What a page says under a list some cards were left out of (`relatedShown`); undefined when none were. */
export function leftOutNote(leftOut: number): string | undefined {
  if (leftOut <= 0) return undefined;
  return `${leftOut === 1 ? 'One more paper' : `${leftOut} more papers`} ranked close to this one ${leftOut === 1 ? 'is' : 'are'} not listed: ` +
    `${leftOut === 1 ? 'it is' : 'each is'} in another cluster and shares with this one only the collection’s broad area, ` +
    'or one concept that papers of several clusters use.';
}
