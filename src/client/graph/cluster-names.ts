/**
 * Cluster names over the canvas while node labels are too small to draw (placed by cluster-labels.ts), and
 * a tap on one zooming to its cluster.
 */
import type cytoscape from 'cytoscape';
import { clusterNameAt } from './cluster-focus';
import { count } from './status-text';
import { CLUSTER_LABEL_CHROME, CLUSTER_LABEL_MIN_MEMBERS, clusterLabelMaxWidth, clusterLabelNarrowWidth, clusterLabelText, clusterNameFit, clusterNameWhole, clusterSpots, nameMeasure, placeClusterLabels } from './cluster-labels';
import { el } from './dom';
import type { Explorer } from './explorer-state';
import { fitTo, nounOf } from './fit-view';
import { FONT_SIZE, LABEL_MIN_PX } from './label-text';
import { setStatus } from './status-line';
import { hideTip } from './tooltip';

/**
 * Cluster names over the canvas while node labels are too small to draw (cluster-labels.ts): the overview of
 * a big graph otherwise shows groups of dots with no word on them (review 18 L2). Hidden from assistive
 * technology: the legend names the clusters, and the panel the selection.
 */
export function drawClusterLabels(e: Explorer): void {
  const { cy, clusterLayer: layer } = e;
  if (!layer) return;
  const zoom = cy.zoom();
  if (zoom * FONT_SIZE >= LABEL_MIN_PX) {
    if (layer.childElementCount > 0) layer.replaceChildren();
    return;
  }
  if (e.clusterSpots?.for !== e.filtered) {
    const nodes: { cluster: number; x: number; y: number; size: number }[] = [];
    cy.nodes().forEach((n) => {
      const cluster = n.data('cluster') as number | undefined;
      if (cluster === undefined || n.hasClass('filtered')) return;
      const p = n.position();
      nodes.push({ cluster, x: p.x, y: p.y, size: n.data('size') as number });
    });
    // The "Other papers" bucket is named last, as a remainder, and only where its papers lie together.
    const bucket = [...e.clusters].find(([, c]) => c.bucket)?.[0];
    const members = new Map<number, number>();
    for (const n of nodes) members.set(n.cluster, (members.get(n.cluster) ?? 0) + 1);
    const dots = nodes.map((n) => ({ x: n.x, y: n.y, r: n.size / 2, members: members.get(n.cluster)!, cluster: n.cluster }));
    e.clusterSpots = { for: e.filtered, spots: clusterSpots(nodes, CLUSTER_LABEL_MIN_MEMBERS, bucket), dots };
  }
  const pan = cy.pan();
  const measure = nameMeasure(layer);
  const spots = e.clusterSpots.spots.map((s) => {
    const [cluster, maxWidth] = [e.clusters.get(s.cluster), clusterLabelMaxWidth(cy.width(), s.remainder)];
    const text = cluster ? clusterLabelText(cluster.label, s, maxWidth, measure) : '';
    // The fullest form of the name that two lines hold whole: "Mixed: Control system, …", not "system, Neural…".
    const lines = clusterNameFit(text, maxWidth - CLUSTER_LABEL_CHROME, measure);
    const [reach, reachX] = [(s.reach ?? 0) * zoom, (s.reachX ?? 0) * zoom];
    const width = lines.reduce((widest, line) => Math.max(widest, measure(line)), 0);
    // Where the full name finds no place, the name on lines as wide as its cloud (placeClusterLabels).
    const narrowWidth = s.remainder ? undefined : clusterLabelNarrowWidth(maxWidth, 2 * reachX);
    const narrowLines = narrowWidth === undefined ? undefined : clusterNameFit(text, narrowWidth - CLUSTER_LABEL_CHROME, measure);
    const narrow = narrowWidth === undefined || !narrowLines ? undefined : { maxWidth: narrowWidth, lines: narrowLines, width: narrowLines.reduce((widest, line) => Math.max(widest, measure(line)), 0) };
    // Where those lines shorten the name, the whole of it on more lines, tried first (placeClusterLabels).
    const wholeLines = clusterNameWhole(text, maxWidth - CLUSTER_LABEL_CHROME, measure);
    const whole = wholeLines && { lines: wholeLines, width: wholeLines.reduce((widest, line) => Math.max(widest, measure(line)), 0) };
    return { x: s.x * zoom + pan.x, y: s.y * zoom + pan.y, id: s.cluster, cluster, lines, width, maxWidth, reach, reachX, narrow, whole, members: s.members, ...(s.remainder ? { remainder: true as const } : {}) };
  });
  // Dots in view only: a name never covers one of another cluster as big as its own or bigger (placeClusterLabels).
  const [w, h] = [cy.width(), cy.height()];
  const dots = e.clusterSpots.dots.flatMap((d) => {
    const [x, y] = [d.x * zoom + pan.x, d.y * zoom + pan.y];
    return x >= 0 && x <= w && y >= 0 && y <= h ? [{ x, y, r: d.r * zoom, members: d.members, cluster: d.cluster }] : [];
  });
  const drawn = placeClusterLabels(
    spots.map((s) => ({ ...s, cluster: s.id, lines: s.lines.length, narrow: s.narrow && { ...s.narrow, lines: s.narrow.lines.length }, whole: s.whole && { ...s.whole, lines: s.whole.lines.length } })),
    [0, 0, w, h],
    dots,
  );
  layer.replaceChildren(
    ...spots.flatMap((s, i) => {
      const at = drawn[i];
      if (!at || !s.cluster) return [];
      const [lines, maxWidth] = at.narrow && s.narrow ? [s.narrow.lines, s.narrow.maxWidth] : at.whole && s.whole ? [s.whole.lines, s.maxWidth] : [s.lines, s.maxWidth];
      const name = el('span', { class: 'explorer__cluster-name', 'data-cluster': String(s.id) });
      // Lines as text nodes between <br>s: a name is data, never markup.
      lines.forEach((line, k) => {
        if (k > 0) name.append(document.createElement('br'));
        name.append(line);
      });
      // At the point placed (moved inside the canvas where it ran past an edge).
      Object.assign(name.style, { left: `${at.x}px`, top: `${at.y}px`, borderColor: s.cluster.color, maxWidth: `${maxWidth}px` });
      return [name];
    }),
  );
}

