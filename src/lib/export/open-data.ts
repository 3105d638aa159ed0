/**
 * The open-data files under `<base>/api/` (papers.json, graph.cyjs, graph.gexf, graph.graphml, and the
 * CSV tables papers.csv, links.csv, paper-concepts.csv, concepts.csv, clusters.csv), made from
 * the content folder's collections. Pure: scripts/lib/open-data.ts reads the content folder, decides whether
 * anything changed since the files were last written, and writes them; the site pages never read them, so
 * they are made outside the Astro build (whose memory peak they would otherwise add to).
 */
import {
  clustersCsvRowSchema,
  conceptsCsvRowSchema,
  linksCsvRowSchema,
  paperConceptsCsvRowSchema,
  papersCsvRowSchema,
  type ConceptEntry,
  type GraphFile,
  type PaperFrontmatter,
} from '../content/schema';
import { byTitle } from '../site/cluster-order';
import { writeCsv } from './csv';
import { writeCytoscapeJson } from './cytoscape-json';
import { writeGexf } from './gexf';
import { exportGraph, EMPTY_GRAPH } from './graph-model';
import { writeGraphml } from './graphml';
import { absolutePageUrls } from './page-urls';
import { papersJson } from './papers-json';
import { tables } from './tables';
import { collect, emitJson, type Emit } from './text-pieces';

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

export const OPEN_DATA_PATHS = [
  'api/graph.cyjs',
  'api/graph.gexf',
  'api/graph.graphml',
  'api/papers.json',
  'api/papers.csv',
  'api/links.csv',
  'api/paper-concepts.csv',
  'api/concepts.csv',
  'api/clusters.csv',
] as const;

/**
 * Astro's `base` with `trailingSlash: 'always'` (astro.config.mjs): a leading and a trailing slash, which
 * is what the pages see as `import.meta.env.BASE_URL`.
 */
export function astroBase(basePath: string): string {
  const withTrailing = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return withTrailing.startsWith('/') ? withTrailing : `/${withTrailing}`;
}

/** One open-data file as a writer of its text in pieces (text-pieces.ts says why). */
export interface OpenDataWriter {
  /** Relative to the site root, `/`-separated. */
  path: string;
  write(emit: Emit): void;
  /**
   * The values `write` reads, where hashing them is much less work than writing the file: the graph files
   * (200 MB of the 280 MB at 10,000 papers) are made from the export graph and their options alone, and one
   * changed abstract leaves that graph as it was. The file side keeps such a file while these values and the
   * code are unchanged (scripts/lib/open-data.ts).
   */
  madeFrom?: readonly unknown[];
}

/** The files, in OPEN_DATA_PATHS order; papers and concepts in any order (the site's own order is applied). */
export function openDataWriters(input: OpenDataInput): OpenDataWriter[] {
  // The order the pages' atlas data has (papers by title, concepts by id): node and edge order follow it.
  const papers = [...input.papers].sort(byTitle);
  const concepts = [...input.concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const urls = absolutePageUrls(input.base, input.site);
  const graphFile = input.graph ?? EMPTY_GRAPH;
  const graph = exportGraph({ graph: graphFile, papers, concepts, paperUrl: urls.paper, conceptUrl: urls.concept });
  const rows = tables({ papers, concepts, graph: graphFile, exportGraph: graph, urls });
  const cyjs = { name: input.title };
  const gexf = { description: `${input.title}: ${input.description}` };
  return [
    { path: 'api/graph.cyjs', write: (emit) => writeCytoscapeJson(graph, cyjs, emit), madeFrom: [graph, cyjs] },
    { path: 'api/graph.gexf', write: (emit) => writeGexf(graph, gexf, emit), madeFrom: [graph, gexf] },
    { path: 'api/graph.graphml', write: (emit) => writeGraphml(graph, emit), madeFrom: [graph] },
    {
      path: 'api/papers.json',
      write: (emit) => {
        // One piece per paper and per concept.
        emitJson(papersJson({ papers, concepts, paperUrl: urls.paper, clusters: graphFile.clusters }), emit, 3);
        emit('\n');
      },
    },
    { path: 'api/papers.csv', write: (emit) => writeCsv(papersCsvRowSchema, rows.papers(), emit) },
    { path: 'api/links.csv', write: (emit) => writeCsv(linksCsvRowSchema, rows.links(), emit) },
    { path: 'api/paper-concepts.csv', write: (emit) => writeCsv(paperConceptsCsvRowSchema, rows.paperConcepts(), emit) },
    { path: 'api/concepts.csv', write: (emit) => writeCsv(conceptsCsvRowSchema, rows.concepts(), emit) },
    { path: 'api/clusters.csv', write: (emit) => writeCsv(clustersCsvRowSchema, rows.clusters(), emit) },
  ];
}

/** The files as whole texts. */
export function openDataFiles(input: OpenDataInput): OpenDataFile[] {
  return openDataWriters(input).map(({ path, write }) => ({ path, body: collect(write) }));
}
