import { describe, expect, it } from 'vitest';
import { venueInitials } from '../../../src/lib/search/venue-initials';

describe('venueInitials', () => {
  it('reads the initials a field searches a venue or institution by, from its name in full or abbreviated', () => {
    expect(venueInitials('The New England Journal of Medicine')).toBe('NEJM');
    expect(venueInitials('N Engl J Med')).toBe('NEJM');
    expect(venueInitials('Physical Review Letters')).toBe('PRL');
    expect(venueInitials('Phys. Rev. Lett.')).toBe('PRL');
    expect(venueInitials('Proc. Natl. Acad. Sci. USA')).toBe('PNAS');
    expect(venueInitials('National Bureau of Economic Research')).toBe('NBER');
    expect(venueInitials('Journal of High Energy Physics')).toBe('JHEP');
    expect(venueInitials('IEEE Transactions on Pattern Analysis and Machine Intelligence')).toBe('TPAMI');
  });

  it('gives nothing for a name of one or two words, which would match papers by chance', () => {
    expect(venueInitials('Nature')).toBeUndefined();
    expect(venueInitials('Nature Physics')).toBeUndefined();
    expect(venueInitials('The Lancet')).toBeUndefined();
    expect(venueInitials('')).toBeUndefined();
    expect(venueInitials(undefined)).toBeUndefined();
  });
});