/**
 * A tap on a cluster's name over the canvas zooms to that cluster (its papers the filters show) instead of
 * reaching the node under the name. Names are measured only here, on a tap.
 */
export function tapOnClusterName(e: Explorer, event: cytoscape.EventObject): boolean {
  const layer = e.clusterLayer;
  if (!layer || layer.childElementCount === 0) return false;
  const origin = e.cy.container()!.getBoundingClientRect();
  const names = [...layer.children].map((child) => {
    const r = child.getBoundingClientRect();
    return { cluster: Number((child as HTMLElement).dataset.cluster), left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
  });
  const at = event.renderedPosition;
  const cluster = at ? clusterNameAt(names, at.x, at.y) : undefined;
  if (cluster === undefined || Number.isNaN(cluster)) return false;
  hideTip(e);
  zoomToCluster(e, cluster);
  return true;
}

/** Frame the shown papers of one cluster, as a cluster filter frames them, without filtering the rest. */
function zoomToCluster(e: Explorer, cluster: number): void {
  const nodes = e.cy.nodes().filter((n) => n.data('cluster') === cluster && !e.filtered.has(n.id()));
  if (nodes.empty()) return;
  fitTo(e, nodes, true);
  const label = e.clusters.get(cluster)?.label ?? 'this cluster';
  setStatus(`Zoomed to the cluster ${label} (${count(nodes.length, nounOf(nodes).replace(/s$/, ''))}); its “only” button in the legend hides the others.`);
}
