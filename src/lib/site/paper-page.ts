/**
 * Everything a paper page shows, derived from the atlas data in one pure step. The page template renders
 * from this view alone (plus the abstract's rendered Markdown), so a hash of the view is a complete
 * cache key for Astro's incremental build: data the view does not hold cannot reach the page (its local
 * graph is hashed as the layout's input: {@link paperPageKeyView}).
 */
import { venueInitials } from '../search/venue-initials';
import { versionedNames } from '../search/version-names';
import type { ConceptEntry, PaperFrontmatter } from '../content/schema';
import type { Neighbours } from './cluster-order';
import { bibtexEntry } from './bibtex';
import { authorLine, shownAuthors } from './author-line';
import { collaborationName } from '../cite/authors';
import { bookVenue } from '../cite/bibliographic';
import { guessTextLanguage, isEnglishTag } from '../normalise/language-tag';
import { looksNonEnglish, titleLooksNonEnglish } from '../concepts/language';
import { swatchColor } from './cluster-swatch';
import { clusterKey, type ClusterKeyEntry } from './cluster-key';
import { layoutLocalGraph, type LocalEdgeInput, type LocalGraphInput, type LocalGraphLayout, type WithGraph } from './local-graph';
import { plainMathText } from '../normalise/math-text';
import { arxivUrl, doiUrl, paperPath, pubmedUrl, safeExternalUrl, withBase } from './url';
import { linkTarget } from '../normalise/urls';
import { DEFAULT_STATE, formatState } from '../../client/graph/url-state';
import { linkWhy, withoutBroader, type WhyPart as LinkWhyPart } from './link-why';
import { findPaperLinks, missingNote, type FindLink } from './find-paper';
import { gathered, leftOutNote, relatedShown } from './related-shown';
import { breadcrumbCluster, otherClusterLine, ownClusterNote } from './cluster-line';

/** What the view needs of the atlas data (AtlasData fits). */
export interface PaperViewData {
  paperById: ReadonlyMap<string, { data: PaperFrontmatter }>;
  conceptById: ReadonlyMap<string, ConceptEntry>;
  clusters: ReadonlyMap<number, { label: string; color: string }>;
  /** The papers their cluster's name is not true of (graph nodes' `offName`, src/lib/site/cluster-line.ts). */
  offName?: ReadonlySet<string> | undefined;
  neighbours: ReadonlyMap<string, Neighbours<{ id: string; title: string }>>;
  /** Each paper's citation key, one paper's alone (src/lib/site/bibtex.ts `citationKeys`). */
  citationKeys: ReadonlyMap<string, string>;
}

/** A concept as the page names it: tag, "shares …" link, search filter and alias words. */
export interface ConceptRef {
  id: string;
  label: string;
  abbreviation?: string | undefined;
  aliases: string[];
}

export interface RelatedView {
  id: string;
  title: string;
  color: string;
  /**
   * The related paper's cluster, named where it is not this paper's: its dot's colour alone told it, and two
   * of six cluster colours looked alike to a deuteranope (review 19 M5).
   */
  otherCluster?: string | undefined;
  /** What the card says of `otherCluster` (src/lib/site/cluster-line.ts `otherClusterLine`). */
  otherClusterLine?: string | undefined;
  /**
   * The strongest shared concepts that both pages show among their concepts ("Shares …"); `label` is missing
   * for an id without a concept page.
   */
  shared: Array<{ id: string; label?: string | undefined }>;
  /**
   * The strongest shared concepts that one of the two pages does not show among its concepts: the paper only
   * mentions it ("both mention …", review 18 M2: "Shares Cycle" on a page whose concepts hold no Cycle).
   * With `shared`, at most {@link SHARED_SHOWN}: those both pages show first.
   */
  mentioned: Array<{ id: string; label?: string | undefined }>;
  /** How many more concepts the two papers share (counted, not listed). */
  moreShared: number;
  /**
   * The words it rests on, as this paper writes them: of a link that shares no concept ("Similar wording"), or
   * those that outweigh the concepts it names (src/lib/model/graph.ts).
   */
  words: string[];
  /** Its shared concepts are all the collection's broad area ("Same broad area: …"). */
  broad?: boolean | undefined;
}

/**
 * Shared concepts named per related paper. Links come with every concept the two papers share, strongest
 * first; at 10,000 papers that is nine on average and often twenty, which makes the line unreadable and
 * was a third of a paper page's HTML. The first few carry the explanation; the rest are counted.
 */
