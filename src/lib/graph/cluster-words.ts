/**
 * Names for clusters whose papers share no concept. In a small or mixed collection (ten abstracts from
 * five fields) the concept stage may find no concept two papers carry, yet the links, which also count
 * shared words, still group the papers. Such a cluster is named as the others are by concepts: by the
 * words most typical of its papers' titles and abstracts, how many of its papers use a word (a title's
 * counting twice) weighted by how rare the word is in the whole collection (a class-based tf-idf) and in
 * scientific abstracts in general. Words are counted as the linker
 * counts them (src/lib/graph/abstract-terms.ts: stop words and numbers out, stemmed), shown as the
 * cluster's papers most often write them.
 */
import type { Background } from '../concepts/background';
import { loneTag, tokenize } from '../concepts/tokenize';
import { abstractTokensAsWritten, abstractWord } from './abstract-terms';
import { discourseWord } from '../concepts/candidates';
import { topicWord } from './wording';

/** At most this many words name a cluster. */
const NAME_WORDS = 2;
/**
 * Words that say nothing of a cluster: those in at least this share of scientific abstracts in general
 * ("based", "compared", "results", "system"), and everyday words ("say", "long", "new"), whose
 * specificity against everyday English (src/lib/concepts/background.ts) is under MIN_SPECIFICITY.
 */
const MAX_BACKGROUND_SHARE = 0.08;
const MIN_SPECIFICITY = 8;
/**
 * A word names a cluster only when at least this share of the papers that use it (of those about any concept) are
 * about a concept whose name holds it (`clusterWordNamer`, `termed`): as often as not.
 */
const TERMED_SHARE = 1 / 2;
/** A second word names the cluster too when it scores at least this share of the first's score. */
const SECOND_WORD_SHARE = 0.75;
/**
 * A naming word is shown in the two-word phrase it stands in when at least this share of the cluster's papers
 * that use it write that phrase: "Virtual", "Cutting" or "Nonlinear" alone named clusters of a 1,500-paper
 * library (review 21 finding 3), where "virtual reality" or "nonlinear systems" says what they are about.
 */
const PHRASE_SHARE = 0.5;
/**
 * A name is a noun phrase a reader can take for a topic: a word that its papers write as an adjective or a verb
 * ("Nonlinear", "Robust", "Solving", "Cutting" named clusters of the 1,500-paper Inspec library, review 21
 * finding 3) is shown only inside a phrase, the cluster's concept that holds it (any two of its papers about
 * it) or its two-word phrase; with neither it names nothing, and the next word of the ranking is read. A
 * noun is shown in the concept that holds it when `PHRASE_SHARE` of its papers are about that concept
 * ("Vibration control"), else alone. Up to this many of the best words are read for a name.
 */
const NAME_CANDIDATES = 6;
/**
 * A word shown alone that is as common as a common noun the concept stage takes as no tag alone (no word of a topic,
 * wording.ts `topicWord`: "path" 0.36, "vector" 0.37, "robots" 0.39) names a cluster only where this many
 * of its papers write it as a noun of its own, not only before another noun (`writtenAlone`): English puts a compound's
 * head last, so "shortest path betweenness" and "minimal path sets" are a betweenness and sets, and "Path" named three
 * SemEval-2017 papers on network virtualization, fault-tree reliability and social gaming, "Vector" a vector-space
 * and a support-vector-regression paper, "Location" a cutter-location surface and a pupil-location method. Two, as two
 * papers must carry a concept for it to name a cluster.
 */
const ALONE_PAPERS = 2;
/** How many of the sentences that write a word are tagged to tell whether they write it as a noun. */
const POS_SAMPLE = 12;
/** Where an abstract's sentence ends: a full stop, a question or an exclamation mark and a space. */
const SENTENCE_END = /(?<=[.!?])\s+/;
/** wink-nlp's tags of a noun. */
const NOUN_TAG = /^(?:NOUN|PROPN)$/;
/** Where a phrase cannot run across: sentence and clause punctuation, brackets, quotes. */
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”]+/;
/** A counted word with a letter in it: "300" is no half of a name. */
const HAS_LETTER = /[a-z]/;

