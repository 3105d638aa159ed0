/**
 * Everything a concept page shows, derived from the atlas data in one pure step. The page template
 * renders from this view alone, so a hash of the view is a complete cache key for Astro's incremental
 * build (see src/lib/cache/page-key.ts).
 */
import { otherNames } from '../concepts/other-names';
import type { ConceptEntry, GraphFile, PaperFrontmatter } from '../content/schema';
import { swatchColor } from './cluster-swatch';
import { clusterKey, type ClusterKeyEntry } from './cluster-key';
import { layoutLocalGraph, type LocalEdgeInput, type LocalGraphInput, type LocalGraphLayout, type WithGraph } from './local-graph';
import { plainMathText } from '../normalise/math-text';
import { conceptPath, paperPath, searchPath, withBase } from './url';
import { DEFAULT_STATE, formatState } from '../../client/graph/url-state';
import { conceptContext, type ConceptContext } from './concept-context';
import { compareIds } from '../graph/cooccurrence';
import { graphDrawsConcept } from '../graph/drawn-concepts';

/** What the view needs of the atlas data (AtlasData fits). */
export interface ConceptViewData {
  paperById: ReadonlyMap<string, { data: PaperFrontmatter }>;
  conceptById: ReadonlyMap<string, ConceptEntry>;
  clusters: ReadonlyMap<number, { label: string; color: string }>;
  /** graph.json, which decides whether the explorer can show the concept (undefined before the first graph). */
  graph?: GraphFile | undefined;
}

/** A paper as its card shows it (the fields PaperCard reads; `concepts` cut to the tags it shows). */
export type CardPaper = Pick<PaperFrontmatter, 'id' | 'title' | 'authors' | 'etAl' | 'year' | 'cluster' | 'concepts'>;

export interface ConceptPageView {
  id: string;
  label: string;
  abbreviation?: string | undefined;
  aliases: string[];
  /** Names other than the label and abbreviation ("Also written as"). */
  otherNames: string[];
  paperCount: number;
  description: string;
  /** The first papers, shown as cards. */
  cards: CardPaper[];
  /** Colours of the cards' clusters (by the cards' page-local cluster numbers) and the labels of their concepts. */
  cardClusters: Array<{ id: number; color: string }>;
  cardConcepts: Array<{ id: string; label: string }>;
  /** The papers after the cards, as titles. */
  more: Array<{ id: string; title: string }>;
  /** How many papers name the concept without carrying it: not counted in `paperCount`. */
  mentionedCount: number;
  /** The first of them (concepts.json lists at most 20), as titles, most mentions first. */
  mentioned: Array<{ id: string; title: string }>;
  /** Where the rest of them are found: the search page with the concept's label. */
  mentionedSearchHref: string;
  /**
   * "Often together with": the concepts most often on the same papers. A concept of fewer than
   * {@link FEW_PAPERS} papers lists only those on two of them or more: at that size one shared paper is chance.
   */
  cooccurs: Array<{ id: string; label: string; count: number }>;
  /**
   * Its narrower concepts, the phrases that name kinds of it ("Electron beam lithography" of "Lithography",
   * "Offline reinforcement learning" of "Reinforcement learning"), and the broader ones it is a kind of
   * (src/lib/concepts/broader-nouns.ts and named-kinds.ts record them), the nearest only (`nearest`), by label.
   */
  narrower: Array<{ id: string; label: string }>;
  /**
   * Kinds past the first KINDS_SHOWN, where it has more: the page folds them under "N more kinds" (at 10,000
   * papers "Reinforcement learning" had 42). `narrower` then holds those of the most papers, by label.
   */
  moreNarrower: Array<{ id: string; label: string }>;
  broader: Array<{ id: string; label: string }>;
  /** The sentence of its papers' abstracts that best introduces it (./concept-context.ts), with its paper's title. */
  context?: (Omit<ConceptContext, 'kind'> & { paperTitle: string; language?: string | undefined; untitled?: true | undefined }) | undefined;
  /** Papers drawn in the local graph. */
  graphPapers: number;
  graphLayout: LocalGraphLayout;
  /** The clusters the mini-graph's nodes and the cards' dots stand for, named: the concept's own first. */
  clusterKey: ClusterKeyEntry[];
  /**
   * The explorer's paper–concept view with the concept selected; none where the graph does not draw it, where the
   * link opened an explorer that said the concept did not exist.
   */
  graphHref?: string | undefined;
}

/** A frequent concept of a large collection carries thousands of papers: the best as cards, the rest as titles. */
export const CARD_LIMIT = 40;
/** Concept tags per card (PaperCard's default). */
export const CARD_TAGS = 5;
const GRAPH_PAPERS = 10;
const GRAPH_CONCEPTS = 8;
const COOCCURS_SHOWN = 30;
/** A concept of fewer papers lists no co-occurring concept seen on one paper only (review 22 finding 7). */
export const FEW_PAPERS = 4;

