/**
 * Which registry concepts each paper mentions, beyond its own short list of tags. A paper tagged
 * "multimodal foundation world model" whose abstract also says "world model", or that writes "offline RL"
 * where another writes "offline reinforcement learning", is about those concepts too; counting such
 * mentions lets two papers meet on a concept that made the short list of only one of them.
 *
 * A paper mentions a concept where its text writes one of the concept's names (label, aliases,
 * abbreviation) as the concept stage reads words (`identityWords`, with the collection's phrase words):
 * case, plural, inflection and hyphenation are ignored, but words the identity keeps apart stay apart, so
 * "corrections" is no mention of Correctness, "iterative" none of Iteration. The last word must be written
 * as one of the names writes it, plural aside: the identity reads a modifier "advanced" as "advancement"
 * (so that "simulated environment" meets "simulation environment"), but "Advanced …" names no
 * Advancements. Short forms keep their case (concepts/short-form.ts): "IS" (information systems) is
 * matched where "IS" is written, never by "is".
 * A form whose words read like stopwords matches nothing: "theses" (of Thesis) reads as "these". A one-word
 * name that ends a longer name of a concept the paper carries is that concept's head: a paper tagged
 * "Conservation laws" does not mention Law by writing "conservation laws". A short form the paper defines
 * itself means its own long form there: "RM" in a paper on "revenue management (RM)" is no mention of
 * a "Relationship marketing" whose abbreviation is also RM. A short form the paper uses without defining
 * it is read as the concept stage reads it (`shortFormReading`): the long form the paper writes out, else
 * the corpus's majority long form where the paper is about what the papers that define it are about
 * (concepts/sense-context.ts; a lone definition only if the paper also writes a word of it) or writes the
 * short form after a percentage as a definition writes the long form, else
 * the short form itself, which then mentions none of the concepts it abbreviates (`readsAs`).
 */
import { findAbbreviations, sharedUndefined, shortFormReading, wordsAfterPercentages } from '../concepts/abbreviations';
import { SENSE_NEIGHBOURS, SenseContext, specificityAsWritten } from '../concepts/sense-context';
import { identityWords, pluralAside, stem, wordIdentity, wordRuns, wordRunsWithJoins, type PhraseWords } from '../concepts/normalise';
import { HAS_DIGIT, KIND_PREFIX, STARTS_UPPER } from '../concepts/word-shape';
import { conceptNames, type Concept, type ConceptIndex } from '../model/concepts';
import { stripAccents } from '../normalise/accents';
import { ENGLISH_STOP_WORDS } from './english-stopwords';

/** Longest surface form matched, in words: longer labels are specific enough to be found as tags. */
const MAX_WORDS = 6;

export interface MentionText {
  slug: string;
  title: string;
  abstract: string;
  /**
   * The title is the abstract's first words (`--untitled from-abstract`): not read, as the concept stage does not
   * read it (concepts/paper-text.ts), so that the first sentence's words are not counted twice.
   */
  madeTitle?: true | undefined;
}

/** The title a paper's mentions are read in: none where the record had none. */
function titleOf(paper: MentionText): string {
  return paper.madeTitle ? '' : paper.title;
}

/**
 * Accent-stripped words as a concept's identity reads them (`identityWords`), given the collection's phrase
 * words; hyphens, slashes and punctuation separate words.
 */
export function mentionWords(text: string, written?: PhraseWords): string[] {
  return identityWords(stripAccents(text), written);
}

export interface MentionOptions {
  /** The words of the collection's noun phrases the concept identities were read against (`ConceptIndex.phraseWords`). */
  written?: PhraseWords;
  /** The concept ids a paper carries as tags (by slug). */
  carried?: (slug: string) => readonly string[];
}


/**
 * Whether one of the concept's names (label, aliases, abbreviation) is one word as the mention finder reads it:
 * only such a name's count can depend on the other concepts (a one-word name read as the head of a longer name
 * the paper carries); every other name is counted wherever it is written, whatever overlaps it.
 */
