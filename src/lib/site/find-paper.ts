/**
 * A way to the paper itself where its record gives none (review 41 finding 5: the bundled listing holds titles
 * and abstracts only, so its pages led nowhere), and what the record lacks, said on the page and in the Cite box.
 * The links are plain outbound links built from the title: the page makes no request for them.
 */
import type { PaperFrontmatter } from '../content/schema';
import { plainMathText } from '../normalise/math-text';

type RecordFields = Pick<PaperFrontmatter, 'title' | 'madeTitle' | 'authors' | 'collaboration' | 'year' | 'doi' | 'arxiv' | 'pmid' | 'url' | 'links'>;

/** Kinds of record link that lead to the paper itself; a code, data or project link does not. */
const PAPER_LINK_KINDS = new Set(['paper', 'arxiv', 'doi']);

/** Whether the record names the paper somewhere it can be read: a DOI, an arXiv or PubMed id, its URL or a paper link. */
export function recordLeadsToPaper(p: Pick<RecordFields, 'doi' | 'arxiv' | 'pmid' | 'url' | 'links'>): boolean {
  return Boolean(p.doi || p.arxiv || p.pmid || p.url) || p.links.some((l) => PAPER_LINK_KINDS.has(l.kind));
}

export interface FindLink {
  label: string;
  href: string;
}

/**
 * Searches for the paper by its title, for a record that leads nowhere (undefined otherwise). A title made from
 * the abstract is a sentence of it, not the paper's title: arXiv is searched in abstracts then.
 */
export function findPaperLinks(p: RecordFields): { by: 'title' | 'abstract'; links: FindLink[] } | undefined {
  if (recordLeadsToPaper(p)) return undefined;
  const query = plainMathText(p.title).replace(/\s+/g, ' ').trim();
  if (query === '') return undefined;
  const q = encodeURIComponent(query);
  const made = p.madeTitle === true;
  return {
    by: made ? 'abstract' : 'title',
    links: [
      { label: 'Google Scholar', href: `https://scholar.google.com/scholar?q=${q}` },
      { label: 'Semantic Scholar', href: `https://www.semanticscholar.org/search?q=${q}` },
      { label: 'arXiv', href: `https://arxiv.org/search/?query=${q}&searchtype=${made ? 'abstract' : 'title'}` },
    ],
  };
}

/** What of authors and year the record lacks; a collaboration stands for the authors, as the byline shows it. */
export function missingFromRecord(p: Pick<RecordFields, 'authors' | 'collaboration' | 'year'>): Array<'authors' | 'year'> {
  const missing: Array<'authors' | 'year'> = [];
  if (p.authors.length === 0 && !p.collaboration) missing.push('authors');
  if (p.year === undefined) missing.push('year');
  return missing;
}

/** "No authors or year in the source record", or undefined for a record with both. */
export function missingNote(p: Pick<RecordFields, 'authors' | 'collaboration' | 'year'>): string | undefined {
  const missing = missingFromRecord(p);
  return missing.length === 0 ? undefined : `No ${missing.join(' or ')} in the source record`;
}
