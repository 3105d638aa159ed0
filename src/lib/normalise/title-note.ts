/**
 * A title's note mark: law reviews (HeinOnline, SSRN, Zotero's CSL-JSON) and many journals put a mark on the
 * title that points to the author's note, "What Cyberlaw Might Teach*" or "…Teach<sup>1</sup>" (review 17 M8).
 * It is no part of the title, and was kept in the heading, the tab title and the Cite box's `title`.
 */

/**
 * A star, dagger or double dagger, or a superscript 1 (a note numbered from one; 2 and 3 are units' powers, "cm²"),
 * as a character or as the TeX a `<sup>` became (`$^{*}$`, `$^\dagger$`).
 */
const MARK = String.raw`(?:[*∗⁎†‡¹]|\$\^\{?(?:\*|\\ast|†|\\dagger|‡|\\ddagger|1)\}?\$)`;

/**
 * Marks at the very end, after a lower-case word or closing punctuation: a capital letter before a star is a
 * name ("A*", "IDA*", a C*-algebra's "C*"), a one-letter word before ¹ a space ("S¹").
 */
const TRAILING_NOTE = new RegExp(`(?<=\\p{Ll}\\p{Ll}|[.?!"'”’)\\]])${MARK}+$`, 'u');

export function withoutTitleNote(title: string): string {
  return title.replace(TRAILING_NOTE, '');
}
