/**
 * Why two papers are linked, in the one wording both places that say it use: the paper pages' related cards
 * (./paper-page.ts `relatedWhy`, rendered by src/components/site/RelatedList.astro) and the graph explorer's
 * selection panel (src/client/graph/link-reasons.ts `linkReason`), so that the two cannot word a link apart.
 * No imports: the explorer's bundle takes this module in, and nothing of the site's modules with it.
 *
 * "Shares A and B", the concepts both papers show; "both mention C", those one of them only mentions (review
 * 18 M2); "and 2 more"; or, for a link that shares no concept, "Similar wording: w, x and y", the words it rests
 * on (review 18 M1), or "Similar wording" where none are recorded. A link whose concepts are all carried by a
 * large share of the papers says "Same broad area: A and B" (review 22 finding 5); words the two abstracts share
 * that outweigh the named concepts follow as "; similar wording: w and x".
 */

/**
 * A link's shared concepts less each one a narrower concept among them names already: "Web site" says what
 * "Site" would, and the card's "Shares Site and Web site" counted one reason twice (review 43 finding 4).
 */
export function withoutBroader(ids: readonly string[], narrowerOf: (id: string) => readonly string[] | undefined): string[] {
  // Most concepts have no narrower one: the set is made only for a list that holds one that has.
  let listed: Set<string> | undefined;
  return ids.filter((id) => {
    const narrower = narrowerOf(id);
    if (narrower === undefined || narrower.length === 0) return true;
    listed ??= new Set(ids);
    return !narrower.some((n) => listed!.has(n));
  });
}

/** A piece of a "why" line: plain text, or a concept (the paper pages link it to its page). */
export type WhyPart<C> = { text: string } | { concept: C };

/** What a link's "why" is worded from; `words`: those it rests on where it names no concept, else those that outweigh its concepts. */
export interface LinkWhy<C> {
  /** Concepts both papers show, strongest first. */
  shared: readonly C[];
  /** Concepts one of the two only mentions. */
  mentioned: readonly C[];
  /** How many more concepts the link shares than are named. */
  more: number;
  words: readonly string[];
  /** Its concepts are all broad ones, each carried by a large share of the papers: they name the area only. */
  broad?: boolean | undefined;
}

/** A link's "why" line, in pieces. */
export function linkWhy<C>(link: LinkWhy<C>): WhyPart<C>[] {
  const { shared, mentioned, more, words } = link;
  if (shared.length === 0 && mentioned.length === 0) {
    return [{ text: words.length === 0 ? 'Similar wording' : `Similar wording: ${joinWords(words)}` }];
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
  if (link.broad) list('Same broad area: ', [...shared, ...mentioned], true);
  else {
    if (shared.length > 0) list('Shares ', shared, mentioned.length === 0);
    if (mentioned.length > 0) list(shared.length > 0 ? '; both mention ' : 'Both mention ', mentioned, true);
  }
  if (more > 0) parts.push({ text: ` and ${more} more` });
  if (words.length > 0) parts.push({ text: `; similar wording: ${joinWords(words)}` });
  return parts;
}

/** "w", "w and x", "w, x and y". */
function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A "why" line as plain text, each concept by `name`. */
export function whyText<C>(parts: readonly WhyPart<C>[], name: (concept: C) => string): string {
  return parts.map((p) => ('text' in p ? p.text : name(p.concept))).join('');
}
