/**
 * Where a paper's text writes one of its author keywords. An author keyword is a hint, not a concept: it
 * ranks a concept among the paper's first tags only where the paper's own title or abstract writes it, read
 * word by word as the concept stage reads phrases (its identities: "tangible user interfaces" writes
 * "tangible user interface", "Amazon's Mechanical Turk workers" writes "Mechanical Turk"). A keyword the text
 * never writes ("toread", "Computer Science - Machine Learning", as Zotero exports its tags) is nothing.
 */

/** A run of a document's words. */
export interface WordSpan {
  start: number;
  length: number;
}

/**
 * The first run of words, within one sentence, whose identities are the phrase's. `wordIds` are the identities
 * of the document's words (one written word may read as several: "micro-task" is "micro task"), `phrase` the
 * phrase's, words separated by single spaces.
 */
export function findPhrase(wordIds: readonly string[], sentences: ArrayLike<number>, phrase: string): WordSpan | undefined {
  const wanted = phrase.split(' ').filter((w) => w !== '');
  if (wanted.length === 0) return undefined;
  for (let start = 0; start < wordIds.length; start++) {
    let matched = 0;
    for (let k = start; k < wordIds.length && sentences[k] === sentences[start]; k++) {
      const words = wordIds[k]!.split(' ').filter((w) => w !== '');
      if (words.length === 0 || matched + words.length > wanted.length) break;
      if (words.some((w, j) => w !== wanted[matched + j])) break;
      matched += words.length;
      if (matched === wanted.length) return { start, length: k - start + 1 };
    }
  }
  return undefined;
}
