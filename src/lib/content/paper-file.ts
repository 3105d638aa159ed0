/**
 * One paper file, `papers/<slug>.md`: gray-matter frontmatter validated by the shared schema, then the
 * generated abstract, then the user's notes. Keys a user added to the frontmatter and any text of the body the
 * writer did not write are carried over from the previous file on every run (review 20 H1: nothing the user
 * wrote is lost, whatever heading it is under, or none).
 */
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { frontmatterYaml } from './frontmatter-yaml';
import type { PaperIdentity } from './moved-papers';
import type { PaperRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import { paperTextHash } from '../normalise/hash';
import { paperFrontmatterSchema, type PaperFrontmatter } from './schema';

/**
 * What decides whether a paper file's bytes hold user edits (`readUserEdits`): this module, what it imports and
 * the frontmatter parser's version. scripts/content.ts remembers files known to hold none by this version.
 */
export const USER_EDITS_SOURCES = [
  'src/lib/content/paper-file.ts',
  'src/lib/content/frontmatter-yaml.ts',
  'src/lib/content/schema.ts',
  'src/lib/normalise/hash.ts',
  'src/lib/cite/entry-type.ts',
  'src/lib/normalise/retraction.ts',
  'node_modules/gray-matter/package.json',
] as const;

export const NOTES_HEADING = '## Notes';
/**
 * A line that is a heading once trimmed (`\s` is the set `trim` removes): one to six `#` and then a space or
 * the end of the line. The writer never writes one in a body (remark escapes such a `#` in an abstract), so
 * every heading in a paper file's body is the user's, whatever it says: `## Notes`, `## notes`, `## My notes`.
 */
const HEADING = /^#{1,6}(?:\s|$)/;
const HEADING_LINE = /^\s*#{1,6}(?:\s|$)/m;

/**
 * Whether some line of `text` may read as a heading: true whenever {@link readUserEdits} would find one (and
 * for a few lines it would not, which only costs a file its place in a cache), without splitting the text.
 * The content stage asks it of every paper file it wrote: split, 10,000 of them were 1.6 million
 * short-lived strings at the end of the stage, where its memory peaks.
 */
export function hasHeadingLine(text: string): boolean {
  return HEADING_LINE.test(text);
}

// Module level: no `\p{…}` literal inside a function (test/architecture).
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LINK_TARGET = /\]\([^)\s]*\)/g;
const ENTITY = /&#?[0-9a-z]+;/gi;

/** A block's letters and digits only, lower-cased, with Markdown's link targets and entities left out. */
function foldBlock(text: string, markdown: boolean): string {
  const plain = markdown ? text.replace(LINK_TARGET, ' ').replace(ENTITY, ' ') : text;
  return plain.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

/** Text of the body the writer did not write and that is under no heading, moved under the notes heading. */
export interface StrayText {
  /** Line in the file of its first block. */
  line: number;
  text: string;
}

/**
 * Splits a body into what the writer wrote (the abstract's paragraphs) and what it did not. Everything from the
 * first heading on is the user's. Before it, a block (lines between blank lines) is the writer's when its
 * letters and digits are the next part of the abstract's (links, emphasis and escapes aside); any other block
 * is the user's: a paragraph under the abstract, a sentence added to it, text above it.
 */
function splitBody(body: string, abstract: string, firstLine: number): { stray?: StrayText; sections: string; whole: boolean } {
  const lines = body.split('\n');
  let at = lines.findIndex((line) => HEADING.test(line.trim()));
  if (at === -1) at = lines.length;
  const sections = lines.slice(at).join('\n').trimEnd();
  let rest = foldBlock(abstract, false);
  const stray: string[] = [];
  let strayLine: number | undefined;
  for (let i = 0; i < at; ) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const start = i;
    while (i < at && lines[i]!.trim() !== '') i++;
    const block = lines.slice(start, i).join('\n');
    const folded = foldBlock(block, true);
    if (folded !== '' && rest.startsWith(folded)) rest = rest.slice(folded.length);
    else {
      stray.push(block.trimEnd());
      strayLine ??= firstLine + start;
    }
  }
  const whole = rest === '';
  return stray.length === 0 ? { sections, whole } : { stray: { line: strayLine!, text: stray.join('\n\n') }, sections, whole };
}

/** The notes section of a file: its headed sections, with stray text under the notes heading (the first one, if it is one). */
function notesOf(sections: string, stray: StrayText | undefined): string {
  if (stray === undefined) return sections === '' ? '' : `${sections}\n`;
  const [first = '', ...after] = sections === '' ? [] : sections.split('\n');
  if (first.trim().replace(/\s+/g, ' ').toLowerCase() === NOTES_HEADING.toLowerCase()) {
    return `${[first, '', stray.text, ...after].join('\n').trimEnd()}\n`;
  }
  return `${NOTES_HEADING}\n\n${stray.text}${sections === '' ? '' : `\n\n${sections}`}\n`;
}

