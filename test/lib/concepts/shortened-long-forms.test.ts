import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import type { DocumentText } from '../../../src/lib/model/paper';

// Review 21 finding 17: "Neural networks" (NN) and "Artificial neural network" (ANN) were two concepts, though
// the papers that write both write them for one thing.
const corpus: DocumentText[] = [
  { id: 'filter', title: 'Neural networks for web content filtering', abstract: 'We propose using artificial neural networks (ANN) to classify web pages. The neural network is trained on blocked pages.' },
  { id: 'speaker', title: 'Speaker identification from voice using neural networks', abstract: 'Speakers are identified from voice samples by an artificial neural network (ANN) trained with backpropagation.' },
  { id: 'pressure', title: 'Predicting arterial pressure', abstract: 'An artificial neural network (ANN) predicts the arterial pressure from perfusion images.' },
  { id: 'exchange', title: 'Exchanging trained models', abstract: 'A neural network (NN) is stored as XML so that NN tools can exchange trained models.' },
  { id: 'robot', title: 'Robot trajectory control', abstract: 'A neural network (NN) learns the robot trajectory controller from demonstrations.' },
  { id: 'rhythm', title: 'Recurrent neural networks for rhythmic behaviour', abstract: 'Recurrent neural networks (RNN) with center crossing evolve rhythmic behaviour; unlike feedforward neural networks they keep a state.' },
  { id: 'sequence', title: 'Sequential controllers', abstract: 'A recurrent neural network (RNN) replaces the programmable controller; the neural network learns the sequence.' },
];

// Papers of other fields: neural networks are one topic of the collection, not its field.
const others: DocumentText[] = Array.from({ length: 30 }, (_, k) => ({
  id: `other-${k}`,
  title: `Soil erosion on slope ${k}`,
  abstract: `Rainfall moves topsoil downhill on slope ${k}; terraces and grass strips slow the runoff.`,
}));

describe('a defined long form that another shortens by its first word', () => {
  const index = extractConcepts([...corpus, ...others], { perPaper: 8 });
  const names = (c: { label: string; aliases: string[] }) => [c.label, ...c.aliases].map((n) => n.toLowerCase());

  it('is one concept with it when papers write the two for one thing ("artificial neural network", "neural network")', () => {
    const nn = index.concepts.filter((c) => names(c).some((n) => /^(artificial )?neural networks?$|^a?nn$/.test(n)));
    expect(nn).toHaveLength(1);
    expect(nn[0]!.label).toMatch(/^Neural networks?$/);
    expect(nn[0]!.abbreviation).toBe('NN');
    expect(names(nn[0]!)).toEqual(expect.arrayContaining(['ann', 'artificial neural network']));
    expect([...nn[0]!.papers].sort()).toEqual(expect.arrayContaining(['exchange', 'filter', 'pressure', 'robot', 'speaker']));
  });

  it('stays a kind of its own where the papers set it apart from other kinds ("recurrent neural network")', () => {
    const rnn = index.concepts.find((c) => c.abbreviation === 'RNN');
    expect(rnn?.label).toMatch(/^Recurrent neural networks?$/);
    expect(names(rnn!)).not.toContain('nn');
  });

  it("stays apart where the shorter one is the collection's field, which its papers name whatever kind they are about", () => {
    const field = extractConcepts(corpus, { perPaper: 8 });
    expect(field.concepts.find((c) => c.abbreviation === 'ANN')?.label).toMatch(/^Artificial neural networks?$/);
  });
});