/**
 * A word for the text's own apparatus or discourse, which the concept stage never makes a concept alone
 * (concepts/candidates.ts `DISCOURSE_NOUNS`: "Fig", "Eq", "Table", "Section", "study"): no cluster's name either.
 * "Fig", of the figure references a paragraph cut from a paper makes ("Fig. 3"), is rare in abstracts in general
 * and in everyday English, and named a SemEval-2017 cluster "Absorption · Fig" (review 22 finding 6).
 */
function textApparatus(token: string): boolean {
  const lower = token.toLowerCase();
  return discourseWord({ lemma: lower, lower });
}

/**
 * Whether a counted word (a stem, abstract-terms.ts) can tell what a cluster is about: not in `MAX_BACKGROUND_SHARE`
 * of scientific abstracts in general, nor an everyday word. Without background statistics (`bg.docs` 0), any.
 */
function tellingWord(word: string, bg: Background): boolean {
  return bg.docs === 0 || (bg.word(word) / bg.docs < MAX_BACKGROUND_SHARE && bg.specificity(word) >= MIN_SPECIFICITY);
}

/**
 * Whether a concept's label has a word that could name a cluster by itself (`tellingWord`, and no word of the text's
 * own apparatus or discourse, `textApparatus`): "Simulation results", "Management system", "Time step" or
 * "Design method" has none, each of its words as common in abstracts of any field, in everyday English, or a
 * word for what any paper does ("results", "step").
 */
export function tellingLabel(label: string, bg: Background): boolean {
  return abstractTokensAsWritten(label).some((token) => {
    const word = abstractWord(token.toLowerCase());
    return word !== undefined && !textApparatus(token) && tellingWord(word, bg);
  });
}

/** A concept of the cluster being named, and how many of its papers are about it. */
export interface ClusterPhrase {
  label: string;
  papers: number;
}

export interface WordNamer {
  /**
   * The words that name a cluster of these papers, best first: each one used by `minPapers` of them or more (at
   * least two), each shown in the cluster's concept (`phrases`) or the two-word phrase that holds it where it
   * says little alone.
   */
  (papers: readonly string[], minPapers?: number, phrases?: readonly ClusterPhrase[]): string[];
  /**
   * Whether a name it gave is true of a paper: its text writes every word of the name that tells what it is
   * (`tellingWord`: not "systems" of "Future cadastral systems"), or it is about a concept of that name
   * (`aboutNames`). Without it, a name is taken as true of every paper it was made for.
   */
  uses?: (paper: string, name: string) => boolean;
}

/**
 * `texts`: each paper's title and abstract, by paper id, read only when a name is asked for; `bg`: how
 * common words are in scientific abstracts in general. A title made from a sentence of the abstract
 * (`madeTitle`) is read as none: its words would count as a title's, twice ("Future" of "Future work will…").
 * `aboutNames`: the names (labels, other forms, short forms) of the concepts a paper is about, its tags and the
 * concepts its text mentions; with them, a word names a cluster only where it is a word of the papers' topics
 * (`termed`).
 */
