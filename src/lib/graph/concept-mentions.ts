/**
 * Which registry concepts each paper mentions, beyond its own short list of tags. A paper tagged
 * "multimodal foundation world model" whose abstract also says "world model", or that writes "offline RL"
 * where another writes "offline reinforcement learning", is about those concepts too; counting such
 * mentions lets two papers meet on a concept that made the short list of only one of them.
 *
 * Matching is on Porter-stemmed word sequences (case, plural, hyphenation and punctuation ignored) of
 * every surface form the registry knows: label, aliases and abbreviation. Short forms keep their case
 * (concepts/short-form.ts): "IS" (information systems) is matched where "IS" is written, never by "is".
 * A form whose words stem like stopwords matches nothing: "theses" (of Thesis) stems to "these". A short form the paper defines
 * itself means its own long form there: "RM" in a paper on "revenue management (RM)" is no mention of
 * a "Relationship marketing" whose abbreviation is also RM. A short form the paper uses without defining
 * it is read as the concept stage reads it (`shortFormReading`): the long form the paper writes out, else
 * the corpus's majority long form (one paper's definition only where the paper writes a word of it), else
 * the short form itself, which then mentions none of the concepts it abbreviates (`readsAs`).
 */
import { findAbbreviations, shortFormReading } from '../concepts/abbreviations';
import { stem, wordStem } from '../concepts/normalise';
import { joinShortFormCompounds } from '../concepts/short-form';
import type { Concept, ConceptIndex } from '../model/concepts';
import { stripAccents } from '../normalise/accents';
import { ENGLISH_STOP_WORDS } from './english-stopwords';

/** Longest surface form matched, in words: longer labels are specific enough to be found as tags. */
const MAX_WORDS = 6;

export interface MentionText {
  slug: string;
  title: string;
  abstract: string;
}

/**
 * Accent-stripped words as `wordStem` reads them; hyphens, slashes and punctuation separate words, except
 * in a name that is one short form ("k-NN", "IS-IS": `joinShortFormCompounds`).
 */
export function mentionWords(text: string): string[] {
  const words = joinShortFormCompounds(stripAccents(text)).match(/[\p{L}\p{N}]+/gu);
  return words ? words.map(wordStem) : [];
}

let stopStems: Set<string> | undefined;
/** A form made only of words that stem like stopwords ("theses" → "these") would be found in every abstract. */
function stopwordsOnly(words: readonly string[]): boolean {
  stopStems ??= new Set([...ENGLISH_STOP_WORDS].map(stem));
  return words.every((w) => stopStems!.has(w));
}

/**
 * For every paper (by slug), the concept ids its title or abstract mentions, with how many times.
 * Concepts are matched through all their surface forms; overlapping mentions all count.
 */
