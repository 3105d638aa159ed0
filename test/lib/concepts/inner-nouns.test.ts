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
  { id: 'maze', abstract: 'Agents fail in mazes where tabula rasa exploration is too slow.' },
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

  it('records no narrower concept where the noun only modifies ("Charmonium production" is no kind of charmonium)', () => {
    // (review 22b: "Hadron collider" was listed as a kind of Hadrons, "Nuclear fission reactors" of Fission.)
    const held = index.concepts.filter((c) => c.label.toLowerCase().startsWith('charmonium '));
    expect(held.length, 'phrases that hold it as a modifier').toBeGreaterThan(0);
    expect(byLabel.get('charmonium')?.narrower).toBeUndefined();
  });

  it('records the narrower concepts of the papers that carry both ("Electron beam lithography" under "Lithography")', () => {
    const narrower = (byLabel.get('lithography')?.narrower ?? []).map((id) => index.concepts.find((c) => c.id === id)!.label.toLowerCase());
    // ("soft" is read as an adjective: that paper's phrase is "lithography" itself.)
    expect(narrower).toEqual(['electron beam lithography']);
    expect(byLabel.get('electron beam lithography')?.narrower).toBeUndefined();
  });

  it('never a generic head ("language model", "growth model") nor a modifier made of a prefix and a common word ("multistage")', () => {
    expect(byLabel.has('model')).toBe(false);
    expect(byLabel.has('models')).toBe(false);
    expect(byLabel.has('multistage')).toBe(false);
  });

  it('nor a word of a name of two words that every paper writes whole ("tabula rasa")', () => {
    expect(byLabel.has('rasa')).toBe(false);
    expect(byLabel.has('tabula')).toBe(false);
  });
});

// Two papers whose tags are full (three each): the shared noun may take the place of a weaker tag that links
// nothing, never of a narrower phrase that holds it ("Multiframe blind deconvolution" gave way to
// "Deconvolution" on the Inspec train split).
describe('in a full tag list the broader noun goes beside its narrower phrases, not in their place', () => {
  const full = [
    {
      id: 'steane',
      abstract:
        'The ancilla verification protects quantum memories. The ancilla verification with error correction scales well. The error correction is fast. The ancilla verification is cheap. A Steane ancilla network, built once, is one option.',
    },
    {
      id: 'knill',
      abstract:
        'The ancilla verification protects quantum computers. The ancilla verification with error correction scales well. The error correction is fast. The ancilla verification is cheap. A Knill ancilla factory, built once, is one option.',
    },
    { id: 'soil', abstract: 'Soil moisture controls crop yield in dry regions.' },
    { id: 'bridge', abstract: 'Cable stays carry the bridge deck under wind loads.' },
    { id: 'bees', abstract: 'Honey bees forage on clover meadows in spring.' },
    { id: 'glass', abstract: 'Window glass cracks under thermal shock.' },
    { id: 'trains', abstract: 'Freight trains brake late on steep grades.' },
    { id: 'ink', abstract: 'Printer ink dries fast on coated paper.' },
  ].map((d) => ({ ...d, title: '' }));
  const index = extractConcepts(full, { perPaper: 3 });
  const labels = (paper: string) => (index.byPaper[paper] ?? []).map((t) => index.concepts.find((c) => c.id === t.id)!.label.toLowerCase());

  it('keeps the narrower phrases', () => {
    expect(labels('steane')).toContain('steane ancilla network');
    expect(labels('knill')).toContain('knill ancilla factory');
  });
});
