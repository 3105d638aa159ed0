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

/** Longest surface form matched, in words: longer labels are specific enough to be found as tags. */
const MAX_WORDS = 6;

export interface MentionText {
  slug: string;
  title: string;
  abstract: string;
}

/** Lowercased, accent-stripped, stemmed words; hyphens, slashes and punctuation separate words. */
export function mentionWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
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
  const forms = new Map<string, string[]>();
  // Every proper prefix of a form, so that a scan stops extending a word sequence as soon as no form starts so.
  const prefixes = new Set<string>();
  for (const concept of concepts) {
    const surfaces = [concept.label, ...concept.aliases, ...(concept.abbreviation ? [concept.abbreviation] : [])];
    for (const surface of surfaces) {
      const words = mentionWords(surface);
      if (words.length === 0 || words.length > MAX_WORDS) continue;
      const key = words.join(' ');
      for (let len = 1; len < words.length; len++) prefixes.add(words.slice(0, len).join(' '));
      const ids = forms.get(key);
      if (!ids) forms.set(key, [concept.id]);
      else if (!ids.includes(concept.id)) ids.push(concept.id);
    }
  }
  const result = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    const found = new Map<string, number>();
    for (const text of [paper.title, paper.abstract]) {
      const words = mentionWords(text);
      for (let i = 0; i < words.length; i++) {
        let key = '';
        for (let len = 1; len <= MAX_WORDS && i + len <= words.length; len++) {
          key = len === 1 ? words[i]! : `${key} ${words[i + len - 1]!}`;
          const ids = forms.get(key);
          if (ids) for (const id of ids) found.set(id, (found.get(id) ?? 0) + 1);
          if (!prefixes.has(key)) break;
        }
      }
    }
    result.set(paper.slug, found);
  }
  return result;
}
