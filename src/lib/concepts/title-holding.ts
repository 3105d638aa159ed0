/**
 * The concepts a paper's title holds as words of its phrases ("wavelet" in "wavelet packet bases"): which
 * words hold them, which runs of a phrase's words count, how the held words are written, and the collection's
 * concepts lent to the papers whose titles hold them.
 */
import { containsWords, nested } from './nested-tags';
import { wordRuns } from './normalise';
import type { ConceptMention, DocumentWords, KeptCandidate } from './ranked-document';
import type { Chosen, PaperSelection } from './tag-selection';
import { KIND_PREFIX, STARTS_UPPER } from './word-shape';

/** A concept that a phrase of a paper's title holds, the holder's score relative to the paper's best, and the held words' last word as written (`wordForm`). */
export interface HeldRun {
  cid: string;
  rel: number;
  last: string | undefined;
  /** The concept of the title phrase that holds it ("random forest" for "forest"). */
  holder: string;
}

/**
 * The words whose phrases hold the collection's concepts as a title's do (`held`), and the fewest words such a
 * held run has. A title: its words, and any run. A record with none (a keyphrase benchmark's, or one titled by
 * a sentence of its abstract, which the concept stage reads as none: paper-text.ts) has its first sentence,
 * where such texts say what they are about, and only runs of two words or more: "charm quark" of
 * "charm-quark–charm-antiquark", "nuclear reactor" of "nuclear reactor analysis" are what the paper is about,
 * where a single word of the sentence ("particles", "summary") would lend papers of other fields the
 * collection's broadest concepts. Inspec dev read without titles, as one collection of 500: of the tags any
 * run would lend, 2 of 40 one-word ones were gold keyphrases, 3 of 21 longer ones; with runs of two words or
 * more, 24 more tags that link (1,045 → 1,069) and tag F1 macro 27.75 → 27.73.
 */
export function holdingWords(words: DocumentWords, titleWords: number): { words: number; minRun: number } {
  if (titleWords > 0) return { words: titleWords, minRun: 1 };
  const first = words.sentences[0];
  let k = 0;
  while (k < words.sentences.length && words.sentences[k] === first) k++;
  return { words: k, minRun: 2 };
}

/**
 * [from, to) of every run of whole words of a phrase of `n` words ("wavelet", "packet basis", "wavelet packet"
 * and the whole "wavelet packet basis"): the phrase holds itself too, where a piece of it outranked it in its paper.
 */
export function titleRuns(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < n; from++) for (let to = from + 1; to <= n; to++) out.push([from, to]);
  return out;
}

/**
 * Which words of a phrase as written (`surface`, of `n` identity words) come after a hyphen inside a written
 * word: the tail of a compound ("life" of "real-life", "term" of "long-term", "art" of "state-of-the-art",
 * "density" of "high-density", "linearity" of "non-linearity"). The compound says something else than its
 * tail: a run of the phrase's words that opens there is no concept the phrase holds. The compound is a kind
 * of its tail after a derivational prefix (`KIND_PREFIX`: "meta-reinforcement learning"), a letter ("R-trees",
 * "e-commerce") or a name ("Rydberg-atom"): those tails stay, but for a name's after a name ("Indo-European"). (The compound's opening always is: "BERT" of
 * "BERT-based".) Empty where the written words do not line up one by one with the identity's.
 */
export function hyphenTails(surface: string, n: number, isName: (word: string) => boolean): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const token of surface.split(SPACE_RUN)) {
    const parts = token.split(HYPHEN_SPLIT);
    parts.forEach((part, j) => {
      const count = wordRuns(part).length;
      const opener = parts[j - 1];
      // Two names make one ("Indo-European", "Navier-Stokes"): its tail is no name of its own ("Europeans").
      const oneName = STARTS_UPPER.test(part) && isName(part);
      const names = opener !== undefined && (ONE_LETTER.test(opener) || (STARTS_UPPER.test(opener) && isName(opener) && !oneName));
      if (count > 0 && opener !== undefined && !KIND_PREFIX.test(opener) && !names) out.add(k);
      k += count;
    });
  }
  return k === n ? out : new Set();
}
const SPACE_RUN = /\s+/;
export const HYPHEN_SPLIT = /[-\u2010\u2011]/;

