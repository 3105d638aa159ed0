/**
 * The publisher's line that Scopus, Crossref and PubMed leave at the end of an abstract ("© 2022 Elsevier Ltd.
 * All rights reserved.", "Copyright © 2020 John Wiley & Sons, Ltd.", "(c) 2021 The Authors"): no words of the
 * authors', and its names ("Elsevier", "Wiley") would otherwise be read as the paper's concepts. Only a line at
 * the very end, after a sentence, that names a year, the authors or the rights is taken off.
 */
const TAIL = /(?:^|(?<=[.!?)\]"”’]))\s*(?:copyright\s*)?(?:©|\(c\)|copyright\b)[^©]{0,200}$/iu;
const STATEMENT = /\b(?:19|20)\d{2}\b|rights reserved|\bauthors?\b|licen[cs]e/i;

export function withoutCopyrightLine(abstract: string): string {
  const m = TAIL.exec(abstract);
  if (!m || !STATEMENT.test(m[0])) return abstract;
  const kept = abstract.slice(0, m.index).trimEnd();
  // An abstract that is only such a line is left for the empty-abstract check to see as it was given.
  return kept === '' ? abstract : kept;
}
