/**
 * CSL-JSON, as Zotero's "Export → CSL JSON" writes it: an array of items with `title`, `abstract`,
 * `author: [{family, given} | {literal}]`, `issued: {"date-parts": [[2024, 5]]}`, `DOI`, `URL`, and its tags
 * as author keywords in `keyword`.
 */
import { z } from 'zod';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import { entryTypeFromCsl, isThesis, type EntryType } from '../cite/entry-type';
import { abstractField, missingAbstract, presentAbstract } from './abstract-field';
import { splitKeywords } from '../normalise/keywords';
import { KEYWORDS_EXPECTED, keywordsField } from './keywords-field';
import { compact, decodeRecordTex, describeIssues, italicsOf, findArxivInText, normaliseArxiv, normaliseDoi, normalisePmid, notAnIdentifier, notAPmid, parseYear, lateYear } from './fields';
import { excerpt } from './position';
import { keptWithout, shapeOf } from './kept-without';
import { shownJournal } from './pubmed-journal';
import { italicPhrases, plainFromRichText } from './rich-text';
import { withoutOthers } from '../cite/authors';
import { personName, type NameParts } from '../cite/person-name';
import { compactBibliographic, locatorText, monthOfDate, parseMonth, reportVenue } from '../cite/bibliographic';

const cslName = z.object({
  family: z.string().nullish(),
  given: z.string().nullish(),
  literal: z.string().nullish(),
  'non-dropping-particle': z.string().nullish(),
  'dropping-particle': z.string().nullish(),
  suffix: z.string().nullish(),
});

const cslDate = z.object({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).nullish(),
  raw: z.string().nullish(),
  literal: z.string().nullish(),
});

const text = z.string().nullish();
const textOrNumber = z.union([z.string(), z.number()]).nullish();

/**
 * Keys an item is kept without, with the shapes they are read in: a value of another shape (`"URL": 42`,
 * `"issued": "2019"`, `"container-title": ["a", "b"]`) costs the item that field, with a warning, as in plain JSON.
 */
const OPTIONAL = keptWithout({
  type: { schema: text, expected: 'text' },
  // A name list of another shape ("author": "Ada Lovelace") costs the byline, not the paper.
  author: { schema: z.array(cslName).nullish(), expected: 'a list of CSL names such as [{"family": "Lovelace", "given": "Ada"}]' },
  number: { schema: textOrNumber, expected: 'text or a number' },
  issued: { schema: cslDate.nullish(), expected: 'a CSL date such as {"date-parts": [[2019, 5]]} or {"raw": "2019-05"}' },
  URL: { schema: text, expected: 'text' },
  DOI: { schema: text, expected: 'text (a DOI)' },
  // CSL's own keys are DOI and URL; exports from other tools (and CSL written by hand) spell them in lower case.
  url: { schema: text, expected: 'text' },
  doi: { schema: text, expected: 'text (a DOI)' },
  PMID: { schema: textOrNumber, expected: 'text or a number (a PubMed id)' },
  'container-title-short': { schema: text, expected: 'text' },
  'container-title': { schema: text, expected: 'text' },
  volume: { schema: textOrNumber, expected: 'text or a number' },
  issue: { schema: textOrNumber, expected: 'text or a number' },
  page: { schema: textOrNumber, expected: 'text or a number' },
  publisher: { schema: text, expected: 'text' },
  genre: { schema: text, expected: 'text' },
  editor: { schema: z.array(cslName).nullish(), expected: 'a list of CSL names such as [{"family": "Bower", "given": "Gordon H."}]' },
  translator: { schema: z.array(cslName).nullish(), expected: 'a list of CSL names such as [{"family": "Roudebush", "given": "Marc"}]' },
  'publisher-place': { schema: text, expected: 'text' },
  'collection-title': { schema: text, expected: 'text' },
  edition: { schema: textOrNumber, expected: 'text or a number' },
  ISBN: { schema: text, expected: 'text' },
  language: { schema: text, expected: 'text (a language code such as fr or de-DE)' },
  // Zotero writes the item's tags here as one text, "a, b, c"; some tools write a list.
  keyword: { schema: keywordsField, expected: KEYWORDS_EXPECTED },
});

export const cslItemSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  'citation-key': z.string().nullish(),
  title: z.string().nullish(),
  abstract: abstractField,
  ...OPTIONAL.shape,
});

/**
 * Keys only CSL uses (the plain JSON format spells these `authors`, `year`). `doi` and `url` are both formats':
 * CSL exports write them in lower case too, and counting them as plain read such a file's `author` and `issued` as
 * fields it does not know.
 */
const CSL_KEYS = ['issued', 'container-title', 'DOI', 'URL', 'author', 'citation-key', 'ISSN', 'ISBN'];
const PLAIN_KEYS = ['authors', 'arxiv', 'year'];
/** The plain format's fields that CSL spells otherwise or has not (json.ts `jsonRecordSchema`). */
const PLAIN_ONLY_KEYS = [...PLAIN_KEYS, 'venue', 'pages', 'month', 'keywords', 'collaboration', 'pmid'];

