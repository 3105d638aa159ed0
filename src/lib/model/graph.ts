export interface RelatedPaper {
  /** Slug of the related paper. */
  id: string;
  /** Link strength in (0, 1]; higher is closer. */
  score: number;
  /**
   * Concept ids both papers have, each as a tag or named in its text (never one removed from it), strongest
   * contribution first: why they are linked. Less those more than a fifth of the papers carry (the collection's
   * broad area, `BROAD_SHARE` in src/lib/graph/link.ts) unless no other remains; then `broad` is set.
   */
  shared: string[];
  /** Every concept in `shared` is the collection's broad area: the link says no more than "same broad area". */
  broad?: boolean;
  /**
   * The words the link rests on, strongest first, as this paper writes them (at most three): for a link that
   * shares no concept ("Similar wording"), and for one whose shared words each outweigh the concepts it names
   * (a word no more papers carry than a concept of `shared` may). Absent otherwise.
   */
  words?: string[];
}

export interface Cluster {
  id: number;
  /** Named by its top concepts, e.g. "Reinforcement learning · LLM reasoning". */
  label: string;
  topConcepts: string[];
  size: number;
  /** CSS colour used for this cluster everywhere on the site. */
  color: string;
  /**
   * The share of its papers its name is true of: about a concept its label shows, or writing a word of it (a
   * cluster named by words). Absent for the "other papers" bucket and a cluster nothing names ("Mixed topics").
   */
  coverage?: number;
}

export interface GraphNode {
  id: string;
  kind: 'paper' | 'concept';
  label: string;
  x: number;
  y: number;
  /** Cluster id (papers: Louvain community; concepts: the cluster of most of its papers). */
  cluster: number;
  degree: number;
  /** Papers only: its cluster's name is not true of it (about none of the concepts or words of its label, `Cluster.coverage`). */
  offName?: true;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  kind: 'related' | 'tagged';
}
