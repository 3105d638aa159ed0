/**
 * Why two papers are linked, in the one wording both places that say it use: the paper pages' related cards
 * (./paper-page.ts `relatedWhy`, rendered by src/components/site/RelatedList.astro) and the graph explorer's
 * selection panel (src/client/graph/link-reasons.ts `linkReason`), so that the two cannot word a link apart.
 * No imports: the explorer's bundle takes this module in, and nothing of the site's modules with it.
 *
 * "Shares A and B", the concepts both papers show; "both mention C", those one of them only mentions (review
 * 18 M2); "and 2 more"; or, for a link that shares no concept, "Similar wording: w, x and y", the words it rests
 * on (review 18 M1), or "Similar wording" where none are recorded.
 */

/** A piece of a "why" line: plain text, or a concept (the paper pages link it to its page). */
export type WhyPart<C> = { text: string } | { concept: C };

/** What a link's "why" is worded from; `words` counts only where it names no concept. */
export interface LinkWhy<C> {
  /** Concepts both papers show, strongest first. */
  shared: readonly C[];
  /** Concepts one of the two only mentions. */
  mentioned: readonly C[];
  /** How many more concepts the link shares than are named. */
  more: number;
  words: readonly string[];
}

/** A link's "why" line, in pieces. */
export function linkWhy<C>(link: LinkWhy<C>): WhyPart<C>[] {
  const { shared, mentioned, more, words } = link;
  if (shared.length === 0 && mentioned.length === 0) {
    if (words.length === 0) return [{ text: 'Similar wording' }];
    const last = words[words.length - 1];
    return [{ text: `Similar wording: ${words.length === 1 ? last : `${words.slice(0, -1).join(', ')} and ${last}`}` }];
  }
  const parts: WhyPart<C>[] = [];
  // A list's last item takes " and ", unless "and N more" ends it.
  const list = (head: string, concepts: readonly C[], last: boolean) => {
    parts.push({ text: head });
    concepts.forEach((concept, i) => {
      if (i > 0) parts.push({ text: i === concepts.length - 1 && !(last && more > 0) ? ' and ' : ', ' });
      parts.push({ concept });
    });
  };
  if (shared.length > 0) list('Shares ', shared, mentioned.length === 0);
  if (mentioned.length > 0) list(shared.length > 0 ? '; both mention ' : 'Both mention ', mentioned, true);
  if (more > 0) parts.push({ text: ` and ${more} more` });
  return parts;
}

/** A "why" line as plain text, each concept by `name`. */
export function whyText<C>(parts: readonly WhyPart<C>[], name: (concept: C) => string): string {
  return parts.map((p) => ('text' in p ? p.text : name(p.concept))).join('');
}