export const SHARED_SHOWN = 5;

export interface PaperPageView {
  id: string;
  title: string;
  authors: string[];
  /** The authors the byline names (each shown isolated, for right-to-left names), and whether "et al." follows. */
  byline: { names: string[]; etAl: boolean };
  /** The collaboration the byline opens with, the names after it in brackets: "ATLAS Collaboration (Georges Aad et al.)". */
  collaboration?: string | undefined;
  year?: number | undefined;
  venue?: string | undefined;
  /**
   * The language of the title and of the abstract where it is not the page's English (`lang` attributes):
   * the record's language, or for an abstract that reads as another language, the one its words show.
   */
  lang: { title?: string | undefined; abstract?: string | undefined };
  /** Phrases of the title its input set in italics (a case name), shown as `<em>`. */
  titleItalics?: string[] | undefined;
  /** Its record had no title: the heading is a sentence of the abstract, and the page says so under it. */
  madeTitle: boolean;
  /** PubMed's id, searched as the page's own text is. */
  pmid?: string | undefined;
  /** The initials its venue or institution is searched by, never shown (NEJM, PRL, NBER: ../search/venue-initials.ts). */
  venueInitials: string[];
  /** Retracted or withdrawn, as its record says: the page opens with a notice. */
  retraction?: 'retracted' | 'withdrawn' | undefined;
  /** Concept ids of the tag list, best first; their names are in `concepts`. */
  conceptIds: string[];
  keywords: string[];
  /** The authors' keywords, shown as text: a keyword links nothing unless it is also a concept. */
  authorKeywords: string[];
  /** The paper's concepts that have a page, in tag order. */
  concepts: ConceptRef[];
  description: string;
  cluster?: { label: string; color: string } | undefined;
  /** The cluster the breadcrumb names: `cluster`, where its name is true of the paper (src/lib/site/cluster-line.ts). */
  breadcrumbCluster?: { label: string; color: string } | undefined;
  /**
   * The cluster search names the paper by (the index's `cluster` filter, which a result's line shows as
   * `cluster “…”`, src/client/search/results-view.ts): the breadcrumb's, none where the cluster's name is not true
   * of the paper, so that a result is not labelled with a topic it is not about.
   */
  searchCluster?: string | undefined;
  /** What the key to the cluster colours says after this paper's cluster: "this paper’s". */
  ownClusterNote: string;
  links: Array<{ href: string; label: string; kind: string }>;
  /** Searches for the paper by its title, where its record gives no DOI, arXiv or PubMed id nor URL (src/lib/site/find-paper.ts). */
  find?: { by: 'title' | 'abstract'; links: FindLink[] } | undefined;
  /** "No authors or year in the source record", where it lacks them. */
  missing?: string | undefined;
  related: RelatedView[];
  /** Under a short related list, why it is short (`fewRelatedNote`); absent for a full one or none. */
  fewRelated?: string | undefined;
  /**
   * The clusters of this paper and its related papers, this paper's first, each named once beside its colour;
   * the local graph's nodes point at their entries (`keyEntry`).
   */
  clusterKey: ClusterKeyEntry[];
  /** How many related papers the local graph shows. */
  shownRelated: number;
  /** What the local graph shows, in words (`localGraphCaption`). */
  graphCaption: string;
  graphLayout: LocalGraphLayout;
  graphHref: string;
  bibtex: string;
  neighbours: { previous?: { id: string; title: string }; next?: { id: string; title: string } };
}

/** Related papers drawn in the local graph. */
const GRAPH_RELATED = 8;

export function paperPageView(data: PaperViewData, p: PaperFrontmatter, base: string): PaperPageView {
  return paperPageWith(data, p, base, layoutLocalGraph);
}

/**
 * What a paper page's cache key hashes (../cache/page-key.ts): its view with the local graph's input where the
 * view has its layout. The layout is a pure function of that input, and a change to its code changes the page
 * module's dependency hash, which makes Astro render every page again: so the key need not hold the layout, and
 * making it for the key cost a build about 1.5 s at 10,000 papers (docs/bench/analysis.md, forty-second round).
 */
export function paperPageKeyView(data: PaperViewData, p: PaperFrontmatter, base: string): WithGraph<PaperPageView, LocalGraphInput> {
  return paperPageWith(data, p, base, (input) => input);
}

