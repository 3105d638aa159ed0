/**
 * arXiv API Atom feeds (`export.arxiv.org/api/query?...` saved as `.atom`/`.xml`): each `<entry>` has a
 * title, a summary (the abstract), authors, `published`, an `id` (`http://arxiv.org/abs/<id>v<n>`) and links
 * (abstract page, PDF, DOI). Feeds with a DTD are refused: entity expansion is a classic XML attack and an
 * arXiv feed never has one.
 */
import { readJournalRef } from './journal-ref';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import { compact, decodeRecordTex, normaliseArxiv, normaliseDoi, parseYear } from './fields';
import { isCollectiveName } from '../cite/authors';
import type { ParsedRecords } from './listing';
import { excerpt, LineIndex } from './position';
import { missingAbstract } from './abstract-field';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';

const ENTRY_START = /<(?:[A-Za-z_][\w.-]*:)?entry(?=[\s>/])/g;
const ENTRY_BLOCK = /<((?:[A-Za-z_][\w.-]*:)?entry)(?=[\s>])[\s\S]*?<\/\1\s*>/g;

export function looksLikeAtom(text: string): boolean {
  const head = text.slice(0, 2000);
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?feed[\s>]/.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Character references (`&#x27;`, `&#8211;`) are XML too: without this "O&#x27;Brien" was shown as written
  // (review 16 M1). `&amp;` is decoded last, so "&amp;#39;" stays the text "&#39;".
  htmlEntities: true,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

type XmlNode = Record<string, unknown>;

/**
 * arXiv wraps a summary's lines where the authors' text had spaces, and breaks no word itself: a line that ends
 * in a hyphen after a letter goes on with the same word ("transferred sim-to-\nreal" is "sim-to-real", which
 * read "sim-to- real" and was found by no search for it, review 16).
 */
const BROKEN_AFTER_HYPHEN = /(?<=\p{L}-)[ \t]*\r?\n\s*(?=\p{L})/gu;

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return textOf((node as XmlNode)['#text']);
  return '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function entryToRecord(file: string, line: number, entry: XmlNode, options: IngestOptions): { record?: RawRecord; problem?: IngestProblem } {
  const written = textOf(entry.title).replace(BROKEN_AFTER_HYPHEN, '').replace(/\s+/g, ' ').trim();
  const abstract = textOf(entry.summary).replace(BROKEN_AFTER_HYPHEN, '').trim();
  const idUrl = textOf(entry.id).trim();
  // arXiv answers a bad query with a feed whose one entry is the error message, titled "Error".
  if (/^https?:\/\/arxiv\.org\/api\/errors\b/i.test(idUrl)) {
    return {
      problem: { file, line, severity: 'error', reason: `this is an arXiv API error response, not papers: arXiv said ${JSON.stringify(abstract.replace(/\s+/g, ' '))}; fix the query and download the feed again` },
    };
  }
  const madeTitle = written ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? written;
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `Atom entry has no <title>; ${TITLE_EXPECTED}` } };
  // As in every other format: an entry without an abstract is skipped with a warning, which stops no run.
  if (!abstract) return { problem: missingAbstract(file, line, `Atom entry ${excerpt(title)} (its <summary>)`) };
  const links = asArray(entry.link).filter((l): l is XmlNode => typeof l === 'object' && l !== null);
  const href = (pick: (l: XmlNode) => boolean) => {
    const link = links.find(pick);
    return link ? String(link['@_href'] ?? '') || undefined : undefined;
  };
  // An alternate link that is no web address (`javascript:`) does not stand in for the entry's own.
  const alternate = href((l) => l['@_rel'] === 'alternate');
  const abs = (alternate !== undefined && /^https?:\/\//i.test(alternate.trim()) ? alternate : undefined) ?? (/^https?:\/\//.test(idUrl) ? idUrl : undefined);
  const doi = normaliseDoi(textOf(entry.doi)) ?? normaliseDoi(href((l) => l['@_title'] === 'doi'));
  const authors = asArray(entry.author)
    .map((a) => textOf(a && typeof a === 'object' ? (a as XmlNode).name : a).replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
  const preprintYear = parseYear(textOf(entry.published)) ?? parseYear(textOf(entry.updated));
  const venue = textOf(entry.journal_ref).replace(/\s+/g, ' ').trim() || undefined;
  const published = venue !== undefined ? readJournalRef(venue, preprintYear) : undefined;
  const record: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    abstract,
    id: idUrl || undefined,
    authors,
    literalAuthors: authors.some(isCollectiveName) ? authors.filter(isCollectiveName) : undefined,
    year: published?.year ?? preprintYear,
    url: abs,
    doi,
    arxiv: normaliseArxiv(idUrl) ?? normaliseArxiv(abs),
    venue: published?.journal ?? venue,
    bibliographic: published?.bibliographic,
    entryType: published?.entryType,
    note: textOf(entry.comment).replace(/\s+/g, ' ').trim() || undefined,
    source: { file, line },
  });
  // arXiv's titles and abstracts are what authors typed into its TeX-minded form (`--` for a dash, `~` for a tie,
  // ``quotes''), as in the bundled listing, which comes from arXiv too: read with TeX's typography.
  return {
    record: decodeRecordTex(record, { typography: true }),
    ...(madeTitle !== undefined ? { problem: { file, line, severity: 'warning', reason: untitledWarning(madeTitle) } } : {}),
  };
}

