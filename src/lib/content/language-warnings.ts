/**
 * The concept stage's warnings for papers whose text it did not read as English (../concepts/language.ts),
 * each naming the paper's title beside its `file:line` (review 17 L4: five warnings `history-ling.bib:20`,
 * `:35`, … said nothing of which records they were), so a user sees at a glance which papers are affected.
 */
import { nonEnglishWarnings, NON_ENGLISH } from '../concepts/language';
import { excerpt } from '../ingest/position';
import type { PaperRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';

export function namedNonEnglishWarnings(slugs: readonly string[], papers: readonly PaperRecord[], reason: string = NON_ENGLISH): IngestProblem[] {
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  return slugs.flatMap((slug) => {
    const paper = bySlug.get(slug);
    return paper === undefined ? [] : nonEnglishWarnings([slug], papers, `${excerpt(paper.title)}: ${reason}`);
  });
}