export function hasOneWordName(concept: Concept): boolean {
  return conceptNames(concept).some((name) => wordRuns(stripAccents(name)).length === 1);
}

/**
 * For every paper (by slug), the concept ids its title or abstract mentions, with how many times.
 * Concepts are matched through all their surface forms; overlapping mentions all count, except a one-word
 * name at the end of a longer name of a concept the paper carries (unless the paper carries it too).
 */
export function findConceptMentions(
  papers: readonly MentionText[],
  concepts: readonly Concept[],
  options: MentionOptions = {},
): Map<string, Map<string, number>> {
  return findMentionsOfEach(papers, [concepts], options)[0]!;
}

/**
 * `findConceptMentions` for several concept lists at once, each counted as a call of its own would count it,
 * in one reading of the papers: reading every paper's words and short forms costs more than a scan for one
 * more list (at 10,000 papers a second reading for the routine phrases took 1.4 s).
 */
export function findMentionsOfEach(
  papers: readonly MentionText[],
  lists: readonly (readonly Concept[])[],
  options: MentionOptions = {},
): Map<string, Map<string, number>>[] {
  const { written, carried } = options;
  const stopWords = new Set([...ENGLISH_STOP_WORDS].map((w) => wordIdentity(w, written)));
  const scans = lists.map((concepts) => formScan(concepts, written, stopWords));

  // A word's plural aside, once per word written (three regular expressions each).
  const plurals = new Map<string, string>();
  const pluralOf = (run: string): string => {
    let out = plurals.get(run);
    if (out === undefined) plurals.set(run, (out = pluralAside(run)));
    return out;
  };
  const results = lists.map(() => new Map<string, Map<string, number>>());
  // The sense test (`ShortFormReadings`) reads every paper's words once a paper uses a short form it does not
  // define: they are kept until the scan comes to the paper (words as written joined by spaces, a fifth of
  // the memory of the lists), not found again (at 10,000 papers the second reading took 0.8 s).
  const kept: (KeptWords | undefined)[] = [];
  // The sense test weighs the words two papers share by how specific they are, read off a form a paper writes
  // each in (an identity is a stem the backgrounds may not know).
  const writtenOf = new Map<string, string>();
  const textsOf = (at: number): readonly (readonly string[])[] => {
    let words = kept[at];
    if (!words) {
      const read = paperWords(papers[at]!, written);
      read.runs.forEach((run, i) => run.forEach((w, j) => writtenOf.has(read.texts[i]![j]!) || writtenOf.set(read.texts[i]![j]!, w.toLowerCase())));
      kept[at] = words = { written: read.runs.map((r) => r.join(' ')), texts: read.texts, tails: read.tails };
    }
    return words.texts;
  };
  const readings = new ShortFormReadings(papers, written, stopWords, textsOf, specificityAsWritten(writtenOf));
  for (const [at, paper] of papers.entries()) {
    const own = carried?.(paper.slug) ?? [];
    const words = kept[at];
    kept[at] = undefined;
    const { runs, texts, tails } = words ? { runs: words.written.map((w) => (w === '' ? [] : w.split(' '))), texts: words.texts, tails: words.tails } : paperWords(paper, written);
    const read = readings.forPaper(at, texts);
    for (const [n, scan] of scans.entries()) {
      const found = new Map<string, number>();
      for (const [t, words] of texts.entries()) {
        const matches: Match[] = [];
        for (let i = 0; i < words.length; i++) {
          let node: FormNode | undefined = scan.root;
          let short = false;
          for (let end = i; end < words.length && node.next; end++) {
            node = node.next.get(words[end]!);
            if (!node) break;
            short ||= readings.isShort(words[end]!);
            if (!node.ids) continue;
            const seq = short ? words.slice(i, end + 1) : undefined;
            // The identity reads "advanced" as "advancement" where the collection's phrases say "advancements"
            // (a modifier meets its noun), but a name ends on a noun: "Advanced …" names no Advancements.
            const last = pluralOf(runs[t]![end]!);
            const ids = node.ids.filter((id) => scan.lastWords.get(id)!.has(last) && (!seq || readsAs(seq, read, readings, scan.forms.get(id)!, scan.joinedForms(id))));
            if (ids.length > 0) matches.push({ start: i, end, ids });
          }
        }
        // A one-word name that ends a longer name of a concept the paper carries is that name's head, not a
        // concept of its own: "conservation laws" says nothing of Law. Only the head, and only one word: a
        // paper tagged "Offline reinforcement learning" is about reinforcement learning, one on "wavelet
        // packets" about wavelets, and links on them (without this exception, at the bundled corpus related
        // R@10 fell from 0.738 to 0.711 and 11 related entries shared no concept, against 4).
        const ownNames = own.length === 0 ? [] : matches.filter((m) => m.ids.some((id) => own.includes(id)));
        for (const m of matches) {
          if (tailOnly(m, tails[t]!, matches)) continue;
          const headOfOwn = m.start === m.end && ownNames.some((o) => o.start < m.start && o.end === m.end);
          for (const id of m.ids) {
            if (headOfOwn && !own.includes(id)) continue;
            found.set(id, (found.get(id) ?? 0) + 1);
          }
        }
      }
      results[n]!.set(paper.slug, found);
    }
  }
  return results;
}

