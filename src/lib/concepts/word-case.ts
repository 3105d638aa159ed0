/**
 * How the concept stage writes a word's case in labels: as the collection writes it inside sentences, where
 * capitals carry meaning, and not as titles and sentence starts do.
 */
import type { DocumentWords } from './ranked-document';
import { LOWER_WORD, STARTS_UPPER, TITLE_WORD, upperFirst } from './word-shape';
import { vote } from './votes';

/** Words written with inner capitals or digits ("LLM", "GPT-4", "LoRA") keep their case; others are lowercased. */
export function displayCase(surface: string): string {
  return surface.replace(WORD_RUN, keepCaseOrLower);
}

/** Letters and digits (replace resets the index of a global pattern on every call). */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** The same, for `untrustedCase`, which calls `displayCase` from inside its own replace. */
const CASED_WORD_RUN = /[\p{L}\p{N}]+/gu;
const INNER_CAPITAL = /^.+\p{Lu}/u;
const CAPITALS = /^\p{Lu}{2,}/u;

function keepCaseOrLower(w: string): string {
  return INNER_CAPITAL.test(w) || CAPITALS.test(w) ? w : w.toLowerCase();
}

/**
 * How an occurrence should be displayed: words with inner capitals ("LLM", "GPT-4", "LoRA") as written;
 * a capitalised word as written only where capitals carry meaning (inside an abstract sentence, so
 * "Langevin" stays), lowercased in titles and at sentence starts.
 */
export function occurrenceDisplay(words: DocumentWords, start: number, length: number, titleWords: number, wordCase: WordCase): string {
  const inTitle = start < titleWords;
  const sentenceInitial = start === 0 || words.sentences[start - 1] !== words.sentences[start];
  // "Role-Playing Language Agents (RPLAs) have emerged…": where the words after it are capitalised too, a
  // sentence's first word is capitalised with them, not for the sentence ("Role-playing Language Agents").
  let titleCased = length >= 2 && !inTitle;
  for (let k = 1; titleCased && k < length; k++) titleCased = STARTS_UPPER.test(words.texts[start + k]!);
  const parts: string[] = [];
  for (let k = 0; k < length; k++) {
    const text = words.texts[start + k]!;
    const trusted = !inTitle && !(k === 0 && sentenceInitial && !titleCased);
    parts.push(trusted ? text : untrustedCase(text, wordCase));
  }
  return parts.join(' ');
}

/** Where capitals mean nothing, a word keeps them only if the corpus writes it as a name ("Markov"). */
export function untrustedCase(text: string, wordCase: WordCase, unknownIsName = false): string {
  return text.replace(CASED_WORD_RUN, (w) => (ONE_CAPITAL.test(w) || (TITLE_WORD.test(w) && wordCase.isName(w, unknownIsName)) ? w : displayCase(w)));
}

/**
 * "T" in "Chimeric Antigen Receptor T Cells", "D" in "Vitamin D Supplements": a capital letter alone is a name
 * (T cells, vitamin D, X chromosome), which title case does not make; lowercased it would read as a typo.
 */
const ONE_CAPITAL = /^\p{Lu}$/u;

/**
 * How the corpus writes each word inside a sentence (titles and sentence starts say nothing): a name
 * is capitalised there, alone between lowercase words, more often than written lowercase ("the Kalman
 * filter", "a Markov chain"); "Policy" and "Feedback" in "Proximal Policy Optimization" and
 * "Reinforcement Learning from Human Feedback" are title case and count for nothing.
 */
export class WordCase {
  private readonly capitalised = new Map<string, number>();
  private readonly lower = new Map<string, number>();
  /**
   * Votes not yet counted, by word: [alone, not alone]. A corpus votes with the same few ten thousand
   * words a million times, so each word's parts are read once, when the counts are first asked for.
   */
  private readonly pending = new Map<string, [number, number]>();

  add(text: string, lone = true): void {
    let counts = this.pending.get(text);
    if (counts === undefined) this.pending.set(text, (counts = [0, 0]));
    counts[lone ? 0 : 1]++;
  }

  private count(): void {
    for (const [text, [lone, other]] of this.pending) {
      const p = wordParts(text);
      if (lone > 0 && !p.titleCase) for (const part of p.capitalised) vote(this.capitalised, part, lone);
      for (const part of p.lower) vote(this.lower, part, lone + other);
    }
    this.pending.clear();
  }

  /**
   * Capitalised alone more often than written lowercase; with `unknown`, also a word the corpus never
   * writes in lowercase inside a sentence.
   */
  isName(word: string, unknown = true): boolean {
    if (this.pending.size > 0) this.count();
    const low = word.toLowerCase();
    return (this.capitalised.get(low) ?? 0) > (this.lower.get(low) ?? 0) || (unknown && !this.lower.has(low));
  }
}

interface WordParts {
  /** Title case inside one word ("System-on-Chip"): no evidence of a name. */
  titleCase: boolean;
  /** Parts written capitalised, lowercased. */
  capitalised: string[];
  /** Parts written lowercase. */
  lower: string[];
}

const PART_BREAK = /[-‐‑–/]/;

function wordParts(text: string): WordParts {
  const parts = text.split(PART_BREAK);
  const out: WordParts = { titleCase: parts.filter((p) => STARTS_UPPER.test(p)).length > 1, capitalised: [], lower: [] };
  for (const part of parts) {
    if (TITLE_WORD.test(part)) out.capitalised.push(part.toLowerCase());
    else if (LOWER_WORD.test(part)) out.lower.push(part);
  }
  return out;
}

/** "Chain-Of-Thought" → "Chain": capitalised parts after a hyphen or slash, and capitalised runs. */
const TITLE_CASE_PARTS = /[-‐‑–/]\p{Lu}\p{Ll}+/gu;
const TITLE_CASE_RUNS = /\p{Lu}\p{Ll}+/gu;

/**
 * "Policy Optimization framework", "Long Chain-of-Thought", "Human Feedback": a label of several words
 * shows a capitalised word as a name only when the corpus writes it so; words with inner capitals keep
 * them ("GPT-4o", "LoRA"). (A name a paper defines an abbreviation for is left as written.)
 */
export function sentenceCase(label: string, isName: (word: string) => boolean): string {
  const words = label.split(' ');
  if (words.length < 2) return label;
  const out = words.map((w) => {
    if (INNER_CAPITAL.test(w.replace(TITLE_CASE_PARTS, '')) || CAPITALS.test(w)) return w;
    return w.replace(TITLE_CASE_RUNS, (part) => (isName(part) ? part : part.toLowerCase()));
  });
  return upperFirst(out.join(' '));
}
