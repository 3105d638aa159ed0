/**
 * The open-data files under `<base>/api/` (papers.json, graph.cyjs, graph.gexf, graph.graphml), made from
 * the content folder's collections. Pure: scripts/lib/open-data.ts reads the content folder, decides whether
 * anything changed since the files were last written, and writes them; the site pages never read them, so
 * they are made outside the Astro build (whose memory peak they would otherwise add to).
 */
import type { ConceptEntry, GraphFile, PaperFrontmatter } from '../content/schema';
import { byTitle } from '../site/cluster-order';
import { toCytoscapeJson } from './cytoscape-json';
import { toGexf } from './gexf';
import { exportGraph, EMPTY_GRAPH } from './graph-model';
import { toGraphml } from './graphml';
import { absolutePageUrls } from './page-urls';
import { papersJson } from './papers-json';

export interface OpenDataInput {
  papers: readonly PaperFrontmatter[];
  concepts: readonly ConceptEntry[];
  /** Undefined while the content folder has no graph.json yet. */
  graph: GraphFile | undefined;
  /** The site's base path as Astro normalises it (leading and trailing `/`, e.g. `/paper-atlas/`). */
  base: string;
  /** The site's URL; page links in the exports are absolute against it. */
  site: URL | undefined;
  title: string;
  description: string;
}

export interface OpenDataFile {
  /** Relative to the site root, `/`-separated. */
  path: string;
  body: string;
}

export const OPEN_DATA_PATHS = ['api/graph.cyjs', 'api/graph.gexf', 'api/graph.graphml', 'api/papers.json'] as const;

/**
 * Astro's `base` with `trailingSlash: 'always'` (astro.config.mjs): a leading and a trailing slash, which
 * is what the pages see as `import.meta.env.BASE_URL`.
 */
export function astroBase(basePath: string): string {
  const withTrailing = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return withTrailing.startsWith('/') ? withTrailing : `/${withTrailing}`;
}

/** The four files, in OPEN_DATA_PATHS order; papers and concepts in any order (the site's own order is applied). */
export function openDataFiles(input: OpenDataInput): OpenDataFile[] {
  // The order the pages' atlas data has (papers by title, concepts by id): node and edge order follow it.
  const papers = [...input.papers].sort(byTitle);
  const concepts = [...input.concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const urls = absolutePageUrls(input.base, input.site);
  const graph = exportGraph({ graph: input.graph ?? EMPTY_GRAPH, papers, concepts, paperUrl: urls.paper, conceptUrl: urls.concept });
  const files: OpenDataFile[] = [
    { path: 'api/graph.cyjs', body: toCytoscapeJson(graph, { name: input.title }) },
    { path: 'api/graph.gexf', body: toGexf(graph, { description: `${input.title}: ${input.description}` }) },
    { path: 'api/graph.graphml', body: toGraphml(graph) },
    { path: 'api/papers.json', body: `${JSON.stringify(papersJson({ papers, concepts, paperUrl: urls.paper }))}\n` },
  ];
  return files;
}
