/**
 * The concepts the paper–concept view draws: graph.json's concept nodes, which graph/data.json carries to the
 * explorer. The graph stage leaves out more than the concepts of one paper (a concept none of its papers ranks
 * among its few best shared tags is not drawn either: build.ts `conceptsPerPaper`), so a page that links a
 * concept into the explorer asks the graph itself rather than counting the concept's papers.
 */
import type { GraphFile } from '../content/schema';

type GraphNode = GraphFile['concepts']['nodes'][number];

export function conceptNodes(graph: GraphFile): GraphNode[] {
  return graph.concepts.nodes.filter((n) => n.kind === 'concept');
}

// Every concept page asks: a set per graph, not a scan of its nodes per page (25,000 pages at 10,000 papers).
const drawnIds = new WeakMap<GraphFile, ReadonlySet<string>>();

/** Whether the explorer can show the concept; never without a graph (no graph.json yet: no data.json either). */
export function graphDrawsConcept(graph: GraphFile | undefined, id: string): boolean {
  if (!graph) return false;
  let ids = drawnIds.get(graph);
  if (!ids) drawnIds.set(graph, (ids = new Set(conceptNodes(graph).map((n) => n.id))));
  return ids.has(id);
}
