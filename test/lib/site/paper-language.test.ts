import { describe, expect, it } from 'vitest';
import { textLanguages } from '../../../src/lib/site/paper-page';

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
});
