import { describe, expect, it } from 'vitest';
import { abstractTokens, abstractTokensAsWritten } from '../../../src/lib/graph/abstract-terms';

describe('abstractTokensAsWritten', () => {
  it('gives the tokens of abstractTokens as the text writes them (review 18 H2: a cluster named "Pc")', () => {
    const text = 'Laptops: PCs and the PC market, $\\alpha$ GPT4 in 2024 — l’économie of mRNA.';
    expect(abstractTokensAsWritten(text)).toEqual(['Laptops', 'PCs', 'and', 'the', 'PC', 'market', 'GPT4', 'in', 'l’economie', 'of', 'mRNA']);
    expect(abstractTokensAsWritten(text).map((t) => t.toLowerCase())).toEqual(abstractTokens(text));
  });
});