export function conceptPageView(data: ConceptViewData, concept: ConceptEntry, base: string): ConceptPageView {
  return conceptPageWith(data, concept, base, layoutLocalGraph);
}

/**
 * What a concept page's cache key hashes: its view with the local graph's input where the view has its layout
 * (as ./paper-page.ts paperPageKeyView, which says why).
 */
export function conceptPageKeyView(data: ConceptViewData, concept: ConceptEntry, base: string): WithGraph<ConceptPageView, LocalGraphInput> {
  return conceptPageWith(data, concept, base, (input) => input);
}

function conceptPageWith<G>(data: ConceptViewData, concept: ConceptEntry, base: string, graph: (input: LocalGraphInput) => G): WithGraph<ConceptPageView, G> {
  const papers = concept.papers.flatMap((id) => {
    const paper = data.paperById.get(id);
    return paper ? [paper.data] : [];
  });
  const mentioned = (concept.mentionedIn?.papers ?? []).flatMap((id) => {
    const paper = data.paperById.get(id);
    return paper ? [{ id, title: paper.data.title }] : [];
  });
  const mentionedCount = concept.mentionedIn?.count ?? 0;
  const cooccurs = concept.cooccurs.flatMap((c) => {
    const other = data.conceptById.get(c.id);
    return other ? [{ ...c, concept: other }] : [];
  });

  const graphPapers = papers.slice(0, GRAPH_PAPERS);
  const graphConcepts = cooccurs.slice(0, GRAPH_CONCEPTS);
  const edges: LocalEdgeInput[] = graphPapers.map((p) => ({ source: concept.id, target: p.id, weight: 0.35 }));
  const outerIds = new Set(graphConcepts.map((c) => c.id));
  for (const p of graphPapers) {
    for (const id of p.concepts) if (outerIds.has(id)) edges.push({ source: p.id, target: id, weight: 0.05 });
  }
  const carded = papers.slice(0, CARD_LIMIT);
  const key = clusterKey(data.clusters, concept.cluster, [...graphPapers.map((p) => p.cluster), ...graphConcepts.map((c) => c.concept.cluster), ...carded.map((p) => p.cluster)]);
  const graphLayout = graph({
    center: {
      id: concept.id,
      label: concept.label,
      href: conceptPath(base, concept.id),
      kind: 'concept',
      color: swatchColor(data.clusters, concept.cluster),
      keyEntry: key.indexOf(concept.cluster),
    },
    inner: graphPapers.map((p) => ({
      id: p.id,
      label: plainMathText(p.title),
      href: paperPath(base, p.id),
      kind: 'paper' as const,
      color: swatchColor(data.clusters, p.cluster),
      keyEntry: key.indexOf(p.cluster),
    })),
    outer: graphConcepts.map((c) => ({
      id: c.id,
      label: c.concept.label,
      href: conceptPath(base, c.id),
      kind: 'concept' as const,
      color: swatchColor(data.clusters, c.concept.cluster),
      keyEntry: key.indexOf(c.concept.cluster),
    })),
    edges,
  });

  // Cards name their cluster by a number local to this page: cluster ids are ranks by size and shift
  // between runs, and only the colour is shown.
  const cardClusters = new Map<string, number>();
  const localCluster = (cluster: number | undefined): number | undefined => {
    if (cluster === undefined) return undefined;
    const colour = swatchColor(data.clusters, cluster);
    let local = cardClusters.get(colour);
    if (local === undefined) cardClusters.set(colour, (local = cardClusters.size));
    return local;
  };
  const cards: CardPaper[] = carded.map((p) => ({
    id: p.id,
    title: p.title,
    authors: p.authors,
    etAl: p.etAl,
    year: p.year,
    cluster: localCluster(p.cluster),
    concepts: p.concepts.slice(0, CARD_TAGS),
  }));
  const cardConcepts = new Map<string, string>();
  for (const card of cards) {
    for (const id of card.concepts) {
      const label = data.conceptById.get(id)?.label;
      if (label !== undefined) cardConcepts.set(id, label);
    }
  }

  const paperCount = `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'}${mentionedCount > 0 ? ` (mentioned in ${mentionedCount} more)` : ''}`;
  const together = papers.length < FEW_PAPERS ? cooccurs.filter((c) => c.count > 1) : cooccurs;
  const found = contextOf(data, concept, papers);
  const source = found && data.paperById.get(found.paper)!.data;
  const context = found && {
    paper: found.paper,
    paperTitle: source!.title,
    language: source!.language,
    // Its heading is a sentence of the abstract, maybe the one quoted: "From" names it as untitled instead.
    ...(source!.madeTitle ? { untitled: true as const } : {}),
    before: found.before,
    name: found.name,
    after: found.after,
  };
  return {
    id: concept.id,
    label: concept.label,
    abbreviation: concept.abbreviation,
    aliases: concept.aliases,
    otherNames: otherNames(concept, { withAbbreviation: false }),
    paperCount: papers.length,
    description: `${concept.label}${concept.abbreviation ? ` (${concept.abbreviation})` : ''}: a concept in ${paperCount}${
      together.length ? `, often with ${together.slice(0, 3).map((c) => c.concept.label).join(', ')}` : ''
    }.`,
    cards,
    cardClusters: [...cardClusters].map(([color, id]) => ({ id, color })),
    cardConcepts: [...cardConcepts].map(([id, label]) => ({ id, label })),
    more: papers.slice(CARD_LIMIT).map((p) => ({ id: p.id, title: p.title })),
    mentionedCount,
    mentioned,
    mentionedSearchHref: searchPath(base, concept.label),
    cooccurs: together.slice(0, COOCCURS_SHOWN).map((c) => ({ id: c.id, label: c.concept.label, count: c.count })),
    ...kinds(data, nearest(concept.narrower ?? [], (n, m) => isKindOf(data, n, m))),
    broader: labelled(data, nearest(broaderOf(data).get(concept.id) ?? [], (b, b2) => isKindOf(data, b2, b))),
    context,
    graphPapers: graphPapers.length,
    graphLayout,
    clusterKey: key.entries,
    graphHref: graphDrawsConcept(data.graph, concept.id)
      ? withBase(base, `graph/${formatState({ ...DEFAULT_STATE, view: 'concepts', node: `c:${concept.id}` })}`)
      : undefined,
  };
}

