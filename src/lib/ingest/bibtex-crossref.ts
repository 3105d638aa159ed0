/**
 * What a BibTeX `crossref` adds beyond what the parser copies. The parser follows biblatex's inheritance
 * table, in which an `@incollection` takes its `booktitle` from a `@collection` only; Zotero and most
 * hand-kept files put an edited volume as `@book` (or an `@incollection` under `@proceedings`), so the
 * chapter came without its venue, and its Cite entry without the `booktitle` an `@incollection` requires
 * (review 13 L2).
 */
import type { Library } from '@retorquere/bibtex-parser';

/** Entries that sit inside a volume, and the kinds of volume whose `title` is their `booktitle`. */
const IN_VOLUME = new Set(['incollection', 'inproceedings', 'inbook', 'conference']);
const VOLUME = new Set(['book', 'collection', 'proceedings', 'reference']);

/**
 * Gives each child in a volume that has no `booktitle` of its own its parent's `title` as one, as biblatex
 * does for its own pairs; keys match in any case, as BibTeX's do.
 */
export function inheritBooktitles(library: Library): void {
  const byKey = new Map(library.entries.map((entry) => [entry.key.toUpperCase(), entry]));
  for (const child of library.entries) {
    const ref = child.fields.crossref;
    if (typeof ref !== 'string' || !IN_VOLUME.has(child.type.toLowerCase()) || child.fields.booktitle) continue;
    const parent = byKey.get(ref.trim().toUpperCase());
    if (!parent || parent === child || !VOLUME.has(parent.type.toLowerCase()) || typeof parent.fields.title !== 'string') continue;
    child.fields.booktitle = parent.fields.title;
  }
}
