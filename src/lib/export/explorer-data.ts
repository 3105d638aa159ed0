/**
 * `<base>/graph/data.json`: what the explorer downloads. graph.json repeats each paper in both views and
 * spells every edge out as an object; at 10,000 papers that is megabytes. Here the data is columnar:
 * one table of papers (shared by both views: they share positions), one of concepts, and edges as flat
 * integer triples `[from, to, weight × 1000]` indexing those tables.
 */
import { otherNames } from '../concepts/other-names';
import type { GraphFile } from '../content/schema';
import { otherClusterId } from '../graph/cluster-identity';
import { conceptNodes as drawnConceptNodes } from '../graph/drawn-concepts';
import { paperTags } from './paper-tags';

export interface ExplorerCluster {
  id: number;
  label: string;
  color: string;
  size: number;
  /** Labels of its top concepts. */
  top: string[];
  /** The "Other papers" bucket: papers of no community; the canvas names it last, as a remainder, where its papers lie together. */
  bucket?: true;
}

export interface ExplorerTable {
  ids: string[];
  labels: string[];
  x: number[];
  y: number[];
  cluster: number[];
  /** Degree in the papers view (papers) or the concepts view (concepts). */
  degree: number[];
}

export interface ExplorerData {
  version: 1;
  clusters: ExplorerCluster[];
  papers: ExplorerTable & {
    /** Degree in the concepts view. */
    tagDegree: number[];
    /** How many concepts each paper's page lists as its tags (0 where the papers were not given). */
    tags: number[];
  };
  concepts: ExplorerTable & {
    /** Indexes of all the papers that carry each concept (not only the drawn links): the concept filter. */
    members: number[][];
    /**
     * Other names of each concept as its page shows them (the abbreviation first, then aliases): the concept
     * filter and Find take them too, so "NN" finds Neural networks.
     */
    names: string[][];
  };
  /** Flat triples: paper index, paper index, weight × 1000. */
  related: number[];
  /** Flat triples: paper index, concept index, weight × 1000. */
  tagged: number[];
  /**
   * Per `tagged` triple: the concept's place among its paper's tags as the paper's page (and papers.json,
   * and the exports' 1/rank weights) lists them, 1 = first; 0 where that list does not hold it. The panel
   * says "1st of 6 tags" with it (review 21 finding 9: the weight, a score against the paper's best, read
   * "(1.00)" after every paper of a concept).
   */
  tagRank: number[];
}

/**
 * `concepts`: the registry (concepts.json), for the full paper lists behind the concept filter and the
 * labels of cluster-naming concepts too rare to be drawn. Without it, only the drawn links are known.
 */
export function explorerData(
  graph: GraphFile,
  concepts: readonly { id: string; label: string; papers: string[]; aliases?: string[]; abbreviation?: string }[] = [],
  /** Turns a title into what a canvas label can show (e.g. inline `$...$` math into plain Unicode). */
  plain: (text: string) => string = (text) => text,
  /** Each paper's tag list, best first (its `concepts`): the panel's "1st of 6 tags". */
  tagLists: readonly { id: string; concepts: readonly string[] }[] = [],
): ExplorerData {
  const registry = new Map(concepts.map((c) => [c.id, c]));
  const papers = graph.papers.nodes;
  const conceptNodes = drawnConceptNodes(graph);
  const paperIndex = new Map(papers.map((n, i) => [n.id, i]));
  const conceptIndex = new Map(conceptNodes.map((n, i) => [n.id, i]));
  const tagDegree = new Map(graph.concepts.nodes.filter((n) => n.kind === 'paper').map((n) => [n.id, n.degree]));
  const labelOf = new Map(conceptNodes.map((n) => [n.id, n.label]));
  const bucket = otherClusterId(graph);

  const related: number[] = [];
  for (const e of graph.papers.edges) {
    const a = paperIndex.get(e.source);
    const b = paperIndex.get(e.target);
    if (a === undefined || b === undefined) continue;
    related.push(a, b, Math.round(e.weight * 1000));
  }
  // A paper's tags as its page lists them: once each, those with a page (where the registry is known).
  const tagList = new Map(tagLists.map((p) => [p.id, paperTags(p.concepts, (c) => registry.size === 0 || registry.has(c))]));
  const tagged: number[] = [];
  const tagRank: number[] = [];
  for (const e of graph.concepts.edges) {
    const a = paperIndex.get(e.source);
    const b = conceptIndex.get(e.target);
    if (a === undefined || b === undefined) continue;
    tagged.push(a, b, Math.round(e.weight * 1000));
    tagRank.push((tagList.get(e.source)?.indexOf(e.target) ?? -1) + 1);
  }
  return {
    version: 1,
    clusters: graph.clusters.map((c) => ({
      id: c.id,
      label: plain(c.label),
      color: c.color,
      size: c.size,
      top: c.topConcepts.map((id) => plain(registry.get(id)?.label ?? labelOf.get(id) ?? id)),
      ...(c.id === bucket ? { bucket: true as const } : {}),
    })),
    papers: { ...table(papers, plain), tagDegree: papers.map((n) => tagDegree.get(n.id) ?? 0), tags: papers.map((n) => tagList.get(n.id)?.length ?? 0) },
    concepts: {
      ...table(conceptNodes, plain),
      members: conceptMembers(conceptNodes, registry, paperIndex, tagged),
      names: conceptNodes.map((n) => {
        const known = registry.get(n.id);
        return otherNames({ label: n.label, aliases: known?.aliases ?? [], abbreviation: known?.abbreviation }, { withAbbreviation: true, plain });
      }),
    },
    related,
    tagged,
    tagRank,
  };
}

function table(nodes: GraphFile['papers']['nodes'], plain: (text: string) => string): ExplorerTable {
  return {
    ids: nodes.map((n) => n.id),
    labels: nodes.map((n) => plain(n.label)),
    x: nodes.map((n) => n.x),
    y: nodes.map((n) => n.y),
    cluster: nodes.map((n) => n.cluster),
    degree: nodes.map((n) => n.degree),
  };
}

function conceptMembers(
  conceptNodes: GraphFile['papers']['nodes'],
  registry: ReadonlyMap<string, { papers: string[] }>,
  paperIndex: ReadonlyMap<string, number>,
  tagged: readonly number[],
): number[][] {
  const members = conceptNodes.map((n) => new Set<number>());
  for (let i = 0; i < tagged.length; i += 3) members[tagged[i + 1]!]!.add(tagged[i]!);
  conceptNodes.forEach((n, i) => {
    for (const paper of registry.get(n.id)?.papers ?? []) {
      const index = paperIndex.get(paper);
      if (index !== undefined) members[i]!.add(index);
    }
  });
  return members.map((set) => [...set].sort((a, b) => a - b));
}
