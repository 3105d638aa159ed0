/**
 * Normalise: RawRecords → PaperRecords. Cleans text, finds links, rejects records that cannot become a page,
 * merges duplicates and gives every paper its slug. Pure and deterministic.
 */
import type { PaperRecord, RawRecord } from '../model/paper';
import type { IngestProblem, SourceLocation } from '../model/source';
import { duplicateKey, groupDuplicates } from './dedupe';
import { contentHash } from './hash';
import { assignSlugs } from './slug';
import { cleanText } from './text';
import { collectLinks } from './urls';

export interface NormaliseResult {
  papers: PaperRecord[];
  /** Every record folded into an earlier one, with the slug of the page that now holds it. */
  merged: Array<{ source: SourceLocation; into: string }>;
  rejected: IngestProblem[];
}

type Cleaned = Omit<PaperRecord, 'slug'>;

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function clean(record: RawRecord): Cleaned | IngestProblem {
  const { file, line } = record.source;
  const title = cleanText(record.title);
  const abstract = cleanText(record.abstract);
  if (title === '') {
    return { file, line, severity: 'error', dropped: true, reason: `empty title${record.title.trim() ? ` (nothing left after cleaning ${shorten(record.title.trim())})` : ''}: a paper needs a title` };
  }
  if (abstract === '') {
    return { file, line, severity: 'error', dropped: true, reason: `empty abstract for ${shorten(title)}: a paper page needs an abstract` };
  }
  const authors = (record.authors ?? []).map(cleanText).filter((a) => a !== '');
  const url = record.url?.trim() || undefined;
  const doi = record.doi?.trim() || undefined;
  const arxiv = record.arxiv?.trim() || undefined;
  const venue = record.venue ? cleanText(record.venue) || undefined : undefined;
  const paper: Cleaned = {
    title,
    abstract,
    authors,
    links: collectLinks({ abstract, url, doi, arxiv }),
    sources: [{ file, line }],
    hash: contentHash(title, abstract),
  };
  if (record.year !== undefined) paper.year = record.year;
  if (url) paper.url = url;
  if (doi) paper.doi = doi;
  if (arxiv) paper.arxiv = arxiv;
  if (venue) paper.venue = venue;
  return paper;
}

/** The first record wins; later duplicates add their source and fill fields the first one lacked. */
function mergeInto(target: Cleaned, other: Cleaned): void {
  target.sources.push(...other.sources);
  if (target.authors.length === 0) target.authors = other.authors;
  target.year ??= other.year;
  target.url ??= other.url;
  target.doi ??= other.doi;
  target.arxiv ??= other.arxiv;
  target.venue ??= other.venue;
  const seen = new Set(target.links.map((l) => l.url));
  for (const link of other.links) if (!seen.has(link.url)) target.links.push(link);
}

function isProblem(value: Cleaned | IngestProblem): value is IngestProblem {
  return 'reason' in value;
}

export function normaliseRecords(records: RawRecord[]): NormaliseResult {
  const rejected: IngestProblem[] = [];
  const cleaned: Cleaned[] = [];
  for (const record of records) {
    const result = clean(record);
    if (isProblem(result)) rejected.push(result);
    else cleaned.push(result);
  }
  const groups = groupDuplicates(cleaned, (p) => duplicateKey(p.title, p.abstract));
  const kept: Cleaned[] = [];
  const mergedSources: Array<{ source: SourceLocation; keptIndex: number }> = [];
  for (const group of groups) {
    const first = { ...cleaned[group[0]!]!, sources: [...cleaned[group[0]!]!.sources], links: [...cleaned[group[0]!]!.links] };
    for (const i of group.slice(1)) {
      mergeInto(first, cleaned[i]!);
      mergedSources.push({ source: cleaned[i]!.sources[0]!, keptIndex: kept.length });
    }
    kept.push(first);
  }
  const slugs = assignSlugs(kept);
  const papers: PaperRecord[] = kept.map((p, i) => ({ slug: slugs[i]!, ...p }));
  const merged = mergedSources.map(({ source, keptIndex }) => ({ source, into: slugs[keptIndex]! }));
  return { papers, merged, rejected };
}

export { cleanText, cleanTitle, cleanAbstract, collapseWhitespace } from './text';
export { slugify, assignSlugs, MAX_SLUG_LENGTH, RESERVED_SLUGS } from './slug';
export { contentHash } from './hash';
export { collectLinks, findUrls, fixDuplicatedUrls, toLink, safeHttpUrl } from './urls';
export { duplicateKey } from './dedupe';
