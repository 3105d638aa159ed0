/**
 * Kinds of a concept read from the names themselves: a concept whose name is one or more modifiers before
 * another concept's whole name, or before its short form, is a kind of that concept ("Offline reinforcement
 * learning" and "meta-RL" of "Reinforcement learning", "Deep reinforcement learning agent" of "Reinforcement
 * learning agent", "Large language models" of "Language models"). English puts a noun phrase's head last, so
 * the words a name ends in say what it is, whatever words they are; broader-nouns.ts finds the other half of
 * the hierarchy, a specific noun that papers write only inside their phrases.
 */
import { JOINING_WORDS } from './concept-labels';
import { KIND_PREFIX, STARTS_TITLE } from './word-shape';

/** One name of a concept: its identity words, and the text it is written as (its label, or a short form as written). */
export interface WrittenName {
  ids: readonly string[];
  text: string;
}

/** A concept's names: the narrower side reads modifiers off `names`; the broader side is found by `names` too. */
export interface KindCandidate {
  cid: string;
  names: readonly WrittenName[];
}

/** Words and what separates them in a written name: separators at the odd places of a split. */
const WORD_SPLIT = /([^\p{L}\p{N}]+)/u;
const HYPHEN = /^[-‐‑]$/;

/**
 * Whether the first `k` words of a name are modifiers of the rest, its head (`tail` words long): no function
 * word among them ("International Olympiad in Informatics" is an olympiad, not informatics; "Trial-and-error" no
 * error), and, where the name joins the last modifier to the head by a hyphen, a prefix that makes a kind of a
 * single word (`KIND_PREFIX`: "meta-learning", "pre-training", "meta-RL"). Any other word hyphened to the head
 * makes one compound modifier with it ("Vision-language", "Decision-making"); a prefix before a head of two words
 * or more may qualify its first word alone ("self-supervised learning" is no supervised learning), and a
 * capitalised word after the hyphen writes a name ("Meta-World").
 */
function modifies(name: WrittenName, k: number): boolean {
  if (name.ids.slice(0, k).some((w) => JOINING_WORDS.has(w.toLowerCase()))) return false;
  const parts = name.text.split(WORD_SPLIT).filter((p, i) => i % 2 === 1 || p.length > 0);
  // The written name opens with a word: parts alternate word, separator, word...
  if (parts.length !== 2 * name.ids.length - 1) return true;
  const separator = parts[2 * k - 1]!;
  if (!HYPHEN.test(separator)) return true;
  const tail = name.ids.length - k;
  return tail === 1 && KIND_PREFIX.test(parts[2 * k - 2]!) && !STARTS_TITLE.test(parts[2 * k]!);
}

/**
 * Each concept's broader concepts by name: those whose whole name, or a short form, ends one of its names
 * after modifiers (`modifies`). Every such concept is listed, not only the nearest: a page shows the nearest
 * among those that have pages ("Deep reinforcement learning agent" under "Reinforcement learning agent", and
 * under "Agents" only where that has no page).
 */
export function namedKinds(concepts: readonly KindCandidate[]): Map<string, string[]> {
  const byName = new Map<string, Set<string>>();
  for (const c of concepts) {
    for (const n of c.names) {
      const key = n.ids.join(' ');
      let set = byName.get(key);
      if (!set) byName.set(key, (set = new Set()));
      set.add(c.cid);
    }
  }
  const broader = new Map<string, string[]>();
  for (const c of concepts) {
    const found = new Set<string>();
    for (const n of c.names) {
      for (let k = 1; k < n.ids.length; k++) {
        const heads = byName.get(n.ids.slice(k).join(' '));
        if (!heads || !modifies(n, k)) continue;
        for (const b of heads) if (b !== c.cid) found.add(b);
      }
    }
    if (found.size > 0) broader.set(c.cid, [...found].sort());
  }
  return broader;
}
