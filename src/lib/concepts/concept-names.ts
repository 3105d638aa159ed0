/**
 * The concept a phrase names: its short forms read as their long forms, then the user's merges and the long
 * forms that others shorten; and the phrases of the user's overrides read as the papers' are.
 */
import type { ConceptOverrides } from './overrides';
import type { CorpusAbbreviations } from './corpus-abbreviations';
import type { Identify, RankedDocument } from './ranked-document';
import { mergeGroups } from './merge-groups';
import { shortFormKey } from './short-form';
import { shortenedLongForms } from './shortened-long-forms';
import { WORD_RUN } from './word-case';

/**
 * The short forms the papers write, by the identity their lowercase would have ("rl" → "RL"), leaving out
 * those whose lowercase the papers also write as a word ("space" for "SPaCE") and those two short forms
 * share ("SPACE" and "SPaCE").
 */
function shortFormsByWord(texts: readonly (readonly string[])[], idOf: Identify): Map<string, string> {
  const found = new Map<string, string | null>();
  const ordinary = new Set<string>();
  for (const words of texts) {
    for (const text of words) {
      for (const run of text.match(WORD_RUN) ?? []) {
        const key = shortFormKey(run);
        if (key === undefined) {
          ordinary.add(idOf(run.toLowerCase()));
          continue;
        }
        const word = idOf(key.toLowerCase());
        const seen = found.get(word);
        if (seen === undefined) found.set(word, key);
        else if (seen !== key) found.set(word, null);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [word, key] of found) if (key !== null && !ordinary.has(word)) out.set(word, key);
  return out;
}

/** How the collection's phrases and the overrides' name concepts. */
export function conceptNames(analysed: readonly RankedDocument[], overrides: ConceptOverrides, abbreviations: CorpusAbbreviations, idOf: Identify) {
  const { sameName, stopIds, shortToLong, textOf, longIn, expandIn, touchesShort, defined } = abbreviations;
  /**
   * The identity of a phrase the user wrote in concepts.yaml. A short form there may be written in any case
   * ("rl agents", or the id "rl-agent" of RL agents), unless the papers write that lowercase word themselves:
   * then it is the word ("space" is not SPaCE).
   */
  let shortFormOfWord: Map<string, string> | undefined;
  const userIdentity = (phrase: string): string => {
    shortFormOfWord ??= shortFormsByWord(analysed.map((a) => a.words.texts), idOf);
    return idOf(phrase)
      .split(' ')
      .map((t) => shortFormOfWord!.get(t) ?? t)
      .join(' ');
  };

  // User merges win over abbreviations. They are keyed by the phrase as the corpus reads it, short forms
  // expanded, so "RL agents" in a group meets "reinforcement learning agents" (and every paper's "RL
  // agents" that means that), and a group that names a short form first or last merges the same concept.
  // Groups that share a phrase are one concept (merge-groups.ts).
  const merged = new Map<string, string>(sameName);
  const userGroups = mergeGroups(overrides.merge.map((group) => group.map((p) => expandIn(undefined, userIdentity(p)))));
  for (const [id, target] of userGroups.target) merged.set(id, target);
  // Then a long form that another shortens by its first word, where the papers write the two for one thing
  // ("artificial neural network (ANN)" and "neural network (NN)", shortened-long-forms.ts); a phrase the user
  // merged stays where the user put it.
  const userMerged = new Set([...merged.keys(), ...merged.values()]);
  for (const [from, to] of shortenedLongForms({ longOf: shortToLong, papers: analysed.length, textOf, readsAs: (doc, s) => longIn(doc, s), stopIds, phrasesOf: (doc) => analysed[doc]!.ranked.map((r) => r.candidate.id) })) {
    if (!userMerged.has(from) && !userMerged.has(to)) merged.set(from, to);
  }
  /** Merged phrases that some paper's text has: a merge of a phrase no paper has does nothing. */
  const mergeUsed = new Set<string>();
  const canonMemo = new Map<string, string>();
  const docMemos: Map<string, string>[] = [];
  /** The concept a phrase names, read in a paper (its own abbreviations first) or, without one, in the corpus. */
  const canonIn = (doc: number | undefined, id: string): string => {
    const memo = doc !== undefined && touchesShort(id) ? (docMemos[doc] ??= new Map()) : canonMemo;
    let out = memo.get(id);
    if (out === undefined) {
      const expanded = expandIn(memo === canonMemo ? undefined : doc, id);
      out = merged.get(expanded);
      if (out !== undefined) mergeUsed.add(expanded);
      else out = expanded;
      memo.set(id, out);
    }
    return out;
  };
  /** `canonIn` for the overrides' own phrases, which must not count as the papers' text having them. */
  const resolve = (doc: number | undefined, id: string): string => {
    const expanded = expandIn(doc !== undefined && touchesShort(id) ? doc : undefined, id);
    return merged.get(expanded) ?? expanded;
  };
  /** Long forms as the papers define them: "CADE ATP System Competition (CASC)" is a name as written, whatever ATP stands for. */
  const definedLongIds = new Set(defined.map((d) => d.longId));
  /**
   * Whether a phrase of several words writes some of them as a short form that the paper reads as a long
   * form, but not the whole, and no paper defines it so: "MP point" where the paper defines "maximum power (MP)".
   */
  const halfAbbreviated = (doc: number, id: string): boolean =>
    id.includes(' ') && !definedLongIds.has(id) && longIn(doc, id) === undefined && id.split(' ').some((t) => longIn(doc, t) !== undefined);
  /** Whether the words are, in that paper, a short form of the concept. */
  const shortOf = (doc: number, id: string, cid: string): boolean => longIn(doc, id) !== undefined && canonIn(doc, id) === cid;
  const banned = new Set(overrides.ban.map((p) => resolve(undefined, userIdentity(p))));
  /** Banned concepts that some paper's candidates name. */
  const banUsed = new Set<string>();
  return { userIdentity, merged, mergeUsed, canonIn, resolve, halfAbbreviated, shortOf, banned, banUsed, sharedMergePhrases: userGroups.shared };
}

/** What `conceptNames` reads. */
export type ConceptNames = ReturnType<typeof conceptNames>;
