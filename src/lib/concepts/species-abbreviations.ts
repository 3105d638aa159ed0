/**
 * A species named in full ("Escherichia coli") and as biologists abbreviate it after the first mention
 * ("E. coli"): the second form is an other name of the first's concept where the collection writes it, so
 * that the abbreviation is searched and linked as the name (review 11: "E coli" missed the paper that writes
 * only "Escherichia coli"). Only forms the texts write are added: "Markov chains" gets no "M. chains".
 */

/** "E. coli", "C. elegans", "S. cerevisiae": a capital initial, a full stop, a lowercase epithet. */
const ABBREVIATED = /(?<![\p{L}\p{N}.])(\p{Lu})\.\s?(\p{Ll}{3,})(?![\p{L}\p{N}])/gu;
/** "Escherichia coli": a capitalised genus and a lowercase epithet, nothing else. */
const BINOMIAL = /^(\p{Lu})\p{Ll}+ (\p{Ll}{3,})$/u;

/** The abbreviated binomials `texts` write, as keys: initial and epithet, lowercase ("e coli"). */
export function writtenAbbreviations(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(ABBREVIATED)) out.add(`${m[1]!.toLowerCase()} ${m[2]}`);
  return out;
}

/** "E. coli" for the label "Escherichia coli" when the collection writes it so; undefined otherwise. */
export function binomialAbbreviation(label: string, written: ReadonlySet<string>): string | undefined {
  const m = BINOMIAL.exec(label);
  if (!m || !written.has(`${m[1]!.toLowerCase()} ${m[2]}`)) return undefined;
  return `${m[1]}. ${m[2]}`;
}
