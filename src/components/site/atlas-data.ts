/**
 * Everything the pages read, loaded once per build: Astro renders every page in one process, so the
 * indexes below are built once instead of once per page (which would be quadratic at 10,000 papers).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ConceptEntry, GraphFile } from '../../lib/content/schema';
import type { Cluster } from '../../lib/model/graph';
import { byTitle, clusterNeighbours, type Neighbours } from '../../lib/site/cluster-order';
import { readConceptsFile } from '../../lib/site/concepts-file';
import { readGraphFile } from '../../lib/site/graph-file';
import { contentDirOf } from '../../lib/config/load';
import { conceptLetterSections, type LetterSection } from '../../lib/site/concept-list';
import { pagedList, type PagedList } from '../../lib/site/list-pages';
import { paperSections, type PaperSection } from '../../lib/site/paper-list';
import { siteConfig } from '../../lib/site/site-config';
import { citationKeys } from '../../lib/site/bibtex';


export type PaperEntry = CollectionEntry<'papers'>;

export interface AtlasData {
  /** Sorted by title. */
  papers: PaperEntry[];
  paperById: Map<string, PaperEntry>;
  /** Sorted by id. */
  concepts: ConceptEntry[];
  conceptById: Map<string, ConceptEntry>;
  clusters: Map<number, Cluster>;
  /** The papers their cluster's name is not true of (graph nodes' `offName`, src/lib/site/cluster-line.ts). */
  offName: Set<string>;
  /** Undefined while the content folder has no graph.json yet. */
  graph: GraphFile | undefined;
  neighbours: Map<string, Neighbours<{ id: string; title: string; cluster?: number | undefined }>>;
  /** Each paper's citation key, one paper's alone. */
  citationKeys: Map<string, string>;
}

let loading: Promise<AtlasData> | undefined;

export function atlasData(): Promise<AtlasData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<AtlasData> {
  const paperEntries = await getCollection('papers');
  const papers = [...paperEntries].sort((a, b) => byTitle(a.data, b.data));
  const contentDir = contentDirOf(process.env);
  const concepts = readConceptsFile(contentDir).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const graph = readGraphFile(contentDir);
  return {
    papers,
    paperById: new Map(papers.map((p) => [p.id, p])),
    concepts,
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    clusters: new Map((graph?.clusters ?? []).map((c) => [c.id, c])),
    offName: new Set((graph?.papers.nodes ?? []).filter((n) => n.offName === true).map((n) => n.id)),
    graph,
    neighbours: clusterNeighbours(papers.map((p) => ({ id: p.id, title: p.data.title, cluster: p.data.cluster }))),
    citationKeys: citationKeys(papers.map((p) => p.data)),
  };
}

export interface AtlasLists {
  papers: PagedList<PaperSection<PaperEntry>>;
  concepts: PagedList<LetterSection<ConceptEntry>>;
}

let lists: Promise<AtlasLists> | undefined;

/** The lists of all papers and of all concepts, in pages (src/lib/site/list-pages.ts), made once per build. */
export function atlasLists(): Promise<AtlasLists> {
  lists ??= atlasData().then((data) => ({
    papers: pagedList(paperSections(data.papers, (p) => p.data, data.clusters, (p) => data.offName.has(p.data.id)), siteConfig().papersPerPage),
    concepts: pagedList(conceptLetterSections(data.concepts), siteConfig().conceptsPerPage),
  }));
  return lists;
}
