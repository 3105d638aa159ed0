import { describe, expect, it } from 'vitest';
import { buildAliasMap, normaliseForm } from '../../../src/lib/search/aliases';
import { nameForm } from '../../../src/lib/search/name-forms';
import { searchAliasWords } from '../../../src/lib/search/alias-words';

const names = ['Retrieval-Augmented Generation', 'ΛCDM', 'Colour constancy', 'ECS', 'H. M.', 'Groß–Pitaevskii', '__proto__', 'constructor', ''];

describe('nameForm', () => {
  it('is normaliseForm, asked once or again', () => {
    for (const name of names) expect(nameForm(name)).toBe(normaliseForm(name));
    for (const name of names) expect(nameForm(name)).toBe(normaliseForm(name));
    expect(nameForm('Colour constancy')).toBe('color constancy');
    expect(nameForm('__proto__')).toBe('proto');
  });

  it('gives the alias map the map normaliseForm gives', () => {
    const concepts = [
      { label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: ['retrieval augmented generation'] },
      { label: 'Colour constancy', aliases: ['color constancy', 'Colour-constancy'] },
      { label: 'Lambda-CDM model', abbreviation: 'ΛCDM', aliases: ['LambdaCDM'] },
      { label: 'Space', abbreviation: 'SPaCE', aliases: [] },
    ];
    const ordinary = new Set(['space']);
    const folded: string[] = [];
    const counting = (name: string) => {
      folded.push(name);
      return nameForm(name);
    };
    expect(buildAliasMap(concepts, ordinary, counting)).toEqual(buildAliasMap(concepts, ordinary));
    expect(folded).toContain('ΛCDM');
  });

  it('leaves a page its words: a name the table holds is still found on the page', () => {
    const rag = { label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: ['retrieval augmented generation'] };
    nameForm('RAG');
    expect(searchAliasWords([rag], 'Retrieval-augmented generation (RAG) grounds answers.')).toEqual([]);
    expect(searchAliasWords([rag], 'Retrieval-augmented generation grounds answers.')).toEqual(['RAG']);
  });
});
