/**
 * Citation keys taken from the input (a BibTeX entry key, CSL `citation-key`, a JSON or CSL `id`). A key is
 * written between `@type{` and `,` with no quoting at all, so anything but a plain word would end the entry
 * early or start a comment, and legacy BibTeX chokes on non-ASCII keys: only the characters every reader
 * accepts are kept.
 */
import { foldToAscii } from '../normalise/accents';

/** Longer keys exist only by accident (an abstract pasted into the key); nobody types them in a `\cite`. */
export const MAX_KEY_LENGTH = 100;

/** Letters, digits and the punctuation Better BibTeX, JabRef and Zotero put in keys. */
const NOT_KEY_CHAR = /[^A-Za-z0-9_:.+-]/g;
/** A DOI as a key: BibTeX and biber take its slash; brackets and the like would end the key, and are not kept so. */
const DOI_KEY = /^10\.\d{4,9}\/[A-Za-z0-9_:.+\-/]+$/;
/**
 * DBLP's keys, `DBLP:conf/nips/VaswaniSPUJGKP17`, `DBLP:journals/corr/abs-1810-04805`: their slashes are taken
 * as the DOI's are, and every DBLP entry is cited by such a key.
 */
const DBLP_KEY = /^DBLP:[A-Za-z0-9_:.+-]+(?:\/[A-Za-z0-9_:.+-]+)+$/;

/**
 * The key as a safe BibTeX key, or undefined when nothing usable is left. Latin letters are spelled in ASCII
 * rather than dropped (`müller2021` → `muller2021`, `groß2020` → `gross2020`), and the key must start with a
 * letter or digit: a leading `_` or `-` is legal BibTeX but is how `__proto__`-style names look, and no
 * exporter writes one.
 */
export function safeCitationKey(raw: string): string | undefined {
  // The ACM Digital Library keys its entries by DOI ("10.1145/3290605.3300233"), and documents cite them so.
  if ((DOI_KEY.test(raw) || DBLP_KEY.test(raw)) && raw.length <= MAX_KEY_LENGTH) return raw;
  const key = foldToAscii(raw).replace(NOT_KEY_CHAR, '').replace(/^[^A-Za-z0-9]+/, '').slice(0, MAX_KEY_LENGTH);
  // All digits is a database row number (a Zotero item id), not something a person cites by.
  return /[A-Za-z]/.test(key) ? key : undefined;
}

/**
 * A key that is a number of four digits or more: a database's record number (an IEEE Xplore article number, seven
 * digits and up; a Zotero item id). A shorter one is more likely a key the parser cut short (`50%off` read as "50").
 */
export function isRecordNumber(raw: string): boolean {
  return /^\d{4,}$/.test(raw.trim());
}

/**
 * Whether a record's `id` is meant as a citation key: already a safe key as written. A CSL `id` is often a
 * URL or DOI (Crossref writes `http://dx.doi.org/…`) or a number, which are ids but not keys.
 */
export function looksLikeCitationKey(id: string): boolean {
  return !DOI_KEY.test(id) && safeCitationKey(id) === id;
}
