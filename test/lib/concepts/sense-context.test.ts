import { describe, expect, it } from 'vitest';
import { MIN_TOPIC_SPECIFICITY, SenseContext } from '../../../src/lib/concepts/sense-context';

const STOP = new Set(['a', 'the', 'of', 'in', 'we', 'is', 'and', 'for', 'on', 'with']);
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9|]+/i).filter(Boolean);
const upper = (text: string) => text.split(/[^A-Za-z0-9|]+/).filter(Boolean).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()));

// Twelve papers: a fluid-dynamics field that defines IBM as the immersed boundary method, a trade press
// that writes IBM for the company, and papers on other things; k = 2.
const papers = [
  'the immersed boundary method IBM couples a fluid grid with an elastic membrane for heart valve flow',
  'an elastic membrane in viscous fluid flow simulated with IBM on a staggered grid',
  'IBM on a staggered grid resolves the membrane force in viscous flow past a valve',
  'IBM ships mainframe middleware for enterprise data centres',
  'IBM mainframe servers and middleware boost enterprise web services integration',
  'the internship program at IBM brings students to enterprise research labs',
  'genetic algorithms schedule jobs in a flow shop',
  'library catalogues move to web services',
  'quantum dots emit light at low temperature',
  'neural networks classify handwritten digits',
  'fuzzy control of a heating plant',
  'students rate web based course software',
].map(upper);

describe('SenseContext', () => {
  const context = new SenseContext(papers, STOP, 2);

  it('counts a paper near the definers, and one near those, as using the sense (review 18 H1: IBM)', () => {
    const using = context.sensePapers('IBM', 'immersed boundary method', [0]);
    expect([...using].sort()).toEqual([0, 1, 2]);
  });

  it('leaves the papers that use the letters for something else out, though they are near one another', () => {
    const using = context.sensePapers('IBM', 'immersed boundary method', [0]);
    for (const doc of [3, 4, 5]) expect(using.has(doc)).toBe(false);
    expect(context.near(4, [3], ['IBM'])).toBe(true);
  });

  it('does not count the short form or the long form\'s words as shared context', () => {
    const two = new SenseContext([upper('spark plasma sintering SPS densifies ceramic powders'), upper('SPS beams probe the quark gluon plasma'), upper('ceramic powders of alumina')], STOP, 5);
    expect(two.sensePapers('SPS', 'spark plasma sintering', [0]).has(1)).toBe(false);
    expect(two.similarityWithout(0, 1, [])).toBeGreaterThan(0);
    expect(two.similarityWithout(0, 1, ['SPS', 'spark', 'plasma', 'sintering'])).toBe(0);
  });

  it('counts a near paper only when the two share words of a topic, not only the words any abstract writes', () => {
    const texts = [
      'density functional theory DFT gives band gaps of perovskite oxides; the method shows good performance',
      'DFT barriers for oxygen vacancies in perovskite oxides',
      'features such as the DFT of electromyogram signals improve the performance of the method',
    ].map(upper);
    const small = new SenseContext(texts, STOP, 5);
    expect(small.similarityWithout(0, 2, ['DFT', 'density', 'functional', 'theory'])).toBeGreaterThan(0);
    expect([...small.sensePapers('DFT', 'density functional theory', [0])].sort()).toEqual([0, 1]);
  });

  it('counts the papers that write the long form out as using the sense', () => {
    const using = context.sensePapers('IBM', 'elastic membrane', []);
    expect(using.has(0)).toBe(true);
    expect(using.has(1)).toBe(true);
  });

  it('ignores function words, which a small library\'s idf does not discount', () => {
    const texts = [words('a region of interest roi in the image'), words('a fast roi for the firm'), words('neural networks classify digits')];
    expect(new SenseContext(texts, new Set(), 5).similarityWithout(0, 1, ['roi', 'region', 'of', 'interest'])).toBeGreaterThan(0);
    expect(new SenseContext(texts, STOP, 5).similarityWithout(0, 1, ['roi', 'region', 'of', 'interest'])).toBe(0);
  });

  it('finds the papers that write a short form or a long form of several words, function words included', () => {
    const texts = [
      'input output I O buffers of the disk controller cache',
      'I O buffers of a disk controller cache blocks',
      'a region of interest ROI in the scan',
      'ROI region of interest of the lesion',
    ].map((t) => t.split(' '));
    const small = new SenseContext(texts, STOP, 5);
    expect([...small.sensePapers('I O', 'input output', [])].sort()).toEqual([0, 1]);
    expect([...small.sensePapers('ROI', 'region of interest', [])].sort()).toEqual([2, 3]);
  });
});

