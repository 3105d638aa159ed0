/**
 * The list of all concepts A–Z, by first letter, in pages (src/lib/site/list-pages.ts). As one page it was
 * 2.8 MB and 45,700 elements at 10,000 papers; pages of the `conceptsPerPage` setting (2,000 rows, about as
 * heavy as a page of 500 paper cards) keep the order and the letters.
 */
import type { ListSection } from './list-pages';
import { withBase } from './url';

export interface LetterSection<C> extends ListSection<C> {
  /** `letter-A` … `letter-Z`, `letter-other`. */
  key: string;
  /** `A` … `Z`, or `#` for labels that start with anything else. */
  letter: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function letterOf(label: string): string {
  const first = label.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Concepts A–Z by label (accents and case aside, numbers in numeric order), grouped by letter, `#` last. */
export function conceptLetterSections<C extends { label: string }>(concepts: readonly C[]): LetterSection<C>[] {
  const groups = new Map<string, C[]>();
  for (const concept of [...concepts].sort((a, b) => collator.compare(a.label, b.label))) {
    const letter = letterOf(concept.label);
    const list = groups.get(letter);
    if (list) list.push(concept);
    else groups.set(letter, [concept]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, items]) => ({ key: `letter-${letter === '#' ? 'other' : letter}`, letter, items }));
}

/** `concepts/` for the first page, `concepts/page/<n>/` after it (a concept's own page is `concepts/<id>/`). */
export function conceptListPath(base: string, page: number): string {
  return withBase(base, page <= 1 ? 'concepts/' : `concepts/page/${page}/`);
}
