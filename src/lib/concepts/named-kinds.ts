/**
 * Kinds of a concept read from the names themselves: a concept whose name is one or more modifiers before
 * another concept's whole name, or before its short form, is a kind of that concept ("Offline reinforcement
 * learning" and "meta-RL" of "Reinforcement learning", "Deep reinforcement learning agent" of "Reinforcement
 * learning agent", "Large language models" of "Language models"). English puts a noun phrase's head last, so
 * the words a name ends in say what it is, whatever words they are; broader-nouns.ts finds the other half of
 * the hierarchy, a specific noun that papers write only inside their phrases.
 */
import { EVERY_WORD_CAPITALISED, JOINING_WORDS } from './concept-labels';
import { wordIdentity, wordRuns } from './normalise';
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

/**
 * Function words: a name's head comes before the first of them ("International Olympiad in Informatics" is an
 * olympiad, "Domain randomization via entropy maximization" a randomization), so no modifier holds one.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...JOINING_WORDS, 'via', 'as', 'into', 'onto', 'over', 'under', 'between', 'among', 'against', 'within', 'without', 'through', 'across', 'toward', 'towards', 'versus', 'vs', 'than', 'not', 'nor']);
const SPACE = /^\s+$/;
const HYPHEN = /^[-‐‑]$/;
/** A possessive before the next word: "Earth's magnetic field" is a magnetic field, "Alzheimer's disease" a disease. */
const POSSESSIVE = /^['’]s\s+$/;

/** A written name's words (as identities read them, `wordRuns`) and the text between each two. */
interface WrittenWords {
  runs: string[];
  separators: string[];
}

function writtenWords(text: string): WrittenWords | undefined {
  const runs = wordRuns(text);
  const separators: string[] = [];
  let at = 0;
  for (const [i, run] of runs.entries()) {
    const found = text.indexOf(run, at);
    // (A word the identity spells otherwise, a Greek letter's name: no separators to read.)
    if (found < 0) return undefined;
    if (i > 0) separators.push(text.slice(at, found));
    at = found + run.length;
  }
  return { runs, separators };
}

/**
 * Whether the first `k` words of a name are modifiers of the rest, its head: no function word among them
 * (`FUNCTION_WORDS`, "Trial-and-error" no error), and the last of them spaced from the head (or a possessive),
 * or hyphened to it as a prefix that makes a kind of a single word (`KIND_PREFIX`: "meta-learning",
 * "pre-training", "meta-RL"). Any other word hyphened to the head makes one compound modifier with it
 * ("Vision-language", "Decision-making"); a prefix before a head of two words or more may qualify its first
 * word alone ("self-supervised learning" is no supervised learning); a capitalised word after the hyphen writes
 * a name ("Meta-World"), and a word hyphened to a short form makes a name of its own ("LISFLOOD-FP" is no kind of
 * FP, flying phobia, that other papers write; "meta-" before one is a prefix, "meta-RL"); a slash or a comma joins two names ("HTML/XML documents" are no kind of XML documents).
 * Where the head is the broader concept's short form (`short`), the name must write it so ("Offline RL").
 * Where the written name's words are not the identity's (a label "Non-congestion-controlled TCP" for an id that
 * spells out TCP), those before the first difference still tell.
 */
function modifies(name: WrittenName, k: number, short: string | undefined, wordId: (word: string) => string): boolean {
  if (name.ids.slice(0, k).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return false;
  const written = writtenWords(name.text);
  if (written === undefined) return short === undefined;
  let same = 0;
  while (same < written.runs.length && same < name.ids.length && wordId(written.runs[same]!).toLowerCase() === name.ids[same]!.toLowerCase()) same++;
  const aligned = same === name.ids.length && same === written.runs.length;
  // Words the identity reads otherwise ("DORAEMON" for its long form) tell nothing of the split: as for one
  // written as the id reads it, a short form must be written.
  if (!aligned && (k > same || k >= written.runs.length)) return short === undefined;
  const tail = written.runs.slice(k);
  if (short !== undefined && !writesShort(tail, wordRuns(short))) return false;
  const separator = written.separators[k - 1]!;
  if (SPACE.test(separator) || POSSESSIVE.test(separator)) return true;
  if (!HYPHEN.test(separator)) return false;
  return tail.length === 1 && KIND_PREFIX.test(written.runs[k - 1]!) && !STARTS_TITLE.test(tail[0]!);
}

/** Whether the words `written` are those of the short form's (`short`), the last maybe with a plural s ("MDPs"). */
function writesShort(written: readonly string[], short: readonly string[]): boolean {
  return written.length === short.length && written.every((w, i) => w === short[i] || (i === short.length - 1 && w === `${short[i]!}s`));
}

/**
 * Whether a proper name names the thing another proper name does, or a part of it, not a kind of it: "John
 * McCarthy" and "McCarthy", "Trojan Horse SubSeven" and "SubSeven", "Northeastern United States" and "United
 * States". A proper name capitalises every word, none written in capitals only (an abbreviation: "Isogeometric
 * BEM" is a boundary element method, "Numeric CSPs" constraint satisfaction problems), or is one word with a
 * capital after a lowercase letter ("McCarthy"). A name may still be a kind of a common noun's concept
 * ("Proximal Policy Optimization" of "Policy optimization").
 */
function nameOfName(narrower: string, broader: string): boolean {
  return properName(narrower) && (properName(broader) || (!broader.includes(' ') && LOWER_THEN_UPPER.test(broader)));
}

function properName(text: string): boolean {
  return EVERY_WORD_CAPITALISED.test(text) && text.split(WHITESPACE).every((w) => w.split(HYPHENS).every((part) => STARTS_TITLE.test(part)));
}

const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const WHITESPACE = /\s+/;
const HYPHENS = /[-‐‑]/;

/**
 * Each concept's broader concepts by name: those whose whole name, or a short form, ends one of its names
 * after modifiers (`modifies`). Every such concept is listed, not only the nearest: a page shows the nearest
 * among those that have pages ("Deep reinforcement learning agent" under "Reinforcement learning agent", and
 * under "Agents" only where that has no page).
 */
export function namedKinds(concepts: readonly KindCandidate[], wordId: (word: string) => string = (w) => wordIdentity(w)): Map<string, string[]> {
  const labelOf = new Map(concepts.map((c) => [c.cid, c.names[0]?.text ?? c.cid]));
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
          if (b === c.cid || !modifies(n, k, short, wordId) || (own > 0 && !` ${c.cid}`.endsWith(` ${b}`))) continue;
          if (short === undefined && nameOfName(n.text, labelOf.get(b)!)) continue;
          found.add(b);
        }
      }
    });
    if (found.size > 0) broader.set(c.cid, [...found].sort());
  }
  return broader;
}
