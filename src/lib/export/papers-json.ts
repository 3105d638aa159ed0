/**
 * `<base>/api/papers.json`: the collection as open data, in the shape of papersApiSchema. Pure: the site
 * endpoint hands it the content collections and a way to make page URLs.
 */
import { papersApiSchema, type ConceptEntry, type GraphFile, type PaperFrontmatter, type PapersApi } from '../content/schema';
import { compareIds } from '../graph/cooccurrence';
import { unversionedArxiv } from '../cite/arxiv';
import { relativePagePaths } from './page-urls';

export interface PapersJsonInput {
  papers: readonly PaperFrontmatter[];
  concepts: readonly ConceptEntry[];
  /** Absolute URL of a paper's page on the site. */
  paperUrl: (id: string) => string;
  /** The graph's clusters (none before the graph stage ran). */
  clusters?: GraphFile['clusters'];
}

export function papersJson({ papers, concepts, paperUrl, clusters = [] }: PapersJsonInput): PapersApi {
  const paperIds = new Set(papers.map((p) => p.id));
  const conceptIds = new Set(concepts.map((c) => c.id));
  const clusterSize = new Map<number, number>();
  for (const p of papers) if (p.cluster !== undefined) clusterSize.set(p.cluster, (clusterSize.get(p.cluster) ?? 0) + 1);
  const api: PapersApi = {
    version: 1,
    papers: [...papers]
      .sort((a, b) => compareIds(a.id, b.id))
      .map((p) => ({
        id: p.id,
        title: p.title,
        url: paperUrl(p.id),
        path: relativePagePaths.paper(p.id),
        abstract: p.abstract,
        // A hand-edited page may name a concept or paper that no longer exists: open data lists only real ones.
        concepts: p.concepts.filter((c) => conceptIds.has(c)),
        related: p.related
          .filter((r) => paperIds.has(r.id) && r.id !== p.id)
          .map((r) => ({ id: r.id, score: r.score, shared: r.shared.filter((c) => conceptIds.has(c)) })),
        authors: [...p.authors],
        // Without it a consumer would count the authors listed as all of them.
        ...(p.etAl ? { etAl: true as const } : {}),
        // Whoever reuses the data should not take it for a sound paper either.
        ...(p.retraction ? { retraction: p.retraction } : {}),
        ...(p.year !== undefined ? { year: p.year } : {}),
        ...(p.venue ? { venue: p.venue } : {}),
        ...(p.authorKeywords?.length ? { authorKeywords: [...p.authorKeywords] } : {}),
        ...(p.doi ? { doi: p.doi } : {}),
        // An identifier to join on, like the DOI; the version read stays in the arXiv link.
        ...(p.arxiv ? { arxiv: unversionedArxiv(p.arxiv) } : {}),
        links: p.links.map((l) => ({ url: l.url, kind: l.kind, label: l.label })),
        ...(p.cluster !== undefined ? { cluster: p.cluster } : {}),
      })),
    concepts: [...concepts]
      .sort((a, b) => compareIds(a.id, b.id))
      .map((c) => ({
        id: c.id,
        label: c.label,
        path: relativePagePaths.concept(c.id),
        aliases: [...c.aliases],
        ...(c.abbreviation ? { abbreviation: c.abbreviation } : {}),
        papers: c.papers.filter((p) => paperIds.has(p)),
      })),
    clusters: [...clusters]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({
        id: c.id,
        label: c.label,
        // Counted from the papers listed here, so that the file adds up on its own.
        size: clusterSize.get(c.id) ?? 0,
        topConcepts: c.topConcepts.filter((id) => conceptIds.has(id)),
        color: c.color,
      })),
  };
  return papersApiSchema.parse(api);
}
