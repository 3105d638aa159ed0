import { describe, expect, it } from 'vitest';
import { searchableQuery } from '../../../src/lib/search/query-symbols';

describe('searchableQuery', () => {
  it('drops the symbols the index drops from a word, so a formula typed as TeX is one word again', () => {
    expect(searchableQuery('O(n^2)')).toBe('O(n2)');
    expect(searchableQuery(' $x^2 + y^2 < z^2$ ')).toBe('x2 y2 z2');
    expect(searchableQuery('a|b = c~d')).toBe('ab cd');
    // Pasted from a paper's source: style commands go as they do in the index's copy of the formula.
    expect(searchableQuery('$\\mathcal{O}(n^2)$ and $\\mathbf{x}_i$')).toBe('O(n2) and xi');
  });

  it('keeps words, punctuation Pagefind reads itself, accents and emoji', () => {
    expect(searchableQuery('"graph attention" C-RAN')).toBe('"graph attention" C-RAN');
    expect(searchableQuery('Über 🌦️ weather')).toBe('Über 🌦️ weather');
  });

  it('spells the query as the index spells the pages (search-fold.ts): Greek, subscripts, `_`, ł and ß', () => {
    expect(searchableQuery('ΛCDM TNF-α $H_0$ H₀ x_i')).toBe('LambdaCDM TNF-alpha H0 H0 xi');
    expect(searchableQuery('Łukasz Groß')).toBe('Lukasz Gross');
  });

  it('leaves a query of symbols only as typed', () => {
    expect(searchableQuery(' ^ + ')).toBe('^ +');
  });
});
