import { describe, expect, it } from 'vitest';
import { findPaperLinks, missingFromRecord, missingNote, recordLeadsToPaper } from '../../../src/lib/site/find-paper';

const bare = { title: 'Vintix: Action Model via In-Context Reinforcement Learning', authors: [] as string[], links: [] as { url: string; kind: 'code'; label: string }[] };

describe('findPaperLinks', () => {
  it('searches Google Scholar, Semantic Scholar and arXiv by the title of a record that leads nowhere', () => {
    const find = findPaperLinks(bare)!;
    expect(find.by).toBe('title');
    const q = 'Vintix%3A%20Action%20Model%20via%20In-Context%20Reinforcement%20Learning';
    expect(find.links).toEqual([
      { label: 'Google Scholar', href: `https://scholar.google.com/scholar?q=${q}` },
      { label: 'Semantic Scholar', href: `https://www.semanticscholar.org/search?q=${q}` },
      { label: 'arXiv', href: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    ]);
    // A code link (a GitHub repository named in the abstract) is not the paper.
    expect(findPaperLinks({ ...bare, links: [{ url: 'https://github.com/x/y', kind: 'code', label: 'Code' }] })).toBeDefined();
  });

  it('offers nothing for a record with a DOI, arXiv or PubMed id, URL or paper link: it shows those', () => {
    for (const extra of [{ doi: '10.1000/x' }, { arxiv: '2501.00001' }, { pmid: '123' }, { url: 'https://example.org/p.pdf' }]) {
      expect(findPaperLinks({ ...bare, ...extra })).toBeUndefined();
      expect(recordLeadsToPaper({ ...bare, ...extra })).toBe(true);
    }
    expect(findPaperLinks({ ...bare, links: [{ url: 'https://example.org/', kind: 'paper' as never, label: 'Paper' }] })).toBeUndefined();
    expect(recordLeadsToPaper(bare)).toBe(false);
  });

  it('searches arXiv abstracts for a title made from the abstract', () => {
    const find = findPaperLinks({ ...bare, title: 'We study dipoles.', madeTitle: true })!;
    expect(find.by).toBe('abstract');
    expect(find.links[2]!.href).toBe('https://arxiv.org/search/?query=We%20study%20dipoles.&searchtype=abstract');
  });

  it('makes a hostile title one encoded query value of a valid https URL', () => {
    const title = 'Evil "quotes" </script><script>alert(1)</script> & a=b#frag ?x=1 100% $x^2$';
    for (const link of findPaperLinks({ ...bare, title })!.links) {
      const url = new URL(link.href);
      expect(url.protocol).toBe('https:');
      expect(url.hash).toBe('');
      expect(link.href).not.toMatch(/[<>"\s#]/);
      const query = url.searchParams.get(url.hostname === 'arxiv.org' ? 'query' : 'q');
      expect(query).toBe('Evil "quotes" </script><script>alert(1)</script> & a=b#frag ?x=1 100% x²');
      expect([...url.searchParams.keys()]).toEqual(url.hostname === 'arxiv.org' ? ['query', 'searchtype'] : ['q']);
    }
  });

  it('offers nothing for an empty title', () => {
    expect(findPaperLinks({ ...bare, title: '  ' })).toBeUndefined();
  });
});

describe('missingNote', () => {
  it('says which of authors and year the record lacks', () => {
    expect(missingNote(bare)).toBe('No authors or year in the source record');
    expect(missingNote({ ...bare, year: 2024 })).toBe('No authors in the source record');
    expect(missingNote({ ...bare, authors: ['Ada Lee'] })).toBe('No year in the source record');
    expect(missingNote({ ...bare, authors: ['Ada Lee'], year: 2024 })).toBeUndefined();
    // A collaboration is who the byline names.
    expect(missingFromRecord({ ...bare, collaboration: 'ATLAS', year: 2024 })).toEqual([]);
  });
});