export function clusterWordNamer(
  texts: ReadonlyMap<string, { title: string; abstract: string; madeTitle?: boolean | undefined }>,
  bg: Background,
  aboutNames?: (paper: string) => readonly string[],
): WordNamer {
  // How rare the word is in scientific abstracts in general: a collection of ten papers cannot say.
  const rarity = (word: string) => (bg.docs === 0 ? 1 : Math.log(bg.docs / (bg.word(word) + 1)));
  // Each token as written → the number of its telling word, or -1: memoised, since a big collection's clusters
  // may all be named by words, and every paper of the collection is read once for the words' document
  // frequencies (1.45 million tokens at 10,000 papers).
  const tokenIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const wordOfId: string[] = [];
  const tellingId = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      const word = abstractWord(token.toLowerCase());
      if (word === undefined || textApparatus(token) || !tellingWord(word, bg)) id = -1;
      else {
        id = wordIds.get(word);
        if (id === undefined) wordIds.set(word, (id = wordOfId.push(word) - 1));
      }
      tokenIds.set(token, id);
    }
    return id;
  };
  /** Each token as written → its counted word (stem), or null for a stop word: memoised as `tellingId` is. */
  const stems = new Map<string, string | null>();
  const stemOf = (token: string): string | null => {
    let s = stems.get(token);
    if (s === undefined) stems.set(token, (s = abstractWord(token.toLowerCase()) ?? null));
    return s;
  };
  /** A paper's words (stems) → the form it writes each in, first met, and whether its title has it. */
  const paperWords = (paper: string): Map<string, { form: string; inTitle: boolean }> => {
    const words = new Map<string, { form: string; inTitle: boolean }>();
    const text = texts.get(paper);
    for (const [part, inTitle] of [[text?.madeTitle ? '' : (text?.title ?? ''), true], [text?.abstract ?? '', false]] as const) {
      for (const token of abstractTokensAsWritten(part)) {
        const id = tellingId(token);
        if (id >= 0 && !words.has(wordOfId[id]!)) words.set(wordOfId[id]!, { form: shownForm(token), inTitle });
      }
    }
    return words;
  };
  let df: Map<string, number> | undefined;
  // Every paper of the collection, read once: only the words' counts are kept (the forms and the title flags
  // are read again for the papers of a cluster being named), counted once per paper by the paper's number.
  const collectionDf = (): Map<string, number> => {
    if (!df) {
      let counts = new Int32Array(1024);
      let lastPaper = new Int32Array(1024);
      let number = 0;
      for (const text of texts.values()) {
        number++;
        for (const part of [text.madeTitle ? '' : text.title, text.abstract]) {
          for (const token of abstractTokensAsWritten(part)) {
            const id = tellingId(token);
            if (id < 0) continue;
            if (id >= counts.length) {
              const size = Math.max(counts.length * 2, id + 1);
              const [c, l] = [new Int32Array(size), new Int32Array(size)];
              c.set(counts);
              l.set(lastPaper);
              [counts, lastPaper] = [c, l];
            }
            if (lastPaper[id] === number) continue;
            lastPaper[id] = number;
            counts[id]!++;
          }
        }
      }
      df = new Map(wordOfId.map((word, id) => [word, counts[id] ?? 0]));
    }
    return df;
  };
  /** Per sentence, once asked: its words' part-of-speech classes by the word as written, lowercased (wink-nlp, in context). */
  const classes = new Map<string, Map<string, { noun: number; other: number }>>();
  const classesOf = (sentence: string): Map<string, { noun: number; other: number }> => {
    let out = classes.get(sentence);
    if (out === undefined) {
      classes.set(sentence, (out = new Map()));
      // A sentence's capitalised first word is a name to the tagger ("Fuzzy models are…"): not counted.
      tokenize(sentence).forEach((w, k) => {
        if (w.pos === 'PROPN' && k === 0) return;
        let c = out!.get(w.lower);
        if (!c) out!.set(w.lower, (c = { noun: 0, other: 0 }));
        if (NOUN_TAG.test(w.pos)) c.noun++;
        else c.other++;
      });
    }
    return out;
  };
  /**
   * Whether the papers write the word in the form a name would show (`form`: "robust", not the "robustness" of
   * the same stem) as a noun more often than not, in the sentences of their abstracts that have it (a title's
   * capitals make names of adjectives: "Nonlinear Systems"); a form only titles have, or only sentences' first
   * words, is what the tagger reads it as alone.
   */
  const writtenAsNoun = (papers: readonly string[], form: string): boolean => {
    const lower = form.toLowerCase();
    let noun = 0;
    let other = 0;
    let read = 0;
    for (const paper of papers) {
      for (const sentence of (texts.get(paper)?.abstract ?? '').split(SENTENCE_END)) {
        // Only sentences that write the word are tagged, and a few of them tell: the tagger is the slow part.
        if (read >= POS_SAMPLE) break;
        if (!abstractTokensAsWritten(sentence).some((t) => t.toLowerCase() === lower)) continue;
        read++;
        const c = classesOf(sentence).get(lower);
        if (c) [noun, other] = [noun + c.noun, other + c.other];
      }
    }
    // Written only in titles or to open sentences: what the word is in English, read alone.
    if (noun + other === 0) return NOUN_TAG.test(loneTag(lower));
    return noun >= other;
  };
  /** Per sentence, once asked: the counted words (stems) it writes at least once not right before a noun (wink-nlp, in context). */
  const alone = new Map<string, Set<string>>();
  const aloneIn = (sentence: string): Set<string> => {
    let out = alone.get(sentence);
    if (out === undefined) {
      alone.set(sentence, (out = new Set()));
      const words = tokenize(sentence);
      words.forEach((w, k) => {
        const next = words[k + 1];
        if (next !== undefined && next.sentence === w.sentence && NOUN_TAG.test(next.pos)) return;
        const s = stemOf(w.lower);
        if (s !== null) out!.add(s);
      });
    }
    return out;
  };
  /**
   * Whether `ALONE_PAPERS` of the papers write the word (a stem) as a noun of its own somewhere in their title or
   * abstract: not only right before another noun, as the modifier of a compound ("tool path generation"). A
   * hyphenated compound ("tool-path") is one word, none of its parts alone.
   */
  const writtenAlone = (papers: readonly string[], word: string): boolean => {
    let found = 0;
    for (const paper of papers) {
      const text = texts.get(paper);
      const sentences = [...(text?.madeTitle ? [] : [text?.title ?? '']), ...(text?.abstract ?? '').split(SENTENCE_END)];
      let read = 0;
      for (const sentence of sentences) {
        if (read >= POS_SAMPLE) break;
        if (!abstractTokensAsWritten(sentence).some((t) => stemOf(t) === word)) continue;
        read++;
        if (aloneIn(sentence).has(word)) {
          found++;
          break;
        }
      }
      if (found >= ALONE_PAPERS) return true;
    }
    return false;
  };
  /** The counted words of the names of the concepts a paper is about (`aboutNames`), each to the names (lowercase) that hold it, once asked. */
  const termMemo = new Map<string, Map<string, Set<string>>>();
  const termsOf = (paper: string): Map<string, Set<string>> => {
    let terms = termMemo.get(paper);
    if (terms === undefined) {
      terms = new Map();
      for (const name of aboutNames?.(paper) ?? []) {
        for (const token of abstractTokensAsWritten(name)) {
          const word = stemOf(token);
          if (word === null) continue;
          const names = terms.get(word);
          if (names) names.add(name.toLowerCase());
          else terms.set(word, new Set([name.toLowerCase()]));
        }
      }
      termMemo.set(paper, terms);
    }
    return terms;
  };
  /**
   * Whether a word is one of the topics of the papers that use it: at least half of those about any concept are
   * about one whose name holds it (`TERMED_SHARE`), and, where any two of the cluster's papers are about one concept
   * (`clusterShares`), two of them about the same one that holds it, as a concept names a cluster only when two of
   * its papers carry it; where none are (a small mixed collection, the papers this namer is first for), the words
   * alone tell: "Telecom" of a telecom carrier and the telecom industry. A word that papers use around their topics, not in them,
   * says nothing of what they are about: "Speed" named a SemEval-2017 cluster of recognition and feature-extraction
   * papers beside "Recognition", though none of the five that write "speed" is about a concept of speed, and
   * "Velocity" one of fluid mechanics, where one of seven is. Nor does a word each paper holds in another topic:
   * "View" named 18 papers on sports, design semantics and quantum search, two of the four that write it about an
   * "Ecolinguistic view" and a "Symbiotic philosophical view", and "Interface" in "Memory · Interface" (Inspec) was a
   * data-transfer, a brain-computer and a tool-chip interface. Papers about no concept cannot tell, and are not counted.
   */
  const termed = (word: string, users: readonly string[], clusterShares: boolean): boolean => {
    if (aboutNames === undefined) return true;
    let judged = 0;
    let held = 0;
    let shared = 0;
    const papersOf = new Map<string, number>();
    for (const paper of users) {
      const terms = termsOf(paper);
      if (terms.size === 0) continue;
      judged++;
      const names = terms.get(word);
      if (names === undefined) continue;
      held++;
      for (const name of names) {
        const n = (papersOf.get(name) ?? 0) + 1;
        papersOf.set(name, n);
        shared = Math.max(shared, n);
      }
    }
    return judged === 0 || (held >= TERMED_SHARE * judged && (shared >= 2 || !clusterShares));
  };
  /** Whether two of the papers are about one concept (`aboutNames`): in a small mixed collection, none may be. */
  const sharesConcepts = (papers: readonly string[]): boolean => {
    const seen = new Set<string>();
    for (const paper of papers) {
      const names = new Set<string>();
      for (const holding of termsOf(paper).values()) for (const name of holding) names.add(name);
      for (const name of names) {
        if (seen.has(name)) return true;
        seen.add(name);
      }
    }
    return false;
  };
  /** A paper's counted words (stems) of its title and abstract, once asked. */
  const stemMemo = new Map<string, Set<string>>();
  const stemsOf = (paper: string): Set<string> => {
    let out = stemMemo.get(paper);
    if (out === undefined) {
      out = new Set();
      const text = texts.get(paper);
      for (const part of [text?.madeTitle ? '' : (text?.title ?? ''), text?.abstract ?? '']) {
        for (const token of abstractTokensAsWritten(part)) {
          const s = stemOf(token);
          if (s !== null) out.add(s);
        }
      }
      stemMemo.set(paper, out);
    }
    return out;
  };
  // A name's words that tell what it is (`tellingWord`): "future" and "cadastral" of "Future cadastral systems", not
  // "systems", which a third of all abstracts write; both of "Virtual reality"; every word where none does.
  const uses = (paper: string, name: string): boolean => {
    const all = abstractTokensAsWritten(name).flatMap((t) => stemOf(t) ?? []);
    const telling = all.filter((w) => tellingWord(w, bg));
    const words = telling.length > 0 ? telling : all;
    if (words.length > 0 && words.every((w) => stemsOf(paper).has(w))) return true;
    const lower = name.toLowerCase();
    return [...termsOf(paper).values()].some((names) => names.has(lower));
  };
  const namer = (papers: readonly string[], minPapers = 2, clusterPhrases: readonly ClusterPhrase[] = []): string[] => {
    const counts = new Map<string, number>();
    const users = new Map<string, string[]>();
    const titles = new Map<string, number>();
    const forms = new Map<string, Map<string, number>>();
    for (const paper of papers) {
      for (const [word, { form, inTitle }] of paperWords(paper)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        const using = users.get(word);
        if (using) using.push(paper);
        else users.set(word, [paper]);
        if (inTitle) titles.set(word, (titles.get(word) ?? 0) + 1);
        let f = forms.get(word);
        if (!f) forms.set(word, (f = new Map()));
        f.set(form, (f.get(form) ?? 0) + 1);
      }
    }
    const n = texts.size;
    const dfs = collectionDf();
    const ranked = [...counts]
      .filter(([, count]) => count >= Math.max(2, minPapers))
      // A word in a title names its paper's topic and counts twice there; one in abstracts alone may be
      // anything they say ("argue").
      .map(([word, count]) => ({ word, score: ((count + (titles.get(word) ?? 0)) / papers.length) * Math.log(1 + n / (dfs.get(word) ?? 1)) * rarity(word) }))
      .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    // Asked of the best words only, until enough are found: a big cluster's papers use thousands.
    const candidates: typeof ranked = [];
    const clusterShares = aboutNames !== undefined && sharesConcepts(papers);
    for (const r of ranked) {
      if (candidates.length >= NAME_CANDIDATES) break;
      if (termed(r.word, users.get(r.word)!, clusterShares)) candidates.push(r);
    }
    const phrases = phrasesOf(new Map(candidates.map(({ word }) => [word, counts.get(word)!])), papers);
    // The cluster's concepts by their counted words, most papers about them first.
    const concepts = clusterPhrases
      .filter((c) => c.papers >= 2)
      .map((c) => ({ ...c, words: abstractTokensAsWritten(c.label).flatMap((t) => stemOf(t) ?? []) }))
      .sort((a, b) => b.papers - a.papers || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const names: Array<{ words: string[]; shown: string }> = [];
    // A word that says much less than the first adds nothing to the name ("Fuzzy", not "Fuzzy · form"), nor
    // names the cluster where the first cannot ("Form" for papers on fuzzy models).
    const bar = (candidates[0]?.score ?? 0) * SECOND_WORD_SHARE;
    for (const { word, score } of candidates) {
      if (names.length >= NAME_WORDS || score < bar) break;
      // A word the phrase of a name before it holds adds nothing ("State feedback", not "State feedback · State").
      if (names.some((n) => n.words.includes(word))) continue;
      const concept = concepts.find((c) => c.words.includes(word) && c.words.length > 1);
      const phrase = phrases.get(word);
      // (Tagged only when the name depends on it.)
      const noun = () => writtenAsNoun(papers, mostWritten(forms.get(word)!));
      // A common word shown alone must stand alone in its papers (`ALONE_PAPERS`); a specific one may be any compound's.
      const standsAlone = () => topicWord(mostWritten(forms.get(word)!), bg) || writtenAlone(papers, word);
      const name =
        concept && (concept.papers >= PHRASE_SHARE * counts.get(word)! || !noun())
          ? { words: concept.words, shown: concept.label }
          : (phrase ?? (noun() && standsAlone() ? { words: [word], shown: mostWritten(forms.get(word)!) } : undefined));
      if (name === undefined) continue;
      // (Nor one a name before it holds: "Nonlinear systems" and then "Nonlinear systems" again.)
      if (names.some((n) => n.shown.toLowerCase() === name.shown.toLowerCase())) continue;
      names.push(name);
    }
    return names.map((n) => n.shown);
  };
  return Object.assign(namer, { uses });

  /**
   * For each of `using`'s words (→ how many of `papers` use it): the two-word phrase (the word and the
   * counted word before or after it, in one clause) that the most of `papers` write, if `PHRASE_SHARE` of
   * those that use the word do, and two at least. One pass over the papers for all the words.
   */
  function phrasesOf(using: ReadonlyMap<string, number>, papers: readonly string[]): Map<string, { words: string[]; shown: string }> {
    const perPaper = new Map<string, number>();
    const phraseForms = new Map<string, Map<string, number>>();
    const phraseWords = new Map<string, { of: string; words: string[] }>();
    for (const paper of papers) {
      const text = texts.get(paper);
      if (!text) continue;
      const seen = new Set<string>();
      for (const clause of `${text.title}. ${text.abstract}`.split(PHRASE_BREAK)) {
        const tokens = abstractTokensAsWritten(clause);
        const stems = tokens.map(stemOf);
        for (let i = 0; i < tokens.length; i++) {
          const word = stems[i];
          if (word === null || word === undefined || !using.has(word)) continue;
          for (const j of [i - 1, i + 1]) {
            const other = stems[j];
            if (other === null || other === undefined || other === word || !HAS_LETTER.test(other) || bg.specificity(other) < MIN_SPECIFICITY) continue;
            const [a, b] = j < i ? [j, i] : [i, j];
            const key = `${word}|${stems[a]} ${stems[b]}`;
            let f = phraseForms.get(key);
            if (!f) phraseForms.set(key, (f = new Map()));
            const form = `${shownForm(tokens[a]!)} ${shownForm(tokens[b]!)}`;
            f.set(form, (f.get(form) ?? 0) + 1);
            if (!phraseWords.has(key)) phraseWords.set(key, { of: word, words: [stems[a]!, stems[b]!] });
            if (!seen.has(key)) {
              seen.add(key);
              perPaper.set(key, (perPaper.get(key) ?? 0) + 1);
            }
          }
        }
      }
    }
    const best = new Map<string, { key: string; count: number }>();
    for (const [key, count] of perPaper) {
      const { of } = phraseWords.get(key)!;
      const top = best.get(of);
      if (!top || count > top.count || (count === top.count && key < top.key)) best.set(of, { key, count });
    }
    const out = new Map<string, { words: string[]; shown: string }>();
    for (const [word, { key, count }] of best) {
      if (count >= Math.max(2, Math.ceil(PHRASE_SHARE * using.get(word)!))) out.set(word, { words: phraseWords.get(key)!.words, shown: mostWritten(phraseForms.get(key)!) });
    }
    return out;
  }
}

function shownForm(token: string): string {
  const rest = token.slice(1);
  return rest === rest.toLowerCase() ? token.toLowerCase() : token;
}

function mostWritten(forms: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [form, count] of forms) if (count > most || (count === most && form < best)) [best, most] = [form, count];
  return best;
}
