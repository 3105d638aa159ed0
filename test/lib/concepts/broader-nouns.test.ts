import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { lastPart, neighbour, specificNoun } from '../../../src/lib/concepts/broader-nouns';
import { WordCase } from '../../../src/lib/concepts/word-case';
import { keptWords } from '../../support/kept-words';

const bg = background();

describe('broader nouns', () => {
  it("read a hyphenated word's head", () => {
    expect(lastPart('soft-lithography')).toBe('lithography');
    expect(lastPart('lithography')).toBe('lithography');
  });

  it('read the words next to a noun in its sentence, none for a stop word, punctuation or another sentence', () => {
    const words = keptWords('Cut by electron beam lithography .', 'Tabula rasa exploration .');
    expect(neighbour(words, 4, -1)).toBe('beam');
    expect(neighbour(words, 4, 1)).toBe('');
    expect(neighbour(words, 1, -1)).toBe('cut');
    expect(neighbour(words, 0, 1)).toBe('');
    expect(neighbour(words, 6, -1)).toBe('');
  });

  it('are specific nouns of their own, as heads or as modifiers', () => {
    const wordCase = new WordCase();
    for (const w of 'the lithography model and a thermal adhesive monte'.split(' ')) wordCase.add(w);
    expect(specificNoun('lithography', true, wordCase, bg)).toBe(true);
    expect(specificNoun('soft-lithography', true, wordCase, bg)).toBe(true);
    expect(specificNoun('model', true, wordCase, bg)).toBe(false);
    expect(specificNoun('mRNA', true, wordCase, bg)).toBe(false);
    // A modifier with an adjective's ending, or a prefix of kind on a common word, is no noun of its own.
    expect(specificNoun('thermal', false, wordCase, bg)).toBe(false);
    expect(specificNoun('multistage', false, wordCase, bg)).toBe(false);
  });

  it('are not a word the collection writes as a name', () => {
    const wordCase = new WordCase();
    for (let k = 0; k < 3; k++) wordCase.add('Charmonium');
    expect(specificNoun('charmonium', true, wordCase, bg)).toBe(false);
    expect(specificNoun('charmonium', true, new WordCase(), bg)).toBe(false);
    const lower = new WordCase();
    lower.add('charmonium');
    expect(specificNoun('charmonium', true, lower, bg)).toBe(true);
  });
});
