/**
 * The initials a field calls a journal, conference series or institution by, made from its name, so that a
 * search for them finds its papers: "The New England Journal of Medicine" and "N Engl J Med" are NEJM,
 * "Physical Review Letters" and "Phys. Rev. Lett." PRL, "Proc. Natl. Acad. Sci. USA" PNAS, "National Bureau of
 * Economic Research" NBER, "IEEE Transactions on Pattern Analysis and Machine Intelligence" TPAMI. Searched
 * only, never shown: the byline shows the name. A word in capitals (IEEE, USA) is an acronym of its own and
 * searchable already, so it gives no letter; lowercase words (of, the, on) give none either. Names of fewer
 * than three such words give nothing: two letters ("Nature Physics", NP) would find papers by chance.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A capitalised word: a capital, then at least one lowercase letter, or one capital alone ("N Engl J Med"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}[\p{L}\p{N}]*)?$/u;
const MIN_LETTERS = 3;

export function venueInitials(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const words = (name.match(WORD) ?? []).filter((w, k) => !(k === 0 && w === 'The'));
  const initials = words.filter((w) => CAPITALISED.test(w)).map((w) => w[0]!);
  return initials.length >= MIN_LETTERS ? initials.join('') : undefined;
}
