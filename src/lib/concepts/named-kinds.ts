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

/**
 * A concept's names: the narrower side reads modifiers off `names`; the broader side is found by `names` too. The
 * first is its full name (its id, written as its label), the others its short forms.
 */
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
function modifies(name: WrittenName, k: number, short: string | undefined): boolean {
  if (name.ids.slice(0, k).some((w) => JOINING_WORDS.has(w.toLowerCase()))) return false;
  const parts = writtenParts(name.text);
  // The written name opens with a word: parts alternate word, separator, word...
  if (parts.length !== 2 * name.ids.length - 1) return short === undefined;
  // A short form stands for the long form the corpus mostly gives it; the name must write it, not spell out
  // another long form the papers shorten alike ("Humanitarian assistance/disaster relief" is no "domain
  // randomization (DR)").
  if (short !== undefined && !writesShort(parts.slice(2 * k), writtenParts(short))) return false;
  const separator = parts[2 * k - 1]!;
  if (!HYPHEN.test(separator)) return true;
  const tail = name.ids.length - k;
  return tail === 1 && KIND_PREFIX.test(parts[2 * k - 2]!) && !STARTS_TITLE.test(parts[2 * k]!);
}

/** Whether the words of `written` are those of the short form `short`, its last maybe with a plural s ("MDPs"). */
function writesShort(written: readonly string[], short: readonly string[]): boolean {
  if (written.length !== short.length) return false;
  return written.every((w, i) => i % 2 === 1 || w === short[i] || (i === short.length - 1 && w === `${short[i]!}s`));
}

/** A written name split into words and the separators between them, a word first. */
function writtenParts(text: string): string[] {
  return text.split(WORD_SPLIT).filter((p, i) => i % 2 === 1 || p.length > 0);
}

/**
 * Each concept's broader concepts by name: those whose whole name, or a short form, ends one of its names
 * after modifiers (`modifies`). Every such concept is listed, not only the nearest: a page shows the nearest
 * among those that have pages ("Deep reinforcement learning agent" under "Reinforcement learning agent", and
 * under "Agents" only where that has no page).
 */
export function namedKinds(concepts: readonly KindCandidate[]): Map<string, string[]> {
  /** Each name → the concepts it names, with the short form as written where it is one of theirs. */
  const byName = new Map<string, Map<string, string | undefined>>();
  for (const c of concepts) {
    c.names.forEach((n, k) => {
      const key = n.ids.join(' ');
      let named = byName.get(key);
      if (!named) byName.set(key, (named = new Map()));
      // (A concept's full name wins over a short form of the same words.)
      if (k === 0 || !named.has(c.cid)) named.set(c.cid, k === 0 ? undefined : n.text);
    });
  }
  const broader = new Map<string, string[]>();
  for (const c of concepts) {
    const found = new Set<string>();
    c.names.forEach((n, own) => {
      for (let k = 1; k < n.ids.length; k++) {
        const heads = byName.get(n.ids.slice(k).join(' '));
        if (!heads) continue;
        for (const [b, short] of heads) {
          // The concept's own short form says where its name's head begins ("meta-RL": meta-[RL]); its full
          // name must end in the broader one's too, which the short forms may not tell ("HA/DR", humanitarian
          // assistance/disaster relief, is no "DR", domain randomization).
          if (b !== c.cid && modifies(n, k, short) && (own === 0 || ` ${c.cid}`.endsWith(` ${b}`))) found.add(b);
        }
      }
    });
    if (found.size > 0) broader.set(c.cid, [...found].sort());
  }
  return broader;
}
