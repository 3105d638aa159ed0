/**
 * Whether a paper that writes a short form without defining it is about what the papers that define it are
 * about. Letters name different things in different fields: "IBM" is the immersed boundary method of one
 * fluid-dynamics paper and the company of four trade articles, "ROI" an imaging paper's region of interest
 * and a finance paper's return on investment, "US" ultrasound and the United States, "SPS" spark plasma
 * sintering and CERN's Super Proton Synchrotron. Sharing a word of the long form is no sign of the sense
 * ("plasma" in a quark–gluon-plasma paper, "interest" in a finance one), and the number of papers that define
 * it says nothing of the papers that do not. The rule is the one related papers use for a shared one-word
 * concept (graph/lone-concepts.ts): the paper counts as using a sense when, without the short form and the
 * long form's own words, it is among the `k` nearest papers by words of a paper that uses it, or that paper
 * among its own. The papers that certainly use it are those that define the short form so or write the long
 * form out; a paper near one of them uses it too, and so on, so that the sense reaches along a field's papers
 * ("XML" in ten papers on documents and the web) but not across to another field's papers with the letters
 * (the company IBM's trade articles are near one another, none near the fluid-dynamics paper).
 *
 * Papers are compared by tf–idf cosine over the words as the caller reads them (one list per paper; "|" and
 * empty entries are separators, not words), less function words (`stopWords`, in the same reading): in a
 * small library idf does not tell "a" or "we" from a word of the topic. The idf is smoothed, log(1 + n/df),
 * so that a word every paper of a small library writes ("robot" in two robot papers) still counts. Pure: the
 * caller passes the words.
 *
 * Being near is not enough by itself. Among 300 papers of three fields the 40 nearest of a paper hold a seventh of
 * the library, and two papers can be that near on the words any abstract writes: an EMG paper's "features such as
 * the DFT" (a discrete Fourier transform) was near a surface-chemistry paper that defines "density functional theory
 * (DFT)" on "method", "feature", "factor", "time" and "real" alone, and took its sense. So the two papers must also
 * share a word of a topic (`MIN_TOPIC_SPECIFICITY`), as a paper in the same sense does ("defect" and "crystal" for a
 * fission-gas paper's bare DFT beside that one).
 */
import { background } from './background';
import { wordSpecificity } from './word-specificity';

/**
 * How many nearest papers by words count as near. Measured with scripts/tune-tags.ts on the dev set (500
 * Inspec abstracts, as groups of 10, 50 and all): 10 (the related-papers list, `loneNeighbours` in
 * graph/link.ts) and 20 lost right readings in the whole set (macro/micro 28.73/28.04 and 28.76/28.06 against
 * 28.77/28.08 with the old rule); 40 loses none there, and in the review-18 library of 2,493 papers it still
 * keeps every wrong sense the review named (IBM, ROI, US, SPS, SMA, STL, DOS, SA, CL, DFT, MR, VDS) away.
 */
export const SENSE_NEIGHBOURS = 40;

/**
 * A word two papers share is a word of a topic from this specificity on (word-specificity.ts): a third of a word
 * neither background has seen. The words papers of every field write about their work fall under it: "method" 0.13,
 * "feature" 0.24, "signal" 0.26, "surface" 0.30, "factor" 0.30, "interaction" 0.32, "domain" 0.33; a field's words are
 * over it: "documents" 0.34, "policies" 0.35, "robot" 0.39, "crystal" 0.61, "lesion" 0.60. One such word is enough:
 * in a small library the papers of one field often share one and no more ("XML documents", "robot policies"), which a
 * line at 0.5 (where a common noun alone may be a tag) missed. On the Inspec dev split (`npx tsx scripts/tune-tags.ts
 * dev`) tag F1 with this line was that of the rule without it or above at every corpus size; a line at 0.5, and one
 * asking for the shared words' specificities to sum to 1, changed it by no more than 0.03.
 */
export const MIN_TOPIC_SPECIFICITY = 1 / 3;

/** A word of a topic has two letters at least: a citation's number or a variable's letter ("x") names none. */
const TWO_LETTERS = /\p{L}.*\p{L}/u;

