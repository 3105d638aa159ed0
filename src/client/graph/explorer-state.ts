/**
 * The explorer's state: what the page's modules share about the graph drawn (Cytoscape, its data, the state
 * in the address, what is lit, filtered and labelled now), how it is made at start-up, and the page's one
 * explorer once it is.
 */
import type cytoscape from 'cytoscape';
import type { ExplorerData } from '../../lib/export/explorer-data';
import type { ExplorerLinks } from '../../lib/export/explorer-links';
import { strengthScale, type Strength } from './link-reasons';
import type { GraphState } from './url-state';
import type { HistoryRecorder, Mark } from './history';
import type { ClusterDot, ClusterSpot } from './cluster-labels';
import type { ProgressiveDrawing } from './progressive-draw';
import { MINOR_LINKS_PER_FRAME, slicedChanges, type SlicedChanges } from './level-of-detail';
import { adjacency, type Adjacent } from './adjacency';

export type Core = cytoscape.Core;

export type NodeSingular = cytoscape.NodeSingular;

export interface Explorer {
  root: HTMLElement;
  cy: Core;
  data: ExplorerData;
  state: GraphState;
  base: string;
  large: boolean;
  webgl: boolean;
  /** Cluster id → colour and label. */
  clusters: Map<number, { color: string; label: string; bucket?: true }>;
  /** For each concept index, the paper indexes that carry it. */
  conceptMembers: number[][];
  /** Neighbours in the papers view, per paper index, with the link weight and the link's index (its triple's). */
  paperLinks: Adjacent[][];
  /** In the concepts view: per paper index its concept indexes; per concept index its paper indexes. */
  paperTags: Adjacent[][];
  conceptTags: Adjacent[][];
  /** A paper–paper link's strength in words, by thirds of the links drawn (link-reasons.ts). */
  strength: (weight: number) => Strength;
  /** Why each link exists (graph/links.json), fetched once a paper is first selected. */
  links?: ExplorerLinks | undefined;
  linksLoading?: Promise<ExplorerLinks | undefined> | undefined;
  linksSrc: string;
  /** Node ids labelled by level of detail right now, each with the classes that say how (levelOfDetail). */
  labelled: Map<string, string>;
  /** Where cluster names go over the canvas (drawClusterLabels), and the cluster names drawn there now. */
  clusterLayer?: HTMLElement | undefined;
  /** The cluster names' places for the nodes drawn under the filters `for` (applyFilters replaces that set), and those nodes (in the nodes' units) with their clusters' sizes. */
  clusterSpots?: { for: Set<string>; spots: ClusterSpot[]; dots: ClusterDot[] } | undefined;
  /** Ids of elements hidden by the filters now. */
  filtered: Set<string>;
  nodesShown: number;
  edgesShown: number;
  /** The neighbourhood highlighted now, and the node it is the neighbourhood of. */
  hood: cytoscape.CollectionReturnValue | undefined;
  hoodFocus: NodeSingular | undefined;
  /** Papers lit by a search (class `match`). */
  found: cytoscape.NodeCollection;
  /** Ids of the nodes whose label the last placement left out (class `nb-quiet`). */
  quieted: Set<string>;
  /** The side class (`lit-above`, …) of each node the last placement drew a label beside or above. */
  litSides: Map<string, string>;
  /** The minor links of the drawn view, and the ids of those shown now (level of detail). */
  minorEdges: cytoscape.EdgeCollection | undefined;
  minorShown: Set<string>;
  /** Minor links shown or hidden by the level of detail, a slice per frame. */
  minorSlices: SlicedChanges;
  fitZoom: number;
  highlighted: string[];
  /**
   * A concept the find box named in the papers view, waiting for the full-text matches of `query` to tell
   * whether its filter keeps what the reader asked for (find.ts, `conceptFilterFits`).
   */
  pendingFind?: { concept: string; label: string; query: string; mark: Mark | undefined } | undefined;
  /**
   * The last Find's query, and whether a Back or Forward has left it (restore-state.ts): its full-text answer,
   * if it comes after that, belongs to a state the reader is no longer in.
   */
  lastFind?: { query: string; left: boolean } | undefined;
  /**
   * Each Find's full-text answer by its text (the state's `find`), and the concept filter a Find set: a Back or
   * Forward to a Find lights its papers again without searching again.
   */
  findAnswers: Map<string, string[]>;
  findFilters: Map<string, string>;
  /** A Find's text whose answer was asked for again (a link or a step with `find=` not answered here yet). */
  relight?: string | undefined;
  /**
   * The concept filter in force is one a Find set (or its offer), not one the reader set in the concept box
   * or by a link: the next Find that sets no filter lifts it, where it would hide what that Find lights.
   */
  conceptByFind?: boolean;
  /** A Find's best match that the reader's filters hide: not selected while hidden; showing the hidden matches selects it. */
  findHidden?: string | undefined;
  /** What the button under the status line does, while it is shown. */
  offer?: (() => void) | undefined;
  /** The status line says the last framing left some shown nodes out of the view (Zoom to fit then says it shows all). */
  framedPart?: boolean;
  /** Sets the view for a wheel zoom still shown only as a scaled picture (see wheel-zoom.ts). */
  settleWheel: () => void;
  /** True while a wheel zoom or drag is shown only as a moved picture. */
  pictureMoving: () => boolean;
  /** Whether the level of detail is still to be placed for the view (its wait for the view to stop moving). */
  detailPending: () => boolean;
  /** True between the end of a mouse drag that panned and the click event the same release may send. */
  justPanned: boolean;
  /** A big graph on the canvas renderer is drawn progressively (src/client/graph/progressive-draw.ts). */
  drawing?: ProgressiveDrawing;
  /** The tooltip naming the node under the pointer (hover-tip.ts), and whether it is shown. */
  tip?: HTMLElement | undefined;
  tipShown?: boolean;
  /** The state's steps in the browser's history; from the end of start-up (before, changes rewrite the URL). */
  history?: HistoryRecorder;
}