/**
 * A letter or a name before the hyphen names a kind of what follows: "R-tree", "T-cell", "Rydberg-atom". (A
 * name is a capitalised word the collection does not write in lowercase: a title's "Real-Time" is no name.)
 */
const ONE_LETTER = /^\p{L}$/u;

/** A candidate key's words, split as `identity` splits them (so the n-th is the n-th stem). */
export function keyWords(key: string): string[] {
  return wordRuns(key).map((t) => t.toLowerCase());
}

/** A word as written, a plural -s aside ("wavelets", "wavelet"). */
export function wordForm(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function inTitle(c: KeptCandidate, titleWords: number): boolean {
  return c.occurrences.some((o) => o.start < titleWords) || c.nested.some((o) => o.start < titleWords);
}

/** What `lendTitleConcepts` reads, and the selection it lends the concepts to. */
export interface TitleLendingInputs {
  /** Per paper: the concepts its title's phrases hold (paper-mentions.ts), with the holder's score and last word. */
  heldBy: readonly HeldRun[][];
  /** Every paper's candidates as the concepts they name: how the collection writes each concept's last word. */
  mentions: readonly ConceptMention[];
  /** Each paper's tags (tag-selection.ts): a lent concept goes in a free place, or in the place of a tag it clashes with. */
  selected: PaperSelection[];
  /** The papers of each concept: which concepts are the collection's; updated with every concept lent and tag it replaces. */
  chosen: Chosen;
  /** Paper → the concepts the user removed from it: never lent back. */
  removedFromPaper: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per paper: qualified phrases no other paper corroborates (`uncorroboratedPhrases`): never lent back. */
  uncorroborated: readonly ReadonlySet<string>[];
  /** A concept's weight by its number of papers (`corpusWeight`): a lent concept's score is its holder's times this. */
  weightOf: (df: number) => number;
  /** The number of papers whose candidates include a concept. */
  dfOf: (cid: string) => number;
  /** Most tags a paper gets. */
  perPaper: number;
}

/**
 * A concept of the collection (on two papers or more) that a phrase of a paper's title holds is that
 * paper's too, beside the phrase: "Wavelet packet bases", "the wavelet transform" and "Gaussian wavelet
 * networks" are papers about wavelets, whose page, filter and links should find them, although the
 * paper never writes "wavelets" alone. It takes a free place among the paper's tags (after any pinned
 * ones), scored by the phrase that holds it. The collection is the one before this step, so the order
 * of the papers changes nothing.
 * A concept one paper carries is the collection's too when the titles of two others hold it: "Scheduling"
 * is a tag of one paper only, the one-word phrase losing to "cane railway scheduling" and "train operator
 * scheduling problem" in the others, whose titles are about scheduling all the same. A phrase that is a
 * concept of the collection itself is a name, whose words need not mean what they mean alone: two papers'
 * "random forests" say nothing of an ecology paper's "Forest".
 * Returned: that collection, the concepts on two papers or more or held by two other papers' titles.
 */
export function lendTitleConcepts(inputs: TitleLendingInputs): Set<string> {
  const { heldBy, mentions, selected, chosen, removedFromPaper, uncorroborated, weightOf, dfOf, perPaper } = inputs;
  const titleHolders = new Map<string, Set<number>>();
  heldBy.forEach((held, i) => {
    for (const h of held) {
      // (A phrase holding itself is no other paper's title about it.)
      if (h.holder === h.cid || (chosen.get(h.holder)?.length ?? 0) >= 2) continue;
      let papers = titleHolders.get(h.cid);
      if (!papers) titleHolders.set(h.cid, (papers = new Set()));
      papers.add(i);
    }
  });
  const othersHolding = (cid: string, carrier: string) => [...(titleHolders.get(cid) ?? [])].filter((i) => selected[i]!.paper !== carrier).length;
  const collection = new Set(
    [...chosen]
      .filter(([cid, list]) => list.length >= 2 || (list.length === 1 && othersHolding(cid, list[0]!.paper) >= 2))
      .map(([cid]) => cid),
  );
  // How the collection writes each such concept's last word: stems alone would let "advanced" in
  // "Advanced aerostatic stability" hold "advancements", and "integrated" hold "integral".
  const lastForms = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.isTail || !collection.has(m.cid)) continue;
    const words = keyWords(m.r.candidate.key);
    const last = words[words.length - 1 - m.trim];
    if (last === undefined) continue;
    let forms = lastForms.get(m.cid);
    if (!forms) lastForms.set(m.cid, (forms = new Set()));
    forms.add(wordForm(last));
  }
  const heldOf = (i: number): { cid: string; score: number }[] => {
    const removedHere = removedFromPaper.get(selected[i]!.paper);
    const best = new Map<string, number>();
    for (const h of heldBy[i]!) {
      // (Nor one the paper's own phrase was refused as, `uncorroboratedPhrases`: an untitled record's first sentence "As
      // future work on the protocol, …" lent back the "Future work" its papers share nothing else with.)
      if (!collection.has(h.cid) || removedHere?.has(h.cid) || uncorroborated[i]!.has(h.cid) || (h.last !== undefined && !lastForms.get(h.cid)?.has(h.last))) continue;
      if (h.rel > (best.get(h.cid) ?? 0)) best.set(h.cid, h.rel);
    }
    return [...best].map(([cid, rel]) => ({ cid, score: rel * weightOf(dfOf(cid)) })).sort((x, y) => y.score - x.score || (x.cid < y.cid ? -1 : 1));
  };
  selected.forEach((s, i) => {
    const picked = s.concepts;
    for (const c of heldOf(i)) {
      if (picked.some((q) => q.cid === c.cid)) continue;
      const clashes = titleClashes(picked, c.cid, collection);
      if (clashes.length > 0) {
        // Of the two keep the one that links, as the paper's own tags do: the title "Hydrophobic Acceleration
        // of Diels-Alder Reactions" is about the collection's "Diels–Alder reactions", not about this paper's
        // keyword "Diels–Alder", a piece of the same name that no other paper carries.
        if (!clashes.every((q) => picked.indexOf(q) >= s.pinned && !collection.has(q.cid))) continue;
        const at = picked.indexOf(clashes[0]!);
        const score = clashes[0]!.score;
        for (const q of clashes) {
          picked.splice(picked.indexOf(q), 1);
          // (Not the collection's: this paper is its only one.)
          chosen.delete(q.cid);
        }
        picked.splice(at, 0, { cid: c.cid, score });
        chosen.get(c.cid)!.push({ paper: s.paper, cid: c.cid, score });
        continue;
      }
      if (picked.length >= perPaper) continue;
      let at = picked.findIndex((q, k) => k >= s.pinned && q.score < c.score);
      if (at < 0) at = picked.length;
      picked.splice(at, 0, c);
      chosen.get(c.cid)!.push({ paper: s.paper, cid: c.cid, score: c.score });
    }
  });
  return collection;
}

/**
 * Beside a tag that holds it, not beside one it holds or one in other words ("wavelet base" and "base wavelet"),
 * unless that one is the collection's too: the rule lends "Reaction" to the paper beside "Diels–Alder
 * reactions" whichever of the two came first.
 */
export function titleClashes<T extends { cid: string }>(picked: T[], cid: string, collection: ReadonlySet<string>): T[] {
  return picked.filter((q) => nested(q.cid, cid) && !(q.cid.length > cid.length && containsWords(q.cid, cid)) && !(collection.has(q.cid) && cid.length > q.cid.length && containsWords(cid, q.cid)));
}
