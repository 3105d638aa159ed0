/**
 * The graph explorer (`/graph/`). Draws the build-time positions with Cytoscape's `preset` layout: no force
 * layout runs in the browser. Large graphs switch to the WebGL renderer and level of detail (labels and
 * minor links only when zoomed in). State (view, selection, filters) lives in the query string, and its
 * steps in the browser's history: Back and Forward walk through them (history.ts, history-step.ts).
 *
 * The page imports it through load.ts, which may hold it back on a slow or data-saving connection.
 * This module starts the explorer and composes the others: explorer-state.ts (what they share), renderer.ts
 * and graph-style.ts (Cytoscape), elements.ts, zoom-detail.ts, neighbourhood.ts and cluster-names.ts (what is
 * drawn), selection.ts and selection-panel.ts, filters.ts and find-results.ts, controls.ts and pointer.ts
 * (the reader's input), fit-view.ts (view moves), status-line.ts, state-history.ts and restore-state.ts (the
 * address, Back and Forward).
 *
 * For other scripts on the page (the full-text find of the search feature):
 * - `highlightPapers(ids)` from this module, or
 * - `document.dispatchEvent(new CustomEvent('atlas:highlight', { detail: { ids: ['paper-slug', ...] } }))`
 * lights up those papers (an empty list clears). Both work before the graph has loaded: the last call is
 * applied once it is drawn. A detail's `unavailable` (a sentence: the full text could not be searched) is added
 * to the status line.
 */
import type cytoscape from 'cytoscape';
import type { ExplorerData } from '../../lib/export/explorer-data';
import { fitToClusters, parseState } from './url-state';
import { historyRecorder } from './history';
import { installProgressiveDrawing, type LayeredRenderer, type PictureContext } from './progressive-draw';
import { drawClusterLabels } from './cluster-names';
import { wireControls } from './controls';
import { debounce, el } from './dom';
import { drawLive, drawView } from './elements';
import { createExplorer, currentExplorer, setCurrentExplorer, type Core, type Explorer } from './explorer-state';
import { applyFilters, fitWeightSlider, syncControls } from './filters';
import { applyHighlight, askFindAgain, relightFind, settleFoundConcept } from './find-results';
import { fitTo, frameShown } from './fit-view';
import { watchTheme } from './graph-style';
import { foreground } from './neighbourhood';
import { deferPictureMoves, wireGraphEvents } from './pointer';
import { createGraph, supportsWebgl2 } from './renderer';
import { restoreState } from './restore-state';
import { select } from './selection';
import { continuing } from './state-history';
import { addToStatus, announceSelection, setStatus } from './status-line';
import { hideTip } from './tooltip';
import { levelOfDetail } from './zoom-detail';

/** Above this many elements: WebGL (when available), viewport textures, level of detail, no fading. */
const LARGE = 2500;

let pendingHighlight: string[] | undefined;

/**
 * Light up these papers (by slug) and zoom to them; `[]` clears. Safe to call before the graph is drawn.
 * `query`, the text they were found by, settles a concept the find box named with that text.
 */
export function highlightPapers(ids: string[], query?: string, unavailable?: string): void {
  const e = currentExplorer();
  // Kept for a Back or Forward to this Find, which lights its papers again without searching again; a search that
  // could not run is no answer to keep.
  if (query !== undefined && e && unavailable === undefined) e.findAnswers.set(query.trim(), [...ids]);
  if (query !== undefined && e?.relight === query.trim()) {
    relightFind(e, ids);
    if (unavailable) addToStatus(unavailable);
    return;
  }
  // The answer to a Find that a Back or Forward has left since: lighting and framing its papers would move the
  // view of the state the reader went to (a first search slowed by a loaded machine answered after the step, and
  // the restored selection was left 702 px off the middle).
  if (query !== undefined && e?.lastFind?.left && e.lastFind.query === query) return;
  pendingHighlight = [...ids];
  if (!e) return;
  const found = pendingHighlight;
  const pending = e.pendingFind;
  // The full-text answer to a Find is part of that Find's step back (history.ts).
  if (pending && pending.query === query) continuing(e, pending.mark, () => settleFoundConcept(e, found));
  else applyHighlight(e, found);
  if (unavailable) addToStatus(unavailable);
}

document.addEventListener('atlas:highlight', (event) => {
  const detail = (event as CustomEvent<{ ids?: unknown; query?: unknown; unavailable?: unknown }>).detail;
  const ids = detail?.ids;
  if (Array.isArray(ids)) {
    highlightPapers(
      ids.filter((id): id is string => typeof id === 'string'),
      typeof detail.query === 'string' ? detail.query : undefined,
      typeof detail.unavailable === 'string' ? detail.unavailable : undefined,
    );
  }
});

