/**
 * What each paper's candidates say as concepts: the concept each names (its short forms, merges, tails, method
 * and resource words read), the ones its rules refuse, its best score for each, and what its title holds.
 */
import type { Background } from './background';
import { addressOnly, commonWord, nameSuffixOnly, conditionOnly, initialismGloss, passingMention, routinePhrase, doubtfulPhrase, WORD_PART_GAP } from './incidental-mentions';
import { lastPart, neighbour, specificNoun, type InnerNoun } from './broader-nouns';
import { holdingWords, hyphenTails, inTitle, keyWords, titleRuns, wordForm, type HeldRun } from './title-holding';
import { beheaded, cutsLongForm, longFormSet, tailOf, truncated } from './cut-phrases';
import { foldHead, METHOD_HEAD_IDS, METHOD_HEADS, RESOURCE_HEADS, RESOURCE_NAME } from './concept-heads';
import { MAX_NOUN_BITS } from './concept-analysis';
import type { ConceptNames } from './concept-names';
import type { CorpusAbbreviations } from './corpus-abbreviations';
import { stem } from './normalise';
import type { ConceptMention, Identify, KeptRanked, RankedDocument } from './ranked-document';
import { acceptableTag, LOWER_ING, MAX_TAG_WORDS } from './readable-tags';
import type { WordCase } from './word-case';

/** What `readMentions` reads each paper's candidates with. */
export interface MentionInputs {
  analysed: readonly RankedDocument[];
  /** The collection's short forms: how a paper reads one (a title's borrowed ones), and the long forms whose tails are read. */
  abbreviations: CorpusAbbreviations;
  /** The concept a phrase names (merges, bans); the merges and bans a paper's text uses are counted in it. */
  names: ConceptNames;
  /** How the papers write each word's case: common words, specific nouns and a title's hyphenated names read it. */
  wordCase: WordCase;
  idOf: Identify;
  /** The background document frequencies: whether a phrase reads as a tag, whether a noun is specific. */
  bg: Background;
}

