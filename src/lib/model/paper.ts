import type { SourceLocation } from './source';
import type { EntryType } from '../cite/entry-type';
import type { NameParts } from '../cite/person-name';
import type { Bibliographic } from '../cite/bibliographic';
import type { Retraction } from '../normalise/retraction';

/** One record as a parser read it: raw text, before cleaning, slugging and de-duplication. */
/** Phrases set in italics, by where: each is text that occurs in the title or the abstract as written. */
export interface Italics {
  title?: string[];
  abstract?: string[];
}

export interface RawRecord {
  title: string;
  abstract: string;
  /** The input's own id (JSON/CSL `id`, BibTeX key, Atom `<id>`). */
  id?: string;
  /** An explicit citation key: the BibTeX entry key, CSL `citation-key`. */
  citationKey?: string;
  authors?: string[];
  /** Names in `authors` that are one unit, not given + family name: an organisation, a braced BibTeX name. */
  literalAuthors?: string[];
  /** The parts of names in `authors` that a citation could not read back from the name as shown ("John Smith Esq."). */
  nameParts?: NameParts[];
  /** The input's author list ends in "and others". */
  etAl?: boolean;
  /** The collaboration the authors wrote for, as the input names it (INSPIRE's `collaboration = "ATLAS"`). */
  collaboration?: string;
  year?: number;
  url?: string;
  doi?: string;
  arxiv?: string;
  /** PubMed's id of the record (CSL `PMID`): a link to its PubMed page. */
  pmid?: string;
  venue?: string;
  /** Volume, number, pages, month, publisher: only those the input gave; absent when it gave none. */
  bibliographic?: Bibliographic;
  /** The publication type the input stated (BibTeX entry type, CSL `type`), as a BibTeX type. */
  entryType?: EntryType;
  /** What the record says of itself (arXiv's comment, BibTeX's `note`): read only for a retraction or withdrawal. */
  note?: string;
  /**
   * Where an export's own field marks the record retracted, named for the warning ("its publication type (PT)"):
   * PubMed's, Web of Science's and Scopus's type fields say so in words of their own, which no note carries.
   */
  retractedAs?: string;
  /** The language the record says its text is in (BibTeX `language`/`langid`, CSL `language`), as written. */
  language?: string;
  /** Phrases the input set in italics in the title and the abstract (CSL `<i>`, BibTeX `\emph{}`), as text. */
  italics?: Italics;
  /** The authors' keywords as the input lists them, split but not yet cleaned (../normalise/keywords.ts). */
  keywords?: string[];
  /** The record had no title: `title` is a sentence of its abstract (../ingest/untitled.ts, `--untitled from-abstract`). */
  madeTitle?: true;
  source: SourceLocation;
}

export type LinkKind = 'code' | 'arxiv' | 'doi' | 'paper' | 'data' | 'project' | 'other';

export interface PaperLink {
  url: string;
  kind: LinkKind;
  /** Short human label, e.g. "GitHub", "arXiv", "DOI", "Project page". */
  label: string;
}

/** The fields a paper takes from its record under the same names and types (RawRecord says what each is). */
type CarriedFields = 'literalAuthors' | 'nameParts' | 'etAl' | 'collaboration' | 'year' | 'url' | 'doi' | 'arxiv' | 'pmid' | 'venue' | 'bibliographic' | 'entryType';

/** A cleaned, de-duplicated paper with its stable slug: the unit every later stage works on. */
export interface PaperRecord extends Pick<RawRecord, CarriedFields> {
  /** Stable, readable, unique, URL-safe; also the file name `content/papers/<slug>.md`. */
  slug: string;
  /** Cleaned plain text; inline math kept as `$...$`. */
  title: string;
  /** Cleaned plain text (no Markdown); inline math kept as `$...$`; URLs kept verbatim in the text. */
  abstract: string;
  authors: string[];
  /** Phrases of the title and abstract the input set in italics, each found in the cleaned text (a case name: "Marbury v. Madison"). */
  italics?: Italics;
  /** Its record had no title: `title` is a sentence of the abstract, and the page and the Cite box say so. */
  madeTitle?: true;
  /** The language of its title and abstract as a BCP 47 tag ("fr", "de-DE"), when its record says it (../normalise/language-tag.ts). */
  language?: string;
  /** The paper was retracted or withdrawn, as its title, abstract or note says (../normalise/retraction.ts). */
  retraction?: Retraction;
  /** The authors' keywords, cleaned and de-duplicated; hints to the concept stage, never concepts by themselves. */
  keywords?: string[];
  /** The input's own citation key, made safe and unique within the run (src/lib/cite/supplied-ids.ts). */
  citationKey?: string;
  /** Links found in the abstract and in the record's own fields, de-duplicated, in order of appearance. */
  links: PaperLink[];
  /** First is where the paper was first read; more when duplicates were merged into it. */
  sources: SourceLocation[];
  /** Hash of the cleaned title + abstract: cache key for per-paper work. */
  hash: string;
}

/** What the concept extractor needs of a document; also the shape of `npm run concepts` input. */
export interface DocumentText {
  id: string;
  title: string;
  abstract: string;
  /** The authors' keywords: hints for the paper's tags where its text writes them (concepts/keyword-hints.ts). */
  keywords?: readonly string[];
}
