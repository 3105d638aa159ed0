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

  it('takes the Greek singular in -is before its plural in -es, as long, on a tie (review 16 M3: "Hypotheses")', () => {
    const docs = [
      { id: 'a', title: 'Testing many hypotheses', abstract: 'We control the false discovery rate when many null hypotheses are tested at once in genomics.' },
      { id: 'b', title: 'Sequential tests', abstract: 'A null hypothesis is rejected when the sequential statistic crosses its boundary early.' },
      { id: 'c', title: 'Multiple testing in imaging', abstract: 'Each voxel carries a null hypothesis, and the false discovery rate is controlled across them.' },
      { id: 'd', title: 'Adaptive procedures', abstract: 'Adaptive procedures estimate how many null hypotheses are true before they control the error.' },
    ];
    const concept = extractConceptIndex(docs, { perPaper: 8 }).index.concepts.find((c) => c.id === 'null-hypothesis');
    expect(concept?.label).toBe('Null hypothesis');
  });
});
