/**
 * Which registry concepts each paper mentions, beyond its own short list of tags. A paper tagged
 * "multimodal foundation world model" whose abstract also says "world model", or that writes "offline RL"
 * where another writes "offline reinforcement learning", is about those concepts too; counting such
 * mentions lets two papers meet on a concept that made the short list of only one of them.
 *
 * Matching is on Porter-stemmed word sequences (case, plural, hyphenation and punctuation ignored) of
 * every surface form the registry knows: label, aliases and abbreviation.
 */
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
  for (const concept of concepts) {
    const surfaces = [concept.label, ...concept.aliases, ...(concept.abbreviation ? [concept.abbreviation] : [])];
    for (const surface of surfaces) {
      const words = mentionWords(surface);
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
    for (const text of [paper.title, paper.abstract]) {
      const words = mentionWords(text);
      for (let i = 0; i < words.length; i++) {
        let node: FormNode | undefined = root;
        for (let at = i; at < words.length && node.next; at++) {
          node = node.next.get(words[at]!);
          if (!node) break;
          if (node.ids) for (const id of node.ids) found.set(id, (found.get(id) ?? 0) + 1);
        }
      }
    }
    result.set(paper.slug, found);
  }
  return result;
}

/** A word sequence read so far: the concepts whose form it is, and the words that continue some longer form. */
interface FormNode {
  ids: string[] | undefined;
  next: Map<string, FormNode> | undefined;
}
