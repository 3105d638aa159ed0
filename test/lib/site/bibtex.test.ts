import { describe, expect, it } from 'vitest';
import { bibtexEntry, citationKey, escapeBibtexText, type CitablePaper } from '../../../src/lib/site/bibtex';

const paper: CitablePaper = {
  id: 'beyond-aha-meta-abilities-alignment',
  title: "Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models",
  authors: ['Zhiyuan Hu', 'Yibo Wang', 'Hanze Dong'],
  year: 2025,
  arxiv: '2505.10554',
  links: [{ url: 'https://github.com/zhiyuanhubj/Meta-Ability-Alignment', kind: 'code', label: 'GitHub' }],
};

describe('bibtexEntry', () => {
  it('writes an arXiv entry with title, authors, year and eprint', () => {
    const entry = bibtexEntry(paper);
    expect(entry.startsWith('@misc{hu2025beyond,\n')).toBe(true);
    expect(entry).toContain("title         = {{Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models}}");
    expect(entry).toContain('author        = {Zhiyuan Hu and Yibo Wang and Hanze Dong}');
    expect(entry).toContain('eprint        = {2505.10554}');
    expect(entry).toContain('archivePrefix = {arXiv}');
    expect(entry.endsWith('\n}')).toBe(true);
    // Code links are not the paper's URL.
    expect(entry).not.toContain('github.com');
  });

  it('writes a journal article when there is a venue and a DOI', () => {
    const entry = bibtexEntry({ ...paper, arxiv: undefined, venue: 'Nature', doi: '10.1038/s41586-021-03819-2' });
    expect(entry.startsWith('@article{')).toBe(true);
    expect(entry).toContain('journal = {Nature}');
    expect(entry).toContain('doi     = {10.1038/s41586-021-03819-2}');
  });

  it('keeps hostile text from unbalancing the entry', () => {
    const entry = bibtexEntry({
      ...paper,
      title: 'Evil} @misc{x, title={y} 100% & #1 $\\frac{a}{$',
      authors: ['A } B'],
      url: 'https://example.org/{x}',
    });
    let depth = 0;
    for (let i = 0; i < entry.length; i++) {
      if (entry[i] === '\\') {
        i += 1;
        continue;
      }
      if (entry[i] === '{') depth += 1;
      if (entry[i] === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(entry).toContain('100\\% \\& \\#1');
    expect(entry).toContain('url           = {https://example.org/%7Bx%7D}');
  });

  it('skips a javascript: URL', () => {
    expect(bibtexEntry({ ...paper, url: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('citationKey', () => {
  it('uses surname, year and the first significant title word, in ASCII', () => {
    expect(citationKey({ id: 'x', title: 'The Über Model for Graphs', authors: ['José Núñez'], year: 2024 })).toBe('nunez2024uber');
    expect(citationKey({ id: 'x', title: 'Graph nets', authors: ['Battaglia, Peter'], year: 2018 })).toBe('battaglia2018graph');
  });

  it('falls back to the slug when there is nothing to build a key from', () => {
    expect(citationKey({ id: 'some-paper', title: '$x$', authors: [] })).toBe('somepaper');
  });
});

describe('escapeBibtexText', () => {
  it('keeps balanced inline math and escapes LaTeX specials elsewhere', () => {
    expect(escapeBibtexText('UR$^2$: 50% of_R&D')).toBe('UR$^2$: 50\\% of\\_R\\&D');
  });
});