/** One list's concepts made ready for the scan: a trie of their forms as read, and what `readsAs` and the plural test ask. */
interface FormScan {
  /** A scan walks it word by word and stops as soon as no form continues the sequence read so far (no key strings per position). */
  root: FormNode;
  /** Each concept's forms as read, for `readsAs`. */
  forms: Map<string, string[][]>;
  /** How each concept's names write their last word, plural aside (`pluralAside`). */
  lastWords: Map<string, Set<string>>;
  /** A concept's forms as read, joined by spaces (`readsAs`), memoised. */
  joinedForms: (id: string) => ReadonlySet<string>;
}

function formScan(concepts: readonly Concept[], written: PhraseWords | undefined, stopWords: ReadonlySet<string>): FormScan {
  const root: FormNode = { ids: undefined, next: undefined };
  const forms = new Map<string, string[][]>();
  const lastWords = new Map<string, Set<string>>();
  for (const concept of concepts) {
    const surfaces = conceptNames(concept);
    const list = forms.get(concept.id) ?? [];
    forms.set(concept.id, list);
    const lasts = lastWords.get(concept.id) ?? new Set();
    lastWords.set(concept.id, lasts);
    for (const surface of surfaces) {
      const runs = wordRuns(stripAccents(surface));
      const words = runs.map((w) => wordIdentity(w, written));
      list.push(words);
      if (runs.length > 0) lasts.add(pluralAside(runs[runs.length - 1]!));
      if (words.length === 0 || words.length > MAX_WORDS || words.every((w) => stopWords.has(w))) continue;
      let node = root;
      for (const word of words) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { ids: undefined, next: undefined }));
        node = child;
      }
      if (!node.ids) node.ids = [concept.id];
      else if (!node.ids.includes(concept.id)) node.ids.push(concept.id);
    }
  }
  const joined = new Map<string, ReadonlySet<string>>();
  const joinedForms = (id: string): ReadonlySet<string> => {
    let out = joined.get(id);
    if (!out) joined.set(id, (out = new Set(forms.get(id)!.map((f) => f.join(' ')))));
    return out;
  };
  return { root, forms, lastWords, joinedForms };
}

/**
 * A paper's title and abstract: their words as written (`wordRuns`, accents stripped), as read (`wordIdentity`),
 * and where no mention opens (`compoundTails`).
 */
