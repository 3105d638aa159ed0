/**
 * Which concepts and words a link carries as its reasons (review 22 finding 5): a concept most papers carry is the
 * collection's broad area, no reason of its own; the words the two abstracts share are named where one of them
 * alone outweighs the concepts named.
 */
import { describe, expect, it } from 'vitest';
import { BROAD_SHARE, linkPapers, outweighingWords, reasonConcepts, shownAlone } from '../../../src/lib/graph/link';
import { conceptIndex, paper } from '../../support/link-fixtures';

// Twelve papers, all on deep learning; two pairs share a specific topic (graph pooling; charmonium, which no concept
// names), the rest are about other things.
const topics = ['vision', 'speech', 'robots', 'proteins', 'weather', 'music', 'translation', 'games'];
const papers = [
  paper('pool-a', 'Graph pooling for molecules', 'Deep learning with graph pooling layers that pool molecular graphs hierarchically.'),
  paper('pool-b', 'Hierarchical graph pooling', 'A deep learning graph pooling operator; pooling coarsens graphs of molecules.'),
  paper('charm-a', 'Charmonium production', 'Deep learning estimates charmonium production; charmonium yields in collisions.'),
  paper('charm-b', 'Charmonium states', 'Charmonium states measured with deep learning; charmonium suppression in collisions.'),
  ...topics.map((t) => paper(`other-${t}`, `Deep learning for ${t}`, `Deep learning applied to ${t} with ${t} data and ${t} benchmarks.`)),
];
const tags: Record<string, string[]> = {
  'pool-a': ['graph-pooling', 'deep-learning'],
  'pool-b': ['graph-pooling', 'deep-learning'],
  'charm-a': ['deep-learning'],
  'charm-b': ['deep-learning'],
  ...Object.fromEntries(topics.map((t) => [`other-${t}`, [`${t}-topic`, 'deep-learning']])),
};
const index = conceptIndex(tags);

describe('a link\'s reasons', () => {
  const related = linkPapers(papers, index, { max: 3, tuning: { mentions: false } });

  it('leave out a concept carried by more than a fifth of the papers where a specific one remains', () => {
    const link = related['pool-a']!.find((r) => r.id === 'pool-b')!;
    expect(link.shared).toEqual(['graph-pooling']);
    expect(link.broad).toBeUndefined();
  });

  it('keep it where nothing else remains, marked as the broad area, with the words that outweigh it', () => {
    const link = related['charm-a']!.find((r) => r.id === 'charm-b')!;
    expect(link.shared).toEqual(['deep-learning']);
    expect(link.broad).toBe(true);
    // "charmonium", written twice in each, adds more to the link than the broad concept; "collisions" once each.
    expect(link.words).toEqual(['charmonium']);
  });

  it('never name a broad concept\'s own words, nor broad words', () => {
    for (const links of Object.values(related)) for (const r of links) expect(r.words ?? []).not.toContain('learning');
  });
});

describe('the words a card names beside a concept are words of a topic (wording.ts `topicWord`)', () => {
  // The two charmonium papers also write "results" as often as "charmonium": it outweighs the broad concept they
  // share as "charmonium" does, and is the wording of any abstract.
  const worded = papers.map((p) =>
    p.slug === 'charm-a'
      ? { ...p, title: 'Charmonium results', abstract: 'Deep learning results on charmonium production; charmonium results in collisions.' }
      : p.slug === 'charm-b'
        ? { ...p, title: 'Charmonium results', abstract: 'Charmonium results measured with deep learning; charmonium results in collisions.' }
        : p,
  );
  const link = linkPapers(worded, index, { max: 3, tuning: { mentions: false } })['charm-a']!.find((r) => r.id === 'charm-b')!;

  it('names "charmonium", not "results", which still counts towards the link', () => {
    expect(link.shared).toEqual(['deep-learning']);
    expect(link.words).toEqual(['charmonium']);
  });
});

