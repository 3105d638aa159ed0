/**
 * Which registry concepts each paper mentions, beyond its own short list of tags. A paper tagged
 * "multimodal foundation world model" whose abstract also says "world model", or that writes "offline RL"
 * where another writes "offline reinforcement learning", is about those concepts too; counting such
 * mentions lets two papers meet on a concept that made the short list of only one of them.
 *
 * Matching is on Porter-stemmed word sequences (case, plural, hyphenation and punctuation ignored) of
 * every surface form the registry knows: label, aliases and abbreviation. A short form the paper defines
 * itself means its own long form there: "RM" in a paper on "revenue management (RM)" is no mention of
 * a "Relationship marketing" whose abbreviation is also RM (`ownReading`).
 */
import { findAbbreviations } from '../concepts/abbreviations';
import { stem } from '../concepts/normalise';
import type { Concept } from '../model/concepts';
import { stripAccents } from '../normalise/accents';

/** Longest surface form matched, in words: longer labels are specific enough to be found as tags. */
const MAX_WORDS = 6;

export interface MentionText {
  slug: string;
  title: string;
  abstract: string;
}

/** Lowercased, accent-stripped, stemmed words; hyphens, slashes and punctuation separate words. */
export function mentionWords(text: string): string[] {
  const words = stripAccents(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? words.map(stem) : [];
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
  /** Each concept's forms as stemmed words, for `ownReading`. */
  const forms = new Map<string, string[][]>();
  for (const concept of concepts) {
    const surfaces = [concept.label, ...concept.aliases, ...(concept.abbreviation ? [concept.abbreviation] : [])];
    const list = forms.get(concept.id) ?? [];
    forms.set(concept.id, list);
    for (const surface of surfaces) {
      const words = mentionWords(surface);
      list.push(words);
      if (words.length === 0 || words.length > MAX_WORDS) continue;
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
  for (const paper of papers) {
    const found = new Map<string, number>();
    const own = ownDefinitions(paper);
    for (const text of [paper.title, paper.abstract]) {
      const words = mentionWords(text);
      for (let i = 0; i < words.length; i++) {
        let node: FormNode | undefined = root;
        for (let at = i; at < words.length && node.next; at++) {
          node = node.next.get(words[at]!);
          if (!node) break;
          if (!node.ids) continue;
          const seq = own.size > 0 ? words.slice(i, at + 1) : undefined;
          for (const id of node.ids) {
            if (seq && !ownReading(seq, own, forms.get(id)!)) continue;
            found.set(id, (found.get(id) ?? 0) + 1);
          }
        }
      }
    }
    result.set(paper.slug, found);
  }
  return result;
}

/** The paper's own abbreviations: short form's stemmed word → long form's stemmed words, joined. */
function ownDefinitions(paper: MentionText): Map<string, string> {
  const own = new Map<string, string>();
  for (const pair of findAbbreviations(`${paper.title}. ${paper.abstract}`)) {
    const short = mentionWords(pair.short);
    // Only one-word short forms stand inside other forms ("RL agents"); the rare longer ones are left be.
    if (short.length === 1 && !own.has(short[0]!)) own.set(short[0]!, mentionWords(pair.long).join(' '));
  }
  return own;
}

/**
 * Whether a concept's form, read where the paper defines some of its words as short forms, is still that
 * concept: the form with the paper's long forms put in must be one of the concept's forms, unless every
 * form of the concept holds the short form (a concept known only as "RL agents" says nothing of what
 * RL stands for).
 */
function ownReading(seq: string[], own: Map<string, string>, conceptForms: string[][]): boolean {
  const shorts = seq.filter((w) => own.has(w));
  if (shorts.length === 0) return true;
  const expanded = seq.map((w) => own.get(w) ?? w).join(' ');
  if (conceptForms.some((f) => f.join(' ') === expanded)) return true;
  return conceptForms.every((f) => shorts.some((w) => f.includes(w)));
}

/** A word sequence read so far: the concepts whose form it is, and the words that continue some longer form. */
interface FormNode {
  ids: string[] | undefined;
  next: Map<string, FormNode> | undefined;
}