function paperWords(paper: MentionText, written: PhraseWords | undefined): { runs: string[][]; texts: string[][]; tails: CompoundTails[] } {
  const read = [wordRunsWithJoins(stripAccents(titleOf(paper))), wordRunsWithJoins(stripAccents(paper.abstract))];
  const runs = read.map((r) => r.runs);
  const lowercase = new Set<string>();
  for (const r of runs) for (const w of r) if (!STARTS_UPPER.test(w)) lowercase.add(w);
  const isName = (w: string) => STARTS_UPPER.test(w) && !lowercase.has(w.toLowerCase());
  return { runs, texts: runs.map((r) => r.map((w) => wordIdentity(w, written))), tails: read.map((r) => compoundTails(r.runs, r.joined, isName)) };
}

/**
 * The words of hyphenated compounds that open no mention: a compound's tail says something else than the word
 * alone ("Indo-European" names no Europeans, "few-shot" no shot, "self-supervised learning" is no supervised
 * learning, "state-of-the-art" no art), as a title's compound holds no concept of its tail (concepts/title-holding.ts
 * `hyphenTails`). The compound is a kind of its tail after a derivational prefix (`KIND_PREFIX`: "pre-training"),
 * a letter ("e-commerce", "T-cell") or a name before a word that is none ("Rydberg-atom", "LLM-generated text"; a
 * name is a capitalised word the paper never writes in lowercase), and a number or version beside the hyphen
 * makes a name and its version ("GPT-4", "Qwen2.5-VL"), whose parts stand alone. A compound the registry names
 * is read as that phrase (`tailOnly`).
 */
function compoundTails(runs: readonly string[], joined: readonly boolean[], isName: (word: string) => boolean): CompoundTails {
  const tails = new Map<number, boolean>();
  for (let i = 1; i < runs.length; i++) {
    if (!joined[i]) continue;
    const opener = runs[i - 1]!;
    const tail = runs[i]!;
    if (HAS_DIGIT.test(opener) || HAS_DIGIT.test(tail) || KIND_PREFIX.test(opener) || ONE_LETTER.test(opener)) continue;
    const openerIsName = isName(opener);
    const tailIsName = isName(tail);
    if (openerIsName && !tailIsName) continue;
    tails.set(i, openerIsName && tailIsName);
  }
  return tails;
}

/** Per word that opens no mention alone (`compoundTails`): whether the compound is two names ("Indo-European"). */
type CompoundTails = ReadonlyMap<number, boolean>;

/**
 * Whether a match opens on a compound's tail and so names nothing: the tail alone. A phrase that goes on past the
 * compound reads its tail as its first word ("state-value function" is a value function), and a compound that is
 * itself a name of the registry ("world-model", "reward-model": another match opens before the hyphen and reaches
 * past it) is that phrase with a hyphen, whose words mention what they mention written apart ("world model"
 * mentions Model); not so two names, which make one name ("Indo-European languages" names no European languages).
 */
function tailOnly(m: Match, tails: CompoundTails, matches: readonly Match[]): boolean {
  const names = tails.get(m.start);
  if (names === undefined) return false;
  return names || (m.start === m.end && !matches.some((o) => o.start < m.start && o.end >= m.start));
}
const ONE_LETTER = /^\p{L}$/u;

/** `paperWords` kept for later: the words as written joined by spaces (no word holds one), title and abstract. */
interface KeptWords {
  written: string[];
  texts: string[][];
  tails: CompoundTails[];
}

/** Where a run of words (first and last index) names concepts. */
interface Match {
  start: number;
  end: number;
  ids: readonly string[];
}

/** Per paper slug: concept id → times its title and abstract name it (`findConceptMentions`). */
export type PaperMentions = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The registry concepts each paper mentions, less those the user took off it (`remove` in concepts.yaml,
 * `ConceptIndex.removed`): its text still names them, but the user said the paper is not about them, so they
 * neither explain its links nor list it on their page. Found once per run, for both.
 */
export function paperMentions(papers: readonly MentionText[], index: Pick<ConceptIndex, 'concepts' | 'byPaper' | 'removed' | 'phraseWords'>): PaperMentions {
  return paperMentionsOf(papers, index, [])[0]!;
}

