/**
 * Which concepts each paper carries, best first: the user's pins, the authors' keywords its text writes, then
 * its candidates weighed by how many papers share them, within the paper's number of tags.
 */
import type { ConceptNames } from './concept-names';
import { nested } from './nested-tags';
import type { ConceptOverrides } from './overrides';
import type { RankedDocument } from './ranked-document';

/** A concept met only once in a corpus links nothing: it must score this much better to be shown. */
export const SINGLETON_FACTOR = 0.55;
/** Every paper gets at least this many tags when it has candidates... */
export const MIN_TAGS = 3;
/** ...and beyond them, a singleton must score this share of the paper's best... */
export const SINGLETON_MIN = 0.3;
/** ...and at most this many: the paper's own terms are worth showing, but only shared ones link. */
export const MAX_SINGLETONS = 3;

/**
 * Papers that must write a qualified phrase (`qualifiedPhrase`) for it to be judged by what they share: two
 * papers that write "hybrid system" or "expert system" and share nothing else may still mean a field's term
 * (the Inspec dev split's indexers kept both); six that write "future work" across fields do not.
 */
export const MIN_QUALIFIED_WRITERS = 3;

/**
 * Papers that must write a doubtful phrase (incidental-mentions.ts `doubtfulPhrase`) for it to be judged by what
 * they share: two, since two papers are a link. "Long history" of a friction model and of the sodium trimer, which
 * share nothing else, is a link of two (review 41 finding 6).
 */
export const MIN_DOUBTFUL_WRITERS = 2;

/** A concept and its score on one paper. */
export interface ScoredConcept {
  cid: string;
  score: number;
}

/**
 * A paper's tags best first, the first `pinned` of them the user's pins. `held`: the places routine phrases
 * (`routineIn`) keep, untagged, in the paper's list: filled as tags are, never shown.
 */
export interface PaperSelection {
  paper: string;
  concepts: ScoredConcept[];
  pinned: number;
  held: ScoredConcept[];
}

/** Concept → the papers that carry it, with its score on each. */
export type Chosen = Map<string, { paper: string; cid: string; score: number }[]>;

/**
 * "Future work", "widespread use", "large difference": a qualitative adjective on a word for the text's own
 * matter (`qualifiedPhrase`) is what papers of any field write, and linked a brane-cosmology paper to a heat
 * switch (review 22 findings 1, 7). Such a phrase is a paper's tag only where another paper that writes it is
 * about something else it is about too: some concept other than such phrases among the best candidates of
 * both, as many as a paper has tags ("human evaluation" of two language-model papers, "complex tasks" of two
 * reinforcement-learning ones). A phrase fewer papers write (`minWriters`, `MIN_QUALIFIED_WRITERS`) is left as it
 * is. The same test judges doubtful phrases (`MIN_DOUBTFUL_WRITERS`).
 */
export function uncorroboratedPhrases(
  qualifiedIn: readonly ReadonlySet<string>[],
  perDoc: readonly ReadonlyMap<string, number>[],
  commonOnly: readonly ReadonlySet<string>[],
  routineIn: readonly ReadonlySet<string>[],
  minWriters = MIN_QUALIFIED_WRITERS,
  specificWord?: (word: string) => boolean,
): Set<string>[] {
  // The papers that write each phrase, in paper order, found in one pass (a pass over every paper for each of a
  // large collection's thousands of phrases cost a second at 10,000 papers).
  const writersOf = new Map<string, number[]>();
  qualifiedIn.forEach((q, i) => {
    for (const cid of q) {
      const writers = writersOf.get(cid);
      if (writers) writers.push(i);
      else writersOf.set(cid, [i]);
    }
  });
  const qualifiedIds = new Set(writersOf.keys());
  let bestOf: Set<string>[] | undefined;
  const uncorroborated: Set<string>[] = qualifiedIn.map(() => new Set());
  for (const [cid, writers] of writersOf) {
    bestOf ??= perDoc.map((scores, i) => {
      const about = new Set([...scores.keys()].filter((c) => !qualifiedIds.has(c) && !commonOnly[i]!.has(c) && !routineIn[i]!.has(c)));
      // A specific word of those concepts counts too (`specificWord`): two papers on librarians' "career change" share
      // "librarian" of "midcareer librarians" and "public librarians", though no phrase.
      if (specificWord) for (const c of [...about]) for (const w of c.split(' ')) if (specificWord(w)) about.add(`${WORD_MARK}${w}`);
      return about;
    });
    if (writers.length < minWriters) continue;
    // (The phrase's own words are no evidence.)
    const own = new Set(cid.split(' ').map((w) => `${WORD_MARK}${w}`));
    for (const i of writers) {
      if (!writers.some((j) => j !== i && sharesBeyond(bestOf![i]!, bestOf![j]!, own))) uncorroborated[i]!.add(cid);
    }
  }
  return uncorroborated;
}
/** Whether two papers' sets hold a member in common that is not in `own`: the smaller set is walked. */
function sharesBeyond(a: ReadonlySet<string>, b: ReadonlySet<string>, own: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const c of small) if (large.has(c) && !own.has(c)) return true;
  return false;
}