/**
 * The concept's sentence in context, found once per concept and collection: a build makes each concept's view
 * twice (its cache key, then its page), and reading its papers' abstracts for that sentence was a third of a
 * view's time (about 1.5 s a build at 10,000 papers). `papers` are the concept's papers in `data`, so the
 * concept and `data.paperById` decide it; kept only while both are.
 */
function contextOf(data: ConceptViewData, concept: ConceptEntry, papers: readonly PaperFrontmatter[]): ConceptContext | undefined {
  let found = contexts.get(data.paperById);
  if (found === undefined) contexts.set(data.paperById, (found = new WeakMap()));
  if (found.has(concept)) return found.get(concept);
  const context = conceptContext(concept, papers);
  found.set(concept, context);
  return context;
}

const contexts = new WeakMap<ConceptViewData['paperById'], WeakMap<ConceptEntry, ConceptContext | undefined>>();

/** Concepts by id, with their labels, in label order; ids with no concept page left out. */
/** Kinds a concept page lists before it folds the rest away (`ConceptPageView.moreNarrower`). */
export const KINDS_SHOWN = 12;

/** A concept's kinds as its page lists them: all by label, or the KINDS_SHOWN of the most papers by label and the rest folded. */
function kinds(data: ConceptViewData, ids: readonly string[]): Pick<ConceptPageView, 'narrower' | 'moreNarrower'> {
  if (ids.length <= KINDS_SHOWN) return { narrower: labelled(data, ids), moreNarrower: [] };
  const papers = (id: string) => data.conceptById.get(id)?.papers.length ?? 0;
  const byPapers = [...ids].sort((a, b) => papers(b) - papers(a) || compareIds(a, b));
  return { narrower: labelled(data, byPapers.slice(0, KINDS_SHOWN)), moreNarrower: labelled(data, byPapers.slice(KINDS_SHOWN)) };
}

function labelled(data: ConceptViewData, ids: readonly string[]): Array<{ id: string; label: string }> {
  return ids
    .flatMap((id) => {
      const c = data.conceptById.get(id);
      return c ? [{ id, label: c.label }] : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/**
 * The nearest of a concept's kinds, or of the concepts it is a kind of: those with no other in `ids` between them and
 * the concept (`between(x, y)`: y lies between x and the concept). concepts.json lists every kind a name tells
 * (src/lib/concepts/named-kinds.ts), so "Deep reinforcement learning agent" is a kind of both "Reinforcement learning
 * agent" and "Agents"; the page of "Agents" lists only "Reinforcement learning agent", whose page lists the deep one.
 */
function nearest(ids: readonly string[], between: (x: string, y: string) => boolean): string[] {
  return ids.filter((x) => !ids.some((y) => y !== x && between(x, y)));
}

/** Whether concepts.json lists `narrower` among the kinds of `broader`. */
function isKindOf(data: ConceptViewData, narrower: string, broader: string): boolean {
  return data.conceptById.get(broader)?.narrower?.includes(narrower) ?? false;
}

// concepts.json records narrower concepts only; the reverse is read once per collection, not per page.
const broaderIndex = new WeakMap<ConceptViewData['conceptById'], Map<string, string[]>>();

/** Each concept's broader concepts: those that list it as narrower. */
function broaderOf(data: ConceptViewData): Map<string, string[]> {
  let index = broaderIndex.get(data.conceptById);
  if (!index) {
    index = new Map();
    for (const c of data.conceptById.values()) {
      for (const id of c.narrower ?? []) {
        const list = index.get(id);
        if (list) list.push(c.id);
        else index.set(id, [c.id]);
      }
    }
    broaderIndex.set(data.conceptById, index);
  }
  return index;
}