/**
 * `paperMentions`, then the mentions of each of `more` concept lists (less what the user removed too), each as a
 * call of its own would find them, in one reading of the papers (`findMentionsOfEach`).
 */
export function paperMentionsOf(
  papers: readonly MentionText[],
  index: Pick<ConceptIndex, 'concepts' | 'byPaper' | 'removed' | 'phraseWords'>,
  more: readonly (readonly Concept[])[],
): PaperMentions[] {
  const lists = findMentionsOfEach(papers, [index.concepts, ...more], {
    written: index.phraseWords,
    carried: (slug) => (Object.hasOwn(index.byPaper, slug) ? index.byPaper[slug]!.map((c) => c.id) : []),
  });
  const removed = index.removed;
  if (removed) {
    for (const found of lists) {
      for (const [slug, ids] of found) {
        if (!Object.hasOwn(removed, slug)) continue;
        for (const id of removed[slug]!) ids.delete(id);
      }
    }
  }
  return lists;
}

/**
 * The short forms the corpus defines and what each means in a paper, read as the concept stage reads
 * them (`shortFormReading`): "MP" in a paper that never defines it is the long form it writes out, else
 * the one most of the corpus's definitions give if the paper is near a paper that uses it (concepts/sense-context.ts;
 * a lone definition only if the paper also writes a word of it or shares that sense with another paper that writes it undefined),
 * else just "MP" (before, it was every concept abbreviated
 * MP at once). Keys are words as read (`mentionWords`) joined by spaces; only one-word short forms are read, since only
 * they stand inside other forms ("RL agents") and the rare longer ones are left be.
 */
class ShortFormReadings {
  /** Short form → long form → definitions in the corpus. */
  private readonly votes = new Map<string, Map<string, number>>();
  /** Per paper, in input order: its own short forms → long form (the first definition, if it gives two). */
  private readonly own: Map<string, string>[] = [];
  /** Short form → the long forms a definition writes right after a percentage ("95% confidence interval [CI]"). */
  private readonly percentageLongs = new Map<string, Set<string>>();
  /** Per paper, in input order: the words it writes right after a percentage, as read ("CI" in "95% CI"). */
  private readonly afterPercentages: Set<string>[] = [];
  /** Short form → long form → the papers (in input order) that define the short form as that long form. */
  private readonly definers = new Map<string, Map<string, Set<number>>>();
  /** The papers compared by their words as read (`SenseContext`), built once a paper uses a short form it does not define. */
  private senses: SenseContext | undefined;

  /**
   * `stopWords`: function words as read; `textsOf`: a paper's title and abstract words as read (`paperWords`),
   * for the sense test, and `specificity`: a word's as read (`SenseContext`).
   */
  constructor(
    private readonly papers: readonly MentionText[],
    written: PhraseWords | undefined,
    private readonly stopWords: ReadonlySet<string>,
    private readonly textsOf: (at: number) => readonly (readonly string[])[],
    private readonly specificity: (word: string) => number,
  ) {
    for (const [at, paper] of papers.entries()) {
      const own = new Map<string, string>();
      const text = `${titleOf(paper)}. ${paper.abstract}`;
      for (const pair of findAbbreviations(text)) {
        const short = mentionWords(pair.short, written);
        const long = mentionWords(pair.long, written).join(' ');
        if (short.length !== 1 || long === '' || long === short[0]) continue;
        let votes = this.votes.get(short[0]!);
        if (!votes) this.votes.set(short[0]!, (votes = new Map()));
        votes.set(long, (votes.get(long) ?? 0) + 1);
        if (!own.has(short[0]!)) own.set(short[0]!, long);
        let byLong = this.definers.get(short[0]!);
        if (!byLong) this.definers.set(short[0]!, (byLong = new Map()));
        let docs = byLong.get(long);
        if (!docs) byLong.set(long, (docs = new Set()));
        docs.add(at);
        if (pair.afterPercentage) {
          let longs = this.percentageLongs.get(short[0]!);
          if (!longs) this.percentageLongs.set(short[0]!, (longs = new Set()));
          longs.add(long);
        }
      }
      this.own.push(own);
      this.afterPercentages.push(new Set(wordsAfterPercentages(text).map((w) => mentionWords(w, written).join(' '))));
    }
  }

