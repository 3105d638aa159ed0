import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeDocument } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('an adjective where capitals say nothing (review 18 H3: "Optical")', () => {
  it('reads "Optical" opening a sentence or a title, with no noun after it, as the adjective', () => {
    expect(tokenize('Optical and digital methods are compared.')[0]!.cls).toBe('A');
    expect(tokenizeDocument('Optical two-step modified signed-digit addition', 'Binary logic gates add digits.').words[0]!.cls).toBe('A');
  });

  it('leaves family names that are adjectives alone ("Green and Young")', () => {
    expect(tokenize('Green and Young proved it.')[0]!.cls).toBe('N');
  });

  it('makes no concept "Optical"', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Optical two-step modified signed-digit addition', abstract: 'Optical and digital logic gates add digits. Binary logic gates are used.' },
        { id: 'b', title: 'Optical recognition of objects', abstract: 'Optical correlation recognises objects with binary logic gates.' },
        { id: 'c', title: 'Optical encoding of colour', abstract: 'Colour images are encoded with binary logic gates.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('optical');
  });
});
