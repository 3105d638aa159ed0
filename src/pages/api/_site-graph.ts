/**
 * The export graph of the site being built, made once per build and shared by the three graph-format
 * endpoints (at 10,000 papers it is worth not building it three times).
 */
import { atlasData } from '../../components/site/atlas-data';
import { exportGraph, EMPTY_GRAPH, type ExportGraph } from '../../lib/export/graph-model';
import { absolutePageUrls } from '../../lib/export/page-urls';

let cached: Promise<ExportGraph> | undefined;

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
  return cached;
}