function paperPageWith<G>(data: PaperViewData, p: PaperFrontmatter, base: string, graph: (input: LocalGraphInput) => G): WithGraph<PaperPageView, G> {
  const cluster = p.cluster !== undefined ? data.clusters.get(p.cluster) : undefined;
  const offName = (id: string) => data.offName?.has(id) === true;
  const ranked = p.related.flatMap((r) => {
    const other = data.paperById.get(r.id);
    return other ? [{ ...r, paper: other.data }] : [];
  });
  // Past the first few, a card whose reason says nothing about the pair is left out (./related-shown.ts).
  const { shown: related, leftOut } = relatedShown(p.id, ranked, clusterFacts(data));

  // Links: the record's own, then DOI and arXiv when no link already points there. One target gets one
  // button, however it is spelled (linkTarget); of two spellings the https one is kept.
  const links: PaperPageView['links'] = [];
  const seenLinks = new Map<string, PaperPageView['links'][number]>();
  const addLink = (url: string, label: string, kind: string) => {
    const href = safeExternalUrl(url);
    if (!href) return;
    const target = linkTarget(href);
    const seen = seenLinks.get(target);
    if (seen) {
      if (seen.href.startsWith('http:') && href.startsWith('https:')) seen.href = href;
      return;
    }
    const link = { href, label, kind };
    seenLinks.set(target, link);
    links.push(link);
  };
  for (const link of p.links) addLink(link.url, link.label, link.kind);
  if (p.doi && !p.links.some((l) => l.kind === 'doi')) addLink(doiUrl(p.doi), `DOI ${p.doi}`, 'doi');
  if (p.arxiv && !p.links.some((l) => l.kind === 'arxiv')) addLink(arxivUrl(p.arxiv), `arXiv ${p.arxiv}`, 'arxiv');
  if (p.pmid) addLink(pubmedUrl(p.pmid), `PubMed ${p.pmid}`, 'pubmed');
  if (p.url) addLink(p.url, 'Paper', 'paper');

  const shownRelated = related.slice(0, GRAPH_RELATED);
  // Line widths relative to this page's strongest link: raw scores of a large corpus are all small.
  const maxScore = shownRelated.reduce((m, r) => Math.max(m, r.score), 1e-9);
  const graphEdges: LocalEdgeInput[] = shownRelated.map((r) => ({ source: p.id, target: r.id, weight: r.score / maxScore }));
  const shownIds = new Set(shownRelated.map((r) => r.id));
  for (const r of shownRelated) {
    for (const rr of r.paper.related) {
      if (shownIds.has(rr.id)) graphEdges.push({ source: r.id, target: rr.id, weight: rr.score / maxScore });
    }
  }
  const key = clusterKey(data.clusters, p.cluster, related.map((r) => r.paper.cluster));
  const graphLayout = graph({
    center: {
      id: p.id,
      label: plainMathText(p.title),
      href: paperPath(base, p.id),
      kind: 'paper',
      color: swatchColor(data.clusters, p.cluster),
      keyEntry: key.indexOf(p.cluster),
    },
    inner: shownRelated.map((r) => ({
      id: r.id,
      label: plainMathText(r.paper.title),
      href: paperPath(base, r.id),
      kind: 'paper' as const,
      color: swatchColor(data.clusters, r.paper.cluster),
      keyEntry: key.indexOf(r.paper.cluster),
    })),
    edges: graphEdges,
  });

  const collaboration = p.collaboration === undefined ? undefined : collaborationName(p.collaboration);
  const neighbours = data.neighbours.get(p.id) ?? {};
  const brief = (n: { id: string; title: string } | undefined) => (n ? { id: n.id, title: n.title } : undefined);
  const conceptRef = (c: ConceptEntry): ConceptRef => ({ id: c.id, label: c.label, abbreviation: c.abbreviation, aliases: c.aliases });
  return {
    id: p.id,
    title: p.title,
    authors: p.authors,
    byline: shownAuthors(p.authors, p.etAl),
    // Not named twice where the input lists it among the authors too.
    collaboration: collaboration !== undefined && !p.authors.includes(collaboration) ? collaboration : undefined,
    year: p.year,
    // A book has no container: where it appeared is its publisher, shown as a report's institution is (review 17 M6).
    venue: p.venue ?? (p.entryType === 'book' && p.bibliographic ? bookVenue(p.bibliographic) : undefined),
    lang: languagesOf(p),
    titleItalics: p.italics?.title,
    madeTitle: p.madeTitle === true,
    pmid: p.pmid,
    // A report's venue is its institution's name with the report's type and number: the institution names it.
    venueInitials: [venueInitials(p.bibliographic?.institution ?? p.venue)].filter((v) => v !== undefined),
    retraction: p.retraction,
    conceptIds: p.concepts,
    keywords: p.keywords,
    authorKeywords: p.authorKeywords ?? [],
    concepts: p.concepts.flatMap((id) => {
      const c = data.conceptById.get(id);
      return c ? [conceptRef(c)] : [];
    }),
    description: `${p.authors.length ? `${authorLine(p.authors, p.etAl, 3)}${p.year ? ` (${p.year})` : ''}. ` : ''}${p.abstract}`,
    cluster: cluster ? { label: cluster.label, color: cluster.color } : undefined,
    breadcrumbCluster: breadcrumbCluster(cluster ? { label: cluster.label, color: cluster.color } : undefined, offName(p.id)),
    searchCluster: breadcrumbCluster(cluster?.label, offName(p.id)),
    ownClusterNote: ownClusterNote(offName(p.id)),
    links,
    find: findPaperLinks(p),
    missing: missingNote(p),
    related: related.map((r) => {
      // A concept the link shares is one both papers name; the reader can check it on both pages only where both
      // show it among their concepts. Those come first (strongest first), the others are named as what they are,
      // mentions.
      const onBoth = (id: string) => p.concepts.includes(id) && r.paper.concepts.includes(id);
      const ref = (id: string) => ({ id, label: data.conceptById.get(id)?.label });
      const reasons = withoutBroader(r.shared, (id) => data.conceptById.get(id)?.narrower);
      const shared = reasons.filter(onBoth).slice(0, SHARED_SHOWN);
      const mentioned = reasons.filter((id) => !onBoth(id)).slice(0, SHARED_SHOWN - shared.length);
      const otherCluster = r.paper.cluster !== p.cluster && r.paper.cluster !== undefined ? data.clusters.get(r.paper.cluster)?.label : undefined;
      return {
        id: r.id,
        title: r.paper.title,
        color: swatchColor(data.clusters, r.paper.cluster),
        otherCluster,
        otherClusterLine: otherCluster !== undefined ? otherClusterLine(otherCluster, offName(r.id)) : undefined,
        shared: shared.map(ref),
        mentioned: mentioned.map(ref),
        moreShared: Math.max(0, reasons.length - shared.length - mentioned.length),
        words: r.words ?? [],
        ...(r.broad === true && r.shared.length > 0 ? { broad: true } : {}),
      };
    }),
    fewRelated: fewRelatedNote(related.length) ?? leftOutNote(leftOut),
    clusterKey: key.entries,
    shownRelated: shownRelated.length,
    graphCaption: localGraphCaption(shownRelated.length),
    graphLayout,
    graphHref: withBase(base, `graph/${formatState({ ...DEFAULT_STATE, node: `p:${p.id}` })}`),
    bibtex: bibtexEntry(p, data.citationKeys.get(p.id)),
    neighbours: { previous: brief(neighbours.previous), next: brief(neighbours.next) },
  };
}