/** Marks a word of a concept among concept ids (which hold no tab). */
const WORD_MARK = '\t';

/**
 * What a concept that `df` of a corpus's `papers` papers share weighs in a paper's ranking: the more papers share
 * it, the less it says (from 1 for one paper down to 0.5 for all of them), and one that no other paper has links
 * nothing, so its weight is also multiplied by `SINGLETON_FACTOR`. In a corpus of one paper every concept weighs 1.
 */
export function corpusWeight(papers: number): (df: number) => number {
  return (df) => {
    const link = df >= 2 || papers < 2 ? 1 : SINGLETON_FACTOR;
    const spread = papers >= 2 ? 0.5 + 0.5 * (Math.log(papers / Math.max(1, df)) / Math.log(papers)) : 1;
    return link * spread;
  };
}

/** What `selectTags` chooses from: the papers' concepts as paper-mentions.ts reads them, per paper (by index). */
export interface TagSelectionInputs {
  analysed: readonly RankedDocument[];
  /** The user's pins and removals. */
  overrides: ConceptOverrides;
  /** How a pinned or removed phrase names a concept, and the merges: a removed concept's other phrases go with it. */
  names: ConceptNames;
  /** Per paper: each concept's best score there, relative to the paper's best. */
  perDoc: readonly ReadonlyMap<string, number>[];
  /** Per paper: the concepts of the author keywords its text writes (keyword-hints.ts), its first tags after the pins. */
  hints: readonly { cid: string; surface: string }[][];
  /** Per paper: the term a tail yields to → the tail's own concept, shown where the term clashes with a tag. */
  tailFallback: readonly ReadonlyMap<string, string>[];
  /** Per paper: concepts met there only as common words, which are no tags. */
  commonOnly: readonly ReadonlySet<string>[];
  /** Per paper: qualified phrases no other paper that writes them corroborates (`uncorroboratedPhrases`): no tags. */
  uncorroborated: readonly ReadonlySet<string>[];
  /** Per paper: phrases of how abstracts report, which keep their place untagged. */
  routineIn: readonly ReadonlySet<string>[];
  /** Per paper: concepts met there only in passing, no tag unless other papers share them. */
  passingOnly: readonly ReadonlySet<string>[];
  /** The number of papers whose candidates include a concept. */
  dfOf: (cid: string) => number;
  /** A concept's weight by its number of papers (`corpusWeight`). */
  weight: (df: number) => number;
  /** Most tags a paper gets (more if the user pins more). */
  perPaper: number;
}

/** Each paper's tags (`selected`) and their papers by concept (`chosen`), with what the later steps read of them. */
export interface TagSelection {
  chosen: Chosen;
  /** A pinned concept → the phrase the user first pinned it by. */
  pinPhrases: Map<string, string>;
  selected: PaperSelection[];
  /** Paper → the concepts the user removed from it. */
  removedFromPaper: Map<string, Set<string>>;
  /** Routine phrases that held a place among a paper's tags (`routineIn`) → those papers: the index's `linkOnly`. */
  routineHeld: Map<string, string[]>;
  /** A keyword's concept → how the first paper whose text writes it writes it. */
  hintSurfaces: Map<string, string>;
}

/**
 * Each paper's tags, best first: the user's pins, the authors' keywords its text writes (`hints`), then its concepts
 * weighed by how many papers share them, one of nested phrases, few that no other paper has. A routine phrase keeps
 * its place untagged and is counted in `routineHeld`; `hintSurfaces` gets how the text writes a keyword's concept.
 */
