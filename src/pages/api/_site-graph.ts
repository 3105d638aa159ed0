/**
 * The export graph of the site being built, made once per build and shared by the three graph-format
 * endpoints (at 10,000 papers it is worth not building it three times). Once all three have taken it, the
 * module lets it go: otherwise its ~100,000 edge objects stay live through the rendering of every page,
 * and each major garbage collection of the build walks them again.
 */
import { atlasData } from '../../components/site/atlas-data';
import { exportGraph, EMPTY_GRAPH, type ExportGraph } from '../../lib/export/graph-model';
import { absolutePageUrls } from '../../lib/export/page-urls';

/** graph.cyjs, graph.gexf, graph.graphml. */
const FORMATS = 3;

let cached: Promise<ExportGraph> | undefined;
let handedOut = 0;

export function siteGraph(site: URL | undefined): Promise<ExportGraph> {
  cached ??= (async () => {
    const data = await atlasData();
    const urls = absolutePageUrls(import.meta.env.BASE_URL, site);
    return exportGraph({
      graph: data.graph ?? EMPTY_GRAPH,
      papers: data.papers.map((p) => p.data),
      concepts: data.concepts,
      paperUrl: urls.paper,
      conceptUrl: urls.concept,
    });
  })();
  const graph = cached;
  // A later call (the dev server, another build in the same process) simply builds it again.
  if (++handedOut >= FORMATS) {
    cached = undefined;
    handedOut = 0;
  }
  return graph;
}
