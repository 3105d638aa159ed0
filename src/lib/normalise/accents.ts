/**
 * Text without its accents and other combining marks, compatibility characters decomposed ("é" → "e",
 * "ﬁ" → "fi", "²" → "2"): the folding behind comparison keys, slugs and word matching.
 */
const MARKS = /\p{M}+/gu;

export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}
