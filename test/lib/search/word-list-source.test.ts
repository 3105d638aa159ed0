import { describe, expect, it } from 'vitest';
import { paperWordText } from '../../../src/lib/search/word-list-source';

describe('paperWordText', () => {
  it('holds every text a paper is searched by: title, authors, collaboration, venue, keywords, abstract and its concepts\' names', () => {
    const text = paperWordText(
      { title: 'Graphene sheets', abstract: 'We grow graphene.', authors: ['Ada Lovelace'], collaboration: 'ATLAS', venue: 'Nature', authorKeywords: ['monolayers'] },
      [{ label: 'Chemical vapour deposition', abbreviation: 'CVD', aliases: ['vapour growth'] }],
    );
    for (const word of ['Graphene', 'Lovelace', 'ATLAS', 'Nature', 'monolayers', 'grow', 'deposition', 'CVD', 'growth']) expect(text).toContain(word);
  });
});
