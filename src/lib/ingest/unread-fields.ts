/**
 * Fields of a JSON record that look like one the reader takes but are not it: `keyphrases` for `keywords`
 * (keyphrase datasets), `author` for `authors`, `journal` for `venue`, a typo such as `abstarct`. Their values
 * were lost without a word (review 21, finding 15). Other unknown fields (`citationCount`, `paperId`) are the
 * export's own business and are not named: an OpenAlex record has dozens, and a warning about them all on
 * every run would bury the ones that matter.
 */
import { likelyMeant } from '../config/suggest';
import type { IngestProblem } from '../model/source';

/**
 * Names other tools give the fields a JSON record is read by: keyphrase datasets (`keyphrases`), Semantic
 * Scholar and OpenAlex (`publication_year`, `journal`), CSL and BibTeX habits (`author`, `container-title`,
 * `booktitle`), Hugging Face datasets (`summary`). Compared case- and separator-blind.
 */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  keywords: ['keyword', 'keyphrases', 'keyphrase', 'key phrases', 'tags', 'subjects', 'author keywords'],
  abstract: ['summary', 'abstract text', 'description'],
  authors: ['author', 'creators', 'creator', 'author names'],
  year: ['publication year', 'pub year', 'date', 'publication date', 'published', 'issued'],
  venue: ['journal', 'journal name', 'booktitle', 'container title', 'conference', 'proceedings'],
  url: ['link', 'links', 'href'],
  doi: ['doi url'],
};

/** Lower case, `_`, `-` and spaces dropped: `publication_year`, `publicationYear` and `Publication Year` are one name. */
const folded = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

/** Fields of other exports a letter or two away from a read one, yet their own thing: PubMed Central's id, an ISSN. */
const NOT_TYPOS = new Set(['pmcid', 'pmc', 'issn', 'eissn', 'isbn', 'ids', 'uri', 'uris']);

const BY_OTHER_NAME = new Map<string, string>(Object.entries(OTHER_NAMES).flatMap(([field, names]) => names.map((n) => [folded(n), field] as const)));

/** Collects, over one file's records, the unread fields that look like read ones; one warning for the file. */
export class UnreadFields {
  private readonly known: ReadonlySet<string>;
  /** Unread field → the field it looks like, the line of its first record, and how many records have it. */
  private readonly seen = new Map<string, { meant: string; line: number; records: number }>();
  /** Unknown field → the read field it stands for, or null: asked once per name, not once per record. */
  private readonly meaning = new Map<string, string | null>();

  /** `known`: the fields the reader takes, as written in a record. */
  constructor(private readonly fields: readonly string[]) {
    this.known = new Set(fields);
  }

  /** Notes the fields of one record (an object, or anything else, which has none). */
  note(item: unknown, line: number): void {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    for (const name of Object.keys(item)) {
      if (this.known.has(name)) continue;
      let meant = this.meaning.get(name);
      if (meant === undefined) this.meaning.set(name, (meant = this.meant(name) ?? null));
      // A record that has the read field as well uses that one: "tags" beside "keywords" are the user's own.
      if (meant === null || meant in item) continue;
      const entry = this.seen.get(name);
      if (entry) entry.records++;
      else this.seen.set(name, { meant, line, records: 1 });
    }
  }

  /** The file's one warning, at the first record with such a field; undefined when none was seen. */
  problem(file: string): IngestProblem | undefined {
    if (this.seen.size === 0) return undefined;
    const entries = [...this.seen].sort((a, b) => a[1].line - b[1].line || (a[0] < b[0] ? -1 : 1));
    const parts = entries.map(([name, { meant, records }]) => `"${name}" (${records} ${records === 1 ? 'record' : 'records'}; the field read is "${meant}")`);
    return {
      file,
      line: entries[0]![1].line,
      severity: 'warning',
      reason: `${entries.length === 1 ? 'field' : 'fields'} not read: ${parts.join(', ')}; rename ${entries.length === 1 ? 'it' : 'them'} in the input to use ${entries.length === 1 ? 'its values' : 'their values'}`,
    };
  }

  /** The read field an unknown one stands for: another tool's name for it, or a typo of it (`abstarct`). */
  private meant(name: string): string | undefined {
    const other = BY_OTHER_NAME.get(folded(name));
    if (other !== undefined && this.known.has(other)) return other;
    if (NOT_TYPOS.has(folded(name))) return undefined;
    const near = likelyMeant(name, this.fields);
    return near !== undefined && near !== name ? near : undefined;
  }
}
