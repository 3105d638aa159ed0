/**
 * `<base>/graph/links.json`: why each link the explorer draws exists, fetched only once a paper is selected
 * (the selection panel names the reason beside each linked paper, review 21 finding 1). Kept out of
 * `data.json`, which the graph waits for before it is drawn.
 *
 * The reasons are those of the paper pages' related cards, worded alike (src/lib/site/link-why.ts): the
 * concepts both papers list ("Shares …"), those one of them only mentions ("both mention …"), or, for a link
 * that shares no concept, the words it rests on ("Similar wording: …"). Compact: the concepts' labels once, in
 * a table, and per link small integers indexing it.
 */
import type { GraphFile } from '../content/schema';
import { withoutBroader } from '../site/link-why';

/** Concepts named per link; more are counted (the panel is narrow). */
export const LINK_CONCEPTS_SHOWN = 3;

export interface ExplorerLinks {
  version: 1;
  /** Labels of the concepts the reasons name. */
  concepts: string[];
  /**
   * Per drawn link, in the order of `data.json`'s `related` triples: its shared concepts, strongest first, at
   * most LINK_CONCEPTS_SHOWN, each `2 × label index + 1` where both papers list it among their concepts and
   * `2 × label index` where one of them only mentions it; then, when the link shares more, minus how many more.
   * Empty for a link that shares no concept.
   */
  shared: number[][];
  /**
   * By link index, the words a link rests on: one that shares no concept, or one whose words outweigh the concepts
   * it names (src/lib/model/graph.ts); absent: none recorded.
   */
  words: Record<string, string[]>;
  /** Indices of the links whose shared concepts are all the collection's broad area ("Same broad area: …"). */
  broad?: number[];
}

export interface LinkedPaper {
  id: string;
  /** Concept ids it lists. */
  concepts: readonly string[];
  related: readonly { id: string; shared: readonly string[]; words?: readonly string[] | undefined; broad?: boolean | undefined }[];
}

/** Decoded reference of `ExplorerLinks.shared`: the label index and whether both papers list the concept. */
export function decodeConceptRef(ref: number): { label: number; onBoth: boolean } {
  return { label: ref >> 1, onBoth: (ref & 1) === 1 };
}

export function explorerLinks(
  graph: GraphFile,
  papers: readonly LinkedPaper[],
  conceptLabel: (id: string) => string | undefined,
  narrowerOf: (id: string) => readonly string[] | undefined,
): ExplorerLinks {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const present = new Set(graph.papers.nodes.map((n) => n.id));
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const shared: number[][] = [];
  const words: Record<string, string[]> = {};
  const broad: number[] = [];
  for (const e of graph.papers.edges) {
    // The same links, in the same order, as explorerData's `related`.
    if (!present.has(e.source) || !present.has(e.target)) continue;
    const k = shared.length;
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    // A link is drawn when either paper lists the other; both list it alike when both do.
    const entry = a?.related.find((r) => r.id === e.target) ?? b?.related.find((r) => r.id === e.source);
    const refs: number[] = [];
    // Named as the paper pages name them: no concept beside a narrower one the link shares too.
    const named = withoutBroader(entry?.shared ?? [], narrowerOf).filter((id) => conceptLabel(id) !== undefined);
    const onBoth = (id: string) => !!a?.concepts.includes(id) && !!b?.concepts.includes(id);
    // Those both papers list first, as the paper pages order them.
    const ordered = [...named.filter(onBoth), ...named.filter((id) => !onBoth(id))];
    for (const id of ordered.slice(0, LINK_CONCEPTS_SHOWN)) {
      let index = labelIndex.get(id);
      if (index === undefined) {
        index = labels.length;
        labels.push(conceptLabel(id)!);
        labelIndex.set(id, index);
      }
      refs.push(index * 2 + (onBoth(id) ? 1 : 0));
    }
    if (ordered.length > LINK_CONCEPTS_SHOWN) refs.push(LINK_CONCEPTS_SHOWN - ordered.length);
    shared.push(refs);
    if (entry?.words?.length) words[String(k)] = [...entry.words];
    if (entry?.broad === true && named.length > 0) broad.push(k);
  }
  return { version: 1, concepts: labels, shared, words, broad };
}
