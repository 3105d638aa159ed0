import type { PhraseWords } from '../concepts/normalise';

/** A concept in the corpus-wide registry. */
export interface Concept {
  /** URL-safe, stable id derived from the normalised form, e.g. `retrieval-augmented-generation`. */
  id: string;
  /** The most readable surface form, e.g. "Retrieval-augmented generation". */
  label: string;
  /** Other surface forms seen or merged (abbreviations, plurals, spellings), excluding the label. */
  aliases: string[];
  /** Short form when the concept has one, e.g. "RAG". */
  abbreviation?: string;
  /** Number of papers that carry this concept. */
  df: number;
  /** Slugs of the papers that carry it, best-scoring first. */
  papers: string[];
  /**
   * Ids of narrower concepts: for a noun that papers write inside their phrases (src/lib/concepts/broader-nouns.ts),
   * the concepts of those phrases on the papers that carry both ("electron-beam-lithography" under
   * "lithography"); and every concept whose name is modifiers before this one's name or short form
   * (src/lib/concepts/named-kinds.ts: "offline-reinforcement-learning" under "reinforcement-learning"), sorted.
   * Absent when there are none.
   */
  narrower?: string[];
}

/** Every name a concept is written by: its label, its other forms, and its short form when it has one. */
export function conceptNames(concept: { label: string; aliases: readonly string[]; abbreviation?: string }): string[] {
  return [concept.label, ...concept.aliases, ...(concept.abbreviation ? [concept.abbreviation] : [])];
}

export interface PaperConcept {
  id: string;
  /** Score of this concept for this paper (higher is better); comparable within one paper. */
  score: number;
}

/** Output of the concept stage for a whole corpus. */
export interface ConceptIndex {
  /** Sorted by id. */
  concepts: Concept[];
  /** For each paper slug, its ranked concepts (best first, short list). */
  byPaper: Record<string, PaperConcept[]>;
  /**
   * For each paper slug, the concept ids the user took off it (`remove` in concepts.yaml). The paper neither
   * carries them nor, for the link stage, mentions them: a removed concept is never the reason for its links.
   */
  removed?: Record<string, string[]>;
  /**
   * The words of the collection's noun phrases its identities were read against (`identity`). The graph stage
   * reads the papers' text with them, so that a paper mentions a concept where it writes a name the concept
   * stage would read as that concept. In memory only: no file holds an index.
   */
  phraseWords?: PhraseWords;
  /**
   * Phrases of how abstracts report ("simulation results", "theoretical perspective") that held a place among
   * some paper's tags but are none (df 0, no papers): no page, tag or reason. The link stage alone reads them in
   * the papers' text, as a weak shared feature (idf weight, no tag boost), so that refusing them as tags does
   * not move other papers' links.
   */
  linkOnly?: Concept[];
  /**
   * Slugs of the papers whose text the concept stage did not read (an abstract that is not English). The link
   * stage does not read their words either: its stop words and stemmer are English, and a German "die" or
   * "der" would link such a paper to any English one that writes "open-die forging".
   */
  unread?: string[];
  /**
   * Slugs of the papers whose title alone the concept stage did not read (not English; their abstract is).
   * The link stage reads only their abstract too: "la", "der" and "de" would link every French or German title.
   */
  unreadTitles?: string[];
}

/** One document's ranked keyphrases, as `npm run concepts` prints them and the evaluation scores them. */
export interface Keyphrases {
  id: string;
  keyphrases: string[];
}
