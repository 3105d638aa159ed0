import { describe, expect, it } from 'vitest';
import { findCandidates, type FindTables } from '../../../src/client/graph/find';

// As the review's collection has them: a concept whose label is the plural, with the singular as an alias,
// and a paper whose title starts with the word.
const tables: FindTables = {
  papers: {
    ids: ['wavelet-based-image-segment-representation', 'four-point-wavelets-and-their-applications', 'deep-neural-networks-for-acoustic-modeling'],
    labels: ['Wavelet-based image segment representation', 'Four-point wavelets and their applications', 'Deep neural networks for acoustic modeling'],
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

  it('leaves a title typed in full to its paper', () => {
    expect(ids('Wavelet-based image segment representation', true, 'papers')).toEqual(['p:wavelet-based-image-segment-representation']);
  });

  it('matches concepts only in the concept filter box, by part of a name too, in either view', () => {
    expect(ids('wavel', false, 'papers')).toEqual(['c:wavelet', 'c:wavelet-packet']);
    expect(ids('segment', false, 'concepts')).toEqual(['c:image-segmentation']);
    expect(ids('  ', true, 'papers')).toEqual([]);
  });
});
