import { normaliseForm } from './aliases';

/**
 * German writes ä, ö and ü as ae, oe and ue where the letters are not to hand ("Schoen" for Schön, "Mueller"
 * for Müller). Pagefind takes the accent off (Schön is found by "Schon") but cannot know that "oe" is "ö".
 * The index cannot hold the second spelling without showing it in excerpts, so the browser searches the
 * word as the papers write it as one more variant of the query (./aliases.ts `expandQuery`): one pair per
 * word with an umlaut in the papers' titles, abstracts and author names, which are few.
 */

const UMLAUT_WORD = /[\p{L}\p{M}]*[äöüÄÖÜ][\p{L}\p{M}]*/gu;
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
/**
 * A text that may hold an umlaut once composed (NFC): one written as a letter and U+0308 too. Few texts do,
 * and the others are passed over unread: composing every abstract and looking through each word for an
 * umlaut took the 10,000-paper build 2 s.
 */
const MAY_HOLD_UMLAUT = /[äöüÄÖÜ\u0308]/;

/** `[spelled with ae/oe/ue, as written]` for each word with an umlaut in `texts`, in search spelling, sorted. */
export function umlautSpellings(texts: Iterable<string>): string[][] {
  const pairs = new Map<string, string>();
  for (const text of texts) {
    if (!MAY_HOLD_UMLAUT.test(text)) continue;
    for (const word of text.normalize('NFC').match(UMLAUT_WORD) ?? []) {
      const form = normaliseForm(word);
      // A word normaliseForm splits (an apostrophe, a letter of another script) is no one query word.
      if (form.includes(' ') || form === '') continue;
      const spelled = form.replace(/[äöü]/g, (letter) => SPELLED[letter]!);
      if (spelled !== form) pairs.set(spelled, form);
    }
  }
  return [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([spelled, form]) => [spelled, form]);
}