describe('the words a card names (review 22b: "similar wording: et and al", "pre")', () => {
  // The two charmonium papers cite the same authors and pre-train: "et", "al" and "pre", written four and three
  // times in each, outweigh the broad concept they share.
  const citing = papers.map((p) =>
    p.slug.startsWith('charm-')
      ? { ...p, abstract: `${p.abstract} As Satz et al., Matsui et al., Vogt et al. and Rapp et al. argued, pre-trained, pre-processed and pre-selected data help.` }
      : p,
  );
  const link = linkPapers(citing, index, { max: 3, tuning: { mentions: false } })['charm-a']!.find((r) => r.id === 'charm-b')!;

  it('names no piece of "et al." nor a prefix a hyphen cut off, though they count towards the link', () => {
    // (On the old code: ["et", "al"].)
    for (const piece of ['et', 'al', 'pre']) expect(link.words ?? []).not.toContain(piece);
    expect(link.shared).toEqual(['deep-learning']);
  });

  it('shownAlone: three letters at least, and no prefix of kind', () => {
    expect(['charmonium', 'gas', 'ai', 'et', 'pre', 'multi', 'co', undefined].map(shownAlone)).toEqual([true, true, false, false, false, false, false, false]);
  });
});

// Review 22 finding 4: the two ways `npm run eval` measures of counting a specific concept more steeply.
describe('steeper weights for specific concepts (tuning, for the eval\'s sensitivity lines)', () => {
  const direct = { conceptShare: 1, textOnlyFactor: 0, graphNeighbours: 0, mentions: false };
  const score = (links: Record<string, { id: string; score: number }[]>, from: string, to: string) => links[from]!.find((r) => r.id === to)?.score;

  it('conceptIdfExponent: a steeper idf lets the specific shared concept count more against the common one', () => {
    // pool-b also carries a concept most other papers carry and pool-a does not: it dilutes their cosine less.
    const diluted = conceptIndex({ ...tags, 'pool-b': ['graph-pooling', 'deep-learning', 'neural-networks'], ...Object.fromEntries(topics.map((t) => [`other-${t}`, [`${t}-topic`, 'deep-learning', 'neural-networks']])) });
    const plain = score(linkPapers(papers, diluted, { max: 3, tuning: direct }), 'pool-a', 'pool-b')!;
    const steep = score(linkPapers(papers, diluted, { max: 3, tuning: { ...direct, conceptIdfExponent: 2 } }), 'pool-a', 'pool-b')!;
    expect(plain).toBeLessThan(1);
    expect(steep).toBeGreaterThan(plain);
  });

  it('broadConceptWeight: a concept more than a fifth of the papers carry counts that much (0: a link of it alone goes)', () => {
    expect(score(linkPapers(papers, index, { max: 3, tuning: direct }), 'charm-a', 'charm-b')).toBeGreaterThan(0);
    expect(score(linkPapers(papers, index, { max: 3, tuning: { ...direct, broadConceptWeight: 0 } }), 'charm-a', 'charm-b')).toBeUndefined();
  });
});

describe('reasonConcepts', () => {
  const shared = [{ id: 'a', f: 0, weight: 0.3 }, { id: 'b', f: 1, weight: 0.2 }];
  it('keeps those at most `broadAbove` papers carry, or all of them, marked broad, when none is', () => {
    expect(reasonConcepts(shared, [30, 4], 10)).toEqual({ shared: [shared[1]], broad: false });
    expect(reasonConcepts(shared, [30, 40], 10)).toEqual({ shared, broad: true });
    expect(reasonConcepts([], [], 10)).toEqual({ shared: [], broad: false });
    expect(BROAD_SHARE).toBe(1 / 5);
  });
});

describe('outweighingWords', () => {
  const words = [{ word: 7, weight: 0.05 }, { word: 3, weight: 0.04 }, { word: 9, weight: 0.01 }];
  it('names the words each of which alone adds more than the named concepts, strongest first, eligible ones only', () => {
    // The words count 4 times as much as the concepts (0.8 against 0.2).
    expect(outweighingWords(words, 4, 0.1, () => true)).toEqual([7, 3]);
    expect(outweighingWords(words, 4, 0.1, (w) => w !== 7)).toEqual([3]);
    expect(outweighingWords(words, 4, 0.5, () => true)).toEqual([]);
  });
});
