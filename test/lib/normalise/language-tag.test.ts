import { describe, expect, it } from 'vitest';
import { guessTextLanguage, isEnglishTag, languageTag } from '../../../src/lib/normalise/language-tag';
import { ingestFile } from '../../../src/lib/ingest/index';
import { normaliseRecords } from '../../../src/lib/normalise';

describe('languageTag: a record language field as an HTML lang value (review 17 M7)', () => {
  it.each([
    ['fr', 'fr'],
    ['de-DE', 'de-DE'],
    ['de_de', 'de-DE'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['french', 'fr'],
    ['ngerman', 'de'],
    ['German', 'de'],
    ['USenglish', 'en-US'],
    ['Français', 'fr'],
  ])('%s → %s', (value, tag) => expect(languageTag(value)).toBe(tag));

  it.each(['', '  ', 'Other', 'fr; en', 'multiple languages'])('names no language: %j', (value) => expect(languageTag(value)).toBeUndefined());

  it('knows English for the page language', () => {
    expect(isEnglishTag('en')).toBe(true);
    expect(isEnglishTag('en-GB')).toBe(true);
    expect(isEnglishTag('fr')).toBe(false);
  });
});

describe('guessTextLanguage', () => {
  it.each([
    ['fr', "L'histoire des sociétés est faite de temps multiples : la longue durée des structures, qui ne change guère, le temps des cycles et celui de l'événement, qui est pour nous le plus bref et le plus trompeur."],
    ['de', 'Die Untersuchung gilt dem Strukturwandel der Öffentlichkeit, die sich im achtzehnten Jahrhundert als eine Sphäre der zum Publikum versammelten Privatleute herausbildet und mit der Presse wächst.'],
    ['es', 'El artículo estudia la detección de noticias falsas en las redes sociales y propone un método para clasificar los mensajes con modelos del lenguaje, que se evalúa sobre tres colecciones.'],
  ])('%s', (tag, text) => expect(guessTextLanguage(text)).toBe(tag));

  it('names none where no language leads', () => {
    expect(guessTextLanguage('$x^2 + y^2 = z^2$')).toBeUndefined();
    expect(guessTextLanguage('')).toBeUndefined();
  });
});

describe('a record language is kept on the paper', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it('from BibTeX language or langid, and CSL language', () => {
    const bib = `@article{braudel, title = {Histoire et sciences sociales}, author = {Braudel, Fernand}, year = {1958}, language = {fr}, abstract = {Une crise générale des sciences de l'homme.}}
@book{habermas, title = {Strukturwandel}, author = {Habermas, Jürgen}, year = {1962}, langid = {ngerman}, abstract = {Die Untersuchung gilt dem Strukturwandel.}}
@article{plain, title = {Plain}, author = {Doe, Jane}, year = {2020}, abstract = {We study.}}`;
    const { papers } = normaliseRecords(ingestFile('h.bib', utf8(bib)).records);
    expect(papers.map((p) => p.language)).toEqual(['fr', 'de', undefined]);
    const csl = JSON.stringify([{ id: 'k', type: 'book', title: 'Vergangene Zukunft', abstract: 'Die Frage nach der geschichtlichen Zeit.', language: 'de-DE', issued: { 'date-parts': [[1979]] } }]);
    expect(normaliseRecords(ingestFile('z.json', utf8(csl)).records).papers[0]!.language).toBe('de-DE');
  });
});
