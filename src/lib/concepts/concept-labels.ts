/**
 * How a concept's label is written from the forms the papers write it in: a name's capitals, the short form's
 * plural, the hyphens of a compound.
 */
import type { DocumentWords } from './ranked-document';
import { best } from './votes';
import { STARTS_UPPER } from './word-shape';

export const UNICODE_HYPHENS = /[\u2010\u2011]/g;
const HYPHENS = /[-\u2010\u2011]/g;
export const hyphensAsSpaces = (text: string): string => text.replace(HYPHENS, ' ');
/** Two words or more, each (and each part of a hyphenated one) opening with a capital. */
export const EVERY_WORD_CAPITALISED = /^\p{Lu}[\p{L}\p{N}]*(?:[-‐‑]\p{Lu}[\p{L}\p{N}]*)*(?:\s+\p{Lu}[\p{L}\p{N}]*(?:[-‐‑]\p{Lu}[\p{L}\p{N}]*)*)+$/u;
/** A long form's endings of two words or more, lowercase with hyphens as spaces, if every word is capitalised; else none. */
export function capitalisedEndings(long: string): string[] {
  if (!EVERY_WORD_CAPITALISED.test(long)) return [];
  const words = hyphensAsSpaces(long.toLowerCase()).split(/\s+/);
  return words.slice(0, -1).map((_, k) => words.slice(k).join(' '));
}

/** How the corpus writes a phrase of several words inside sentences: papers that capitalise it as a name of its own, and whether any writes it otherwise. */
export interface NameCase {
  papers: Set<number>;
  otherwise: boolean;
}

/** Papers that must capitalise a phrase, and none write it otherwise, for its capitals to be a name's. */
const NAME_PAPERS = 2;

/**
 * "the United States military", "in the northeastern United States": every word capitalised inside a
 * sentence, between words that are not, is how a name is written ("States" alone is no name: the corpus
 * writes "states" too). A run inside longer title case ("the United States Courts", "Proximal Policy
 * Optimization") says nothing; the title and a sentence's first word neither.
 */
export function voteNameCase(votes: Map<string, NameCase>, cid: string, doc: number, words: DocumentWords, start: number, length: number, titleWords: number): void {
  if (start < titleWords || start === 0 || words.sentences[start - 1] !== words.sentences[start]) return;
  const capitalised = (k: number) => k >= 0 && k < words.texts.length && words.sentences[k] === words.sentences[start] && STARTS_UPPER.test(words.texts[k]!);
  let v = votes.get(cid);
  if (!v) votes.set(cid, (v = { papers: new Set(), otherwise: false }));
  let all = true;
  for (let k = start; k < start + length; k++) if (!STARTS_UPPER.test(words.texts[k]!)) all = false;
  if (!all) v.otherwise = true;
  else if (!capitalised(start - 1) && !capitalised(start + length)) v.papers.add(doc);
}

/** The label of a concept the corpus writes as a name (`voteNameCase`): its most used form with every word capitalised. */
export function properName(v: NameCase | undefined, surfaces: Map<string, number>): string | undefined {
  if (!v || v.otherwise || v.papers.size < NAME_PAPERS) return undefined;
  const forms = new Map([...surfaces].filter(([form]) => form.split(' ').every((w) => STARTS_UPPER.test(w))));
  return best(forms);
}

export function stripAcronymPlural(s: string): string {
  return /^[\p{Lu}][\p{Lu}\p{N}-]*[\p{Lu}\p{N}]s$/u.test(s) ? s.slice(0, -1) : s;
}

/** Function words a compound may hold: "return-on-investment", "state-of-the-art", "end-to-end". */
const JOINING_WORDS = new Set(['of', 'on', 'in', 'to', 'for', 'at', 'by', 'the', 'and', 'or', 'with', 'per', 'from', 'a', 'an']);
/** Words and what separates them, a space or a hyphen: separators at the odd places of a split. */
const WORD_SEPARATOR = /(\s+|[-‐‑])/;
const SEPARATORS = /[\s\-‐‑]+/g;
const SPACE = /\s/;

/**
 * A label in which a function word inside is hyphened to one neighbour and spaced from the other
 * ("return-on investment"), where the concept's papers also write its words another way ("return-on-investment",
 * "return on investment"), with spaces around that word: the mixed form is a slip between the open noun phrase
 * and the compound modifier, and the noun phrase is the concept's name (review 18 M3: "Return-on investment").
 * A form every paper writes so ("plug-in devices") is left as written.
 */
export function evenJoins(label: string, surfaces: Iterable<string>): string {
  const letters = (text: string) => text.toLowerCase().replace(SEPARATORS, '');
  const mine = letters(label);
  let other = false;
  for (const s of surfaces) if (s !== label && letters(s) === mine) other = true;
  if (!other) return label;
  const parts = label.split(WORD_SEPARATOR);
  for (let k = 2; k < parts.length - 2; k += 2) {
    if (JOINING_WORDS.has(parts[k]!.toLowerCase()) && SPACE.test(parts[k - 1]!) !== SPACE.test(parts[k + 1]!)) parts[k - 1] = parts[k + 1] = ' ';
  }
  return parts.join('');
}
