/**
 * The text of a paper that its search entry holds and ./word-list.ts takes its words from: title, byline,
 * venue, the authors' keywords, the abstract, and its concepts' names (indexed as words and metadata; see
 * src/components/search/SearchIndexData.astro).
 */
export interface WordSourcePaper {
  title: string;
  abstract: string;
  authors?: readonly string[] | undefined;
  collaboration?: string | undefined;
  venue?: string | undefined;
  authorKeywords?: readonly string[] | undefined;
}
export interface WordSourceConcept {
  label: string;
  abbreviation?: string | undefined;
  aliases?: readonly string[] | undefined;
}

export function paperWordText(p: WordSourcePaper, concepts: readonly WordSourceConcept[]): string {
  return [
    p.title,
    ...(p.authors ?? []),
    p.collaboration ?? '',
    p.venue ?? '',
    ...(p.authorKeywords ?? []),
    p.abstract,
    ...concepts.flatMap((c) => [c.label, c.abbreviation ?? '', ...(c.aliases ?? [])]),
  ].join('\n');
}
