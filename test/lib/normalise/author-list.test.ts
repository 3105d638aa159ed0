import { describe, expect, it } from 'vitest';
import { mergeAuthorLists } from '../../../src/lib/normalise/author-list';

// One paper's authors as PubMed writes them (FAU) and as a Scopus RIS export does, with one more name.
const pubmed = ['Peter Horby', 'Wei Shen Lim', 'Jonathan R. Emberson', 'Marion Mafham', 'Jennifer L. Bell'];
const scopus = ['P. Horby', 'W.S. Lim', 'J.R. Emberson', 'M. Mafham', 'J.L. Bell', 'L. Linsell'];

describe('mergeAuthorLists', () => {
  it('keeps names written out over initials, and the people only the longer list names, in either order', () => {
    const full = [...pubmed, 'L. Linsell'];
    expect(mergeAuthorLists({ authors: pubmed }, { authors: scopus }).authors).toEqual(full);
    expect(mergeAuthorLists({ authors: scopus }, { authors: pubmed }).authors).toEqual(full);
  });

  it('takes the fuller spelling of each person where the lists are as long', () => {
    const initials = scopus.slice(0, 5);
    expect(mergeAuthorLists({ authors: initials }, { authors: pubmed }).authors).toEqual(pubmed);
    expect(mergeAuthorLists({ authors: pubmed }, { authors: initials }).authors).toEqual(pubmed);
    // Name by name: each list writes out some of them.
    const mixed = mergeAuthorLists({ authors: ['Peter Horby', 'W.S. Lim'] }, { authors: ['P. Horby', 'Wei Shen Lim'] });
    expect(mixed.authors).toEqual(['Peter Horby', 'Wei Shen Lim']);
  });

  it('reads "Family, Given" and a person known by a middle initial one list leaves out', () => {
    expect(mergeAuthorLists({ authors: ['Horby, P.', 'Lim, W.'] }, { authors: ['Peter W. Horby', 'Wei Shen Lim'] }).authors).toEqual(['Peter W. Horby', 'Wei Shen Lim']);
  });

  it('takes the longer list whole when the shorter one names people it lacks, or in another order', () => {
    expect(mergeAuthorLists({ authors: ['Peter Horby', 'Wei Shen Lim'] }, { authors: ['A. Smith', 'B. Jones', 'C. Brown'] }).authors).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
    expect(mergeAuthorLists({ authors: ['Wei Shen Lim', 'Peter Horby'] }, { authors: scopus }).authors).toEqual(scopus);
    // As long and not the same people: the page's list stays.
    expect(mergeAuthorLists({ authors: ['P. Horby', 'W. S. Lim'] }, { authors: ['Peter Horby', 'Wei Shen Lin'] }).authors).toEqual(['P. Horby', 'W. S. Lim']);
  });

  it('does not give one person the name of another with the same family name', () => {
    // Y. Wang is not Xiaoming Wang: only X. Wang is written out.
    expect(mergeAuthorLists({ authors: ['Y. Wang', 'X. Wang', 'L. Chen'] }, { authors: ['Xiaoming Wang', 'Li Chen'] }).authors).toEqual(['Y. Wang', 'Xiaoming Wang', 'Li Chen']);
  });

  it('carries each chosen name with what its own list says of it: an organisation, its parts, the et al.', () => {
    const merged = mergeAuthorLists(
      { authors: ['RECOVERY Collaborative Group', 'P. Horby', 'W.S. Lim'], literalAuthors: ['RECOVERY Collaborative Group'], etAl: true },
      { authors: ['RECOVERY Collaborative Group', 'Peter Horby Jr.', 'Wei Shen Lim'], literalAuthors: ['RECOVERY Collaborative Group'], nameParts: [{ name: 'Peter Horby Jr.', given: 'Peter', family: 'Horby', suffix: 'Jr.' }] },
    );
    expect(merged).toEqual({
      authors: ['RECOVERY Collaborative Group', 'Peter Horby Jr.', 'Wei Shen Lim'],
      literalAuthors: ['RECOVERY Collaborative Group'],
      nameParts: [{ name: 'Peter Horby Jr.', given: 'Peter', family: 'Horby', suffix: 'Jr.' }],
      etAl: true,
    });
  });
});
