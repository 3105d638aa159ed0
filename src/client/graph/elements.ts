/**
 * The graph's elements for a view (papers, or papers and concepts) from the graph data: nodes with their
 * drawn labels, sizes and colours, links with the minor ones of a big graph hidden until zoomed in, at the
 * build-time positions (or laid out live by fCoSE for the benchmark).
 */
import cytoscape from 'cytoscape';
import { nodeDiameter } from '../../lib/graph/node-size';
import { shorten } from '../../lib/site/local-graph';
import type { GraphView } from './url-state';
import { minorEdges } from './level-of-detail';
import { briefLabel, distinctShortLabels } from './labels';
import type { Explorer } from './explorer-state';

/**
 * Labels drawn on the graph are cut to this many characters, between words (about 200 px of text at
 * FONT_SIZE). Cut here, not by Cytoscape: its `text-wrap: ellipsis` measures the text once per character to
 * find where to cut, which for the labels that appear with a deep zoom held one frame for 100-150 ms.
 */
const LABEL_CHARS = 36;
/**
 * A label that would cover another node wherever it is put reads its first words instead (`brief`, about
 * this many characters, see briefLabel): a title cut to LABEL_CHARS is about ten nodes wide at any zoom
 * (labels grow with it), and held off other nodes' dots few kept one.
 */
const BRIEF_CHARS = 16;

/**
 * Replace the drawn elements by those of the current view. In big graphs the minor links are added hidden
 * (`lod-hidden`); the level of detail shows those in view once zoomed in.
 */
export function drawView(e: Explorer): void {
  const { cy } = e;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elementsFor(e, e.state.view));
  });
  performance.mark('atlas-graph:elements');
  e.labelled.clear();
  e.filtered = new Set();
  e.minorEdges = e.large ? cy.edges('.minor') : undefined;
  e.minorSlices.run([], () => {});
  e.minorShown = new Set();
}

const MINOR_CLASSES = 'minor lod-hidden';

/**
 * A node's label as drawn: `short` by the level of detail (`brief` where that would cover another node),
 * `hood` in a highlighted neighbourhood (the same text until the neighbourhood cuts it to fit, see
 * placeDrawnLabels).
 */
function shortLabels(short: string, brief: string): { short: string; brief: string; hood: string } {
  return { short, brief, hood: short };
}

function elementsFor(e: Explorer, view: GraphView, withPositions = true): cytoscape.ElementDefinition[] {
  const { data } = e;
  const elements: cytoscape.ElementDefinition[] = [];
  const p = data.papers;
  const paperShort = distinctShortLabels(p.labels, LABEL_CHARS, shorten);
  const paperBrief = distinctShortLabels(p.labels, BRIEF_CHARS, briefLabel);
  for (let i = 0; i < p.ids.length; i++) {
    const degree = view === 'papers' ? p.degree[i]! : p.tagDegree[i]!;
    elements.push({
      group: 'nodes',
      data: { id: `p:${p.ids[i]}`, index: i, kind: 'paper', label: p.labels[i], ...shortLabels(paperShort[i]!, paperBrief[i]!), color: colorOf(e, p.cluster[i]!), size: nodeDiameter('paper', degree), degree, cluster: p.cluster[i] },
      ...(withPositions ? { position: { x: p.x[i]!, y: p.y[i]! } } : {}),
    });
  }
  if (view === 'papers') {
    const minor = e.large ? minorEdges(data.related) : undefined;
    for (let k = 0; k < data.related.length; k += 3) {
      elements.push({
        group: 'edges',
        data: { id: `r${k / 3}`, source: `p:${p.ids[data.related[k]!]}`, target: `p:${p.ids[data.related[k + 1]!]}`, weight: data.related[k + 2]! / 1000 },
        ...(minor?.[k / 3] ? { classes: MINOR_CLASSES } : {}),
      });
    }
  } else {
    const c = data.concepts;
    const conceptShort = distinctShortLabels(c.labels, LABEL_CHARS, shorten);
    const conceptBrief = distinctShortLabels(c.labels, BRIEF_CHARS, briefLabel);
    for (let i = 0; i < c.ids.length; i++) {
      elements.push({
        group: 'nodes',
        data: { id: `c:${c.ids[i]}`, index: i, kind: 'concept', label: c.labels[i], ...shortLabels(conceptShort[i]!, conceptBrief[i]!), color: colorOf(e, c.cluster[i]!), size: nodeDiameter('concept', c.degree[i]!), degree: c.degree[i], cluster: c.cluster[i] },
        ...(withPositions ? { position: { x: c.x[i]!, y: c.y[i]! } } : {}),
      });
    }
    const minor = e.large ? minorEdges(data.tagged, p.ids.length) : undefined;
    for (let k = 0; k < data.tagged.length; k += 3) {
      elements.push({
        group: 'edges',
        data: { id: `t${k / 3}`, source: `p:${p.ids[data.tagged[k]!]}`, target: `c:${c.ids[data.tagged[k + 1]!]}`, weight: data.tagged[k + 2]! / 1000 },
        ...(minor?.[k / 3] ? { classes: MINOR_CLASSES } : {}),
      });
    }
  }
  return elements;
}

function colorOf(e: Explorer, cluster: number): string {
  return e.clusters.get(cluster)?.color ?? '#7b8088';
}

/**
 * `?layout=fcose`: the same elements without positions, laid out live in the browser by fCoSE. Only the
 * benchmark uses it, to measure what a site without build-time positions would make readers wait for.
 */
export async function drawLive(e: Explorer, container: HTMLElement): Promise<void> {
  const { default: fcose } = await import('cytoscape-fcose');
  cytoscape.use(fcose);
  e.cy.add(elementsFor(e, e.state.view, false));
  e.minorEdges = e.large ? e.cy.edges('.minor') : undefined;
  e.minorShown = new Set();
  await new Promise<void>((resolve) => {
    const layout = e.cy.layout({ name: 'fcose', animate: false, randomize: true, quality: 'default' } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  container.dataset.layout = 'fcose';
}
