/**
 * The ids and citation keys an input gave its records. A supplied id is a promise that it names one paper:
 * two different papers under one id is a mistake in the input (a copied JSON line, a BibTeX key reused by
 * hand) that the user wants to hear about, and two Cite boxes under one key would make the second paste
 * into a bibliography silently replace the first. Records merged as duplicates are one paper, so they may
 * share an id.
 */
import type { IngestProblem, SourceLocation } from '../model/source';
import { isRecordNumber, looksLikeCitationKey, safeCitationKey } from './citation-key';

/** One input record's own names, as the parser read them. */
export interface SuppliedId {
  /** `id` of a JSON/CSL record, BibTeX entry key, Atom `<id>`. */
  id?: string;
  /** An explicit citation key (BibTeX entry key, CSL `citation-key`), used for the Cite box even when it needs cleaning. */
  citationKey?: string;
  source: SourceLocation;
}

export interface IdentifiedPaper {
  title: string;
  /** The records the paper was made from that carried an id or key, the one the page is made from first. */
  ids: readonly SuppliedId[];
}

interface Owner {
  paper: number;
  title: string;
  source: SourceLocation;
}

export const at = (s: SourceLocation) => `${s.file}:${s.line}`;
export const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
export const GENERATED = 'a key made from author, year and title';
export const KEY_RULE = 'a key keeps letters, digits and _:.+- only, starts with a letter or digit and holds a letter';

/** The key a record offers for the Cite box, as written and as made safe. */
function offeredKey(s: SuppliedId): { raw: string; key: string | undefined; source: SourceLocation } | undefined {
  if (s.citationKey !== undefined) return { raw: s.citationKey, key: safeCitationKey(s.citationKey), source: s.source };
  if (s.id !== undefined && looksLikeCitationKey(s.id)) return { raw: s.id, key: s.id, source: s.source };
  return undefined;
}

/**
 * Each paper's citation key (same order as `papers`; undefined: the Cite box makes one) and a located warning
 * for every id or key a paper shares with an earlier one, naming both places. The earlier paper in input
 * order keeps the key.
 */
export function assignCitationKeys(papers: readonly IdentifiedPaper[]): { keys: Array<string | undefined>; warnings: IngestProblem[] } {
  // Maps, not objects: an id is input text and may be `__proto__`.
  const idOwners = new Map<string, Owner>();
  const keyOwners = new Map<string, Owner>();
  const warnings: IngestProblem[] = [];
  const warn = (source: SourceLocation, reason: string) => warnings.push({ file: source.file, line: source.line, severity: 'warning', reason });

  const keys = papers.map((paper, i): string | undefined => {
    const offered = paper.ids.map(offeredKey).find((k) => k !== undefined);
    let keyWarned = false;
    for (const s of paper.ids) {
      for (const name of new Set([s.id, s.citationKey])) {
        if (name === undefined) continue;
        const owner = idOwners.get(name);
        if (owner === undefined) {
          idOwners.set(name, { paper: i, title: paper.title, source: s.source });
          continue;
        }
        if (owner.paper === i) continue;
        const losesKey: boolean = offered !== undefined && offered.raw === name && !keyWarned;
        keyWarned ||= losesKey;
        warn(
          s.source,
          `id ${quoted(name)} is also the id of a different paper, ${quoted(owner.title)} at ${at(owner.source)}: an id should name one paper` +
            (losesKey ? `; this paper's Cite box uses ${GENERATED} instead` : ''),
        );
      }
    }
    if (offered === undefined) return undefined;
    const { raw, key, source } = offered;
    if (key === undefined) {
      // A number is a database's record number (IEEE Xplore keys every entry by its article number, Zotero by its
      // item id), not a key anyone chose: made from author, year and title without a word, not one warning per entry.
      if (!isRecordNumber(raw)) warn(source, `citation key ${quoted(raw)} leaves nothing usable (${KEY_RULE}); the Cite box uses ${GENERATED}`);
      return undefined;
    }
    if (key !== raw) warn(source, `citation key ${quoted(raw)} is not safe in every BibTeX reader (${KEY_RULE}); the Cite box uses "${key}"`);
    const owner = keyOwners.get(key);
    if (owner !== undefined && owner.paper !== i) {
      if (!keyWarned) {
        warn(source, `citation key "${key}" is also the key of a different paper, ${quoted(owner.title)} at ${at(owner.source)}; this paper's Cite box uses ${GENERATED} instead`);
      }
      return undefined;
    }
    keyOwners.set(key, { paper: i, title: paper.title, source });
    return key;
  });
  return { keys, warnings };
}
