/**
 * Where a text writes the phrases its input set in italics (a case name: `<i>Katz v. United States</i>`): each
 * occurrence as whole words, longest phrase first, none overlapping another or a span already `taken` (a link,
 * math). Used for the abstract's Markdown and the title's HTML and BibTeX (review 17 M5).
 */
export function italicSpans(text: string, phrases: readonly string[], taken: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const free = (start: number, end: number) => ![...taken, ...spans].some((t) => t.start < end && start < t.end);
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      if (wordBounded(text, at, at + phrase.length) && free(at, at + phrase.length)) spans.push({ start: at, end: at + phrase.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A phrase in italics is a whole word or words ("Katz" in "Katzenbach" is not), as Markdown's `_…_` needs too. */
function wordBounded(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after));
}


/**
 * Plain text with the phrases set in italics: each piece made safe by `escape`, each italic one then wrapped
 * by `italic` (`<em>…</em>` on a page, `\\emph{…}` in BibTeX).
 */
export function withItalics(text: string, phrases: readonly string[], escape: (text: string) => string, italic: (escaped: string) => string): string {
  let out = '';
  let at = 0;
  for (const span of italicSpans(text, phrases, [])) {
    out += escape(text.slice(at, span.start)) + italic(escape(text.slice(span.start, span.end)));
    at = span.end;
  }
  return out + escape(text.slice(at));
}
