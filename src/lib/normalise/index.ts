/**
 * Normalise: RawRecords → PaperRecords. Cleans text, finds links, rejects records that cannot become a page,
 * merges duplicates and records of one work (same DOI, arXiv id or PMID), and gives every paper its slug. Pure and deterministic.
 */
import type { Italics, PaperRecord, RawRecord } from '../model/paper';
import type { IngestProblem, SourceLocation } from '../model/source';
import { duplicateKey, groupDuplicates } from './dedupe';
import { paperTextHash } from './hash';
import { compareFuller, compareVersion, describeName, groupSameWork, PREPRINT_VENUE, workLinkTarget, workNames, type SameWorkConflict } from './same-work';
import { findRetraction } from './retraction';
import { assignSlugs } from './slug';
import { mergeAuthorLists } from './author-list';
import { titleCaseShouted } from './shouted-title';
import { withoutCopyrightLine } from './copyright-line';
import { withoutDoubledText } from './doubled-text';
import { withoutTitleNote } from './title-note';
import { cleanText } from './text';
import { cleanKeywords, keywordLimits, unionKeywords, withoutArxivClasses } from './keywords';
import { collectLinks, recordUrl } from './urls';
import { assignCitationKeys, type SuppliedId } from '../cite/supplied-ids';
import { mapNameParts } from '../cite/person-name';
import { languageTag } from './language-tag';
import { compactBibliographic, fillBibliographic, pageRange, type Bibliographic } from '../cite/bibliographic';

const at = (s: SourceLocation) => `${s.file}:${s.line}`;

export interface NormaliseResult {
  papers: PaperRecord[];
  /** Every record folded into another one, with the slug of the page that now holds it and why it is the same paper. */
  merged: Array<{ source: SourceLocation; into: string; reason: string }>;
  rejected: IngestProblem[];
  /** Papers read and kept, but with something the user should hear about (an id used by two papers). */
  warnings: IngestProblem[];
}

type Cleaned = Omit<PaperRecord, 'slug' | 'citationKey'> & { ids: SuppliedId[] };

/** How the ledger's reason for a record merged as an exact duplicate ends: the page it joins shows the same text. */
export const SAME_TEXT = '(same title and abstract)';

const sameTextReason = (kept: SourceLocation) => `duplicate of ${at(kept)} ${SAME_TEXT}`;

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function clean(record: RawRecord): Cleaned | IngestProblem {
  const { file, line } = record.source;
  const abstract = withoutCopyrightLine(withoutDoubledText(cleanText(record.abstract)));
  const title = titleCaseShouted(withoutTitleNote(cleanText(record.title)), abstract);
  if (title === '') {
    return { file, line, severity: 'error', dropped: true, reason: `empty title${record.title.trim() ? ` (nothing left after cleaning ${shorten(record.title.trim())})` : ''}: a paper needs a title` };
  }
  if (abstract === '') {
    return { file, line, severity: 'error', dropped: true, reason: `empty abstract for ${shorten(title)}: a paper page needs an abstract` };
  }
  const authors = (record.authors ?? []).map(cleanText).filter((a) => a !== '');
  // Records come from user files: a `javascript:` or `file:` address is no page of the paper's (and must reach no export).
  const given = record.url?.trim() ? recordUrl(record.url) : undefined;
  const url = given && 'url' in given ? given.url : undefined;
  const doi = record.doi?.trim() || undefined;
  const arxiv = record.arxiv?.trim() || undefined;
  const venue = record.venue ? cleanText(record.venue) || undefined : undefined;
  const paper: Cleaned = {
    title,
    abstract,
    authors,
    links: collectLinks({ abstract, url, doi, arxiv }),
    sources: [{ file, line }],
    hash: paperTextHash(title, abstract),
    ids: record.id === undefined && record.citationKey === undefined ? [] : [{ id: record.id, citationKey: record.citationKey, source: { file, line } }],
  };
  if (record.year !== undefined) paper.year = record.year;
  if (url) paper.url = url;
  if (doi) paper.doi = doi;
  if (arxiv) paper.arxiv = arxiv;
  if (record.pmid) paper.pmid = record.pmid;
  if (venue) paper.venue = venue;
  const bibliographic = record.bibliographic && cleanBibliographic(record.bibliographic);
  if (bibliographic) paper.bibliographic = bibliographic;
  if (record.entryType) paper.entryType = record.entryType;
  if (record.madeTitle) paper.madeTitle = true;
  const italics = record.italics && keptItalics(record.italics, title, abstract);
  if (italics) paper.italics = italics;
  const language = languageTag(record.language);
  if (language) paper.language = language;
  const literalAuthors = (record.literalAuthors ?? []).map(cleanText).filter((a) => authors.includes(a));
  if (literalAuthors.length > 0) paper.literalAuthors = literalAuthors;
  const nameParts = (record.nameParts ?? []).map((p) => mapNameParts(p, cleanText)).filter((p) => p.family !== '' && authors.includes(p.name));
  if (nameParts.length > 0) paper.nameParts = nameParts;
  if (record.etAl) paper.etAl = true;
  const keywords = cleanKeywords(withoutArxivClasses(record.keywords, arxiv !== undefined));
  if (keywords) paper.keywords = keywords;
  const collaboration = record.collaboration ? cleanText(record.collaboration) : '';
  if (collaboration) paper.collaboration = collaboration;
  return paper;
}