  /** Whether the corpus defines this word (as read) as a short form. */
  isShort(word: string): boolean {
    return this.votes.has(word);
  }

  /** The paper's reading of a short form (memoised): its long form's words as read, or undefined. */
  forPaper(at: number, texts: readonly string[][]): (short: string) => string | undefined {
    const own = this.own[at];
    const memo = new Map<string, string | undefined>();
    let joined: string[] | undefined;
    // The paper writes a long form out when its words run whole in the title or the abstract.
    const writesOut = (long: string): boolean => (joined ??= texts.map((t) => ` ${t.join(' ')} `)).some((t) => t.includes(` ${long} `));
    // A word of its family is a sign of the long form's topic: "learn" for "reinforcement learning".
    let families: Set<string> | undefined;
    const writesWord = (word: string): boolean => (families ??= new Set(texts.flatMap((t) => t.map(stem)))).has(stem(word));
    return (short) => {
      if (memo.has(short)) return memo.get(short);
      const afterPercentage = (long: string): boolean => this.percentageLongs.get(short)?.has(long) === true && this.afterPercentages[at]!.has(short);
      // The paper is about what the papers that define the short form as the long form are about.
      const senseOf = (long: string): ReadonlySet<number> =>
        (this.senses ??= new SenseContext(
          this.papers.map((_, p) => {
            const [title, abstract] = this.textsOf(p);
            return [...title!, '|', ...abstract!];
          }),
          this.stopWords,
          SENSE_NEIGHBOURS,
          this.specificity,
        )).sensePapers(short, long, this.definers.get(short)?.get(long) ?? []);
      const inContext = (long: string): boolean => senseOf(long).has(at);
      const writesShort = (p: number): boolean => this.textsOf(p).some((t) => t.includes(short));
      const sharedSense = (long: string): boolean => sharedUndefined(short, this.papers.length, SENSE_NEIGHBOURS, () => senseOf(long), this.definers.get(short)?.get(long) ?? [], writesShort);
      const out = shortFormReading(own?.get(short), this.votes.get(short), writesOut, writesWord, inContext, afterPercentage, sharedSense);
      memo.set(short, out);
      return out;
    };
  }
}

/**
 * Whether a concept's form, read in the paper (its short forms standing for what `read` says), is still
 * that concept: the form with the long forms put in must be one of the concept's forms, unless every
 * form of the concept holds the short form (a concept known only as "RL agents" says nothing of what
 * RL stands for). A short form the paper gives no reading stands for itself: it is only a concept
 * every form of which holds it, never one it abbreviates ("MP" with no majority reading is neither
 * "maximum power" nor "median partitioning").
 */
function readsAs(
  seq: string[],
  read: (short: string) => string | undefined,
  readings: ShortFormReadings,
  conceptForms: string[][],
  joinedForms: ReadonlySet<string>,
): boolean {
  const shorts = seq.filter((w) => readings.isShort(w));
  if (shorts.length === 0) return true;
  const holdsShort = (unread: string[]) => conceptForms.every((f) => unread.some((w) => f.includes(w)));
  const unread = shorts.filter((w) => read(w) === undefined);
  if (unread.length > 0) return holdsShort(unread);
  const expanded = seq.map((w) => (readings.isShort(w) ? read(w)! : w)).join(' ');
  if (joinedForms.has(expanded)) return true;
  // A concept known only by forms holding the short form ("SELP", "RL agents") may be this reading or
  // another: its forms do not say, and it keeps the mention.
  return holdsShort(shorts);
}

/** A word sequence read so far: the concepts whose form it is, and the words that continue some longer form. */
interface FormNode {
  ids: string[] | undefined;
  next: Map<string, FormNode> | undefined;
}
