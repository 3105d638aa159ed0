/**
 * For every concept, the papers whose title or abstract names it but that do not carry it as a tag. A paper
 * carries at most `conceptsPerPaper` tags, preferring concepts few papers share, so a broad concept's tags
 * are a small part of the papers about it: at 1,600 Inspec abstracts "Neural networks" was a tag of 15
 * papers and named by 41. Its page lists these others too.
 */
import type { ConceptIndex } from '../model/concepts';
import type { PaperMentions } from './concept-mentions';

export interface MentionedIn {
  /** How many papers name the concept without carrying it. */
  count: number;
  /** The first of them (at most `listed`): most mentions first, then by slug. */
  papers: string[];
}

/**
 * Papers listed per concept. concepts.json holds every concept page's list and the page shows it whole: a
 * broad concept of 10,000 papers is named by hundreds more than carry it, whose titles would outweigh the rest
 * of its page, while a reader looking for them all has search. Twenty titles are about 4 kB of a page's HTML; at 1,625 Inspec and bundled abstracts a concept page gained 0.6 kB on average.
 */
export const MENTIONED_LISTED = 20;

/**
 * By concept id, for the concepts some paper names without carrying: `mentions` are the papers' mentions
 * less what the user removed from them (`paperMentions`), so a paper a concept was removed from is not listed.
 */
export function conceptsMentionedIn(
  index: Pick<ConceptIndex, 'byPaper'>,
  mentions: PaperMentions,
  listed: number = MENTIONED_LISTED,
): Map<string, MentionedIn> {
  const byConcept = new Map<string, Array<{ slug: string; times: number }>>();
  for (const [slug, found] of mentions) {
    const tags = Object.hasOwn(index.byPaper, slug) ? index.byPaper[slug]! : [];
    for (const [id, times] of found) {
      if (times <= 0 || tags.some((t) => t.id === id)) continue;
      let papers = byConcept.get(id);
      if (!papers) byConcept.set(id, (papers = []));
      papers.push({ slug, times });
    }
  }
  const result = new Map<string, MentionedIn>();
  for (const id of [...byConcept.keys()].sort(compare)) {
    const papers = byConcept.get(id)!;
    papers.sort((a, b) => b.times - a.times || compare(a.slug, b.slug));
    result.set(id, { count: papers.length, papers: papers.slice(0, Math.max(0, listed)).map((p) => p.slug) });
  }
  return result;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