/**
 * A short hash of a paper file's `year` and `venue`, as the writer writes them (`yearVenueHash`) and as they
 * are read back: a value the user changed in the file no longer gives it.
 */
export function yearVenueHash(year: unknown, venue: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([year ?? null, venue ?? null]))
    .digest('hex')
    .slice(0, 16);
}

/** Frontmatter keys the writer owns; every other key belongs to the user. */
const GENERATED_KEYS = new Set(Object.keys(paperFrontmatterSchema.shape));

export interface UserEdits {
  /** Frontmatter keys the user added, with their values. */
  extra: Record<string, unknown>;
  /**
   * The user's part of the body: from its first heading to the end of the file (any heading: the writer
   * writes none), with text the writer did not write above it moved under the notes heading; '' when none.
   */
  notes: string;
  /** Text the writer did not write that was under no heading, now in {@link notes}: the run warns about it. */
  stray?: StrayText;
  /**
   * A `title` or `abstract` changed in the frontmatter, with its line: the file's `hash` is the writer's hash
   * of the two, so an edit shows in the file itself, whatever the input says now and whatever the caches hold.
   */
  edited?: { key: 'title' | 'abstract'; line: number };
  /**
   * The `year` and `venue` of a file whose `yearVenueHash` they no longer give (the user changed one or both),
   * with their lines: each is warned about where it differs from what the input gives now. (Other keys the
   * writer fills from the input carry no such check.)
   */
  editedYearVenue?: Array<{ key: 'year' | 'venue'; value: unknown; line: number }>;
  /**
   * The file's `citationKey` and its line: a key the writer owns too, so whether it is the user's is decided
   * with the input's keys in view (src/lib/cite/hand-keys.ts).
   */
  citationKey?: { key: string; line: number };
  /** Why the file's frontmatter could not be read (a YAML slip), and the file's line: nothing of it is taken, so the file is kept aside. */
  unreadable?: { reason: string; line: number };
  /** A key the user added that cannot be kept (`__proto__`, JavaScript's own name), with its line. */
  refusedKey?: { key: string; line: number };
}

const NO_EDITS: UserEdits = { extra: {}, notes: '' };

/**
 * Reads the user's own additions out of an existing paper file; a file that does not parse keeps none.
 * `inputAbstract` is the abstract the paper's input gives now, when the file is that paper's own: the body is
 * the writer's rendering of the abstract it wrote, which is the frontmatter's unless the user edited that (a
 * typo fixed "on the page"), and then most often still the input's. Without it, the body of a file whose
 * frontmatter abstract was edited would be taken for the user's text and written a second time under the notes
 * heading (review 20 H1).
 */
export function readUserEdits(fileText: string, inputAbstract?: string): UserEdits {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share objects between calls.
    parsed = matter(fileText, frontmatterYaml);
  } catch (error) {
    // js-yaml counts from where gray-matter's frontmatter text starts, the end of the opening `---` line (its line
    // 0 is the file's line 1); its "(line:column)" is left out for the file's line.
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as Error).message.split('\n')[0]!.replace(/\s*\(\d+:\d+\)$/, '');
    return { ...NO_EDITS, unreadable: { reason, line: mark?.line !== undefined ? mark.line + 1 : 1 } };
  }
  const extra: Record<string, unknown> = {};
  let refused: string | undefined;
  for (const [key, value] of Object.entries(parsed.data)) {
    if (key === '__proto__') refused = key;
    if (GENERATED_KEYS.has(key) || key === '__proto__' || value === undefined) continue;
    Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
  }
  // gray-matter's content is the end of the file, after the frontmatter.
  const bodyLine = fileText.endsWith(parsed.content) ? fileText.slice(0, fileText.length - parsed.content.length).split('\n').length : 1;
  const abstract: unknown = parsed.data.abstract;
  const fromFile = splitBody(parsed.content, typeof abstract === 'string' ? abstract : '', bodyLine);
  // Whichever abstract leaves less of the body unexplained is the one the body was written from: text that
  // neither spells stays the user's. `whole` is the frontmatter's, which tells an edited title from an abstract.
  const fromInput = fromFile.stray && inputAbstract !== undefined ? splitBody(parsed.content, inputAbstract, bodyLine) : undefined;
  const { stray, sections } = fromInput && (fromInput.stray?.text.length ?? 0) < fromFile.stray!.text.length ? fromInput : fromFile;
  const whole = fromFile.whole;
  const notes = notesOf(sections, stray);
  // The frontmatter comes first, so the first line that starts with a key is the key's.
  const lineOf = (key: string) => {
    const at = new RegExp(`^${key}\\s*:`, 'm').exec(fileText)?.index ?? 0;
    return fileText.slice(0, at).split('\n').length;
  };
  const { title, hash } = parsed.data as { title?: unknown; hash?: unknown };
  const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const changed = typeof hash === 'string' && paperTextHash(asText(title), asText(abstract)) !== hash;
  // The body's paragraphs spell the whole frontmatter abstract unless that was changed: then it is the title.
  const editedKey = !changed ? undefined : whole ? 'title' : 'abstract';
  const { year, venue, yearVenueHash: writtenFacts } = parsed.data as { year?: unknown; venue?: unknown; yearVenueHash?: unknown };
  const factsChanged = typeof writtenFacts === 'string' && yearVenueHash(year, venue) !== writtenFacts;
  const edits: UserEdits = {
    extra,
    notes,
    ...(stray ? { stray } : {}),
    ...(editedKey ? { edited: { key: editedKey, line: lineOf(editedKey) } } : {}),
    ...(refused ? { refusedKey: { key: refused, line: lineOf(refused) } } : {}),
    ...(factsChanged
      ? {
          editedYearVenue: [
            { key: 'year' as const, value: year, line: lineOf('year') },
            { key: 'venue' as const, value: venue, line: lineOf('venue') },
          ],
        }
      : {}),
  };
  const key: unknown = parsed.data.citationKey;
  if (typeof key !== 'string' && typeof key !== 'number') return edits;
  return { ...edits, citationKey: { key: String(key), line: lineOf('citationKey') } };
}