/**
 * CSL's item types that no other format writes ("article-journal", "paper-conference"): a file of such items is
 * CSL though its items hold nothing else CSL spells its own way, and a misshapen `author` or `issued` in it is
 * told in CSL's terms, not as a plain record's misnamed `authors` and `year`.
 */
const CSL_ONLY_TYPE = /^(?:article-(?:journal|magazine|newspaper)|paper-conference|post-weblog|entry-(?:dictionary|encyclopedia)|review-book|personal_communication|legal_case|motion_picture|musical_score)$/;

function cslOnlyType(type: unknown): boolean {
  return typeof type === 'string' && CSL_ONLY_TYPE.test(type);
}

export function isCslItem(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  // CSL writes `author` as a list of names in its parts; a plain record's `"author": "Ada Lovelace"` (or a list
  // of such strings, or of `{"name": …}`) is a misnamed `authors`.
  const author = (value as { author?: unknown }).author;
  const cslAuthor = Array.isArray(author) && author.every((a) => typeof a === 'object' && a !== null && ('family' in a || 'given' in a || 'literal' in a));
  const cslKey = (k: string): boolean => CSL_KEYS.includes(k) && (k !== 'author' || cslAuthor);
  // The plain format takes CSL's type names too ("paper-conference"): by its type alone, only an item that holds no
  // field of the plain format's own is CSL, or a plain record's venue, pages and keywords would go unread.
  const byType = cslOnlyType((value as { type?: unknown }).type) && !keys.some((k) => PLAIN_ONLY_KEYS.includes(k));
  return (keys.some(cslKey) || byType) && !keys.some((k) => PLAIN_KEYS.includes(k));
}

/** A document is CSL when most of its objects carry CSL-only keys. */
export function isCslDocument(items: unknown[]): boolean {
  const objects = items.filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
  if (objects.length === 0) return false;
  return objects.filter(isCslItem).length * 2 > objects.length;
}

/** A name as shown ("Given particle Family Suffix"), with its parts when they cannot be read back from it. */
function cslPerson(name: z.infer<typeof cslName>): { name: string; parts?: NameParts } | undefined {
  if (name.literal?.trim()) return { name: name.literal.trim() };
  const particle = [name['dropping-particle'], name['non-dropping-particle']].filter((p) => p && p.trim() !== '').join(' ');
  return personName({ given: name.given, particle, family: name.family, suffix: name.suffix });
}

function cslNameToString(name: z.infer<typeof cslName>): string {
  return cslPerson(name)?.name ?? '';
}

const nonEmptyList = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/** Names with no given/family split (`literal`, or a family name alone): an organisation, kept whole when cited. */
function literalNames(names: Array<z.infer<typeof cslName>>): string[] | undefined {
  const literal = names.filter((n) => n.literal || (n.family && !n.given)).map(cslNameToString).filter((n) => n !== '');
  return literal.length > 0 ? literal : undefined;
}