export function selectTags(inputs: TagSelectionInputs): TagSelection {
  const { analysed, overrides, names, perDoc, hints, tailFallback, commonOnly, uncorroborated, routineIn, passingOnly, dfOf, weight, perPaper } = inputs;
  const n = analysed.length;
  const routineHeld = new Map<string, string[]>();
  const hintSurfaces = new Map<string, string>();
  const { merged, resolve, userIdentity } = names;
  // Overrides addressed to papers and labels may name a concept by phrase or, once ids exist, by id.
  const chosen: Chosen = new Map();
  const pinPhrases = new Map<string, string>();
  const selected: PaperSelection[] = [];
  // A merged concept's other phrases, for `remove`: each of them names the concept removed.
  const mergedFrom = new Map<string, string[]>();
  for (const [from, to] of merged) mergedFrom.set(to, [...(mergedFrom.get(to) ?? []), from]);
  const removedFromPaper = new Map<string, Set<string>>();
  analysed.forEach((a, i) => {
    const removeIds = new Set((overrides.remove.get(a.id) ?? []).map((p) => resolve(i, userIdentity(p))));
    if (removeIds.size > 0) removedFromPaper.set(a.id, removeIds);
    const removedWords = [...removeIds].flatMap((cid) => [cid, ...(mergedFrom.get(cid) ?? [])]).filter((w) => w !== '');
    // A phrase only this paper has that holds a removed concept's words ("artificial neural network models"
    // when "neural network" is removed) could only be its keyword, the removed concept in other words.
    const namesRemoved = (cid: string): boolean => removeIds.has(cid) || (dfOf(cid) < 2 && removedWords.some((w) => ` ${cid} `.includes(` ${w} `)));
    const pins = (overrides.pin.get(a.id) ?? []).map((p) => ({ phrase: p, cid: resolve(i, userIdentity(p)) }));
    const ranked = [...perDoc[i]!]
      .filter(([cid]) => !namesRemoved(cid))
      .map(([cid, s]) => ({ cid, score: s * weight(dfOf(cid)) }))
      .sort((x, y) => y.score - x.score || (x.cid < y.cid ? -1 : 1));
    const picked: { cid: string; score: number }[] = [];
    const pinnedIds = new Set(pins.map((p) => p.cid));
    let singles = 0;
    const topScore = ranked[0]?.score ?? 1;
    for (const p of pins) {
      if (!p.cid || picked.some((q) => q.cid === p.cid)) continue;
      pinPhrases.set(p.cid, pinPhrases.get(p.cid) ?? p.phrase);
      picked.push({ cid: p.cid, score: topScore + (pins.length - picked.length) * 1e-3 });
    }
    for (const h of hints[i]!) {
      if (picked.length >= Math.max(perPaper, pins.length)) break;
      // Of two keywords one inside the other ("user study", "remote user study"), the first the authors list.
      if (namesRemoved(h.cid) || picked.some((q) => nested(q.cid, h.cid))) continue;
      hintSurfaces.set(h.cid, hintSurfaces.get(h.cid) ?? h.surface);
      pinnedIds.add(h.cid);
      picked.push({ cid: h.cid, score: topScore });
    }
    const held: { cid: string; score: number }[] = [];
    for (const term of ranked) {
      if (picked.length + held.length >= Math.max(perPaper, pins.length)) break;
      let r = term;
      let clashes = picked.filter((q) => nested(q.cid, r.cid));
      const own = tailFallback[i]!.get(r.cid);
      if (clashes.length > 0 && own !== undefined && !namesRemoved(own) && !(dfOf(r.cid) >= 2 && clashes.every((q) => dfOf(q.cid) < 2 && !pinnedIds.has(q.cid)))) {
        r = { cid: own, score: r.score };
        clashes = picked.filter((q) => nested(q.cid, own));
      }
      // A common word is no tag, shared or not (what two papers share in it is English), nor does it take the
      // place of a phrase that holds it ("life" of "life-threatening organ dysfunction").
      if (commonOnly[i]!.has(r.cid) || uncorroborated[i]!.has(r.cid)) continue;
      const routine = routineIn[i]!.has(r.cid);
      if (clashes.length > 0 && routine) continue;
      if (clashes.length > 0) {
        // Of nested phrases keep the one that links: "self-play" over a singleton "self-play agents".
        const replaceable = dfOf(r.cid) >= 2 && clashes.every((q) => dfOf(q.cid) < 2 && !pinnedIds.has(q.cid));
        if (replaceable) {
          const at = picked.indexOf(clashes[0]!);
          const score = clashes[0]!.score;
          for (const q of clashes) {
            picked.splice(picked.indexOf(q), 1);
            if (n >= 2) singles--;
          }
          picked.splice(at, 0, { cid: r.cid, score });
        }
        continue;
      }
      // Past the first few tags, a concept no other paper has must be strong and short to be shown.
      const single = n >= 2 && dfOf(r.cid) < 2;
      // A word the paper mentions in passing is no tag of its own; shared with other papers it still links.
      if (passingOnly[i]!.has(r.cid) && (single || n < 2)) continue;
      if (single && picked.length >= MIN_TAGS && (r.score < SINGLETON_MIN * topScore || r.cid.split(' ').length > 3)) continue;
      if (single && singles >= MAX_SINGLETONS) continue;
      // A phrase of how abstracts report keeps the place it would have taken, untagged: the leftover below it is
      // no better a tag ("Phenomenon", "Scope" took freed places on SemEval-2017), and other papers' tags stay as
      // they were. Its papers still count it as a weak link feature (the index's `linkOnly`).
      if (routine) {
        held.push(r);
        let list = routineHeld.get(r.cid);
        if (!list) routineHeld.set(r.cid, (list = []));
        list.push(a.id);
        continue;
      }
      if (single) singles++;
      picked.push(r);
    }
    selected.push({ paper: a.id, concepts: picked, pinned: picked.filter((q) => pinnedIds.has(q.cid)).length, held });
    for (const c of picked) {
      let list = chosen.get(c.cid);
      if (!list) chosen.set(c.cid, (list = []));
      list.push({ paper: a.id, cid: c.cid, score: c.score });
    }
  });
  return { chosen, pinPhrases, selected, removedFromPaper, routineHeld, hintSurfaces };
}