/** Marks a paper its record says was retracted or withdrawn, and says so at the record's place. */
function markRetraction(paper: Cleaned, record: RawRecord): IngestProblem | undefined {
  const finding = findRetraction({ title: paper.title, abstract: paper.abstract, note: record.note, retractedAs: record.retractedAs });
  if (!finding) return undefined;
  paper.retraction = finding.status;
  const { file, line } = record.source;
  return {
    file,
    line,
    severity: 'warning',
    reason: `${shorten(paper.title)} is ${finding.status}, as ${finding.where} says: kept, marked ${finding.status} on its page, and linked to no other paper`,
  };
}

/**
 * The italic phrases cleaned as the text is, each kept where the cleaned title or abstract still writes it (a
 * shouted title set in title case no longer does), and none that is the whole text: italics mark a phrase apart.
 */
function keptItalics(italics: Italics, title: string, abstract: string): Italics | undefined {
  const kept = (phrases: string[] | undefined, text: string) => {
    const found = (phrases ?? []).map(cleanText).filter((p) => p !== '' && p !== text && text.includes(p));
    return found.length > 0 ? [...new Set(found)] : undefined;
  };
  const t = kept(italics.title, title);
  const a = kept(italics.abstract, abstract);
  return t === undefined && a === undefined ? undefined : { ...(t ? { title: t } : {}), ...(a ? { abstract: a } : {}) };
}

function cleanBibliographic(fields: Bibliographic): Bibliographic | undefined {
  const text = (value: string | undefined) => (value === undefined ? undefined : cleanText(value));
  return compactBibliographic({ ...fields, volume: text(fields.volume), number: text(fields.number), pages: fields.pages === undefined ? undefined : pageRange(cleanText(fields.pages)), publisher: text(fields.publisher), articleNumber: text(fields.articleNumber), pageCount: text(fields.pageCount), institution: text(fields.institution), reportType: text(fields.reportType), eprintClass: text(fields.eprintClass), editors: fields.editors?.map(cleanText).filter((e) => e !== ''), series: text(fields.series), address: text(fields.address), translators: fields.translators?.map(cleanText).filter((e) => e !== ''), edition: text(fields.edition), isbn: text(fields.isbn) });
}

/**
 * One paper from several records of it: `chosen` is the record the page is made from and its sources come
 * first; the others follow in the order given (the caller's, never the input's) and fill fields the chosen one lacks.
 * A longer author list than the page's is not a gap but a fuller record: one export cuts a list to its first
 * names (Zotero's two of Keeling's seven), and the page must not lose the rest; nor must initials (Scopus's
 * "P. Horby") replace the names another export writes out (author-list.ts).
 */
