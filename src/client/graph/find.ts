/**
 * What the graph's find box and concept-filter box match as the reader types. A concept named as typed
 * comes first: "wavelet" is the concept Wavelets, not the first title that starts with the word. Named as
 * typed is its label, id or another name its page shows (abbreviation, aliases), in any case, or the same
 * words but for their endings and punctuation ("neural-network" is Neural networks). In the papers view
 * concepts are not drawn, so there only a concept named as typed is offered (the find box then filters
 * the papers by it); papers and the concepts of the concepts view also match by the start of a name or
 * text from the start of one of its words.
 */
import { normaliseForm, stemKey } from '../../lib/search/aliases';
import type { GraphView } from './url-state';

export interface FindTables {
  papers: { ids: readonly string[]; labels: readonly string[] };
  concepts: { ids: readonly string[]; labels: readonly string[]; names: readonly (readonly string[])[] };
}

export interface Candidate {
  /** Node id: `p:<slug>` or `c:<concept id>`. */
  id: string;
  label: string;
  kind: 'paper' | 'concept';
}

const EXACT = 0;
const SAME_WORDS = 1;
const PREFIX = 2;
const PART = 3;

const wordKeys = new Map<string, string>();
/** A name's words, stemmed, without punctuation: "Wavelets" and "wavelet" meet, as do "neural-network" and "Neural networks". */
export function sameWordsKey(text: string): string {
  let key = wordKeys.get(text);
  if (key === undefined) {
    key = stemKey(normaliseForm(text));
    if (wordKeys.size < 50_000) wordKeys.set(text, key);
  }
  return key;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: there any character may start one. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * Whether `q` occurs in `text` where a word starts ("segment repr" in "Image segment representation"), not
 * inside one: "nn" suggested "Wi*nn*ing post" and "disaster pla*nn*ing" as if they named neural networks.
 * Text typed from punctuation on ("-based", "[disaster") starts where it is found, as does text in a script
 * written without spaces.
 */
export function atWordStart(text: string, q: string): boolean {
  const free = !WORD_CHAR.test(q.charAt(0)) || UNSPACED.test(q.charAt(0));
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    if (free || at === 0 || !WORD_CHAR.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/**
 * Nodes whose names match `text`, best first: named exactly as typed, then (concepts) by the same words,
 * then by a name's start, then by text from one of its words' start; at each step shorter names first. `includePapers` is the find box
 * (papers, and concepts as above); without it, the concept-filter box (concepts only, in either view).
 */
export function findCandidates(tables: FindTables, text: string, includePapers: boolean, view: GraphView, limit = 12): Candidate[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const qWords = sameWordsKey(q);
  const ranked: [number, Candidate][] = [];
  const consider = (id: string, label: string, kind: Candidate['kind'], names: readonly string[], worst: number) => {
    const l = label.toLowerCase();
    const key = id.slice(2).toLowerCase();
    const other = names.map((n) => n.toLowerCase());
    let rank = -1;
    if (l === q || key === q || other.includes(q)) rank = EXACT;
    else if (kind === 'concept' && qWords !== '' && (sameWordsKey(l) === qWords || other.some((n) => sameWordsKey(n) === qWords))) rank = SAME_WORDS;
    else if (l.startsWith(q) || other.some((n) => n.startsWith(q))) rank = PREFIX;
    else if (atWordStart(l, q) || atWordStart(key, q) || other.some((n) => atWordStart(n, q))) rank = PART;
    if (rank >= 0 && rank <= worst) ranked.push([rank, { id, label, kind }]);
  };
  const { papers, concepts } = tables;
  // Concepts not drawn (the papers view's find box) only when named as typed.
  const conceptWorst = includePapers && view === 'papers' ? SAME_WORDS : PART;
  concepts.ids.forEach((id, i) => consider(`c:${id}`, concepts.labels[i]!, 'concept', concepts.names[i] ?? [], conceptWorst));
  if (includePapers) papers.ids.forEach((id, i) => consider(`p:${id}`, papers.labels[i]!, 'paper', [], PART));
  return ranked
    .sort((a, b) => a[0] - b[0] || a[1].label.length - b[1].label.length)
    .slice(0, limit)
    .map(([, c]) => c);
}

/**
 * Find in the papers view named a concept, and the full-text search found `matches` (paper indexes): how
 * many of them carry the concept (its `members`), and whether its filter is what the reader asked for. Only
 * when it keeps most of what the text found: "agents" found 84 papers, of which the concept Agents carries
 * 4, and filtering by it hid the 80 others. No matches (the search failed or is not loaded) keep the filter.
 */
export function conceptFilterFits(members: readonly number[], matches: readonly number[]): { carrying: number; filter: boolean } {
  const carried = new Set(members);
  let carrying = 0;
  for (const i of matches) if (carried.has(i)) carrying++;
  return { carrying, filter: matches.length === 0 || carrying * 2 > matches.length };
}
