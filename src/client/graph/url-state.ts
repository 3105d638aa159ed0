/**
 * The explorer's shareable state, kept in the query string: `?view=concepts&node=p:some-slug&clusters=0,3
 * &concept=attention&w=0.4`. Parsing is forgiving (a hand-edited or stale link must still open the graph):
 * anything malformed falls back to its default instead of failing.
 */
export type GraphView = 'papers' | 'concepts';

export interface GraphState {
  view: GraphView;
  /** Selected node: `p:<paper slug>` or `c:<concept id>`. */
  node?: string;
  /** Clusters shown; undefined means all. */
  clusters?: number[];
  /** Show only papers carrying this concept (and, in the concepts view, their concepts). */
  concept?: string;
  /** Minimum link weight drawn, in [0, 1]. */
  minWeight: number;
}

export const DEFAULT_STATE: GraphState = { view: 'papers', minWeight: 0 };

export function parseState(search: string): GraphState {
  const params = new URLSearchParams(search);
  const state: GraphState = { ...DEFAULT_STATE };
  if (params.get('view') === 'concepts') state.view = 'concepts';
  const node = params.get('node');
  if (node && /^[pc]:./.test(node)) state.node = node;
  const clusters = params.get('clusters');
  if (clusters !== null) {
    const ids = clusters
      .split(',')
      .filter((s) => /^\d+$/.test(s))
      .map(Number);
    state.clusters = [...new Set(ids)].sort((a, b) => a - b);
  }
  const concept = params.get('concept');
  if (concept) state.concept = concept;
  const w = Number(params.get('w'));
  if (params.has('w') && Number.isFinite(w)) state.minWeight = Math.min(1, Math.max(0, Math.round(w * 100) / 100));
  return state;
}

/** The query string for a state (with its `?`), or '' for the default state; default values are left out. */
export function formatState(state: GraphState): string {
  const params = new URLSearchParams();
  if (state.view !== 'papers') params.set('view', state.view);
  if (state.node) params.set('node', state.node);
  if (state.clusters) params.set('clusters', [...state.clusters].sort((a, b) => a - b).join(','));
  if (state.concept) params.set('concept', state.concept);
  if (state.minWeight > 0) params.set('w', String(state.minWeight));
  const text = params.toString();
  return text ? `?${text}` : '';
}
