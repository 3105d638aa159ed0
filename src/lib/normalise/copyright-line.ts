/**
 * The publisher's line that Scopus, Crossref and PubMed leave at the end of an abstract ("© 2022 Elsevier Ltd.
 * All rights reserved.", "Copyright © 2020 John Wiley & Sons, Ltd.", "(c) 2021 The Authors"): no words of the
 * authors', and its names ("Elsevier", "Wiley") would otherwise be read as the paper's concepts. Only a line at
 * the very end, after a sentence, whose mark a year or "The Author(s)" follows is taken off.
 */
// The mark (©, (c) or the word), then at once a year or "The Author(s)": "(c) evaluate on data from 2019", an
// enumeration, and "Copyright infringement cases filed in 2000" are the authors' sentences.
const TAIL = /(?:^|(?<=[.!?)\]"”’]))\s*(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d{2}\b|the\s+authors?\b)[^©]{0,200}$/iu;

export function withoutCopyrightLine(abstract: string): string {
  const m = TAIL.exec(abstract);
  if (!m) return abstract;
  const kept = abstract.slice(0, m.index).trimEnd();
  // An abstract that is only such a line is left for the empty-abstract check to see as it was given.
  return kept === '' ? abstract : kept;
}
