import { describe, expect, it } from 'vitest';
import { conceptFilterFits, findCandidates, type FindTables } from '../../../src/client/graph/find';

// As the review's collection has them: a concept whose label is the plural, with the singular as an alias,
// and a paper whose title starts with the word.
const tables: FindTables = {
  papers: {
    ids: [
      'wavelet-based-image-segment-representation',
      'four-point-wavelets-and-their-applications',
      'deep-neural-networks-for-acoustic-modeling',
      'winning-post-for-the-web',
      'the-road-to-recovery-disaster-planning',
      'xiao-bo-bian-huan',
    ],
    labels: [
      'Wavelet-based image segment representation',
      'Four-point wavelets and their applications',
      'Deep neural networks for acoustic modeling',
      'Winning post for the Web',
      'The road to recovery [disaster planning]',
      '基于小波变换的图像压缩',
    ],
  },
  concepts: {
    ids: ['wavelet', 'wavelet-packet', 'neural-network', 'image-segmentation'],
    labels: ['Wavelets', 'Wavelet packet', 'Neural networks', 'Image segmentation'],
    names: [['wavelet'], ['wavelet packets'], ['NN', 'neural network'], ['image segment', 'image segments']],
  },
};
const ids = (text: string, includePapers: boolean, view: 'papers' | 'concepts') => findCandidates(tables, text, includePapers, view).map((c) => c.id);

describe('findCandidates', () => {
  it('puts a concept named as typed before a title that starts with the word, in either view', () => {
    expect(ids('wavelet', true, 'papers')[0]).toBe('c:wavelet');
    expect(ids('Wavelet', true, 'concepts')[0]).toBe('c:wavelet');
    expect(ids('NN', true, 'papers')[0]).toBe('c:neural-network');
  });

  it('takes the same words but for endings and punctuation as the concept’s name', () => {
    // No alias spells it so: the stemmed words meet.
    expect(ids('neural-networks', true, 'papers')[0]).toBe('c:neural-network');
    expect(ids('image segmentations', true, 'papers')[0]).toBe('c:image-segmentation');
  });

  it('offers in the papers view no concept that is only part of the text typed, so Enter there finds the title', () => {
    expect(ids('wavel', true, 'papers')).toEqual(['p:wavelet-based-image-segment-representation', 'p:four-point-wavelets-and-their-applications']);
    expect(ids('wavelet-based', true, 'papers')[0]).toBe('p:wavelet-based-image-segment-representation');
    // The concepts view draws concepts, so there they match by a part too, shorter names first.
    expect(ids('wavel', true, 'concepts').slice(0, 2)).toEqual(['c:wavelet', 'c:wavelet-packet']);
  });

  it('suggests names where a word of them starts, not text inside a word', () => {
    // The review's "NN": "Wi-nn-ing post" and "disaster pla-nn-ing" were suggested with the concept.
    expect(ids('NN', true, 'papers')).toEqual(['c:neural-network']);
    expect(ids('nn', true, 'concepts')).toEqual(['c:neural-network']);
    expect(ids('ning', true, 'concepts')).toEqual([]);
    // A title or concept word's start, several words on, punctuation typed from, or an id's word.
    expect(ids('segment repr', true, 'papers')).toEqual(['p:wavelet-based-image-segment-representation']);
    expect(ids('plann', true, 'papers')).toEqual(['p:the-road-to-recovery-disaster-planning']);
    expect(ids('[disaster', true, 'papers')).toEqual(['p:the-road-to-recovery-disaster-planning']);
    expect(ids('networks', true, 'concepts')).toEqual(['c:neural-network', 'p:deep-neural-networks-for-acoustic-modeling']);
    expect(ids('packet', false, 'concepts')).toEqual(['c:wavelet-packet']);
    // Chinese writes no spaces between words: any character may start one.
    expect(ids('小波', true, 'papers')).toEqual(['p:xiao-bo-bian-huan']);
  });

  it('leaves a title typed in full to its paper', () => {
    expect(ids('Wavelet-based image segment representation', true, 'papers')).toEqual(['p:wavelet-based-image-segment-representation']);
  });

  it('matches concepts only in the concept filter box, by a word of a name too, in either view', () => {
    expect(ids('wavel', false, 'papers')).toEqual(['c:wavelet', 'c:wavelet-packet']);
    expect(ids('segment', false, 'concepts')).toEqual(['c:image-segmentation']);
    expect(ids('  ', true, 'papers')).toEqual([]);
  });
});

describe('conceptFilterFits', () => {
  it('filters by the concept a Find names only when most of the full-text matches carry it', () => {
    // "agents": the concept carries 4 papers, the text finds 84; filtering hid 80 of them.
    const agents = [3, 10, 11, 40];
    const found = [10, 40, ...Array.from({ length: 82 }, (_, i) => 100 + i)];
    expect(conceptFilterFits(agents, found)).toEqual({ carrying: 2, filter: false });
    // "wavelet": 14 carry it, 18 found, 13 of them among the 14.
    const wavelets = Array.from({ length: 14 }, (_, i) => i);
    expect(conceptFilterFits(wavelets, [...wavelets.slice(1), 100, 101, 102, 103, 104])).toEqual({ carrying: 13, filter: true });
    // Half is not most.
    expect(conceptFilterFits([1, 2], [1, 2, 3, 4]).filter).toBe(false);
  });

  it('keeps the filter when the text found nothing (search failed or not loaded)', () => {
    expect(conceptFilterFits([1, 2], [])).toEqual({ carrying: 0, filter: true });
  });
});