export function cslItemToRecord(file: string, line: number, item: unknown, options: IngestOptions = {}): { record?: RawRecord; problem?: IngestProblem } {
  const parsed = cslItemSchema.safeParse(item);
  if (!parsed.success) {
    return { problem: { file, line, severity: 'error', dropped: true, reason: `CSL item not read: ${describeIssues(parsed.error)}` } };
  }
  const it = parsed.data;
  const abstract = presentAbstract(it.abstract);
  const madeTitle = it.title?.trim() ? undefined : untitledTitle(options.untitled, abstract === undefined ? undefined : plainFromRichText(abstract));
  const title = madeTitle ?? (it.title?.trim() ? it.title : undefined);
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `CSL item not read: "title": ${TITLE_EXPECTED}` } };
  if (abstract === undefined) return { problem: missingAbstract(file, line, `CSL item ${excerpt(title)}`) };
  const doi = it.DOI || it.doi;
  const url = it.URL || it.url;
  const firstDatePart = it.issued?.['date-parts']?.[0]?.[0];
  const readYear = parseYear(firstDatePart) ?? parseYear(it.issued?.raw) ?? parseYear(it.issued?.literal);
  const issuedGiven = firstDatePart !== undefined || !!it.issued?.raw || !!it.issued?.literal;
  // As in BibTeX and JSON: a date with no year that can be read, or a year later than next year (a typo: 2109
  // for 2019), costs the item its year, with a word.
  const badYear =
    readYear === undefined && issuedGiven
      ? `"issued": ${shapeOf((item as Record<string, unknown>).issued)} is not a year; expected a CSL date with a four-digit year such as {"date-parts": [[2019, 5]]} (the paper is kept without a year)`
      : lateYear(readYear, options.currentYear, `"issued": ${shapeOf((item as Record<string, unknown>).issued)}`);
  const year = badYear !== undefined ? undefined : readYear;
  const arxiv =
    normaliseArxiv(doi?.match(/^10\.48550\/arxiv\.(.+)$/i)?.[1]) ??
    findArxivInText(typeof it.number === 'string' ? it.number : undefined) ??
    normaliseArxiv(url);
  // Zotero writes a list cut short as a last author `{"literal": "others"}`: no person, a flag.
  const names = withoutOthers((it.author ?? []).map(cslNameToString).filter((n) => n !== ''));
  const people = names.etAl ? (it.author ?? []).slice(0, -1) : (it.author ?? []);
  // A thesis's genre, as Zotero's "Type" holds it ("PhD thesis", "Master's thesis"), says which kind it is.
  const kind = thesisGenre(entryTypeFromCsl(it.type), it.genre ?? undefined);
  const entryType = kind?.entryType ?? entryTypeFromCsl(it.type);
  // A report's publisher is the body that issued it, its genre the kind ("Working Paper"), its number the report's.
  const report = entryType === 'techreport';
  // A thesis's publisher is its university: its venue, and BibTeX's `school`.
  const school = kind && it.publisher ? plainFromRichText(it.publisher) : undefined;
  const bibliographic = compactBibliographic({
    volume: locatorText(it.volume),
    number: locatorText(it.issue) ?? (report ? locatorText(it.number) : undefined),
    pages: locatorText(it.page),
    month: parseMonth(it.issued?.['date-parts']?.[0]?.[1]) ?? monthOfDate(it.issued?.raw),
    publisher: it.publisher && !report && !school ? plainFromRichText(it.publisher) : undefined,
    editors: (it.editor ?? []).map(cslNameToString).filter((n) => n !== ''),
    institution: it.publisher && report ? plainFromRichText(it.publisher) : undefined,
    reportType: report ? (it.genre ?? undefined) : kind?.ownWords,
    series: it['collection-title'] ? plainFromRichText(it['collection-title']) : undefined,
    address: it['publisher-place'] ?? undefined,
    translators: (it.translator ?? []).map(cslNameToString).filter((n) => n !== ''),
    edition: locatorText(it.edition),
    isbn: it.ISBN ?? undefined,
  });
  const record: RawRecord = compact({
    // CSL's titles carry its rich-text tags, and abstracts the JATS or HTML their publisher wrote them in.
    title: madeTitle ?? plainFromRichText(title),
    madeTitle: madeTitle !== undefined || undefined,
    abstract: plainFromRichText(abstract),
    id: it.id === undefined || it.id === null ? undefined : String(it.id),
    citationKey: it['citation-key'] ?? undefined,
    authors: names.names,
    etAl: names.etAl || undefined,
    literalAuthors: literalNames(people),
    nameParts: nonEmptyList(people.flatMap((n) => cslPerson(n)?.parts ?? [])),
    year,
    url: url ?? undefined,
    doi: normaliseDoi(doi),
    arxiv,
    pmid: normalisePmid(it.PMID),
    venue: it['container-title'] ? shownJournal(plainFromRichText(it['container-title']), it['container-title-short'] ? plainFromRichText(it['container-title-short']) : undefined) : bibliographic && report ? reportVenue(bibliographic) : school,
    bibliographic,
    entryType,
    language: it.language ?? undefined,
    italics: italicsOf(italicPhrases(title), italicPhrases(abstract)),
    keywords: it.keyword ? nonEmptyList(splitKeywords(it.keyword).map(plainFromRichText)) : undefined,
    source: { file, line },
  });
  // What was read but left out, said in one located warning: the item is kept.
  const warnings = OPTIONAL.warnings(item as Record<string, unknown>);
  if (madeTitle !== undefined) warnings.unshift(untitledWarning(madeTitle));
  for (const bad of [badYear, notAnIdentifier(it.DOI ? '"DOI":' : '"doi":', doi, 'DOI'), notAPmid('"PMID":', it.PMID)]) if (bad) warnings.push(bad);
  const problem: IngestProblem | undefined = warnings.length > 0 ? { file, line, severity: 'warning', reason: warnings.join('; ') } : undefined;
  return { record: decodeRecordTex(record, { typography: false }), ...(problem ? { problem } : {}) };
}

/**
 * A thesis's kind from its genre: a master's or a doctoral one chooses the entry type, which BibTeX styles print
 * in their own words; any other ("Habilitation", "Bachelor's thesis") is kept as the entry's `type`, printed instead.
 */
function thesisGenre(type: EntryType | undefined, genre: string | undefined): { entryType: EntryType; ownWords?: string } | undefined {
  if (!isThesis(type)) return undefined;
  if (genre === undefined || genre.trim() === '') return { entryType: type! };
  if (/\bmaster|\bm\.?\s?sc\b|\bm\.?a\.?\s+thesis/i.test(genre)) return { entryType: 'mastersthesis' };
  if (/\bph\.?\s?d\b|\bdoctor|\bdissertation\b/i.test(genre)) return { entryType: 'phdthesis' };
  return { entryType: type!, ownWords: plainFromRichText(genre) };
}
