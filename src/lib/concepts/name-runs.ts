import { STARTS_UPPER } from './word-shape';

/** A document's words as the name runs need them: text, sentence, and where the title ends. */
export interface RunWords {
  texts: readonly string[];
  sentences: ArrayLike<number>;
  titleWords: number;
}

/** Short lowercase words that join the words of a title-cased name ("Reinforcement Learning from Human Feedback"). */
const JOINER = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|via|with)$/;

function capitalisedWord(text: string | undefined): boolean {
  return text !== undefined && STARTS_UPPER.test(text);
}

/** A run of short forms alone ("QA SFT") is no name of words; one inside a name is ("Scalable Multimodal QA Synthesis"). */
const HAS_LOWER = /\p{Ll}/u;

/**
 * The names of several words a collection writes inside its sentences: "the United Kingdom", "in the
 * subpolar Atlantic Ocean", "errors in Monte Carlo estimates". Every word of the run is capitalised between
 * words that are not, away from the sentence's first word and the title (where capitals say nothing), and the
 * corpus never writes the same words otherwise. A run that title case carries on across a joining word
 * ("Learning from Human Feedback") is a piece of a longer name and no name of its own.
 * Keys are the run's words lowercased, joined by spaces; values its written form.
 */
export class NameRuns {
  private readonly written = new Map<string, string>();
  private readonly otherwise = new Set<string>();
  private readonly byFirst = new Map<string, Set<number>>();

  add(words: RunWords): void {
    const { texts, sentences, titleWords } = words;
    const same = (a: number, b: number) => b >= 0 && b < texts.length && sentences[a] === sentences[b];
    let k = Math.max(titleWords, 0);
    while (k < texts.length) {
      if (!capitalisedWord(texts[k]) || !same(k, k - 1)) {
        k++;
        continue;
      }
      let end = k;
      while (same(k, end + 1) && capitalisedWord(texts[end + 1])) end++;
      const length = end - k + 1;
      const before = texts[k - 1]!;
      const after = same(k, end + 1) ? texts[end + 1] : undefined;
      const joinedBefore = JOINER.test(before) && same(k, k - 2) && k - 2 >= titleWords && capitalisedWord(texts[k - 2]);
      const joinedAfter = after !== undefined && JOINER.test(after) && same(k, end + 2) && capitalisedWord(texts[end + 2]);
      const run = texts.slice(k, end + 1);
      if (length >= 2 && run.some((w) => HAS_LOWER.test(w)) && !STARTS_UPPER.test(before) && !joinedBefore && !joinedAfter) {
        const key = run.join(' ').toLowerCase();
        if (!this.written.has(key)) this.written.set(key, run.join(' '));
        let lengths = this.byFirst.get(run[0]!.toLowerCase());
        if (!lengths) this.byFirst.set(run[0]!.toLowerCase(), (lengths = new Set()));
        lengths.add(length);
      }
      k = end + 1;
    }
  }

  /** Marks the runs a document writes with a lowercase word ("the united kingdom"): those are no names. Call after every `add`. */
  check(words: RunWords): void {
    const { texts } = words;
    for (let k = 0; k < texts.length; k++) {
      const lengths = this.byFirst.get(texts[k]!.toLowerCase());
      if (!lengths) continue;
      for (const length of lengths) {
        const run = texts.slice(k, k + length);
        if (run.length < length) continue;
        const key = run.join(' ').toLowerCase();
        if (this.written.has(key) && run.some((w) => !STARTS_UPPER.test(w))) this.otherwise.add(key);
      }
    }
  }

  /** The label with the collection's names in it capitalised as written: "United kingdom inflation" → "United Kingdom inflation". */
  restore(label: string): string {
    const words = label.split(' ');
    for (let k = 0; k < words.length; k++) {
      const lengths = this.byFirst.get(words[k]!.toLowerCase());
      if (!lengths) continue;
      for (const length of [...lengths].sort((a, b) => b - a)) {
        const key = words.slice(k, k + length).join(' ').toLowerCase();
        if (k + length > words.length || this.otherwise.has(key)) continue;
        const name = this.written.get(key);
        if (name === undefined) continue;
        name.split(' ').forEach((w, i) => (words[k + i] = w));
        k += length - 1;
        break;
      }
    }
    return words.join(' ');
  }
}
