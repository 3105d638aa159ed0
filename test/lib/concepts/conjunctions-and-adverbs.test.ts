import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const tag = (text: string, word: string) => tokenize(text).find((w) => w.text === word)!;

describe('closed-class words the tagger does not know (review 18 H3)', () => {
  it('reads "whilst" and "amidst" as function words, wherever they stand', () => {
    for (const [text, word] of [
      ['Whilst the method works, it is slow.', 'Whilst'],
      ['The cost rose whilst prices fell.', 'whilst'],
      ['Amidst the noise, a signal stands out.', 'Amidst'],
    ] as const) {
      expect(tag(text, word).cls).toBe('X');
    }
  });

  it('makes no concept of "whilst"', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Shading of photovoltaic arrays', abstract: 'Whilst many models exist, shading losses remain. Whilst shading matters, arrays differ.' },
        { id: 'b', title: 'Bubble growth in steels', abstract: 'Bubbles grow whilst reducing strength. Whilst the lattice strains, bubbles grow.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('whilst');
  });
});

describe('adverbs in -ly (review 18 H3)', () => {
  it('reads an adjective with -ly as an adverb, never a noun ("Weakly", "weakly")', () => {
    expect(tag('Weakly invertible automata are studied.', 'Weakly').cls).toBe('X');
    expect(tag('The weakly penalized system is stable.', 'weakly').cls).toBe('X');
  });

  it('keeps the nouns in -ly that have no adjective inside ("family", "assembly", "anomaly", "supply")', () => {
    for (const word of ['family', 'assembly', 'anomaly', 'supply']) expect(tag(`The ${word} of data was studied.`, word).cls).toBe('N');
  });

  it('makes no concept of "weakly", and keeps the phrase it modifies', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Weakly invertible finite automata', abstract: 'Weakly invertible automata with delay are characterised. The automata are weakly invertible.' },
        { id: 'b', title: 'Penalty methods for contact', abstract: 'The weakly penalized system behaves well. Weakly enforced constraints and finite automata are compared.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('weakly');
  });
});
