/**
 * A structured abstract's section labels ("Background: … Methods: … Results: … Conclusions: …", or in capitals,
 * as medicine and agronomy journals write them): on the page each section starts a paragraph of its own with its
 * label in bold, as the journal prints it; run together they read as one block (review 14 L4). A label is one to
 * four capitalised words (with "and", "of", "&" between, the word after them in lower case too, as Scopus writes
 * "Materials and methods:") ending in a colon, at the start of the text or of a sentence; only a text with two or
 * more is read so, as one alone may be a name ("TESS: we present…").
 */

const LABEL = /(?<=^|[.;!?]\s+)\p{Lu}[\p{L}]*(?:\s+(?:(?:and|of|&)(?:\s+\p{Ll}[\p{L}]*)?|\p{Lu}[\p{L}]*)){0,3}:(?=\s+\S)/gu;

export interface SectionLabel {
  start: number;
  /** Just after the colon. */
  end: number;
}

export function sectionLabels(abstract: string): SectionLabel[] {
  const labels = [...abstract.matchAll(LABEL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return labels.length >= 2 ? labels : [];
}
