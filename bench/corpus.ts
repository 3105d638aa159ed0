/**
 * Benchmark corpora: thousands of realistic papers made from a few thousand real abstracts. Each new paper
 * splices sentences of real abstracts that are about the same thing (a source document and its nearest
 * neighbours by shared rare words), keeping each sentence near its original relative position, so an opening
 * sentence stays an opening sentence and the vocabulary and concept statistics stay those of real abstracts.
 * Titles are spliced the same way (head of one real title, tail of a neighbour's). Everything draws from one
 * seeded generator: the same sources, size and seed give byte-identical output, and a smaller corpus is a
 * prefix of a larger one made with the same seed.
 */
import { seededRandom } from '../src/lib/graph/seeded-random';

// The graph stage's PRNG: one implementation for the whole project.
export { seededRandom };

export interface SourceDoc {
  /** Where it came from, e.g. `inspec-train.jsonl#12`. */
  origin: string;
  /** Empty when the source has none (SemEval paragraphs). */
  title: string;
  abstract: string;
}

export interface BenchPaper {
  id: string;
  title: string;
  abstract: string;
  year: number;
}

/**
 * Sentences of an abstract. A full stop ends a sentence only when a capital, digit or opening bracket follows
 * and the word before it is not a common abbreviation, so "e.g. Refs." and "et al. (2019)" stay inside.
 */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+["'(\[]?[A-Z0-9])/g;
  for (let m = boundary.exec(clean); m; m = boundary.exec(clean)) {
    const before = clean.slice(start, m.index + 1);
    const lastWord = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (/^(e\.g|i\.e|al|etc|vs|fig|figs|eq|eqs|ref|refs|no|dr|cf|approx|resp)\.$/.test(lastWord)) continue;
    if (/^[a-z]\.$/i.test(lastWord)) continue;
    out.push(before.trim());
    start = m.index + 1;
  }
  const rest = clean.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

const STOPWORDS = new Set(
  (
    'about above after again against also although among an and any are because been before being below between both but ' +
    'can could did does doing down during each few for from further had has have having here how into its itself just more ' +
    'most much must not now off once only other our out over own same should some such than that the their them then there ' +
    'these they this those through too under until very was were what when where which while who whom why will with would ' +
    'your yours paper papers propose proposed present presents presented show shows shown results result method methods ' +
    'approach based using used use new work also well however first second furthermore moreover thus therefore'
  ).split(' '),
);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** Up to `k` nearest other documents by shared words, each weighted by its rarity (idf), best first. */
export function nearestNeighbours(docs: readonly SourceDoc[], k: number): number[][] {
  const terms = docs.map((d) => [...new Set(contentWords(`${d.title} ${d.abstract}`))]);
  const postings = new Map<string, number[]>();
  terms.forEach((ts, i) => {
    for (const t of ts) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const n = docs.length;
  // Words in more than 5% of documents say little about the topic and make the inner loop quadratic (a
  // small collection keeps words shared by up to 20 documents).
  const maxDf = Math.max(20, Math.floor(n * 0.05));
  const idf = new Map<string, number>();
  for (const [t, list] of postings) if (list.length >= 2 && list.length <= maxDf) idf.set(t, Math.log(n / list.length));
  const scores = new Float64Array(n);
  return terms.map((ts, i) => {
    const touched: number[] = [];
    for (const t of ts) {
      const w = idf.get(t);
      if (w === undefined) continue;
      for (const j of postings.get(t)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + w;
      }
    }
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const best = touched.slice(0, k);
    for (const j of touched) scores[j] = 0;
    return best;
  });
}

/** Where a title can be cut into a head and a tail: a colon or dash, else a connective word. */
const TITLE_CUTS = [/\s*:\s+/, /\s+[–—-]\s+/, /\s+(?=(?:for|with|via|using|in|on|of|through|under|from|towards?|by)\s)/i];

export function splitTitle(title: string): { head: string; tail: string; joiner: string } | undefined {
  for (const cut of TITLE_CUTS) {
    const m = cut.exec(title);
    if (!m || m.index === 0) continue;
    const head = title.slice(0, m.index).trim();
    const tail = title.slice(m.index + m[0].length).trim();
    if (head.split(' ').length < 1 || tail.split(' ').length < 2) continue;
    return { head, tail, joiner: m[0].trim() === '' ? ' ' : m[0].includes(':') ? ': ' : ' – ' };
  }
  return undefined;
}

function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export interface GenerateOptions {
  size: number;
  seed: number;
  /** Neighbours per source document that may donate sentences and title parts (default 6). */
  neighbours?: number;
}

interface PreparedSources {
  docs: readonly SourceDoc[];
  sentences: string[][];
  neighbours: number[][];
  titled: number[];
}

export function prepareSources(docs: readonly SourceDoc[], neighbours = 6): PreparedSources {
  const sentences = docs.map((d) => splitSentences(d.abstract));
  const titled = docs.flatMap((d, i) => (d.title.trim() !== '' && sentences[i]!.length >= 2 ? [i] : []));
  if (titled.length === 0) throw new Error('benchmark corpus: no source document has both a title and an abstract of two or more sentences');
  return { docs, sentences, neighbours: nearestNeighbours(docs, neighbours), titled };
}

function makeAbstract(rand: () => number, src: PreparedSources, group: number[]): string {
  const seedSentences = src.sentences[group[0]!]!;
  const length = Math.min(10, Math.max(3, seedSentences.length));
  const used = new Set<string>();
  const out: string[] = [];
  for (let j = 0; j < length; j++) {
    const at = length === 1 ? 0 : j / (length - 1);
    // The opening sentence comes from the seed document most of the time: it sets the topic.
    for (let attempt = 0; attempt < 4; attempt++) {
      const donor = j === 0 && rand() < 0.6 ? group[0]! : pick(rand, group);
      const ds = src.sentences[donor]!;
      if (ds.length === 0) continue;
      const sentence = ds[Math.round(at * (ds.length - 1))]!;
      if (used.has(sentence)) continue;
      used.add(sentence);
      out.push(sentence);
      break;
    }
  }
  return out.join(' ');
}

function makeTitle(rand: () => number, src: PreparedSources, group: number[]): string {
  const titles = group.map((i) => src.docs[i]!.title.trim()).filter((t) => t !== '');
  const first = titles[0] ?? src.docs[pick(rand, src.titled)]!.title.trim();
  const other = titles.length > 1 ? pick(rand, titles.slice(1)) : first;
  const a = splitTitle(first);
  const b = splitTitle(other);
  if (a && b && rand() < 0.5) return `${a.head}${a.joiner}${b.tail}`;
  if (a && b) return `${b.head}${b.joiner}${a.tail}`;
  // No cut point: keep the first half of one title's words and the second half of the other's.
  const wa = first.split(/\s+/);
  const wb = other.split(/\s+/);
  return [...wa.slice(0, Math.ceil(wa.length / 2)), ...wb.slice(Math.floor(wb.length / 2))].join(' ');
}

/**
 * For large corpora, once the head/tail splices of a topic are used up: two titles of the topic cut at
 * random word positions (a cut is kept at least two words from each end).
 */
function spliceWords(rand: () => number, src: PreparedSources, group: number[]): string {
  const titles = group.map((i) => src.docs[i]!.title.trim()).filter((t) => t !== '');
  const a = (titles.length > 0 ? pick(rand, titles) : src.docs[pick(rand, src.titled)]!.title).split(/\s+/);
  const b = (titles.length > 0 ? pick(rand, titles) : src.docs[pick(rand, src.titled)]!.title).split(/\s+/);
  const cutA = Math.min(a.length, 2 + Math.floor(rand() * Math.max(1, a.length - 2)));
  const cutB = Math.min(b.length - 1, Math.floor(rand() * Math.max(1, b.length - 2)));
  return [...a.slice(0, cutA), ...b.slice(Math.max(0, cutB))].join(' ');
}

/** `size` papers, deterministic in (sources, seed); paper i does not depend on `size`. */
export function generateCorpus(prepared: PreparedSources, { size, seed }: GenerateOptions): BenchPaper[] {
  const rand = seededRandom(seed);
  const seenTitles = new Set<string>();
  const seenAbstracts = new Set<string>();
  const papers: BenchPaper[] = [];
  for (let i = 0; i < size; i++) {
    let title = '';
    let abstract = '';
    for (let attempt = 0; ; attempt++) {
      const seedDoc = pick(rand, prepared.titled);
      const group = [seedDoc, ...prepared.neighbours[seedDoc]!];
      title = attempt >= 20 ? spliceWords(rand, prepared, group) : makeTitle(rand, prepared, group);
      abstract = makeAbstract(rand, prepared, group);
      if (attempt >= 60) title = `${title} (${i + 1})`;
      if (attempt >= 500) {
        throw new Error(`benchmark corpus: no new abstract after ${attempt} tries at paper ${i + 1}; ${prepared.docs.length} sources are too few for ${size} papers`);
      }
      if (!seenTitles.has(titleKey(title)) && !seenAbstracts.has(abstract)) break;
    }
    seenTitles.add(titleKey(title));
    seenAbstracts.add(abstract);
    papers.push({ id: `bench-${String(i + 1).padStart(6, '0')}`, title, abstract, year: 1995 + Math.floor(rand() * 31) });
  }
  return papers;
}

export function toJsonl(papers: readonly BenchPaper[]): string {
  return papers.map((p) => JSON.stringify(p)).join('\n') + '\n';
}
