import { describe, expect, it } from 'vitest';
import { acronymCandidates, acronymQuery, asAcronym, stemmerTakesS } from '../../../src/lib/search/acronym-query';
import { PLURAL_GUARD } from '../../../src/lib/search/search-fold';
import { searchableQuery } from '../../../src/lib/search/query-symbols';
import type { SearchAnswer } from '../../../src/lib/search/whole-words';

/**
 * An index as Pagefind builds it from the folded page text: "ECS", "IFS" and "ANSYS" are held with their
 * guard as `ecss`, `ifss`, `ansyss`; "if", "economic" and "cats" as their stems. A query in quotes finds a
 * page whose word is its stem exactly (Pagefind drops the invisible U+2063 and lowercases).
 */
const PAGES: Record<string, string[]> = {
  'engine-control': ['engin', 'ecss'],
  'fractal-coding': ['fractal', 'ifss'],
  'turbine-blades': ['ansyss', 'turbin'],
  'branching': ['if', 'program'],
  'economics': ['econom', 'ecolog'],
  'pets': ['cat', 'dog'],
  'positioning': ['gpss', 'tractor'],
  // "Learning to Balance … (PACS)" beside "Self-Paced …": the index holds `pacss` and `pace`, no `pac`.
  'domain-shift': ['pacss', 'domain'],
  'self-paced': ['self', 'pace'],
  // A title in capitals ("NEURAL MODELS") holds `modelss`; "model" is a word of many pages.
  'capital-title': ['neural', 'modelss'],
  'language-models': ['languag', 'model'],
};
const STEMS: Record<string, string> = { ecs: 'ec', ifs: 'if', ansys: 'ansi', cats: 'cat', engine: 'engin', pacs: 'pac', models: 'model' };
const stem = (w: string) => STEMS[w] ?? w;

function fakeSearch(asked: string[]) {
  return async (term: string): Promise<SearchAnswer> => {
    asked.push(term);
    const words = term.replace(/"/g, '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).map(stem);
    const ids = Object.entries(PAGES).filter(([, held]) => words.every((w) => held.includes(w))).map(([id]) => id);
    return { results: ids.map((id) => ({ id })), unfilteredResultCount: ids.length, filters: {} };
  };
}

describe('stemmerTakesS', () => {
  it('is true where Snowball step 1a takes the S off (a vowel before the letter before it, or "ies")', () => {
    for (const w of ['ecs', 'ifs', 'ansys', 'abs', 'pacs', 'leaps', 'cats', 'models', 'ties']) expect(stemmerTakesS(w), w).toBe(true);
  });
  it('is false where the stemmer keeps it, so the word as typed starts the guarded one', () => {
    for (const w of ['gps', 'cfrs', 'gas', 'bus', 'os', 'ecss', 'yrs', 'yes']) expect(stemmerTakesS(w), w).toBe(false);
  });
});

describe('acronymCandidates', () => {
  it('takes lowercase (or capitalised) words of 2-6 letters ending in an s the stemmer takes', () => {
    expect(acronymCandidates('ecs control')).toEqual(['ecs']);
    expect(acronymCandidates('Ansys')).toEqual(['Ansys']);
    expect(acronymCandidates('gps networks')).toEqual([]);
  });
  it('leaves acronyms typed in capitals (already folded with their guard), plurals like "ECs" and quoted queries', () => {
    expect(acronymCandidates(searchableQuery('ECS'))).toEqual([]);
    expect(acronymCandidates('ECs')).toEqual([]);
    expect(acronymCandidates('"ecs"')).toEqual([]);
  });
});

describe('acronymQuery', () => {
  it('writes a lowercase word as the acronym where the index holds it, spelled as a query in capitals is', async () => {
    expect(asAcronym('ecs')).toBe(`ECS${PLURAL_GUARD}`);
    expect(asAcronym('ecs')).toBe(searchableQuery('ECS'));
    for (const [typed, acronym] of [['ecs', 'ECS'], ['ifs', 'IFS'], ['ansys', 'ANSYS'], ['Ansys', 'ANSYS']]) {
      const asked: string[] = [];
      const term = (await acronymQuery(fakeSearch(asked), typed!))?.term;
      expect(term).toBe(searchableQuery(acronym!));
      // Then the word as typed, in quotes: is it a word of the index too?
      expect(asked).toEqual([`"${searchableQuery(acronym!)}"`, `"${typed}"`]);
      // The acronym's search finds the paper that the lowercase word's own stem missed.
      const found = (await fakeSearch([])(term!)).results.map((r) => r.id);
      const before = (await fakeSearch([])(typed!)).results.map((r) => r.id);
      expect(found.length).toBe(1);
      expect(before).not.toEqual(found);
    }
  });
  it('keeps the other words of the query as they are', async () => {
    expect((await acronymQuery(fakeSearch([]), 'engine  ecs'))?.term).toBe(`engine  ECS${PLURAL_GUARD}`);
  });
  it('leaves a plural the index holds no acronym for, and asks nothing for words whose S the stemmer keeps', async () => {
    const asked: string[] = [];
    expect(await acronymQuery(fakeSearch(asked), 'cats')).toBeUndefined();
    expect(asked).toEqual(['"CATS\u2063S"']);
    const none: string[] = [];
    expect(await acronymQuery(fakeSearch(none), 'gps')).toBeUndefined();
    expect(await acronymQuery(fakeSearch(none), 'reinforcement learning')).toBeUndefined();
    expect(none).toEqual([]);
  });
  it('lets the acronym\'s pages lead only where the word as typed is no word of the index ("pacs" is not, "models" and "ifs" are)', async () => {
    for (const [typed, leads] of [['pacs', true], ['ecs', true], ['ansys', true], ['models', false], ['ifs', false]] as const) {
      const reading = await acronymQuery(fakeSearch([]), typed);
      expect(reading, typed).toBeDefined();
      expect(reading!.leads, typed).toBe(leads);
    }
    expect((await acronymQuery(fakeSearch([]), 'pacs domain'))!.leads).toBe(true);
    // One replaced word that the index holds as typed is enough for the pages to be ranked together by score.
    expect((await acronymQuery(fakeSearch([]), 'pacs models'))).toEqual({ term: `PACS${PLURAL_GUARD} MODELS${PLURAL_GUARD}`, leads: false });
  });
});