function mergeInto(chosen: Cleaned, others: Cleaned[]): Cleaned {
  const paper: Cleaned = { ...chosen, sources: [...chosen.sources], links: [...chosen.links], ids: [...chosen.ids] };
  for (const other of others) {
    for (const source of other.sources) paper.sources.push(source);
    for (const id of other.ids) paper.ids.push(id);
    const authors = mergeAuthorLists(paper, other);
    paper.authors = authors.authors;
    setOrDelete(paper, 'literalAuthors', authors.literalAuthors);
    setOrDelete(paper, 'nameParts', authors.nameParts);
    setOrDelete(paper, 'etAl', authors.etAl);
    paper.collaboration ??= other.collaboration;
    paper.year ??= other.year;
    paper.url ??= other.url;
    paper.doi ??= other.doi;
    paper.arxiv ??= other.arxiv;
    paper.pmid ??= other.pmid;
    // Volume, pages, publisher and the like say where in its venue a record's version appeared: a preprint's
    // (CoRR's `abs/1810.04805`, the publisher arXiv) are no part of the proceedings version's entry. Two
    // spellings of one journal ("The Lancet", PubMed's "Lancet") are one version.
    const sameVersion = paper.venue === undefined || isPreprintRecord(paper) === isPreprintRecord(other);
    paper.venue ??= other.venue;
    const bibliographic = fillBibliographic(paper.bibliographic, sameVersion ? other.bibliographic : workLevel(other.bibliographic));
    if (bibliographic) paper.bibliographic = bibliographic;
    paper.entryType ??= other.entryType;
    paper.language ??= other.language;
    paper.italics ??= other.italics;
    // Each export of a paper may carry its own keywords (ACM's BibTeX, a Zotero CSL file): none is lost.
    const keywords = unionKeywords(paper.keywords, other.keywords);
    if (keywords) paper.keywords = keywords;
    // One record of the work saying it was retracted is enough: the page must not look like a sound paper.
    paper.retraction ??= other.retraction;
    // The same rule as within one record (collectLinks), a DOI behind another resolver being the same link,
    // and one arXiv paper in any version: its versions are this work's records.
    const seen = new Set(paper.links.map((l) => workLinkTarget(l.url)));
    for (const link of other.links) {
      const target = workLinkTarget(link.url);
      if (seen.has(target)) continue;
      seen.add(target);
      paper.links.push(link);
    }
  }
  // A key the input calls a citation key (a BibTeX entry key, CSL `citation-key`) is the one a LaTeX user
  // writes in \cite: it names the Cite box before a JSON or CSL `id` that only looks like one.
  paper.ids = [...paper.ids.filter((i) => i.citationKey !== undefined), ...paper.ids.filter((i) => i.citationKey === undefined)];
  return paper;
}

/** A preprint's record: its venue is arXiv's or CoRR, or, with none, its publisher is (Zotero's preprint items). */
function isPreprintRecord(record: Cleaned): boolean {
  const said = record.venue ?? record.bibliographic?.publisher;
  return said !== undefined && PREPRINT_VENUE.test(said);
}

/** What a record says of the work itself, whichever version it is of: its arXiv class, its translators. */
function workLevel(fields: Bibliographic | undefined): Bibliographic | undefined {
  return fields && compactBibliographic({ eprintClass: fields.eprintClass, translators: fields.translators });
}

