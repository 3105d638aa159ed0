/**
 * Concept rows in search results without indexing concept pages. Every concept page lists papers, and
 * each indexed paper page carries its concepts (id and label) as Pagefind metadata; the concepts named
 * like the query are picked from the papers a search has already loaded. Keeping ~1.5 concept pages per
 * paper out of the index keeps Pagefind's page table (`pf_meta`, fetched by every first search) at the
 * size of the paper count.
 */
import { METHOD_WORDS } from '../concepts/method-words';
import { shortFormSingular } from '../concepts/short-form';

export interface ConceptRef {
  id: string;
  label: string;
  /** As the concept registry spells it (e.g. "RLHF"): shown in the row, where normalised names are lower case. */
  abbreviation?: string | undefined;
}

/**
 * Text for the `concepts` metadata of a paper page: `id=label` or `id=label=abbreviation` entries
 * separated by spaces, each part URI-encoded, so names from user files can hold any character without
 * breaking the list.
 */
export function encodeConceptRefs(refs: readonly ConceptRef[]): string {
  return refs
    .map((r) => [r.id, r.label, ...(r.abbreviation ? [r.abbreviation] : [])].map(encodeURIComponent).join('='))
    .join(' ');
}

/** Reads `encodeConceptRefs` output; malformed pairs are skipped, never thrown on (the index is data). */
export function decodeConceptRefs(text: string | undefined): ConceptRef[] {
  if (!text) return [];
  const out: ConceptRef[] = [];
  for (const entry of text.trim().split(/\s+/)) {
    const parts = entry.split('=');
    if (parts.length < 2 || parts.length > 3) continue;
    try {
      const [id, label, abbreviation] = parts.map(decodeURIComponent) as [string, string, string | undefined];
      if (id !== '' && label !== '') out.push({ id, label, ...(abbreviation ? { abbreviation } : {}) });
    } catch {
      // A broken escape sequence: skip this entry only.
    }
  }
  return out;
}

export interface ConceptMatch extends ConceptRef {
  /**
   * A query (or one of its alias variants) is one of the concept's names in full, or is one followed by a
   * word for a way of working ("finite element method" for "Finite element", ../concepts/method-words.ts).
   */
  exact: boolean;
  /** How many of the loaded papers carry it. */
  papers: number;
  /** The concept's other names for an "also written as" line: its abbreviation as spelled, then the rest normalised. */
  otherNames: string[];
}

/**
 * Concepts of the loaded papers (best paper first) whose names match a query: exact name matches first
 * (a name as typed before one with a method word after it), then names holding every word of a query as a
 * word prefix, most often carried first. `namesOf` gives
 * a label's normalised names (label, abbreviation, aliases) from the alias
 * map; `normalise` is the same normaliser the queries went through.
 */
export function matchConcepts(
  papers: ReadonlyArray<readonly ConceptRef[]>,
  queries: readonly string[],
  namesOf: (label: string) => readonly string[],
  normalise: (text: string) => string,
  max: number,
): ConceptMatch[] {
  if (max <= 0) return [];
  const wanted = queries.map(normalise).filter((q) => q !== '');
  if (wanted.length === 0) return [];
  // "finite element method(s)": the concept stage tags it "Finite element", and the query names that concept.
  const headless = wanted.flatMap((q) => {
    const at = q.lastIndexOf(' ');
    const head = q.slice(at + 1);
    return at > 0 && [head, head.replace(/s$/, ''), head.replace(/es$/, ''), head.replace(/ies$/, 'y')].some((w) => METHOD_WORDS.includes(w)) ? [q.slice(0, at)] : [];
  });
  // Short forms as the reader typed them ("IS", "AI"): such a word names an abbreviation only as written
  // (the lowercase "is" is no "IS", information systems) and is a whole word, never the start of a longer
  // one ("AI" is not "Airports").
  const typedWords = queries.flatMap((q) => q.match(/[\p{L}\p{N}]+/gu) ?? []);
  const typedShortForms = new Set(typedWords.flatMap((w) => shortFormSingular(w) ?? []));
  const wholeWords = new Set(typedWords.filter((w) => shortFormSingular(w) !== undefined).map(normalise));
  const found = new Map<string, ConceptMatch & { rank: number; order: number }>();
  let order = 0;
  for (const refs of papers) {
    for (const ref of refs) {
      const seen = found.get(ref.id);
      if (seen) {
        seen.papers++;
        continue;
      }
      const own = normalise(ref.label);
      // The abbreviation rides along in the index, so "RLHF" names its concept even without the alias map;
      // one with capitals only when typed so (the alias map holds it lowercased when that spells no word the papers write).
      const spelled = ref.abbreviation ? shortFormSingular(ref.abbreviation) : undefined;
      const ownAbbreviation = ref.abbreviation && (spelled === undefined || typedShortForms.has(spelled)) ? [normalise(ref.abbreviation)] : [];
      const names = [...new Set([own, ...ownAbbreviation, ...namesOf(ref.label)])].filter((n) => n !== '');
      const rank = names.some((n) => wanted.includes(n)) ? 2 : names.some((n) => headless.includes(n)) ? 1 : 0;
      // A variant's words are whole words: "fea", the variant of "finite element analysis", named "Design features".
      if (!rank && !wanted.some((q, i) => names.some((n) => holdsWords(n, q, i === 0 ? wholeWords : undefined)))) continue;
      const abbreviation = ref.abbreviation && normalise(ref.abbreviation) !== own ? ref.abbreviation : undefined;
      const rest = names.filter((n) => n !== own && (abbreviation === undefined || n !== normalise(abbreviation)));
      found.set(ref.id, { ...ref, exact: rank > 0, papers: 1, otherNames: [...(abbreviation ? [abbreviation] : []), ...rest], rank, order: order++ });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.rank - a.rank || b.papers - a.papers || a.order - b.order)
    .slice(0, max)
    .map(({ rank: _rank, order: _order, ...match }) => match);
}

/**
 * Every word of `query` starts a word of `name` (as Pagefind matches words: by prefix, as typed so far), but
 * a short form typed as one (`whole`) is the whole word, plural aside, and so is every word of a query not
 * typed (`whole` undefined: an alias variant).
 */
function holdsWords(name: string, query: string, whole: ReadonlySet<string> | undefined): boolean {
  const words = name.split(' ');
  return query.split(' ').every((q) => words.some((w) => (!whole || whole.has(q) ? w === q || w === `${q}s` : w.startsWith(q))));
}