/**
 * How specific a word is in scientific text (word-specificity.ts), against the bundled backgrounds; 0 for one of
 * fewer than two letters, which the backgrounds never saw and would count as fully specific.
 */
const backgroundSpecificity = (word: string): number => (TWO_LETTERS.test(word) ? wordSpecificity(word, background()) : 0);

/**
 * `SenseContext`'s `specificity` for words read as identities, each through a form a paper writes it in
 * (`writtenOf`, identity → written word): an identity is a stem, which the backgrounds may stem again into a word
 * they never saw ("performanc" for "performance" counted as a term rare in both, 1 against 0.14).
 */
export function specificityAsWritten(writtenOf: ReadonlyMap<string, string>): (word: string) => number {
  return (word) => backgroundSpecificity(writtenOf.get(word) ?? word);
}

/** One paper's words as a unit tf–idf vector: its word ids, in the order it first writes them, and their weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

export class SenseContext {
  private readonly ids = new Map<string, number>();
  private readonly vectors: Vector[] = [];
  /**
   * Word id → the papers holding it (ascending) and its weight in each: word `id`'s are at `postingStart[id]`
   * up to `postingStart[id + 1]` of `postingDocs` and `postingWeights`. Flat typed arrays: at 10,000 papers,
   * arrays of objects here and maps as vectors took over 100 MB and the content stage's peak with them, and
   * one array per word made `kthNearest`'s pass 7% slower than these.
   */
  private readonly postingStart: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float64Array;
  /**
   * Per paper: its `floor`, NaN until asked. A typed array: a plain array written at scattered papers became
   * a dictionary, and reading it took a tenth of the sense test at 10,000 papers.
   */
  private readonly floors: Float64Array;
  /** Per paper: its words joined by spaces, a space before and after, to find a phrase in. */
  private readonly joined: string[];
  private readonly senses = new Map<string, ReadonlySet<number>>();
  /**
   * Scratch, all 0 between calls: for `kthNearest`, similarities by paper and the `k` largest;
   * for comparing two papers, weights by word id (one array for the paper tested, one for the other); the
   * words left out of a comparison, by word id (1 when left out).
   */
  private sims: Float64Array | undefined;
  private top: Float64Array | undefined;
  private byWord: Float64Array | undefined;
  private byWordOther: Float64Array | undefined;
  private leftOutIds: Uint8Array | undefined;
  /** Per word id: 1 for a word of a topic (`MIN_TOPIC_SPECIFICITY`), 0 for another, -1 until asked. */
  private specific: Int8Array | undefined;
  /** Word id → the word, built when first asked. */
  private words: string[] | undefined;

  /**
   * `words`: per paper, its words as read; `stopWords`: function words as read, no evidence of a topic;
   * `k`: how many nearest papers by words count as near; `specificity`: a word's as read, in (0, 1]
   * (word-specificity.ts).
   */
  constructor(
    words: readonly (readonly string[])[],
    private readonly stopWords: ReadonlySet<string>,
    private readonly k: number,
    private readonly specificity: (word: string) => number = backgroundSpecificity,
  ) {
    this.joined = words.map((list) => ` ${list.join(' ')} `);
    this.floors = new Float64Array(words.length).fill(NaN);
    const counts: Map<number, number>[] = words.map((list) => {
      const tf = new Map<number, number>();
      for (const w of list) {
        if (w === '' || w === '|' || stopWords.has(w)) continue;
        let id = this.ids.get(w);
        if (id === undefined) this.ids.set(w, (id = this.ids.size));
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      return tf;
    });
    const df = new Int32Array(this.ids.size);
    for (const tf of counts) for (const id of tf.keys()) df[id]!++;
    const n = words.length;
    this.postingStart = new Int32Array(df.length + 1);
    for (let id = 0; id < df.length; id++) this.postingStart[id + 1] = this.postingStart[id]! + df[id]!;
    this.postingDocs = new Int32Array(this.postingStart[df.length]!);
    this.postingWeights = new Float64Array(this.postingStart[df.length]!);
    const filled = this.postingStart.slice(0, df.length);
    counts.forEach((tf, doc) => {
      const ids = new Int32Array(tf.size);
      const weights = new Float64Array(tf.size);
      let size = 0;
      let norm = 0;
      for (const [id, c] of tf) {
        const weight = (1 + Math.log(c)) * Math.log(1 + n / df[id]!);
        if (weight <= 0) continue;
        ids[size] = id;
        weights[size++] = weight;
        norm += weight * weight;
      }
      norm = Math.sqrt(norm);
      for (let i = 0; i < size; i++) {
        const unit = weights[i]! / norm;
        weights[i] = unit;
        const id = ids[i]!;
        const at = filled[id]!++;
        this.postingDocs[at] = doc;
        this.postingWeights[at] = unit;
      }
      this.vectors.push({ ids: ids.subarray(0, size), weights: weights.subarray(0, size) });
    });
  }

  /** The similarity of a paper's `k`-th nearest other paper by words (-Infinity when it has at most `k` others). */
  floor(doc: number): number {
    let out = this.floors[doc]!;
    if (Number.isNaN(out)) {
      out = this.k <= 0 ? Infinity : this.vectors.length - 1 <= this.k ? -Infinity : this.kthNearest(doc);
      this.floors[doc] = out;
    }
    return out;
  }

  /**
   * The `k`-th largest similarity of `doc` to another paper, a paper that shares no word with it being at 0.
   * Each paper's similarity is summed word by word in `doc`'s order (the number a floor is). Then the `k`
   * largest are kept in a small min-heap while all papers are read: sorting all the others for every
   * paper took most of the concept stage at 10,000 papers (a sort of 10,000 per paper), and noting each paper
   * met in the pass over the postings (a test per posting) took twice as long as reading all the papers after.
   * The posting loop takes two postings a turn (one paper's sum is still added to in `doc`'s word order: a
   * word's postings name each paper once) and the heap replaced an ascending array shifted on each insertion:
   * together 11% off the floors of the 10,000-paper bench (four postings a turn were no faster than one).
   */
  private kthNearest(doc: number): number {
    const n = this.vectors.length;
    const sims = (this.sims ??= new Float64Array(n));
    const { postingStart, postingDocs, postingWeights } = this;
    const { ids, weights: own } = this.vectors[doc]!;
    for (let w = 0; w < ids.length; w++) {
      const weight = own[w]!;
      const end = postingStart[ids[w]! + 1]!;
      let i = postingStart[ids[w]!]!;
      for (; i + 1 < end; i += 2) {
        sims[postingDocs[i]!]! += weight * postingWeights[i]!;
        sims[postingDocs[i + 1]!]! += weight * postingWeights[i + 1]!;
      }
      if (i < end) sims[postingDocs[i]!]! += weight * postingWeights[i]!;
    }
    sims[doc] = 0;
    const k = this.k;
    const top = (this.top ??= new Float64Array(k));
    top.fill(0);
    let min = 0;
    for (let d = 0; d < n; d++) {
      const s = sims[d]!;
      if (s === 0) continue;
      sims[d] = 0;
      if (s <= min) continue;
      // Sift s down from the root of the min-heap in place of its smallest.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const r = l + 1;
        const c = r < k && top[r]! < top[l]! ? r : l;
        if (top[c]! >= s) break;
        top[i] = top[c]!;
        i = c;
      }
      top[i] = s;
      min = top[0]!;
    }
    return top[0]!;
  }

  /** The cosine of two papers less what the words of `leftOut` give it. */
  similarityWithout(a: number, b: number, leftOut: readonly string[]): number {
    const marked = this.leaveOut(leftOut);
    try {
      return this.similarity(a, b);
    } finally {
      this.takeBack(marked);
    }
  }

  /**
   * Marks the words of `leftOut` as left out of the comparisons that follow (`similarity`, `nearAny`), until
   * `takeBack`; returns their ids. Marked once per short and long form: a set of them per pair of papers
   * compared took a third of the sense test at 10,000 papers.
   */
  private leaveOut(leftOut: readonly string[]): number[] {
    const mask = (this.leftOutIds ??= new Uint8Array(this.ids.size));
    const marked: number[] = [];
    for (const w of leftOut) {
      const id = this.ids.get(w);
      if (id === undefined) continue;
      mask[id] = 1;
      marked.push(id);
    }
    return marked;
  }

  private takeBack(marked: readonly number[]): void {
    for (const id of marked) this.leftOutIds![id] = 0;
  }

  /**
   * The cosine of two papers less the words left out (`leaveOut`): summed over the words of the paper with
   * fewer (`a` on a tie), in its order, against the other's weights by word id.
   */
  private similarity(a: number, b: number): number {
    const va = this.vectors[a]!;
    const vb = this.vectors[b]!;
    const small = va.ids.length <= vb.ids.length ? va : vb;
    const large = small === va ? vb : va;
    const mask = (this.leftOutIds ??= new Uint8Array(this.ids.size));
    const byWord = (this.byWordOther ??= new Float64Array(this.ids.size));
    for (let i = 0; i < large.ids.length; i++) byWord[large.ids[i]!] = large.weights[i]!;
    let sum = 0;
    for (let i = 0; i < small.ids.length; i++) {
      const id = small.ids[i]!;
      if (mask[id] === 1) continue;
      const other = byWord[id]!;
      if (other !== 0) sum += small.weights[i]! * other;
    }
    for (let i = 0; i < large.ids.length; i++) byWord[large.ids[i]!] = 0;
    return sum;
  }

  /**
   * The papers that use `short` in the sense of `long` (words as read, joined by spaces): those in
   * `definers` (which define it so), those that write the long form out, and, from them, every paper that
   * writes the short form and is `near` one already counted. Memoised by the two forms.
   */
  sensePapers(short: string, long: string, definers: Iterable<number>): ReadonlySet<number> {
    const key = `${short}\u0000${long}`;
    let out = this.senses.get(key);
    if (out !== undefined) return out;
    const using = new Set(definers);
    // Only the papers holding every indexed word of the long form can write it out, and only those holding
    // the short form use it: a look at the postings, not a scan of every paper's text per short form.
    for (const doc of this.holdingAll(long.split(' '))) if (!using.has(doc) && this.joined[doc]!.includes(` ${long} `)) using.add(doc);
    const users: number[] = [];
    for (const doc of this.holdingAll(short.split(' '))) if (!using.has(doc) && this.joined[doc]!.includes(` ${short} `)) users.push(doc);
    const marked = this.leaveOut([short, ...long.split(' ')]);
    try {
      let pending = users;
      let fresh = [...using];
      while (fresh.length > 0 && pending.length > 0) {
        const next: number[] = [];
        const still: number[] = [];
        for (const doc of pending) (this.nearAny(doc, fresh) ? next : still).push(doc);
        for (const doc of next) using.add(doc);
        fresh = next;
        pending = still;
      }
    } finally {
      this.takeBack(marked);
    }
    this.senses.set(key, (out = using));
    return out;
  }

  /**
   * Of `docs`, the papers that write a short form (`short`, as read) in a context another of them shares: near one
   * of the others without it, or writing a word of a topic with it (`MIN_TOPIC_SPECIFICITY`). Papers that write
   * letters no definition reads may mean different things by them ("DC" for dendritic cells and for direct current),
   * and only a paper that shares neither is clearly apart: "SEM" in papers on a coating, an oxide and thin films is
   * one microscope though they share no term, and near papers that share no term still agree.
   */
  agreeing(short: string, docs: readonly number[]): Set<number> {
    const marked = this.leaveOut([short]);
    try {
      return new Set(
        docs.filter((doc) =>
          docs.some((d) => {
            if (d === doc) return false;
            const s = this.similarity(doc, d);
            return s > 0 && (this.sharesTopic(doc, d) || this.reachesFloor(s, doc, d));
          }),
        ),
      );
    } finally {
      this.takeBack(marked);
    }
  }

  /**
   * The papers that hold every one of `words` that is no stop word (all papers when all are), ascending; a
   * word the papers never write leaves none.
   */
  private holdingAll(words: readonly string[]): number[] {
    let out: number[] | undefined;
    for (const w of words) {
      if (this.stopWords.has(w)) continue;
      const id = this.ids.get(w);
      if (id === undefined) return [];
      const here = new Set(this.postingDocs.subarray(this.postingStart[id]!, this.postingStart[id + 1]!));
      out = out === undefined ? [...here] : out.filter((d) => here.has(d));
    }
    return out ?? this.joined.map((_, d) => d);
  }

  /**
   * Whether `doc` is near one of `definers` (other than itself): their similarity without the words of
   * `leftOut` (the short form, the long form's words) reaches the lower of the two papers' `floor`s.
   */
  near(doc: number, definers: Iterable<number>, leftOut: readonly string[]): boolean {
    const marked = this.leaveOut(leftOut);
    try {
      return this.nearAny(doc, definers);
    } finally {
      this.takeBack(marked);
    }
  }

  /**
   * `near`, the words left out marked (`leaveOut`). `doc`'s weights are laid out by word id once for all the
   * definers: where a definer has fewer words, the sum runs over its words against them, as `similarity`
   * would; otherwise `similarity` lays out the definer's. Each sum is `similarity`'s, to the last bit.
   */
  private nearAny(doc: number, definers: Iterable<number>): boolean {
    const mine = this.vectors[doc]!;
    const mask = (this.leftOutIds ??= new Uint8Array(this.ids.size));
    const byWord = (this.byWord ??= new Float64Array(this.ids.size));
    for (let i = 0; i < mine.ids.length; i++) byWord[mine.ids[i]!] = mine.weights[i]!;
    try {
      for (const d of definers) {
        if (d === doc) continue;
        const other = this.vectors[d]!;
        let s = 0;
        if (other.ids.length < mine.ids.length) {
          for (let i = 0; i < other.ids.length; i++) {
            const id = other.ids[i]!;
            if (mask[id] === 1) continue;
            const weight = byWord[id]!;
            if (weight !== 0) s += other.weights[i]! * weight;
          }
        } else s = this.similarity(doc, d);
        if (s > 0 && this.sharesTopic(doc, d) && this.reachesFloor(s, doc, d)) return true;
      }
      return false;
    } finally {
      for (let i = 0; i < mine.ids.length; i++) byWord[mine.ids[i]!] = 0;
    }
  }

  /**
   * Whether two papers both write a word of a topic (`MIN_TOPIC_SPECIFICITY`) other than the words left out
   * (`leaveOut`). Each word's specificity is found once, when first met.
   */
  private sharesTopic(a: number, b: number): boolean {
    const va = this.vectors[a]!;
    const vb = this.vectors[b]!;
    const mask = (this.leftOutIds ??= new Uint8Array(this.ids.size));
    const specific = (this.specific ??= new Int8Array(this.ids.size).fill(-1));
    const inB = new Set(vb.ids);
    for (const id of va.ids) {
      if (mask[id] === 1 || !inB.has(id)) continue;
      if (specific[id] === -1) specific[id] = this.specificity(this.wordOf(id)) >= MIN_TOPIC_SPECIFICITY ? 1 : 0;
      if (specific[id] === 1) return true;
    }
    return false;
  }

  /** The word of an id (the index built when first asked). */
  private wordOf(id: number): string {
    if (this.words === undefined) {
      this.words = [];
      for (const [w, i] of this.ids) this.words[i] = w;
    }
    return this.words[id]!;
  }

  /**
   * Whether `s` reaches the lower of the two papers' `floor`s, that is either floor: a floor already
   * known is looked at first, and the other is found only when it could still decide (each floor is a pass
   * over the postings of the paper's words).
   */
  private reachesFloor(s: number, a: number, b: number): boolean {
    const fa = this.floors[a]!;
    const fb = this.floors[b]!;
    if (s >= fa || s >= fb) return true;
    return (Number.isNaN(fa) && s >= this.floor(a)) || (Number.isNaN(fb) && s >= this.floor(b));
  }
}