/** The parser now and then refuses what the validator passed; that is reported, never thrown. */
function parseXml(xml: string): XmlNode | Error {
  try {
    return parser.parse(xml) as XmlNode;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function parseEntries(file: string, doc: XmlNode, lineOffsets: number[], lines: LineIndex, records: RawRecord[], problems: IngestProblem[], options: IngestOptions): void {
  const feed = (doc.feed ?? doc) as XmlNode;
  const entries = asArray(feed.entry);
  entries.forEach((e, k) => {
    const line = lines.lineAt(lineOffsets[k] ?? 0);
    if (typeof e !== 'object' || e === null) {
      problems.push({ file, line, severity: 'error', dropped: true, reason: 'empty Atom <entry>' });
      return;
    }
    const { record, problem } = entryToRecord(file, line, e as XmlNode, options);
    if (record) records.push(record);
    if (problem) problems.push(problem);
  });
}

export function parseAtom(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  const records: RawRecord[] = [];
  const problems: IngestProblem[] = [];
  const lines = new LineIndex(text);
  if (/<!DOCTYPE/i.test(text)) {
    const at = text.search(/<!DOCTYPE/i);
    problems.push({ file, line: lines.lineAt(at), severity: 'error', reason: 'XML with a DOCTYPE/DTD is not read (an arXiv Atom feed has none; entity definitions are refused for safety)' });
    return { records, problems };
  }
  if (!looksLikeAtom(text)) {
    problems.push({ file, line: 1, severity: 'error', reason: 'not an Atom feed: expected a <feed> root element (an arXiv API response)' });
    return { records, problems };
  }
  const valid = XMLValidator.validate(text);
  let errLine: number;
  if (valid === true) {
    const doc = parseXml(text);
    if (!(doc instanceof Error)) {
      const starts = [...text.matchAll(ENTRY_START)].map((m) => m.index);
      parseEntries(file, doc, starts, lines, records, problems, options);
      return { records, problems };
    }
    errLine = lines.lineCount + 1;
    problems.push({ file, line: 1, severity: 'error', reason: `malformed XML: ${doc.message}; each whole entry in it can be read on its own` });
  } else {
    // Elements still open at the end: the validator reports them at line 1, but the damage is the cut-off end.
    // One element left open (a feed cut between entries) is reported as "Unclosed tag 'feed'." at the line
    // the feed opens, which would put the damage before every entry and read none of them.
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(valid.err.msg) ?? /^Unclosed tag '([^']*)'/.exec(valid.err.msg);
    errLine = unclosed ? lines.lineCount : Math.max(1, valid.err.line || 1);
    const what = unclosed
      ? `the file ends with elements still open (${unclosed[1]!.split(',').map((t) => t.replace(/["\s]/g, '')).join(', ')}): it looks truncated`
      : `${valid.err.msg} (column ${valid.err.col})`;
    const cutEntry = /\bentry\b/.test(unclosed?.[1] ?? '');
    problems.push({
      file,
      line: errLine,
      severity: 'error',
      ...(cutEntry ? { dropped: true } : {}),
      // What the file holds, not what the run did with it: under --on-error stop nothing is written.
      reason: unclosed
        ? `malformed XML: ${what}; nothing past this point can be read, only the whole entries before it`
        : `malformed XML: ${what}; every entry that is well-formed on its own is read, and each one that is not is reported`,
    });
    // Damage inside the file (a raw "<" in a summary) spoils its own entry, not the ones after it: they are
    // read too, and the damaged one is counted as lost (review 11: eleven entries went unread, the ledger
    // counted one).
    if (!unclosed) errLine = Infinity;
  }
  // A damaged or cut-off download still holds whole entries: read those one by one.
  let wholeEnd = 0;
  for (const m of text.matchAll(ENTRY_BLOCK)) {
    if (lines.lineAt(m.index + m[0].length) >= errLine) break;
    wholeEnd = m.index + m[0].length;
    const alone = XMLValidator.validate(m[0]);
    if (alone !== true) {
      // The validator counts the entry's lines from 1; the message says the file's.
      const first = lines.lineAt(m.index);
      // A column on the entry's first line counts from where the entry opens on it.
      const openCol = m.index - text.lastIndexOf('\n', m.index - 1) - 1;
      const msg = alone.err.msg.replace(/\bline (\d+), col (\d+)/g, (_, n: string, c: string) => `line ${first + Number(n) - 1}, col ${Number(n) === 1 ? openCol + Number(c) : Number(c)}`).replace(/\bline (\d+)(?!, col)/g, (_, n: string) => `line ${first + Number(n) - 1}`);
      problems.push({ file, line: first + Math.max(0, (alone.err.line || 1) - 1), severity: 'error', dropped: true, reason: `malformed Atom <entry>: ${msg}` });
      continue;
    }
    const doc = parseXml(`<feed>${m[0]}</feed>`);
    if (doc instanceof Error) {
      problems.push({ file, line: lines.lineAt(m.index), severity: 'error', dropped: true, reason: `malformed Atom <entry>: ${doc.message}` });
      continue;
    }
    parseEntries(file, doc, [m.index], lines, records, problems, options);
  }
  // Damage inside the file hid that it is also cut off (the validator names the first problem only): an entry
  // that opens after the last whole one and never closes is one more record lost.
  if (errLine === Infinity) {
    // (An <entry> in a comment is none; blanked, not removed, the offsets stay the file's.)
    const rest = text.slice(wholeEnd).replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
    const cut = [...rest.matchAll(ENTRY_START)][0];
    if (cut !== undefined) {
      const closedFeed = /<\/(?:[A-Za-z_][\w.-]*:)?feed\s*>\s*$/.test(rest);
      problems.push({
        file,
        line: lines.lineAt(wholeEnd + cut.index),
        severity: 'error',
        dropped: true,
        reason: closedFeed ? 'Atom <entry> not closed: no </entry> before the </feed> that ends the file' : 'Atom <entry> cut off: the file ends before its closing </entry>; it looks truncated',
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