// A reference written from the module's documented rule alone: tf–idf weights (1 + ln tf) · ln(1 + n/df) over the
// words other than separators and stop words, in the order a paper first writes them, as a unit vector; two
// papers' cosine summed over the words of the one with fewer (the first on a tie), in its order; a floor the
// k-th largest cosine of a paper to another, each summed in that paper's order (0 when fewer than k share a word);
// near when, besides, both write a word of a topic.
function reference(texts: readonly (readonly string[])[], stop: ReadonlySet<string>, k: number, specificity: (word: string) => number) {
  const tfs = texts.map((list) => {
    const tf = new Map<string, number>();
    for (const w of list) if (w !== '' && w !== '|' && !stop.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = tfs.map((tf) => {
    const raw = [...tf].map(([w, c]) => [w, (1 + Math.log(c)) * Math.log(1 + texts.length / df.get(w)!)] as const);
    let norm = 0;
    for (const [, x] of raw) norm += x * x;
    norm = Math.sqrt(norm);
    return raw.map(([w, x]) => [w, x / norm] as const);
  });
  const inOrderOf = (a: number, b: number, leftOut: ReadonlySet<string>) => {
    const other = new Map(vectors[b]!);
    let sum = 0;
    for (const [w, x] of vectors[a]!) if (!leftOut.has(w) && other.has(w)) sum += x * other.get(w)!;
    return sum;
  };
  const cosine = (a: number, b: number, leftOut: ReadonlySet<string>) => (vectors[a]!.length <= vectors[b]!.length ? inOrderOf(a, b, leftOut) : inOrderOf(b, a, leftOut));
  const floor = (doc: number) => {
    if (texts.length - 1 <= k) return -Infinity;
    const sims = texts.map((_, d) => (d === doc ? 0 : inOrderOf(doc, d, new Set()))).filter((s) => s > 0).sort((x, y) => y - x);
    return sims.length < k ? 0 : sims[k - 1]!;
  };
  const near = (doc: number, definers: readonly number[], leftOut: readonly string[]) =>
    definers.some((d) => {
      if (d === doc) return false;
      const s = cosine(doc, d, new Set(leftOut));
      const shared = [...tfs[doc]!.keys()].filter((w) => tfs[d]!.has(w) && !leftOut.includes(w));
      return s > 0 && shared.some((w) => specificity(w) >= MIN_TOPIC_SPECIFICITY) && s >= Math.min(floor(doc), floor(d));
    });
  return { cosine, floor, near };
}

/** A seeded pseudo-random corpus: papers of `shortest` words and up to `spread` more, drawn from a small vocabulary, common words more often. */
function randomCorpus(seed: number, papers: number, vocabulary: number, shortest = 3, spread = 38): string[][] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: papers }, () => Array.from({ length: shortest + Math.floor(next() * spread) }, () => `w${Math.floor(next() ** 2 * vocabulary)}`));
}

/** Made-up specificities of the random corpus's words: a third general, a third topic words, a third terms. */
const randomSpecificity = (word: string): number => [0.3, 0.6, 1][Number(word.slice(1)) % 3] ?? 0;

