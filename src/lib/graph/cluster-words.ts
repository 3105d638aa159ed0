/**
 * Names for clusters whose papers share no concept. In a small or mixed collection (ten abstracts from
 * five fields) the concept stage may find no concept two papers carry, yet the links, which also count
 * shared words, still group the papers. Such a cluster is named as the others are by concepts: by the
 * words most typical of its papers' titles and abstracts, how many of its papers use a word (a title's
 * counting twice) weighted by how rare the word is in the whole collection (a class-based tf-idf) and in
 * scientific abstracts in general. Words are counted as the linker
 * counts them (src/lib/graph/abstract-terms.ts: stop words and numbers out, stemmed), shown as the
 * cluster's papers most often write them.
 */
import type { Background } from '../concepts/background';
import { abstractTokensAsWritten, abstractWord } from './abstract-terms';

/** At most this many words name a cluster. */
const NAME_WORDS = 2;
/**
 * Words that say nothing of a cluster: those in at least this share of scientific abstracts in general
 * ("based", "compared", "results", "system"), and everyday words ("say", "long", "new"), whose
 * specificity against everyday English (src/lib/concepts/background.ts) is under MIN_SPECIFICITY.
 */
const MAX_BACKGROUND_SHARE = 0.08;
const MIN_SPECIFICITY = 8;
/** A second word names the cluster too when it scores at least this share of the first's score. */
const SECOND_WORD_SHARE = 0.75;

export interface WordNamer {
  /** The words that name a cluster of these papers, best first: each one used by `minPapers` of them or more (at least two). */
  (papers: readonly string[], minPapers?: number): string[];
}

/**
 * `texts`: each paper's title and abstract, by paper id, read only when a name is asked for; `bg`: how
 * common words are in scientific abstracts in general.
 */
export function clusterWordNamer(texts: ReadonlyMap<string, { title: string; abstract: string }>, bg: Background): WordNamer {
  // How rare the word is in scientific abstracts in general: a collection of ten papers cannot say.
  const rarity = (word: string) => (bg.docs === 0 ? 1 : Math.log(bg.docs / (bg.word(word) + 1)));
  // Each token as written → the number of its telling word, or -1: memoised, since a big collection's clusters
  // may all be named by words, and every paper of the collection is read once for the words' document
  // frequencies (1.45 million tokens at 10,000 papers).
  const tokenIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const wordOfId: string[] = [];
  const tellingId = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      const word = abstractWord(token.toLowerCase());
      if (word === undefined || !(bg.docs === 0 || (bg.word(word) / bg.docs < MAX_BACKGROUND_SHARE && bg.specificity(word) >= MIN_SPECIFICITY))) id = -1;
      else {
        id = wordIds.get(word);
        if (id === undefined) wordIds.set(word, (id = wordOfId.push(word) - 1));
      }
      tokenIds.set(token, id);
    }
    return id;
  };
  /** A paper's words (stems) → the form it writes each in, first met, and whether its title has it. */
  const paperWords = (paper: string): Map<string, { form: string; inTitle: boolean }> => {
    const words = new Map<string, { form: string; inTitle: boolean }>();
    const text = texts.get(paper);
    for (const [part, inTitle] of [[text?.title ?? '', true], [text?.abstract ?? '', false]] as const) {
      for (const token of abstractTokensAsWritten(part)) {
        const id = tellingId(token);
        if (id >= 0 && !words.has(wordOfId[id]!)) words.set(wordOfId[id]!, { form: shownForm(token), inTitle });
      }
    }
    return words;
  };
  let df: Map<string, number> | undefined;
  // Every paper of the collection, read once: only the words' counts are kept (the forms and the title flags
  // are read again for the papers of a cluster being named), counted once per paper by the paper's number.
  const collectionDf = (): Map<string, number> => {
    if (!df) {
      let counts = new Int32Array(1024);
      let lastPaper = new Int32Array(1024);
      let number = 0;
      for (const text of texts.values()) {
        number++;
        for (const part of [text.title, text.abstract]) {
          for (const token of abstractTokensAsWritten(part)) {
            const id = tellingId(token);
            if (id < 0) continue;
            if (id >= counts.length) {
              const size = Math.max(counts.length * 2, id + 1);
              const [c, l] = [new Int32Array(size), new Int32Array(size)];
              c.set(counts);
              l.set(lastPaper);
              [counts, lastPaper] = [c, l];
            }
            if (lastPaper[id] === number) continue;
            lastPaper[id] = number;
            counts[id]!++;
          }
        }
      }
      df = new Map(wordOfId.map((word, id) => [word, counts[id] ?? 0]));
    }
    return df;
  };
  return (papers, minPapers = 2) => {
    const counts = new Map<string, number>();
    const titles = new Map<string, number>();
    const forms = new Map<string, Map<string, number>>();
    for (const paper of papers) {
      for (const [word, { form, inTitle }] of paperWords(paper)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        if (inTitle) titles.set(word, (titles.get(word) ?? 0) + 1);
        let f = forms.get(word);
        if (!f) forms.set(word, (f = new Map()));
        f.set(form, (f.get(form) ?? 0) + 1);
      }
    }
    const n = texts.size;
    const dfs = collectionDf();
    const ranked = [...counts]
      .filter(([, count]) => count >= Math.max(2, minPapers))
      // A word in a title names its paper's topic and counts twice there; one in abstracts alone may be
      // anything they say ("argue").
      .map(([word, count]) => ({ word, score: ((count + (titles.get(word) ?? 0)) / papers.length) * Math.log(1 + n / (dfs.get(word) ?? 1)) * rarity(word) }))
      .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    // A word that says much less than the first adds nothing to the name ("Fuzzy", not "Fuzzy · form").
    const bar = (ranked[0]?.score ?? 0) * SECOND_WORD_SHARE;
    return ranked
      .filter((r, i) => i === 0 || r.score >= bar)
      .slice(0, NAME_WORDS)
      .map(({ word }) => mostWritten(forms.get(word)!));
  };
}

/**
 * A token as it names a cluster: in capitals where its paper writes them past the first letter ("PC", "mRNA",
 * "DNA"); a capital first letter alone only says the word opens a sentence or a title ("Fuzzy"), so it is
 * shown in lower case (the label gives it its capital).
 */
function shownForm(token: string): string {
  const rest = token.slice(1);
  return rest === rest.toLowerCase() ? token.toLowerCase() : token;
}

function mostWritten(forms: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [form, count] of forms) if (count > most || (count === most && form < best)) [best, most] = [form, count];
  return best;
}