/**
 * What Pagefind reads of a paper page besides its search data: the title, byline, author keywords and the
 * abstract's HTML (`text`, against which SearchIndexData leaves out the concepts' other names the page shows
 * already), and the words the page is searched by but never shows: its venue's initials and the names it
 * writes only with a version ("YOLO" of "YOLOv8-Tiny", ../search/version-names.ts).
 */
export function paperSearchText(view: PaperPageView, html: string | undefined): { text: string; hiddenWords: string[] } {
  const text = [plainMathText(view.title), view.collaboration ?? '', ...view.authors, view.venue ?? '', view.pmid ?? '', ...view.authorKeywords, html ?? ''].join(' ');
  return { text, hiddenWords: [...view.venueInitials, ...versionedNames(text)] };
}

/**
 * `lang` values for a paper's title and abstract (review 17 M7): the record's language for both, unless it is
 * English, the page's own; without one, an abstract that reads as another language (the test the concept stage
 * uses) is marked with the language its function words show, or as unknown (`lang=""`) when they show none
 * clearly, which is truer than English; its title too when the title reads as another language.
 */
export function textLanguages(p: Pick<PaperFrontmatter, 'title' | 'abstract' | 'language'>): { title?: string; abstract?: string } {
  if (p.language !== undefined) return isEnglishTag(p.language) ? {} : { title: p.language, abstract: p.language };
  if (!looksNonEnglish(p.abstract)) return {};
  const tag = guessTextLanguage(p.abstract) ?? '';
  return titleLooksNonEnglish(p.title) ? { title: tag, abstract: tag } : { abstract: tag };
}

