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
};
const STEMS: Record<string, string> = { ecs: 'ec', ifs: 'if', ansys: 'ansi', cats: 'cat', engine: 'engin' };
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
      const term = await acronymQuery(fakeSearch(asked), typed!);
      expect(term).toBe(searchableQuery(acronym!));
      expect(asked).toEqual([`"${searchableQuery(acronym!)}"`]);
      // The acronym's search finds the paper that the lowercase word's own stem missed.
      const found = (await fakeSearch([])(term!)).results.map((r) => r.id);
      const before = (await fakeSearch([])(typed!)).results.map((r) => r.id);
      expect(found.length).toBe(1);
      expect(before).not.toEqual(found);
    }
  });
  it('keeps the other words of the query as they are', async () => {
    expect(await acronymQuery(fakeSearch([]), 'engine  ecs')).toBe(`engine  ECS${PLURAL_GUARD}`);
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
});
