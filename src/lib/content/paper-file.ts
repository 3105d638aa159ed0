/**
 * One paper file, `papers/<slug>.md`: gray-matter frontmatter validated by the shared schema, then the
 * generated abstract, then whatever the user wrote under `## Notes`. Keys a user added to the frontmatter
 * and the notes section are carried over from the previous file on every run.
 */
import matter from 'gray-matter';
import { frontmatterYaml } from './frontmatter-yaml';
import type { PaperIdentity } from './moved-papers';
import { paperFrontmatterSchema, type PaperFrontmatter } from './schema';

export const NOTES_HEADING = '## Notes';
/** A line that reads as the notes heading once trimmed (`\s` is the set `trim` removes). */
const NOTES_LINE = new RegExp(`^\\s*${NOTES_HEADING}\\s*$`, 'm');

/**
 * Whether some line of `text` may read as the notes heading: true whenever {@link readUserEdits} would find
 * one (and for a heading after a lone carriage return, which only costs a file its place in a cache), without
 * splitting the text. The content stage asks it of every paper file it wrote: split, 10,000 of them were 1.6
 * million short-lived strings at the end of the stage, where its memory peaks.
 */
export function hasNotesHeading(text: string): boolean {
  return NOTES_LINE.test(text);
}

/** Frontmatter keys the writer owns; every other key belongs to the user. */
const GENERATED_KEYS = new Set(Object.keys(paperFrontmatterSchema.shape));

export interface UserEdits {
  /** Frontmatter keys the user added, with their values. */
  extra: Record<string, unknown>;
  /** The notes section, from its heading to the end of the file, or '' when there is none. */
  notes: string;
  /**
   * The file's `citationKey` and its line: a key the writer owns too, so whether it is the user's is decided
   * with the input's keys in view (src/lib/cite/hand-keys.ts).
   */
  citationKey?: { key: string; line: number };
}

const NO_EDITS: UserEdits = { extra: {}, notes: '' };

/** Reads the user's own additions out of an existing paper file; a file that does not parse keeps none. */
export function readUserEdits(fileText: string): UserEdits {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share objects between calls.
    parsed = matter(fileText, frontmatterYaml);
  } catch {
    return NO_EDITS;
  }
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (GENERATED_KEYS.has(key) || key === '__proto__' || value === undefined) continue;
    Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const lines = parsed.content.split('\n');
  const at = lines.findIndex((line) => line.trim() === NOTES_HEADING);
  const notes = at === -1 ? '' : `${lines.slice(at).join('\n').trimEnd()}\n`;
  const key: unknown = parsed.data.citationKey;
  if (typeof key !== 'string' && typeof key !== 'number') return { extra, notes };
  // The frontmatter comes first, so the first such line is the key's.
  const keyAt = CITATION_KEY_LINE.exec(fileText)?.index ?? 0;
  return { extra, notes, citationKey: { key: String(key), line: fileText.slice(0, keyAt).split('\n').length } };
}

const CITATION_KEY_LINE = /^citationKey\s*:/m;

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
