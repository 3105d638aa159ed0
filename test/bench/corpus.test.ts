import { describe, expect, it } from 'vitest';
import {
  generateCorpus,
  nearestNeighbours,
  prepareSources,
  seededRandom,
  splitSentences,
  splitTitle,
  toJsonl,
  type SourceDoc,
} from '../../bench/corpus';

const TOPICS = [
  ['reinforcement', 'policy', 'reward', 'agent', 'exploration'],
  ['protein', 'folding', 'residue', 'structure', 'binding'],
  ['retrieval', 'query', 'document', 'ranking', 'index'],
  ['galaxy', 'redshift', 'telescope', 'stellar', 'survey'],
];

/** Small, real-looking sources: four topics, each abstract five sentences about its topic. */
function sources(): SourceDoc[] {
  const docs: SourceDoc[] = [];
  TOPICS.forEach((words, t) => {
    for (let d = 0; d < 12; d++) {
      const w = (k: number) => words[(d + k) % words.length]!;
      const sentences = [
        `We study ${w(0)} ${w(1)} models for problem ${t}-${d}.`,
        `Prior work on ${w(1)} ignores ${w(2)} effects in case ${d}.`,
        `We propose a ${w(2)} method that couples ${w(3)} and ${w(4)} (variant ${d}).`,
        `Experiments on ${w(3)} benchmarks show gains of ${d + 2}% over e.g. strong baselines.`,
        `Code for the ${w(4)} study ${t}.${d} is released.`,
      ];
      docs.push({
        origin: `fixture:${t}:${d}`,
        title: d % 5 === 4 ? '' : `${w(0)} ${w(1)} for ${w(2)} ${w(3)} number ${d}: a study of ${w(4)} in setting ${t}`,
        abstract: sentences.join(' '),
      });
    }
  });
  return docs;
}

describe('splitSentences', () => {
  it('cuts at sentence ends but not after abbreviations or initials', () => {
    expect(splitSentences('We use e.g. Adam. Results hold (see Smith et al. 2020). 3 tasks remain! Done')).toEqual([
      'We use e.g. Adam.',
      'Results hold (see Smith et al. 2020).',
      '3 tasks remain!',
      'Done',
    ]);
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('splitTitle', () => {
  it('prefers a colon, then a connective word', () => {
    expect(splitTitle('ChemDFM-R: An Chemical Reasoner LLM')).toEqual({ head: 'ChemDFM-R', tail: 'An Chemical Reasoner LLM', joiner: ': ' });
    expect(splitTitle('Sparse attention for long documents')?.tail).toBe('for long documents');
    expect(splitTitle('Attention')).toBeUndefined();
  });
});

describe('nearestNeighbours', () => {
  it('finds documents of the same topic', () => {
    const docs = sources();
    const near = nearestNeighbours(docs, 3);
    near.forEach((list, i) => {
      expect(list.length).toBeGreaterThan(0);
      for (const j of list) expect(docs[j]!.origin.split(':')[1]).toBe(docs[i]!.origin.split(':')[1]);
    });
  });
});

describe('generateCorpus', () => {
  const prepared = prepareSources(sources(), 4);

  it('is deterministic for a seed and differs across seeds', () => {
    const a = toJsonl(generateCorpus(prepared, { size: 200, seed: 7 }));
    const b = toJsonl(generateCorpus(prepareSources(sources(), 4), { size: 200, seed: 7 }));
    const c = toJsonl(generateCorpus(prepared, { size: 200, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('makes a smaller corpus a prefix of a larger one', () => {
    const small = generateCorpus(prepared, { size: 50, seed: 3 });
    const large = generateCorpus(prepared, { size: 150, seed: 3 });
    expect(large.slice(0, 50)).toEqual(small);
  });

  it('gives unique ids, titles and abstracts made only of real sentences', () => {
    const corpus = generateCorpus(prepared, { size: 300, seed: 11 });
    const real = new Set(sources().flatMap((d) => splitSentences(d.abstract)));
    expect(new Set(corpus.map((p) => p.id)).size).toBe(300);
    expect(new Set(corpus.map((p) => p.title.toLowerCase())).size).toBe(300);
    expect(new Set(corpus.map((p) => p.abstract)).size).toBe(300);
    for (const p of corpus) {
      expect(p.title.trim()).not.toBe('');
      for (const s of splitSentences(p.abstract)) expect(real.has(s)).toBe(true);
      expect(p.year).toBeGreaterThanOrEqual(1995);
      expect(p.year).toBeLessThanOrEqual(2025);
    }
  });

  it('keeps most sentences of a paper within one topic', () => {
    const topicOf = new Map<string, string>();
    for (const d of sources()) for (const s of splitSentences(d.abstract)) topicOf.set(s, d.origin.split(':')[1]!);
    const corpus = generateCorpus(prepared, { size: 100, seed: 5 });
    let same = 0;
    let total = 0;
    for (const p of corpus) {
      const topics = splitSentences(p.abstract).map((s) => topicOf.get(s));
      total += topics.length;
      same += topics.filter((t) => t === topics[0]).length;
    }
    expect(same / total).toBeGreaterThan(0.9);
  });

  it('writes one JSON object per line', () => {
    const lines = toJsonl(generateCorpus(prepared, { size: 3, seed: 1 })).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(['id', 'title', 'abstract', 'year']);
  });

  it('draws the same numbers for the same seed', () => {
    const r1 = seededRandom(99);
    const r2 = seededRandom(99);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });
});
