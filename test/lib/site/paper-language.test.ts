import { describe, expect, it } from 'vitest';
import { paperPageKeyView, paperPageView, textLanguages } from '../../../src/lib/site/paper-page';
import { atlas, concept, paper } from '../../support/paper-view-data';

const FRENCH = "L'histoire des sociétés est faite de temps multiples : la longue durée des structures, qui ne change guère, le temps des cycles et celui de l'événement, qui est pour nous le plus bref et le plus trompeur.";

describe('textLanguages: lang attributes of a paper page title and abstract (review 17 M7)', () => {
  it("takes the record's language for both, and none for English, the page's own", () => {
    expect(textLanguages({ title: 'Vergangene Zukunft', abstract: 'Die Frage nach der Zeit.', language: 'de' })).toEqual({ title: 'de', abstract: 'de' });
    expect(textLanguages({ title: 'Gender', abstract: 'We argue.', language: 'en-US' })).toEqual({});
  });

  it('marks an abstract that reads as another language with the language its words show, its title too when that reads so', () => {
    expect(textLanguages({ title: 'Histoire et sciences sociales : la longue durée', abstract: FRENCH })).toEqual({ title: 'fr', abstract: 'fr' });
    expect(textLanguages({ title: 'The long run', abstract: FRENCH })).toEqual({ abstract: 'fr' });
  });

  it('leaves an English abstract unmarked', () => {
    expect(textLanguages({ title: 'Gender: A Useful Category of Historical Analysis', abstract: 'This essay argues that gender is a constitutive element of social relationships based on perceived differences between the sexes, and that gender is a primary way of signifying relationships of power.' })).toEqual({});
  });

  it('gives the page and its cache key the same languages, for every paper of a collection', () => {
    const fr = paper('fr', 'Histoire et sciences sociales : la longue durée', { abstract: FRENCH });
    const en = paper('en', 'The long run', { abstract: 'We argue that the long run matters for the history of societies and their structures.' });
    const data = atlas([fr, en], [concept('graph-neural-network', 'Graph neural networks', ['fr', 'en'])]);
    for (let round = 0; round < 2; round++) {
      expect(paperPageKeyView(data, fr, '/').lang).toEqual({ title: 'fr', abstract: 'fr' });
      expect(paperPageView(data, fr, '/').lang).toEqual({ title: 'fr', abstract: 'fr' });
      expect(paperPageView(data, en, '/').lang).toEqual({});
    }
  });
});
