/**
 * Two defined long forms of which one is the other less its first word, a modifier: "artificial neural
 * network (ANN)" and "neural network (NN)". Whether they name one thing or a kind and its family is not in
 * the words ("recurrent neural network (RNN)" is one kind of neural network among others); it is in how the
 * papers write them. A paper that writes the longer one and, for the same thing, the shorter one alone —
 * "we propose using artificial neural networks … the neural network is trained", "Neural networks for web
 * content filtering" over an abstract on "artificial neural networks" — and no other kind of it ("recurrent
 * neural network" beside it would make the bare "neural network" the family) uses the modifier as a
 * reminder, not to set a kind apart. When papers enough do so (`MIN_PAPERS`, and `MIN_SHARE` of the papers
 * that write both), the two are one concept, named after the one more papers write: the 1,500-paper
 * Inspec library had "Neural networks" (NN) and "Artificial neural network" (ANN) as two concepts (review 21
 * finding 17). A shorter form of one word ("nets" of "Petri nets") is a word, no term: only shorter forms of
 * two words or more are read.
 */

/**
 * Nor when either is written by more than this share of the collection's papers: then it is the collection's
 * field, which its papers name in passing whatever kind of it they are about, and a kind of it is what sets
 * some of them apart ("deep reinforcement learning" among 119 papers on reinforcement learning, "large language
 * models" beside "language models" where two in five write the former).
 */
const FIELD_SHARE = 1 / 5;
/** Papers that must write the two for one thing: one paper's usage is no collection's. */
const MIN_PAPERS = 2;
/** And this share of the papers that write both: a kind that a few of its papers shorten stays a kind. */
const MIN_SHARE = 1 / 3;

export interface ShorteningInput {
  /** Short form id → the long form id the collection reads it as. */
  longOf: ReadonlyMap<string, string>;
  /** How many papers there are. */
  papers: number;
  /** A paper's words as identities, single spaces between them and around the whole, "|" at sentence ends and punctuation. */
  textOf: (doc: number) => string;
  /** The long form a short form stands for in a paper, if it stands for one there. */
  readsAs: (doc: number, shortId: string) => string | undefined;
  /** Identities of function words ("the", "a"): no modifier. */
  stopIds: ReadonlySet<string>;
  /** The identities of a paper's noun phrases (its candidates). */
  phrasesOf: (doc: number) => Iterable<string>;
}

/** Long form id → the long form id it is merged into (the other of its pair). */
export function shortenedLongForms(input: ShorteningInput): Map<string, string> {
  const { longOf, papers, textOf, readsAs, stopIds, phrasesOf } = input;
  const longs = new Map<string, string[]>();
  for (const [short, long] of longOf) {
    const shorts = longs.get(long);
    if (shorts) shorts.push(short);
    else longs.set(long, [short]);
  }
  const pairs: { longer: string; shorter: string }[] = [];
  for (const longer of longs.keys()) {
    const at = longer.indexOf(' ');
    if (at < 0) continue;
    const shorter = longer.slice(at + 1);
    const modifier = longer.slice(0, at);
    if (shorter.split(' ').length < 2 || !longs.has(shorter) || stopIds.has(modifier)) continue;
    pairs.push({ longer, shorter });
  }
  const out = new Map<string, string>();
  if (pairs.length === 0) return out;
  // The papers one of whose phrases holds a pair's shorter form or is one of their short forms: only those can write either.
  const shorterForms = [...new Set(pairs.map((p) => p.shorter))];
  const shortForms = new Set(pairs.flatMap((p) => [...(longs.get(p.longer) ?? []), ...(longs.get(p.shorter) ?? [])]));
  const papersWith = new Map<string, number[]>();
  const add = (key: string, doc: number) => {
    const list = papersWith.get(key);
    if (list === undefined) papersWith.set(key, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };
  for (let doc = 0; doc < papers; doc++) {
    for (const phrase of phrasesOf(doc)) {
      if (shortForms.has(phrase)) add(phrase, doc);
      if (!phrase.includes(' ')) continue;
      const spaced = ` ${phrase} `;
      for (const shorter of shorterForms) if (spaced.includes(` ${shorter} `)) add(shorter, doc);
    }
  }
  for (const { longer, shorter } of pairs) {
    // The other kinds the collection defines: "recurrent neural network (RNN)" beside "artificial neural network".
    const otherKinds = [...longs.keys()].filter((l) => l !== longer && l.endsWith(` ${shorter}`));
    const shortsOf = (long: string) => longs.get(long) ?? [];
    const writes = (doc: number, text: string, long: string) => text.includes(` ${long} `) || shortsOf(long).some((s) => text.includes(` ${s} `) && readsAs(doc, s) === long);
    let usingLonger = 0;
    let usingShorter = 0;
    let both = 0;
    let oneThing = 0;
    const candidates = new Set([shorter, ...(longs.get(longer) ?? []), ...(longs.get(shorter) ?? [])].flatMap((w) => papersWith.get(w) ?? []));
    for (const doc of candidates) {
      const text = textOf(doc);
      const longerHere = writes(doc, text, longer);
      if (longerHere) usingLonger++;
      // The shorter one alone: not as the end of the longer one.
      const alone = text.split(` ${longer} `).join(' | ');
      const shorterHere = writes(doc, alone, shorter);
      if (shorterHere) usingShorter++;
      if (longerHere && shorterHere) both++;
      if (longerHere && shorterHere && !otherKinds.some((k) => writes(doc, text, k)) && sameThing(text, phrasesOf(doc), longer, shorter)) oneThing++;
    }
    if (oneThing < MIN_PAPERS || oneThing < MIN_SHARE * both || Math.max(usingLonger, usingShorter) > FIELD_SHARE * papers) continue;
    // Named after the one more papers write; on a tie, the shorter.
    if (usingLonger > usingShorter) out.set(shorter, longer);
    else out.set(longer, shorter);
  }
  // A long form merged into one that is itself merged away goes where that one goes.
  for (const [from, to] of out) {
    let end = to;
    for (let hops = 0; out.has(end) && hops < out.size; hops++) end = out.get(end)!;
    if (end !== from) out.set(from, end);
    else out.delete(from);
  }
  return out;
}

/**
 * Whether the paper's noun phrases (`phrases`) hold no other kind of the shorter form: none ends in it but the
 * longer one, phrases that hold the longer one, and the longer one's own modifiers as the paper writes them
 * ("a dedicated artificial neural network … the dedicated neural network"). One other kind ("fuzzy neural
 * network", "recurrent neural network") makes the bare form the family's name in that paper; a verb before it
 * ("using neural networks") is none.
 */
function sameThing(text: string, phrases: Iterable<string>, longer: string, shorter: string): boolean {
  for (const p of phrases) {
    if (p === shorter || p === longer || !p.endsWith(` ${shorter}`) || p.endsWith(` ${longer}`)) continue;
    if (text.includes(` ${p.slice(0, -shorter.length)}${longer} `)) continue;
    return false;
  }
  return true;
}