const root = document.querySelector<HTMLElement>('[data-graph-explorer]');
const container = root?.querySelector<HTMLElement>('[data-graph]');
if (root && container) {
  start(root, container).catch((error: unknown) => {
    setStatus(`The graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
    container.dataset.graphError = 'true';
  });
}

async function start(root: HTMLElement, container: HTMLElement): Promise<void> {
  const response = await fetch(container.dataset.src ?? 'data.json');
  if (!response.ok) throw new Error(`graph data: HTTP ${response.status}`);
  const data = (await response.json()) as ExplorerData;
  performance.mark('atlas-graph:data');
  if (data.version !== 1) throw new Error('graph data: unknown version');
  const state = fitToClusters(parseState(location.search), data.clusters.map((c) => c.id));
  const params = new URLSearchParams(location.search);
  const liveLayout = params.get('layout') === 'fcose';

  const total = data.papers.ids.length + data.concepts.ids.length + (data.related.length + data.tagged.length) / 3;
  // `?large=1` gives a small graph the big-graph behaviour (tests, and trying it out).
  const large = total > LARGE || params.get('large') === '1';
  const requested = params.get('renderer');
  const webgl = requested === 'webgl' || (requested !== 'canvas' && large && supportsWebgl2());

  const cy = createGraph(container, webgl, large);

  const e = createExplorer(root, container, cy, data, state, large, webgl);
  // Without a GPU a full frame of a big graph takes longer than a wheel notch or a mouse move: notches and
  // drags move the picture drawn last, and the graph is drawn once the wheel rests or the button is released.
  const picture = container.querySelector<HTMLElement>(':scope > div');
  if (large && !webgl && picture) deferPictureMoves(e, picture, container);
  // Cluster names over the nodes: inside the picture, which a deferred wheel zoom or drag moves as one.
  e.clusterLayer = el('div', { class: 'explorer__clusters', 'aria-hidden': 'true' });
  (picture ?? container).append(e.clusterLayer);
  // The hovered node's name, readable at any zoom: outside the picture, placed for the view it is shown in.
  e.tip = el('div', { class: 'explorer__tip', 'aria-hidden': 'true', hidden: '' });
  container.append(e.tip);
  // A full frame of a big graph takes longer than a frame should: it is drawn a slice at a time, with what
  // the reader is pointing at or looking for drawn at once (src/client/graph/progressive-draw.ts).
  if (large && !webgl) {
    const renderer = (cy as unknown as { renderer(): LayeredRenderer<cytoscape.SingularElementArgument, PictureContext> }).renderer();
    const drawing = installProgressiveDrawing(renderer, { foreground: () => foreground(e) });
    // Classes are all the explorer changes elements by (the theme, graph-style.ts). Not Cytoscape's `style` event:
    // it also fires as an element's texture is first made, which drawing the picture does.
    cy.on('class position', drawing.invalidate);
    e.drawing = drawing;
  }
  setCurrentExplorer(e);
  container.dataset.renderer = webgl ? 'webgl' : 'canvas';
  (window as unknown as { atlasGraph?: unknown }).atlasGraph = { cy, highlightPapers, select: (id: string) => select(e, id, true), drawing: e.drawing, resting: () => atRest(e) };

  wireControls(root, e);
  syncControls(root, e);
  if (liveLayout) {
    await drawLive(e, container);
    cy.fit(undefined, 30);
  } else {
    drawView(e);
    fitTo(e, undefined, false);
  }
  e.fitZoom = cy.zoom();
  fitWeightSlider(root, e);
  applyFilters(e);
  // A link with a concept or cluster filter opens on what it shows, not on the whole graph with the papers
  // shown as dots in a corner (the whole graph's fit still sets the level of detail).
  if (state.concept !== undefined || state.clusters !== undefined) frameShown(e, false);
  const detail = debounce(() => levelOfDetail(e), 120);
  e.detailPending = detail.pending;
  cy.on('viewport', detail);
  // Cheap (a few dozen names): they follow every move at once.
  cy.on('viewport', () => {
    drawClusterLabels(e);
    if (e.tipShown) hideTip(e);
  });
  levelOfDetail(e);
  if (state.node && cy.getElementById(state.node).nonempty()) {
    select(e, state.node, true);
    // Named as a tap or a Back names it: a shared link's selection said only "Showing 119 nodes and 298 links."
    announceSelection(e, '');
  } else if (state.node) {
    // A link to a paper since removed (or a mistyped one) selected nothing without a word.
    const missing = state.node;
    select(e, undefined, false);
    setStatus(`The link names ${missing.startsWith('c:') ? 'a concept' : 'a paper'} this graph does not have (“${missing.slice(2)}”): nothing is selected.`);
  }
  if (pendingHighlight) applyHighlight(e, pendingHighlight);
  e.history = historyRecorder(e.state);
  // A link with a Find's text: the box says it, and its papers are lit as that Find lit them.
  if (state.find) {
    const box = root.querySelector<HTMLInputElement>('#graph-find');
    if (box) box.value = state.find;
    askFindAgain(e, state.find);
  }
  window.addEventListener('popstate', () => restoreState(e));
  wireGraphEvents(e);
  watchTheme(e);

  await firstRender(cy);
  // Ready means drawn: the whole graph, not the first slices of it.
  if (e.drawing) await e.drawing.settled();
  markReady(container, liveLayout);
}

function firstRender(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    cy.one('render', () => requestAnimationFrame(() => finish()));
    cy.forceRender();
    // A hidden tab never renders; do not hang.
    setTimeout(finish, 3000);
  });
}

function markReady(container: HTMLElement, live: boolean): void {
  performance.mark('atlas-graph:ready');
  container.dataset.layout = live ? 'fcose' : 'preset';
  container.dataset.graphReady = 'true';
  root?.dispatchEvent(new CustomEvent('atlas:graph-ready', { bubbles: true, detail: { nodes: container.dataset.nodeCount, edges: container.dataset.edgeCount } }));
}

/**
 * The view at rest: no glide under way, the level of detail placed for the view it shows, and (a big graph)
 * no picture moved ahead of the graph nor slices of it still to draw. The end-to-end tests wait on it
 * (`atlasGraph.resting()`) where a fixed wait for "the animation" was too short on a loaded machine.
 */
function atRest(e: Explorer): boolean {
  return !e.cy.animated() && !e.detailPending() && !e.pictureMoving() && !(e.drawing?.pending() ?? false);
}