/**
 * A paper's `textLanguages`, read once per paper: a build makes each page's view twice (its cache key, then the
 * page), and counting the abstract's function words was a tenth of a view's time. Keyed by the paper's data, so
 * that it goes with it.
 */
const languages = new WeakMap<PaperFrontmatter, ReturnType<typeof textLanguages>>();

function languagesOf(p: PaperFrontmatter): ReturnType<typeof textLanguages> {
  let found = languages.get(p);
  if (found === undefined) languages.set(p, (found = textLanguages(p)));
  return found;
}

/** A piece of a related paper's "why" line: plain text, or a concept (a link to its page where it has one). */
export type WhyPart = LinkWhyPart<{ id: string; label?: string | undefined }>;

/**
 * A related paper's "why" line, in pieces, worded as the graph explorer's panel words the link (./link-why.ts):
 * "Shares A and B", the concepts both pages show; "both mention C", those one of them only mentions (review 18
 * M2); "and 2 more"; or for a link that shares no concept, "Similar wording: w, x and y", the words it rests on
 * (review 18 M1).
 */
export function relatedWhy(r: Pick<RelatedView, 'shared' | 'mentioned' | 'moreShared' | 'words' | 'broad'>): WhyPart[] {
  return linkWhy({ shared: r.shared, mentioned: r.mentioned, more: r.moreShared, words: r.words, broad: r.broad });
}

/** Whether each concept's papers are gathered in one cluster, by atlas data (its papers', then its concepts' map): made once per build. */
const gatheredOf = new WeakMap<PaperViewData['paperById'], WeakMap<PaperViewData['conceptById'], Map<string, boolean>>>();

/**
 * Each paper's cluster and whether a concept's papers are gathered in one (`relatedShown`): those that carry it,
 * and of those that only mention it the ones its page lists (the first twenty, most mentions first).
 */
function clusterFacts(data: Pick<PaperViewData, 'paperById' | 'conceptById'>) {
  const { paperById, conceptById } = data;
  let byConcepts = gatheredOf.get(paperById);
  if (!byConcepts) gatheredOf.set(paperById, (byConcepts = new WeakMap()));
  let known = byConcepts.get(conceptById);
  if (!known) byConcepts.set(conceptById, (known = new Map()));
  const clusterOf = (id: string) => paperById.get(id)?.data.cluster;
  const isGathered = (id: string) => {
    let is = known.get(id);
    if (is === undefined) {
      const c = conceptById.get(id);
      known.set(id, (is = c !== undefined && gathered([...c.papers, ...(c.mentionedIn?.papers ?? [])], clusterOf)));
    }
    return is;
  };
  return { clusterOf, isGathered };
}

/** Below this many related papers a page says why its list is short (review 22 finding 10). */
export const FEW_RELATED = 5;

/**
 * What a paper page says under a related list shorter than FEW_RELATED (review 22 finding 10: 47% of a
 * 493-paper library showed fewer than five, with nothing to tell it from a bug): only papers that share a
 * concept, or enough of its wording, are listed. Undefined for none (`noRelatedNote`) or enough.
 */
/**
 * The local graph's caption. One related paper is one line, which no thickness compares with another (review 43
 * finding 8: "the 1 papers closest to it" on 112 of the Inspec library's 500 pages).
 */
export function localGraphCaption(shown: number): string {
  return shown === 1
    ? 'This paper (middle) and the paper closest to it.'
    : `This paper (middle) and the ${shown} papers closest to it; thicker lines share more concepts.`;
}

export function fewRelatedNote(count: number): string | undefined {
  if (count === 0 || count >= FEW_RELATED) return undefined;
  return `Few papers in this collection are close to this one: only ${count === 1 ? 'this one shares' : `these ${count} share`} a concept with it, or enough of its wording.`;
}

/**
 * What a paper page says where it lists no related paper: a retracted or withdrawn paper is linked to none; any
 * other has no paper close enough, by concepts or by more than a word of its wording (review 18 M1).
 */
export function noRelatedNote(retraction: string | undefined): string {
  return retraction
    ? `A ${retraction} paper is linked to no other; its concepts lead to the papers on its topic.`
    : 'No closely related paper in this collection: no other paper shares a concept with this one, or enough of its wording.';
}