/** The explorer for a Cytoscape instance just made in `container`, with nothing lit, filtered or labelled yet. */
export function createExplorer(root: HTMLElement, container: HTMLElement, cy: Core, data: ExplorerData, state: GraphState, large: boolean, webgl: boolean): Explorer {
  return {
    root,
    cy,
    data,
    state,
    base: container.dataset.base ?? '/',
    large,
    webgl,
    clusters: new Map(data.clusters.map((c) => [c.id, { color: c.color, label: c.label, ...(c.bucket ? { bucket: c.bucket } : {}) }])),
    conceptMembers: data.concepts.members,
    paperLinks: adjacency(data.papers.ids.length, data.papers.ids.length, data.related, true).from,
    strength: strengthScale(data.related.filter((_, k) => k % 3 === 2).map((w) => w / 1000)),
    linksSrc: container.dataset.links ?? 'links.json',
    ...(() => {
      const { from, to } = adjacency(data.papers.ids.length, data.concepts.ids.length, data.tagged);
      return { paperTags: from, conceptTags: to };
    })(),
    labelled: new Map(),
    filtered: new Set(),
    nodesShown: 0,
    edgesShown: 0,
    hood: undefined,
    hoodFocus: undefined,
    found: cy.collection(),
    quieted: new Set(),
    litSides: new Map(),
    minorEdges: undefined,
    minorShown: new Set(),
    minorSlices: slicedChanges(MINOR_LINKS_PER_FRAME),
    fitZoom: 1,
    highlighted: [],
    findAnswers: new Map(),
    findFilters: new Map(),
    settleWheel: () => {},
    pictureMoving: () => false,
    detailPending: () => false,
    justPanned: false,
  };
}

let current: Explorer | undefined;

/** The page's explorer, once start-up has made it. */
export function currentExplorer(): Explorer | undefined {
  return current;
}

export function setCurrentExplorer(e: Explorer): void {
  current = e;
}