export function findConceptMentions(
  papers: readonly MentionText[],
  concepts: readonly Concept[],
): Map<string, Map<string, number>> {
  // A trie over stemmed words: a scan walks it word by word and stops as soon as no form continues the
  // sequence read so far (no key strings are built per position, one map lookup per word read).
  const root: FormNode = { ids: undefined, next: undefined };
  /** Each concept's forms as stemmed words, for `readsAs`. */
  const forms = new Map<string, string[][]>();
  for (const concept of concepts) {
    const surfaces = [concept.label, ...concept.aliases, ...(concept.abbreviation ? [concept.abbreviation] : [])];
    const list = forms.get(concept.id) ?? [];
    forms.set(concept.id, list);
    for (const surface of surfaces) {
      const words = mentionWords(surface);
      list.push(words);
      if (words.length === 0 || words.length > MAX_WORDS || stopwordsOnly(words)) continue;
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
  const result = new Map<string, Map<string, number>>();
  const readings = new ShortFormReadings(papers);
  for (const [at, paper] of papers.entries()) {
    const found = new Map<string, number>();
    const texts = [mentionWords(paper.title), mentionWords(paper.abstract)];
    const read = readings.forPaper(at, texts);
    for (const words of texts) {
      for (let i = 0; i < words.length; i++) {
        let node: FormNode | undefined = root;
        let short = false;
        for (let at = i; at < words.length && node.next; at++) {
          node = node.next.get(words[at]!);
          if (!node) break;
          short ||= readings.isShort(words[at]!);
          if (!node.ids) continue;
          const seq = short ? words.slice(i, at + 1) : undefined;
          for (const id of node.ids) {
            if (seq && !readsAs(seq, read, readings, forms.get(id)!)) continue;
            found.set(id, (found.get(id) ?? 0) + 1);
          }
        }
      }
    }
    result.set(paper.slug, found);
  }
  return result;
}

/** Per paper slug: concept id → times its title and abstract name it (`findConceptMentions`). */
export type PaperMentions = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The registry concepts each paper mentions, less those the user took off it (`remove` in concepts.yaml,
 * `ConceptIndex.removed`): its text still names them, but the user said the paper is not about them, so they
 * neither explain its links nor list it on their page. Found once per run, for both.
 */
export function paperMentions(papers: readonly MentionText[], index: Pick<ConceptIndex, 'concepts' | 'removed'>): PaperMentions {
  const found = findConceptMentions(papers, index.concepts);
  const removed = index.removed;
  if (removed) {
    for (const [slug, ids] of found) {
      if (!Object.hasOwn(removed, slug)) continue;
      for (const id of removed[slug]!) ids.delete(id);
    }
  }
  return found;
}

/**
 * The short forms the corpus defines and what each means in a paper, read as the concept stage reads
 * them (`shortFormReading`): "MP" in a paper that never defines it is the long form it writes out, else
 * the one most of the corpus's definitions give (a lone definition only if the paper writes a word of it),
 * else just "MP" (before, it was every concept abbreviated
 * MP at once). Keys are stemmed words joined by spaces; only one-word short forms are read, since only
 * they stand inside other forms ("RL agents") and the rare longer ones are left be.
 */
class ShortFormReadings {
  /** Short form → long form → definitions in the corpus. */
  private readonly votes = new Map<string, Map<string, number>>();
  /** Per paper, in input order: its own short forms → long form (the first definition, if it gives two). */
  private readonly own: Map<string, string>[] = [];

  constructor(papers: readonly MentionText[]) {
    for (const paper of papers) {
      const own = new Map<string, string>();
      for (const pair of findAbbreviations(`${paper.title}. ${paper.abstract}`)) {
        const short = mentionWords(pair.short);
        const long = mentionWords(pair.long).join(' ');
        if (short.length !== 1 || long === '' || long === short[0]) continue;
        let votes = this.votes.get(short[0]!);
        if (!votes) this.votes.set(short[0]!, (votes = new Map()));
        votes.set(long, (votes.get(long) ?? 0) + 1);
        if (!own.has(short[0]!)) own.set(short[0]!, long);
      }
      this.own.push(own);
    }
  }

  /** Whether the corpus defines this stemmed word as a short form. */
  isShort(word: string): boolean {
    return this.votes.has(word);
  }

  /** The paper's reading of a short form (memoised): its long form's stemmed words, or undefined. */
  forPaper(at: number, texts: readonly string[][]): (short: string) => string | undefined {
    const own = this.own[at];
    const memo = new Map<string, string | undefined>();
    let joined: string[] | undefined;
    // The paper writes a long form out when its words run whole in the title or the abstract.
    const writesOut = (long: string): boolean => (joined ??= texts.map((t) => ` ${t.join(' ')} `)).some((t) => t.includes(` ${long} `));
    const writesWord = (word: string): boolean => texts.some((t) => t.includes(word));
    return (short) => {
      if (memo.has(short)) return memo.get(short);
      const out = shortFormReading(own?.get(short), this.votes.get(short), writesOut, writesWord);
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
): boolean {
  const shorts = seq.filter((w) => readings.isShort(w));
  if (shorts.length === 0) return true;
  const holdsShort = (unread: string[]) => conceptForms.every((f) => unread.some((w) => f.includes(w)));
  const unread = shorts.filter((w) => read(w) === undefined);
  if (unread.length > 0) return holdsShort(unread);
  const expanded = seq.map((w) => (readings.isShort(w) ? read(w)! : w)).join(' ');
  if (conceptForms.some((f) => f.join(' ') === expanded)) return true;
  // A concept known only by forms holding the short form ("SELP", "RL agents") may be this reading or
  // another: its forms do not say, and it keeps the mention.
  return holdsShort(shorts);
}

/** A word sequence read so far: the concepts whose form it is, and the words that continue some longer form. */
interface FormNode {
  ids: string[] | undefined;
  next: Map<string, FormNode> | undefined;
}
