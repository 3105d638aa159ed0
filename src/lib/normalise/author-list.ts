/**
 * The author list of a paper read from several records. Exports of one paper differ in two ways: one cuts the
 * list (Zotero's two of Keeling's seven names), and one writes given names as initials (Scopus's "P. Horby"
 * beside PubMed's "Peter Horby"). The page keeps every person any record names, and each person as fully as
 * any record spells them, but only where the lists are plainly one list: the shorter one's people appear in
 * the longer one in the same order, known by family name and initials. Lists that disagree on who wrote the
 * paper are not mixed; the longer one is taken whole, as before.
 */
import { partsOf, type NameParts } from '../cite/person-name';
import { foldForComparison } from './dedupe';

export interface AuthorList {
  authors: string[];
  literalAuthors?: string[];
  nameParts?: NameParts[];
  etAl?: boolean;
}

interface Person {
  name: string;
  /** The family name folded (an organisation: its whole name), for comparing spellings. */
  family: string;
  /** The given names' initials, in capitals: "WS" for "Wei Shen" and for "W.S.". */
  initials: string;
  /** Letters written in the given names: what makes "Wei Shen" fuller than "W.S.". */
  givenLetters: number;
  literal: boolean;
  parts?: NameParts;
}

function people(list: AuthorList): Person[] {
  return list.authors.map((name) => {
    const parts = list.nameParts?.find((p) => p.name === name);
    if (list.literalAuthors?.includes(name)) return { name, family: foldForComparison(name), initials: '', givenLetters: 0, literal: true };
    const { given, family } = partsOf(name, list.nameParts);
    const words = (given ?? '').split(/[\s.\-‐]+/u).filter((w) => w !== '');
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    const givenLetters = words.reduce((n, w) => n + [...w].length, 0);
    return { name, family: foldForComparison(family), initials, givenLetters, literal: false, ...(parts ? { parts } : {}) };
  });
}

/** One person in two spellings: the same family name, and initials of which one list's start the other's ("P" and "PW"). */
function samePerson(a: Person, b: Person): boolean {
  if (a.literal !== b.literal || a.family !== b.family || a.family === '') return false;
  return a.initials.startsWith(b.initials) || b.initials.startsWith(a.initials);
}

/** For each of `shorter`'s people, where they stand in `longer`, in order; undefined when some are not there. */
function embed(shorter: Person[], longer: Person[]): number[] | undefined {
  const at: number[] = [];
  let j = 0;
  for (const person of shorter) {
    // The earliest place that fits: if any in-order placing exists, this one does.
    while (j < longer.length && !samePerson(person, longer[j]!)) j++;
    if (j === longer.length) return undefined;
    at.push(j++);
  }
  return at;
}

/**
 * The list the page shows, `current` being the page's so far: the longer list's people, each spelled as the
 * fuller of the two spellings (a tie keeps the one the list had), when the shorter list's people are among
 * them in order; else the longer list (`current` when neither is longer).
 */
export function mergeAuthorLists(current: AuthorList, other: AuthorList): AuthorList {
  const [base, extra] = other.authors.length > current.authors.length ? [other, current] : [current, other];
  const basePeople = people(base);
  const extraPeople = people(extra);
  const at = embed(extraPeople, basePeople);
  if (at === undefined) return base;
  const chosen = [...basePeople];
  at.forEach((j, i) => {
    if (extraPeople[i]!.givenLetters > chosen[j]!.givenLetters) chosen[j] = extraPeople[i]!;
  });
  const literal = chosen.filter((p) => p.literal).map((p) => p.name);
  const parts = chosen.flatMap((p) => (p.parts ? [p.parts] : []));
  return {
    authors: chosen.map((p) => p.name),
    ...(literal.length > 0 ? { literalAuthors: literal } : {}),
    ...(parts.length > 0 ? { nameParts: parts } : {}),
    ...(base.etAl !== undefined ? { etAl: base.etAl } : {}),
  };
}
