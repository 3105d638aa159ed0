import { describe, expect, it } from 'vitest';
import { venueInItsCase } from '../../../src/lib/ingest/shouted-venue';

describe('a venue Web of Science wrote in capitals', () => {
  it('is shown in title case, the words its ISO abbreviation spells in a case of their own spelled so', () => {
    expect(venueInItsCase('REMOTE SENSING OF ENVIRONMENT', 'Remote Sens. Environ.')).toBe('Remote Sensing of Environment');
    expect(venueInItsCase('IEEE TRANSACTIONS ON GEOSCIENCE AND REMOTE SENSING', 'IEEE Trans. Geosci. Remote Sensing')).toBe('IEEE Transactions on Geoscience and Remote Sensing');
    expect(venueInItsCase('PLOS ONE', 'PLoS One')).toBe('PLoS One');
    expect(venueInItsCase('NPJ COMPUTATIONAL MATERIALS', 'npj Comput. Mater.')).toBe('npj Computational Materials');
    expect(venueInItsCase('JAMA-JOURNAL OF THE AMERICAN MEDICAL ASSOCIATION', 'JAMA-J. Am. Med. Assoc.')).toBe('JAMA-Journal of the American Medical Association');
    expect(venueInItsCase('PHYSICAL REVIEW B', 'Phys. Rev. B')).toBe('Physical Review B');
    // A series letter that is also a small word (review finding 4: "Physical Review a").
    expect(venueInItsCase('PHYSICAL REVIEW A', 'Phys. Rev. A')).toBe('Physical Review A');
    expect(venueInItsCase('JOURNAL OF PHYSICS A-MATHEMATICAL AND THEORETICAL', 'J. Phys. A-Math. Theor.')).toBe('Journal of Physics A-Mathematical and Theoretical');
    expect(venueInItsCase('PROCEEDINGS OF THE ROYAL SOCIETY A-MATHEMATICAL PHYSICAL AND ENGINEERING SCIENCES', 'Proc. R. Soc. A-Math. Phys. Eng. Sci.')).toBe('Proceedings of the Royal Society A-Mathematical Physical and Engineering Sciences');
    expect(venueInItsCase('NATURE', 'Nature')).toBe('Nature');
  });

  it('is left as written without an abbreviation to tell acronyms by, or where it is not in capitals', () => {
    expect(venueInItsCase('IEEE TRANSACTIONS ON MEDICAL IMAGING', undefined)).toBe('IEEE TRANSACTIONS ON MEDICAL IMAGING');
    expect(venueInItsCase('Remote Sensing of Environment', 'Remote Sens. Environ.')).toBe('Remote Sensing of Environment');
    // An abbreviation in capitals too says nothing of case.
    expect(venueInItsCase('IEEE TRANSACTIONS ON MEDICAL IMAGING', 'IEEE TRANS MED IMAGING')).toBe('IEEE TRANSACTIONS ON MEDICAL IMAGING');
  });
});