describe('SenseContext against the rule it implements', () => {
  const stop = new Set(['w0', 'w3']);
  for (const [seed, papers, vocabulary, k] of [[1, 60, 40, 5], [7, 45, 25, 3], [11, 30, 80, 8], [5, 9, 20, 8], [13, 120, 60, 40]] as const) {
    const texts = randomCorpus(seed, papers, vocabulary);
    const ref = reference(texts, stop, k, randomSpecificity);

    it(`gives every floor to the last bit (seed ${seed}, ${papers} papers, k = ${k})`, () => {
      const context = new SenseContext(texts, stop, k, randomSpecificity);
      for (let doc = 0; doc < papers; doc++) expect(context.floor(doc)).toBe(ref.floor(doc));
    });

    it(`gives every cosine without the left-out words to the last bit, whichever paper has fewer words (seed ${seed})`, () => {
      const context = new SenseContext(texts, stop, k, randomSpecificity);
      const leftOut = ['w1', 'w7', 'w0'];
      for (let a = 0; a < papers; a++) {
        for (let b = 0; b < papers; b++) {
          expect(context.similarityWithout(a, b, leftOut)).toBe(ref.cosine(a, b, new Set(leftOut)));
          expect(context.similarityWithout(a, b, [])).toBe(ref.cosine(a, b, new Set()));
        }
      }
    });

    it(`tells near papers alike whatever floors it already knows (seed ${seed})`, () => {
      const fresh = new SenseContext(texts, stop, k, randomSpecificity);
      const known = new SenseContext(texts, stop, k, randomSpecificity);
      for (let doc = 0; doc < papers; doc += 2) known.floor(doc);
      for (let doc = 0; doc < papers; doc++) {
        for (const definers of [[(doc + 1) % papers], [(doc + 3) % papers, (doc + 5) % papers, doc], Array.from({ length: papers }, (_, d) => d)]) {
          for (const leftOut of [[], ['w1', 'w2'], [`w${doc % vocabulary}`]]) {
            const want = ref.near(doc, definers, leftOut);
            expect(fresh.near(doc, definers, leftOut)).toBe(want);
            expect(known.near(doc, definers, leftOut)).toBe(want);
          }
        }
      }
    });
  }

  it('sums a pair of papers with as many words each in the order of the paper tested, as the rule does', () => {
    // Papers of 4 to 6 words from 12: many pairs have as many words, and in these (found by search) the sum in
    // the other paper's order falls an ulp short of a floor the sum in the tested paper's order reaches.
    for (const seed of [74, 248, 260]) {
      const texts = randomCorpus(seed, 30, 12, 4, 3);
      const ref = reference(texts, stop, 4, randomSpecificity);
      const context = new SenseContext(texts, stop, 4, randomSpecificity);
      for (let doc = 0; doc < texts.length; doc++) for (let d = 0; d < texts.length; d++) expect(context.near(doc, [d], [])).toBe(ref.near(doc, [d], []));
    }
  });

  it('reads the sense along near papers as the reference does', () => {
    const texts = randomCorpus(3, 80, 30).map((list, d) => (d % 4 === 0 ? [...list, 'XY'] : d % 9 === 0 ? [...list, 'x', 'y', 'z'] : list));
    const ref = reference(texts, stop, 6, randomSpecificity);
    const context = new SenseContext(texts, stop, 6, randomSpecificity);
    const want = new Set([0, 8]);
    for (let d = 0; d < texts.length; d++) if (texts[d]!.join(' ').includes('x y z')) want.add(d);
    let fresh = [...want];
    let pending = texts.map((_, d) => d).filter((d) => texts[d]!.includes('XY') && !want.has(d));
    while (fresh.length > 0 && pending.length > 0) {
      const next = pending.filter((d) => ref.near(d, fresh, ['XY', 'x', 'y', 'z']));
      for (const d of next) want.add(d);
      pending = pending.filter((d) => !next.includes(d));
      fresh = next;
    }
    expect(want.size).toBeGreaterThan(3);
    expect(texts.length - want.size).toBeGreaterThan(3);
    expect([...context.sensePapers('XY', 'x y z', [0, 8])].sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
  });
});
