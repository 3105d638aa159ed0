import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Untitled paragraphs that write a specific noun only inside longer phrases, each paper in other ones (review 22
// finding 2: "charmonium", in two SemEval-2017 abstracts, only ever modified another word, and no concept had it).
const docs = [
  { id: 'production', abstract: 'We measure charmonium production in proton collisions.' },
  { id: 'suppression', abstract: 'Dense matter melts the charmonium states.' },
  { id: 'beam', abstract: 'Nanopores are cut by electron beam lithography.' },
  { id: 'soft', abstract: 'Microchannels are cast with soft lithography.' },
  { id: 'language', abstract: 'We train a language model on news text.' },
  { id: 'tumour', abstract: 'A growth model predicts the tumour size.' },
  { id: 'compressor', abstract: 'The multistage compressor stalls at low flow.' },
  { id: 'amplifier', abstract: 'The multistage amplifier saturates at high gain.' },
  { id: 'go', abstract: 'The program masters chess by tabula rasa reinforcement learning.' },
  { id: 'maze', abstract: 'Agents fail at tabula rasa exploration in sparse mazes.' },
].map((d) => ({ ...d, title: '' }));

describe('a specific noun that two papers write inside their phrases is a concept they share', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const byLabel = new Map(index.concepts.map((c) => [c.label.toLowerCase(), c]));

  it('as a modifier ("charmonium production", "charmonium states")', () => {
    expect(byLabel.get('charmonium')?.papers.slice().sort()).toEqual(['production', 'suppression']);
  });

  it('as the head of different phrases ("electron beam lithography", "soft lithography")', () => {
    expect(byLabel.get('lithography')?.papers.slice().sort()).toEqual(['beam', 'soft']);
    // Beside the narrower phrase, not in its place.
    const beam = (index.byPaper['beam'] ?? []).map((t) => index.concepts.find((c) => c.id === t.id)!.label.toLowerCase());
    expect(beam).toContain('electron beam lithography');
  });

  it('never a generic head ("language model", "growth model") nor a modifier made of a prefix and a common word ("multistage")', () => {
    expect(byLabel.has('model')).toBe(false);
    expect(byLabel.has('models')).toBe(false);
    expect(byLabel.has('multistage')).toBe(false);
  });

  it('nor the last word of a name of two words that every paper writes whole ("rasa" of "tabula rasa")', () => {
    expect(byLabel.has('rasa')).toBe(false);
  });
});
