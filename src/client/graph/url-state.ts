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
  /**
   * The last Find's text, while the papers it lit stay lit: each Find is a step Back returns from (a Find that
   * lit papers and set no filter changed nothing else in the address, so Back skipped it).
   */
  find?: string;
}

export const DEFAULT_STATE: GraphState = { view: 'papers', minWeight: 0 };

export function parseState(search: string): GraphState {
  const params = new URLSearchParams(search);
  const state: GraphState = { ...DEFAULT_STATE };
  if (params.get('view') === 'concepts') state.view = 'concepts';
  const node = params.get('node');
  if (node && /^[pc]:./.test(node)) state.node = node;
  // Only the paper–concept view draws concepts: a link naming one without `view=concepts` (typed by hand, or
  // cut down) opens that view, where it said the concept did not exist and dropped it.
  if (state.node?.startsWith('c:')) state.view = 'concepts';
  const clusters = params.get('clusters');
  // `clusters=` (empty) is what "None" writes: nothing shown. A list with no id in it is malformed: all shown.
  if (clusters === '') state.clusters = [];
  else if (clusters !== null) {
    const ids = clusters
      .split(',')
      .filter((s) => /^\d+$/.test(s))
      .map(Number);
    if (ids.length > 0) state.clusters = [...new Set(ids)].sort((a, b) => a - b);
  }
  const concept = params.get('concept');
  if (concept) state.concept = concept;
  const find = params.get('find')?.trim();
  if (find) state.find = find;
  const w = Number(params.get('w'));
  // Out of [0, 1] is malformed, not extreme: clamping `w=5` to 1 would keep only links of the very top
  // strength, usually none, so such a link opened an empty graph. The default shows every link.
  if (params.has('w') && params.get('w') !== '' && Number.isFinite(w) && w >= 0 && w <= 1) state.minWeight = Math.round(w * 100) / 100;
  return state;
}

/**
 * The state with its cluster list reduced to the clusters the graph has. A stale link (clusters renumbered
 * by a rebuild) or a hand-edited one must not open an empty graph: unknown ids are dropped, and a list left
 * with none of its ids shows every cluster. A deliberately empty list (`clusters=`) stays empty, and a list
 * naming every cluster becomes "all" (the same graph, and the URL stays short).
 */
export function fitToClusters(state: GraphState, known: Iterable<number>): GraphState {
  if (!state.clusters || state.clusters.length === 0) return state;
  const ids = new Set(known);
  const kept = state.clusters.filter((c) => ids.has(c));
  const { clusters: _dropped, ...rest } = state;
  return kept.length === 0 || kept.length === ids.size ? rest : { ...rest, clusters: kept };
}

/** The query string for a state (with its `?`), or '' for the default state; default values are left out. */
export function formatState(state: GraphState): string {
  const params = new URLSearchParams();
  if (state.view !== 'papers') params.set('view', state.view);
  if (state.node) params.set('node', state.node);
  if (state.clusters) params.set('clusters', [...state.clusters].sort((a, b) => a - b).join(','));
  if (state.concept) params.set('concept', state.concept);
  if (state.minWeight > 0) params.set('w', String(state.minWeight));
  if (state.find) params.set('find', state.find);
  const text = params.toString();
  return text ? `?${text}` : '';
}