const rewritten = (key: string, at: string) => `${key} in the page file differs from ${at}; the page file is rewritten from the input each run and now has the input's ${key}: change it at ${at}`;

/**
 * Warnings for the user's edits that the run does not keep as they are: text under no heading, moved under
 * the notes heading, and a title, abstract, year or venue changed in the frontmatter, written again from the input
 * (`paper`, when the file is the paper's own). `file` is the file as shown.
 */
export function userEditWarnings(file: string, edits: UserEdits, paper?: Pick<PaperRecord, 'sources' | 'year' | 'venue'>): IngestProblem[] {
  const out: IngestProblem[] = [];
  if (edits.stray) {
    out.push({ file, line: edits.stray.line, severity: 'warning', reason: `text that the run does not write and that is under no heading was moved under "${NOTES_HEADING}" at the end of the file, where your notes are kept` });
  }
  if (edits.refusedKey) {
    const { key, line } = edits.refusedKey;
    out.push({ file, line, severity: 'warning', reason: `the frontmatter key "${key}" cannot be kept (it is JavaScript's own name for an object's prototype, which no page may take from a file); it is left out, so give it another name` });
  }
  const source = paper?.sources[0];
  if (edits.edited && source) {
    const { key, line } = edits.edited;
    const at = `${source.file}:${source.line}`;
    out.push({ file, line, severity: 'warning', reason: rewritten(key, at) });
  }
  if (edits.editedYearVenue && paper && source) {
    const at = `${source.file}:${source.line}`;
    // Only a value the run writes over: one the input now gives too is no loss.
    for (const { key, value, line } of edits.editedYearVenue) if ((value ?? null) !== (paper[key] ?? null)) out.push({ file, line, severity: 'warning', reason: rewritten(key, at) });
  }
  return out;
}

/**
 * What names the paper a file was written for besides its slug (src/lib/content/moved-papers.ts): read from
 * the frontmatter as the writer left it; a file that does not parse names nothing.
 */
export function readPaperIdentity(fileText: string): PaperIdentity {
  let data: Record<string, unknown>;
  try {
    data = matter(fileText, frontmatterYaml).data;
  } catch {
    return {};
  }
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  return { citationKey: text(data.citationKey), doi: text(data.doi), arxiv: text(data.arxiv), abstract: text(data.abstract) };
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  // A date the user wrote (`readOn: 2024-01-05`, which YAML reads as one) is written back as a date: taken
  // apart as an object it had no keys, and became `{}`.
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) Object.defineProperty(out, k, { value: withoutUndefined(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Serialises a paper file deterministically: generated keys in schema order, then user keys sorted. */
export function renderPaperFile(frontmatter: PaperFrontmatter, body: string, edits: UserEdits = NO_EDITS): string {
  const checked = paperFrontmatterSchema.parse(frontmatter);
  const data: Record<string, unknown> = {};
  for (const key of GENERATED_KEYS) {
    const value = (checked as Record<string, unknown>)[key];
    if (value !== undefined) data[key] = value;
  }
  for (const key of Object.keys(edits.extra).sort()) {
    Object.defineProperty(data, key, { value: edits.extra[key], enumerable: true, writable: true, configurable: true });
  }
  const text = matter.stringify(`${body.trimEnd()}\n`, withoutUndefined(data) as Record<string, unknown>, frontmatterYaml);
  return edits.notes ? `${text.trimEnd()}\n\n${edits.notes}` : text;
}

/** Parses a paper file back (used by tests and by tooling); throws when the frontmatter is invalid. */
export function parsePaperFile(fileText: string): { data: PaperFrontmatter; body: string } {
  const parsed = matter(fileText, frontmatterYaml);
  return { data: paperFrontmatterSchema.parse(parsed.data), body: parsed.content };
}
