/**
 * Papers that modularity puts in a community they hardly belong to, placed by their strongest links instead.
 *
 * Modularity weighs a paper's links into a community by their sum, so in a library of several fields two
 * shapes put a paper of one field into another's cluster:
 * - many weak links outvote a few strong ones. A crop-yield paper with three strong links to the other
 *   agriculture papers also shares "Climate" and "Climate change" with every paper of a bigger climate field,
 *   at under half the strength each; nine of those sum to more than three strong ones, and the paper was
 *   coloured as climate science though its three nearest papers are agriculture. A big field wins such papers
 *   from a small one next to it: it has more papers to share a word with.
 * - a paper with only weak links goes wherever the strongest of them is: a banking paper whose two links were
 *   both weak, the stronger of shared wording to a particle-physics paper, sat in "Higgs boson · LHC", that
 *   link 0.29 of a typical member's strongest link into the cluster.
 * Each paper is judged by its strongest link into its community (`bestIn`):
 * - at less than `STRONGER_ELSEWHERE` of its strongest link of all, the paper goes to the community of that
 *   link's other paper (its nearest by the related score): its community holds no paper half as close to it.
 * - otherwise, at less than `WEAK_ATTACHMENT` of the median `bestIn` of its community's papers (a typical
 *   member's tie to it), it leaves for a community of its own, so the other bucket ("Other papers").
 * Both read the partition as local moving left it, in one pass, so the result depends on the graph and that
 * partition only; a re-run that starts from the result moves such a paper back in its local moving and here
 * again (the review libraries and a 1,000-paper bench corpus re-run to byte-identical graphs). Where every paper's nearest papers are in its own community, as in a one-field library, it
 * changes nothing: on the bundled corpus the lowest ratios are 0.59 and 0.54.
 */
import { compareIds } from './cooccurrence';
import { median } from './median';

export interface MisfitEdge {
  source: string;
  target: string;
  weight: number;
}

/** A paper whose strongest link into its community is below this share of its strongest link goes to that link's community. */
export const STRONGER_ELSEWHERE = 1 / 2;
/** A paper whose strongest link into its community is below this share of a typical member's goes to the other bucket. */
export const WEAK_ATTACHMENT = 1 / 3;

export interface Misfits {
  /** The partition with every misfit moved: to another community, or alone under a new number. */
  communityOf: Map<string, number>;
  /** Papers moved to the community of their strongest link. */
  moved: string[];
  /** Papers left alone (so in the other bucket). */
  detached: string[];
}

export function placeMisfits(edges: readonly MisfitEdge[], communityOf: ReadonlyMap<string, number>): Misfits {
  const best = new Map<string, { weight: number; to: string }>();
  const bestIn = new Map<string, number>();
  const consider = (from: string, to: string, weight: number) => {
    const now = best.get(from);
    if (!now || weight > now.weight || (weight === now.weight && compareIds(to, now.to) < 0)) best.set(from, { weight, to });
    if (communityOf.get(from) === communityOf.get(to)) bestIn.set(from, Math.max(bestIn.get(from) ?? 0, weight));
  };
  for (const e of edges) {
    if (!communityOf.has(e.source) || !communityOf.has(e.target)) continue;
    consider(e.source, e.target, e.weight);
    consider(e.target, e.source, e.weight);
  }
  const members = new Map<number, string[]>();
  for (const [paper, c] of communityOf) {
    const list = members.get(c);
    if (list) list.push(paper);
    else members.set(c, [paper]);
  }
  const typical = new Map<number, number>();
  for (const [c, papers] of members) typical.set(c, median(papers.map((p) => bestIn.get(p) ?? 0)));

  const out = new Map(communityOf);
  let fresh = 0;
  for (const c of communityOf.values()) fresh = Math.max(fresh, c + 1);
  const moved: string[] = [];
  const detached: string[] = [];
  for (const paper of [...communityOf.keys()].sort(compareIds)) {
    const own = communityOf.get(paper)!;
    const strongest = best.get(paper);
    if (!strongest || members.get(own)!.length < 2) continue;
    const inside = bestIn.get(paper) ?? 0;
    if (inside < STRONGER_ELSEWHERE * strongest.weight) {
      out.set(paper, communityOf.get(strongest.to)!);
      moved.push(paper);
    } else if (inside < WEAK_ATTACHMENT * typical.get(own)!) {
      out.set(paper, fresh++);
      detached.push(paper);
    }
  }
  return { communityOf: out, moved, detached };
}
