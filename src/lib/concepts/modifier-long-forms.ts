/**
 * Long forms that the collection writes only as the modifier of one noun: "proportional-integral-derivative (PID)
 * controller", "proportional-integral-derivative controllers". The bracket sits inside a longer name, so the long
 * form names no thing of its own: the term is the long form with its noun, and the short form written alone ("better
 * than a PID", "multiple parameter PID") is that term said short, as "PID controller" is. Read as a term of its own,
 * the modifier was a concept beside the phrase's: the 500-paper Inspec test library showed
 * "Proportional-integral-derivative (PID)" beside "PID controller" (review 43).
 *
 * A long form that some paper writes before another word ("support vector machine (SVM) is trained", "support
 * vector machines classify") or alone names a thing, and stays itself; so does one whose noun says what kind of thing
 * the words before it are ("neural network (NN) models", "genetic algorithm (GA) approach": `noHead`), one that ends in a
 * noun ("switched reluctance motor (SRM) drive": a motor is a thing, whatever the collection says of it), or that no
 * paper writes as a noun phrase with its noun ("(GA) based"). Reading a paper's words as identities, "|" standing
 * for punctuation, the short form's brackets are "| PID |".
 */

export interface ModifierInput {
  /** The collection's definitions: short form, long form (one spelling per name) and paper, as identities. */
  defined: readonly { shortId: string; longId: string; doc: number }[];
  /** Long forms that some definition spells another way ("microscoscopy"): their papers' text may not write them, so they are left be. */
  spelledOtherwise: ReadonlySet<string>;
  /** How many papers there are. */
  papers: number;
  /** A paper's words as identities, single spaces between them and around the whole, "|" at sentence ends and punctuation. */
  textOf: (doc: number) => string;
  /** The identities of a paper's candidate phrases, and whether each stands whole somewhere in the paper (not only inside a longer one). */
  phrasesOf: (doc: number) => Iterable<{ id: string; whole: boolean }>;
  /** Whether a word is no head of a name of its own: a function word, or a word for a kind of thing ("models", "method"). */
  noHead: (id: string) => boolean;
  /**
   * Whether, in a paper that defines the short form, a noun phrase ends right before its brackets: the long form
   * ends in a noun and names a thing ("switched reluctance motor (SRM) drive"), written as a modifier or not.
   */
  namesAThing: (doc: number, shortId: string) => boolean;
}

/** Long form id → the identity of the one noun that the collection writes it before ("controller"). */
export function modifierLongForms(input: ModifierInput): Map<string, string> {
  const { defined, spelledOtherwise, papers, textOf, phrasesOf, noHead, namesAThing } = input;
  const shortsOf = new Map<string, Set<string>>();
  const definers = new Map<string, Set<number>>();
  const things = new Set<string>();
  for (const d of defined) {
    if (spelledOtherwise.has(d.longId)) continue;
    if (namesAThing(d.doc, d.shortId)) things.add(d.longId);
    let shorts = shortsOf.get(d.longId);
    if (!shorts) shortsOf.set(d.longId, (shorts = new Set()));
    shorts.add(d.shortId);
    let docs = definers.get(d.longId);
    if (!docs) definers.set(d.longId, (docs = new Set()));
    docs.add(d.doc);
  }
  // The noun every definition writes after the short form's brackets.
  const heads = new Map<string, string>();
  for (const [long, docs] of definers) {
    if (things.has(long)) continue;
    const head = oneHead(
      [...docs].map((doc) => textOf(doc)),
      long,
      shortsOf.get(long)!,
    );
    if (head !== undefined && !noHead(head)) heads.set(long, head);
  }
  if (heads.size === 0) return heads;
  // The other papers that may write the long form: those with a phrase that holds it. A name is a noun phrase, so
  // a paper that writes the long form as one ("tuned proportional-integral-derivative controllers") has a phrase
  // that holds it; a modifier outside every phrase stands before some word that is none.
  const writers = new Map<string, Set<number>>([...heads.keys()].map((long) => [long, new Set(definers.get(long))]));
  /** The phrases the long form and its noun make, with the long form or a short form of it before the noun. */
  const named = new Set<string>();
  const phrases = new Map<string, string>();
  for (const [long, head] of heads) {
    for (const name of [long, ...shortsOf.get(long)!]) phrases.set(`${name} ${head}`, long);
  }
  for (let doc = 0; doc < papers; doc++) {
    for (const { id, whole } of phrasesOf(doc)) {
      const long = phrases.get(id);
      if (long !== undefined && whole) named.add(long);
      if (!id.includes(' ')) continue;
      const spaced = ` ${id} `;
      for (const [l, docs] of writers) if (spaced.includes(` ${l} `)) docs.add(doc);
    }
  }
  for (const [long, docs] of writers) {
    if (!named.has(long) || oneHead([...docs].map((doc) => textOf(doc)), long, shortsOf.get(long)!) !== heads.get(long)) heads.delete(long);
  }
  return heads;
}

/** Enough of the text after a long form to hold its short form in brackets and the word after them. */
const AFTER_CHARS = 200;

/**
 * The identity of the word that every place the texts write the long form puts after it, directly or after a short
 * form of it in brackets ("… derivative | PID | controller"); undefined if some place puts none, or another.
 */
function oneHead(texts: readonly string[], long: string, shorts: ReadonlySet<string>): string | undefined {
  const needle = ` ${long} `;
  let head: string | undefined;
  for (const text of texts) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const next = wordAfter(text.slice(at + needle.length, at + needle.length + AFTER_CHARS).split(' ', 4), shorts);
      if (next === undefined || (head !== undefined && next !== head)) return undefined;
      head = next;
    }
  }
  return head;
}

/** The word a long form is written before, given the tokens after it: the next one, or the one after its short form's brackets. */
function wordAfter(tokens: readonly string[], shorts: ReadonlySet<string>): string | undefined {
  let k = 0;
  if (tokens[k] === '|') {
    if (!shorts.has(tokens[k + 1] ?? '') || tokens[k + 2] !== '|') return undefined;
    k += 3;
  }
  const word = tokens[k];
  return word === undefined || word === '' || word === '|' ? undefined : word;
}
