import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

describe('a label the papers write singular and plural as often is the singular (review 15 M5: "Integrated luminosities")', () => {
  it('takes the shorter form on a tie, not the first in the alphabet', () => {
    const docs = [
      { id: 'atlas', title: 'Search for a new boson', abstract: 'The datasets correspond to integrated luminosities of approximately 4.8 fb-1 collected in 2011.' },
      { id: 'cms', title: 'Observation of a scalar boson', abstract: 'We use data samples corresponding to integrated luminosities of up to 5.1 inverse femtobarns.' },
      { id: 'lhcb', title: 'Pentaquark states in decays', abstract: 'The data sample corresponds to an integrated luminosity of 3 fb-1 acquired with the detector.' },
      { id: 'squarks', title: 'Search for squarks and gluinos', abstract: 'The data correspond to an integrated luminosity of 139 fb-1 recorded at the collider.' },
    ];
    const concept = extractConceptIndex(docs, { perPaper: 8 }).index.concepts.find((c) => c.id === 'integrated-luminosity');
    expect(concept?.label).toBe('Integrated luminosity');
  });
});