/** Each paper's concepts as its candidates name them, and `docFreq`: the number of papers whose candidates name each. */
export function readMentions(inputs: MentionInputs) {
  const { analysed, abbreviations, names, wordCase, idOf, bg } = inputs;
  /** Papers whose candidates include the concept. */
  const docFreq = new Map<string, number>();
  const dfOf = (cid: string): number => docFreq.get(cid) ?? 0;
  const { longVotes, defined, ownLong, textOf, longIn, touchesShort } = abbreviations;
  const { merged, mergeUsed, canonIn, banned, banUsed } = names;
  // Per paper: the best score of any candidate of each concept, relative to the paper's best.
  const perDoc: Map<string, number>[] = [];
  /** Per paper: what the phrases of its title hold as words ("wavelet" in "wavelet packet bases"). */
  const heldBy: HeldRun[][] = [];
  /**
   * "RL" in a title that neither defines it nor writes its long form is read through the other papers'
   * definitions (a guess the tags take only from the phrase as a whole), as "sup" in "CL/sup 2/" would be.
   */
  const borrowedShortForm = (doc: number, id: string): boolean =>
    touchesShort(id) && id.split(' ').some((t) => longVotes.has(t) && !ownLong[doc]!.has(t) && !textOf(doc).includes(` ${longIn(doc, t) ?? '\0'} `));
  /** Per paper: concepts met only as passing mentions there. */
  const passingOnly: Set<string>[] = [];
  /** Per paper: concepts met only as common words there (`commonWord`). */
  const commonOnly: Set<string>[] = [];
  /** Per paper: concepts it writes as a qualitative adjective on a word for the text's own matter (`qualifiedPhrase`). */
  const qualifiedIn: Set<string>[] = [];
  /** Per paper: concepts it writes as a phrase of how abstracts report (`routinePhrase`), which are no tags. */
  const routineIn: Set<string>[] = [];
  /** Per paper: concepts it writes as a phrase whose words indexers keep less often than most (`doubtfulPhrase`). */
  const doubtfulIn: Set<string>[] = [];
  /** Per paper: the term a tail yields to → the tail's own concept, shown if the term cannot be. */
  const tailFallback: Map<string, string>[] = [];
  const mentions: ConceptMention[] = [];
  const longForms = new Set(defined.map((d) => d.longId));
  const longFormEndings = longFormSet(longForms);
  const tagOk = new Map<string, boolean>();
  // Phrases that stand whole somewhere in the corpus.
  const whole = new Set<string>();
  for (const a of analysed) for (const r of a.ranked) if (r.candidate.occurrences.length > 0) whole.add(r.candidate.id);
  /** The last two words of the phrases that stand whole ("risk analysis" of "fire risk analysis"). */
  const wholeEndings = new Set<string>();
  for (const id of whole) {
    const ids = id.split(' ');
    if (ids.length > 2) wholeEndings.add(ids.slice(-2).join(' '));
  }
  // "RL methods", "policy gradient methods", "complex reasoning capabilities": a word for a way of
  // working or a capacity after a concept of its own is that concept.
  const wholeConcepts = new Set<string>();
  const readable = (a: RankedDocument, r: KeptRanked): boolean => {
    if (r.readable !== undefined) return r.readable;
    if (a.scholarly.has(r.candidate.key)) return (r.readable = false);
    let ok = tagOk.get(r.surface);
    if (ok === undefined) tagOk.set(r.surface, (ok = acceptableTag(r.candidate.key, [r.surface], bg)));
    // "sliding mode controller", "cutting force coefficients": a lowercase -ing word that opens a phrase the
    // paper says again is its modifier; a verb takes its object once ("making Swing components").
    if (!ok && LOWER_ING.test(r.surface) && r.candidate.occurrences.length + r.candidate.nested.length >= 2) ok = acceptableTag(r.candidate.key, [r.surface], bg, true);
    return (r.readable = ok);
  };
  analysed.forEach((a, i) => {
    for (const r of a.ranked) {
      if (r.candidate.occurrences.length > 0 && readable(a, r)) wholeConcepts.add(canonIn(i, r.candidate.id));
    }
  });
  /** Concepts that some paper writes as a phrase whose word before its method word is a noun ("finite element method"). */
  const nounModifiedIds = new Set<string>();
  const foldMemo = new Map<string, string>();
  const folded = (doc: number, id: string): string => {
    const cid = canonIn(doc, id);
    let out = foldMemo.get(cid);
    if (out === undefined) foldMemo.set(cid, (out = foldHead(cid)));
    return out;
  };
  const methodMemo = new Map<string, string>();
  const methodOf = (cid: string): string => {
    let out = methodMemo.get(cid);
    if (out === undefined) {
      const at = cid.lastIndexOf(' ');
      const rest = at > 0 ? cid.slice(0, at) : '';
      // "Model-based RL methods" are the concept that a merge made "model-based RL" part of.
      const restCid = merged.get(rest) ?? rest;
      if (restCid !== rest) mergeUsed.add(rest);
      out = rest && METHOD_HEAD_IDS.has(cid.slice(at + 1)) && wholeConcepts.has(restCid) && rest.split(' ').length <= MAX_TAG_WORDS ? restCid : cid;
      methodMemo.set(cid, out);
    }
    return out;
  };
  analysed.forEach((a, i) => {
    if (a.nounModified.size === 0) return;
    for (const r of a.ranked) if (a.nounModified.has(r.candidate.key)) nounModifiedIds.add(folded(i, r.candidate.id));
  });
  /** "QM9 benchmark", "ImageNet dataset": a named resource and the kind of resource it is are one concept, the name's. */
  const resourceOf = (doc: number, r: KeptRanked, named: string): string => {
    const words = r.surface.split(' ');
    if (words.length !== 2 || !RESOURCE_HEADS.has(r.candidate.stems[1]!) || !RESOURCE_NAME.test(words[0]!)) return named;
    const nameCid = canonIn(doc, idOf(words[0]!));
    return wholeConcepts.has(nameCid) ? nameCid : named;
  };
  /** Per paper: the specific nouns its phrases write (`specificNoun`), with the best relative score of a phrase that writes each. */
  const innerNouns: Map<string, InnerNoun>[] = [];
  /** A word's identity where it is a specific noun (`specificNoun`) as a phrase's head, as a modifier; null where not. */
  const headMemo = new Map<string, string | null>();
  const modifierMemo = new Map<string, string | null>();
  const addInnerNouns = (doc: number, a: RankedDocument, r: KeptRanked, holder: string, rel: number, into: Map<string, InnerNoun>): void => {
    const o = r.candidate.occurrences[0] ?? r.candidate.nested[0];
    if (o === undefined) return;
    for (let k = 0; k < o.length && k < MAX_NOUN_BITS; k++) {
      if ((r.nouns & (1 << k)) === 0) continue;
      const text = a.words.texts[o.start + k]!;
      const head = k === o.length - 1;
      const memo = head ? headMemo : modifierMemo;
      let id = memo.get(text);
      if (id === undefined) memo.set(text, (id = specificNoun(text, head, wordCase, bg) ? idOf(lastPart(text)) || null : null));
      if (id === null) continue;
      const cid = folded(doc, id);
      if (!cid || cid.includes(' ') || banned.has(cid)) continue;
      // The words before and after it in the sentence, inside the phrase or not (the tagger may leave "tabula" out of one).
      const before = neighbour(a.words, o.start + k, -1);
      const after = neighbour(a.words, o.start + k, 1);
      const had = into.get(cid);
      // A phrase is a kind of its head only: "electron beam lithography" of lithography, but "hadron collider" no
      // kind of hadron (review 22b).
      if (had === undefined) into.set(cid, { rel, before: new Set([before]), after: new Set([after]), form: text, holders: new Set(head ? [holder] : []) });
      else {
        if (head) had.holders.add(holder);
        had.rel = Math.max(had.rel, rel);
        had.before.add(before);
        had.after.add(after);
      }
    }
  };
  analysed.forEach((a, i) => {
    const scores = new Map<string, number>();
    const top = a.ranked[0]?.score ?? 1;
    const passing = new Set<string>();
    const topical = new Set<string>();
    const common = new Set<string>();
    const notCommon = new Set<string>();
    const qualifiedHere = new Set<string>();
    const routine = new Set<string>();
    const doubtful = new Set<string>();
    // Parts of hyphenated words too: "computer-aided" names the aids a paper is about.
    const titleStems = new Set(a.words.texts.slice(0, a.titleWords).flatMap((t) => t.toLowerCase().split(WORD_PART_GAP).map(stem)));
    const fallback = new Map<string, string>();
    const held: HeldRun[] = [];
    const holding = holdingWords(a.words, a.titleWords);
    const ownLongForms = ownLong[i]!.size > 0 ? longFormSet(new Set(ownLong[i]!.values())) : undefined;
    const inner = new Map<string, InnerNoun>();
    innerNouns.push(inner);
    for (const r of a.ranked) {
      const own = r.candidate.id;
      if (inTitle(r.candidate, holding.words)) {
        const ids = own.split(' ');
        const words = keyWords(r.candidate.key);
        const tails = hyphenTails(r.surface, ids.length, (word) => wordCase.isName(word));
        for (const [from, to] of titleRuns(ids.length)) {
          // "real-life application" does not hold "life", nor "long-term memory" "term memory".
          if (tails.has(from) || to - from < holding.minRun) continue;
          const sub = ids.slice(from, to).join(' ');
          if (borrowedShortForm(i, sub)) continue;
          held.push({ cid: folded(i, sub), rel: r.score / top, last: words.length === ids.length ? wordForm(words[to - 1]!) : undefined, holder: folded(i, own) });
        }
      }
      // "low viscosity" names viscosity (`degreePhrase`).
      const lead = a.degree.has(r.candidate.key) ? 1 : 0;
      const tail = !lead && longForms.size > 0 && !longForms.has(own) ? tailOf(r.candidate, a.words, longFormEndings, idOf) : undefined;
      const named = folded(i, lead ? own.slice(own.lastIndexOf(' ') + 1) : (tail ?? own));
      // (The word before must be a noun: "offline methods" are not "offline", whose stem is also "offline".)
      // A short form of such a phrase is the concept the phrase is: "FEM", read as "finite element method", is
      // "finite element" where the papers that write the long form have it so (review 18 M3: the bare "FEM" of
      // a paper was a keyword "Finite element method" of its own, and no concept had the short form).
      const shortOfMethod = tail === undefined && own !== named && nounModifiedIds.has(named) && longIn(i, own) !== undefined;
      const methodCid = tail === undefined && (a.nounModified.has(r.candidate.key) || shortOfMethod) ? methodOf(named) : named;
      const cid = tail === undefined && methodCid === named ? resourceOf(i, r, named) : methodCid;
      // "gradient methods", met only inside "policy gradient methods": a piece of another concept's way of working.
      if (cid === named && r.candidate.occurrences.length === 0 && METHOD_HEADS.has(r.candidate.stems[r.candidate.stems.length - 1]!) && r.candidate.stems.length > 1) continue;
      const isTail = tail !== undefined;
      const trim = cid !== named && !shortOfMethod ? 1 : 0;
      if (!cid) continue;
      if (banned.has(cid)) {
        banUsed.add(cid);
        continue;
      }
      if (truncated(r.candidate, a.words, whole, idOf)) continue;
      if (beheaded(r.candidate, a.words, whole, wholeEndings, idOf)) continue;
      if (ownLongForms !== undefined && cutsLongForm(r.candidate, a.words, ownLongForms, idOf)) continue;
      if (initialismGloss(r.candidate, a.words)) continue;
      if (conditionOnly(r.candidate, a.words)) continue;
      if (addressOnly(r.candidate, a.words, a.titleWords)) continue;
      if (nameSuffixOnly(r.candidate, a.words, a.titleWords)) continue;
      const isShort = !isTail && own !== cid && (cid === named || shortOfMethod) && longIn(i, own) !== undefined;
      (!isShort && passingMention(r.candidate, a.titleWords) ? passing : topical).add(cid);
      (!isShort && !cid.includes(' ') && commonWord(r.candidate, titleStems, a.titleWords, wordCase, bg) ? common : notCommon).add(cid);
      if (isTail) {
        // "Verifiable rewards" stays the paper's tag where "RL with verifiable rewards" cannot be shown
        // (beside "reinforcement learning" it would say that twice).
        const ownCid = canonIn(i, own);
        if (ownCid && banned.has(ownCid)) banUsed.add(ownCid);
        if (ownCid && ownCid !== cid && !banned.has(ownCid) && !fallback.has(cid) && readable(a, r)) {
          fallback.set(cid, ownCid);
          mentions.push({ doc: i, r, cid: ownCid, isShort: false, isTail: false, trim: 0 });
        }
      } else if (!isShort && !trim && !readable(a, r)) continue;
      mentions.push({ doc: i, r, cid, isShort, isTail, trim, lead });
      if (!isTail && !trim && a.qualified.has(r.candidate.key)) qualifiedHere.add(cid);
      // ("high viscosity" is viscosity, `degreePhrase`.)
      if (!isTail && !trim && !isShort && !lead && routinePhrase(r.candidate, a.words, a.titleWords)) routine.add(cid);
      else if (!isTail && !trim && !isShort && !lead && doubtfulPhrase(r.candidate, a.words, a.titleWords, bg)) doubtful.add(cid);
      const rel = r.score / top;
      if (!isTail && !isShort && !trim && r.nouns !== 0) addInnerNouns(i, a, r, cid, rel, inner);
      if (rel > (scores.get(cid) ?? 0)) scores.set(cid, rel);
    }
    // A tail's own concept is one the paper mentions too: it links the papers that say it.
    for (const cid of new Set([...scores.keys(), ...fallback.values()])) docFreq.set(cid, dfOf(cid) + 1);
    perDoc.push(scores);
    heldBy.push(held);
    tailFallback.push(fallback);
    for (const cid of topical) passing.delete(cid);
    passingOnly.push(passing);
    for (const cid of notCommon) common.delete(cid);
    commonOnly.push(common);
    qualifiedIn.push(qualifiedHere);
    routineIn.push(routine);
    doubtfulIn.push(doubtful);
  });
  return { perDoc, heldBy, passingOnly, commonOnly, qualifiedIn, routineIn, doubtfulIn, tailFallback, mentions, innerNouns, folded, docFreq };
}