function setOrDelete<K extends 'literalAuthors' | 'nameParts' | 'etAl'>(paper: Cleaned, key: K, value: Cleaned[K]): void {
  if (value === undefined) delete paper[key];
  else paper[key] = value;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareSource = (a: SourceLocation, b: SourceLocation) => compareText(a.file, b.file) || a.line - b.line;

/**
 * Which spelling of a duplicated paper becomes the page, as for records of one work (compareFuller): the
 * published version, the later year; then the longer author list and a record with a citation key (two
 * exports of one paper, a BibTeX file and a Zotero CSL one, differ in those, not in their text); then the
 * longer abstract and the smaller content hash, so the choice (and with it the slug) does not depend on the
 * order files are read in; of one text given twice, the one read from the first place. The others fill its
 * gaps in the same order.
 */
function mergeExact(members: Cleaned[]): { paper: Cleaned; others: Cleaned[] } {
  const hasKey = (p: Cleaned) => Number(p.ids.some((i) => i.citationKey !== undefined));
  const [chosen, ...others] = [...members].sort(
    (a, b) =>
      compareVersion(a, b) ||
      b.authors.length - a.authors.length ||
      hasKey(b) - hasKey(a) ||
      compareFuller(a, b) ||
      compareSource(a.sources[0]!, b.sources[0]!),
  );
  return { paper: mergeInto(chosen!, others), others };
}

/** How many others a warning names before it only counts the rest. */
const NAMED_IN_A_WARNING = 3;

function listRecords(papers: Cleaned[]): string {
  const named = papers.slice(0, NAMED_IN_A_WARNING).map((p) => `${shorten(p.title)} at ${at(p.sources[0]!)}`);
  const more = papers.length - named.length;
  return more === 0 ? named.join(', ') : `${named.join(', ')} and ${more.toLocaleString('en-US')} other record${more === 1 ? '' : 's'}`;
}

/** The warnings for records kept apart although an id joins them: per record, or once for a crowded id. */
function conflictWarnings(conflict: SameWorkConflict, paperOf: (index: number) => Cleaned): IngestProblem[] {
  const { members, name } = conflict;
  const warning = (paper: Cleaned, reason: string): IngestProblem => ({ file: paper.sources[0]!.file, line: paper.sources[0]!.line, severity: 'warning', reason });
  if (conflict.kind === 'crowded') {
    const hint = name.kind === 'doi' && !conflict.joined ? " (book chapters carrying the book's DOI?)" : '';
    const subject = conflict.joined ? `${describeName(name)} and the ids joined to it are` : `${describeName(name)} is`;
    return [warning(paperOf(members[0]!), `${subject} given by ${members.length.toLocaleString('en-US')} records (${listRecords(members.map(paperOf))}), too many for one work${hint}: kept as separate papers`)];
  }
  return members.map((m) => {
    const own = paperOf(m);
    // Each record's warning spells the id as that record does.
    const ownName = workNames(own).find((n) => n.kind === name.kind && n.key === name.key) ?? name;
    const rest = members.filter((o) => o !== m).map(paperOf);
    return warning(own, `${describeName(ownName)} is also given by ${listRecords(rest)}, but ${conflict.why}: ${conflict.advice}`);
  });
}

function isProblem(value: Cleaned | IngestProblem): value is IngestProblem {
  return 'reason' in value;
}

export function normaliseRecords(records: RawRecord[]): NormaliseResult {
  const rejected: IngestProblem[] = [];
  const cleaned: Cleaned[] = [];
  const warnings: IngestProblem[] = [];
  for (const record of records) {
    const result = clean(record);
    if (isProblem(result)) rejected.push(result);
    else {
      cleaned.push(result);
      const retracted = markRetraction(result, record);
      if (retracted) warnings.push(retracted);
      // A url given and not kept was refused (`clean`): said, with why.
      const refused = record.url?.trim() && result.url === undefined ? recordUrl(record.url) : undefined;
      if (refused && 'refused' in refused) {
        warnings.push({ file: record.source.file, line: record.source.line, severity: 'warning', reason: `${shorten(result.title)}: url ${shorten(record.url!.trim())} ${refused.refused}; left out` });
      }
      const limits = keywordLimits(record.keywords);
      if (limits) warnings.push({ file: record.source.file, line: record.source.line, severity: 'warning', reason: `${shorten(result.title)}: ${limits}` });
    }
  }
  const exact = groupDuplicates(cleaned, (p) => duplicateKey(p.title, p.abstract)).map((group) => mergeExact(group.map((i) => cleaned[i]!)));
  // Exact duplicates first, so a work's records are compared as the papers they make.
  const { groups, conflicts } = groupSameWork(exact.map((e) => e.paper));
  const kept: Cleaned[] = [];
  const mergedSources: Array<{ source: SourceLocation; keptIndex: number; reason: string }> = [];
  for (const group of groups) {
    const { paper: chosen, others: exactOthers } = exact[group.kept]!;
    for (const other of exactOthers) mergedSources.push({ source: other.sources[0]!, keptIndex: kept.length, reason: sameTextReason(chosen.sources[0]!) });
    // Fullest first, as the kept one was chosen: which record fills a gap must not depend on the input order.
    const others = [...group.others].sort((a, b) => compareFuller(exact[a.index]!.paper, exact[b.index]!.paper));
    for (const { index, name } of others) {
      const reason = `the same work as ${at(chosen.sources[0]!)} (same ${describeName(name)})`;
      for (const source of exact[index]!.paper.sources) mergedSources.push({ source, keptIndex: kept.length, reason });
    }
    kept.push(others.length === 0 ? chosen : mergeInto(chosen, others.map((o) => exact[o.index]!.paper)));
  }
  for (const c of conflicts) for (const w of conflictWarnings(c, (i) => exact[i]!.paper)) warnings.push(w);
  const slugs = assignSlugs(kept);
  const { keys, warnings: keyWarnings } = assignCitationKeys(kept);
  for (const w of keyWarnings) warnings.push(w);
  const papers: PaperRecord[] = kept.map(({ ids: _ids, ...p }, i) => ({ slug: slugs[i]!, ...p, ...(keys[i] !== undefined ? { citationKey: keys[i] } : {}) }));
  const merged = mergedSources.map(({ source, keptIndex, reason }) => ({ source, into: slugs[keptIndex]!, reason }));
  return { papers, merged, rejected, warnings };
}

export { cleanText, cleanTitle, cleanAbstract, collapseWhitespace } from './text';
export { slugify, assignSlugs, MAX_SLUG_LENGTH, RESERVED_SLUGS } from './slug';
export { paperTextHash } from './hash';
export { collectLinks, findUrls, fixDuplicatedUrls, toLink, safeHttpUrl } from './urls';
export { duplicateKey } from './dedupe';
