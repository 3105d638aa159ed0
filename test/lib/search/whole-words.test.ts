import { describe, expect, it } from 'vitest';
import { extendableWords, keepWholeWords, type SearchAnswer } from '../../../src/lib/search/whole-words';

/**
 * Pagefind's matching as the review 10 site showed it: a bare query word is its Snowball stem and finds
 * every indexed stem that starts with it, and every word must be found. Only a query quoted whole is exact
 * (Pagefind 1.6 tests `/^\s*".+"\s*$/`): its words find their stems only. A quoted word beside bare ones is
 * searched like a bare one (review 18 M5: `"fe" method` found as many pages as `fe method`, 134).
 */
const STEMS: Record<string, string> = { michaelis: 'michae', michael: 'michael', cells: 'cell', cellular: 'cellular', reinf: 'reinf', constant: 'constant' };
const PAGES: Record<string, string[]> = {
  'original-michaelis-constant': ['michae', 'constant', 'menten'],
  'direct-linear-plot': ['michae', 'constant'],
  'enso-integrating-concept': ['michael', 'mcphaden'],
  'metal-organic-frameworks': ['michael', 'cellular'],
  'ips-cells': ['cell', 'cellular'],
  'base-editing': ['cellular'],
  'deep-q-network': ['reinforc', 'learn'],
  'lfp-cathodes': ['lfp', 'cathod'],
  'lfps-in-cortex': ['lfps', 'cortex'],
  'yields-in-t-ha': ['tha', 'yield'],
  'that-theory': ['that', 'theori'],
  'zur-semantik': ['zur', 'semantik', 'zeit'],
  'prisms-z': ['prism', 'z', 'cohomolog'],
  // "0.39 W m-2"; "Δm^2_{32}", calibrated with W bosons.
  'ocean-heat-uptake': ['ocean', 'w', 'm2'],
  'neutrino-mass-splitting': ['delta', 'm232', 'w', 'boson'],
};
// Pagefind reads a word's letters and digits only: "t/ha" is "tha".
const stem = (w: string) => STEMS[w.toLowerCase()] ?? w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function pagefind(calls: string[]) {
  return async (term: string): Promise<SearchAnswer> => {
    calls.push(term);
    const whole = /^\s*".+"\s*$/.test(term);
    const words = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean).map((w) => ({ whole, s: stem(w) }));
    const ids = Object.entries(PAGES)
      .filter(([, stems]) => words.every((w) => stems.some((s) => (w.whole ? s === w.s : s.startsWith(w.s)))))
      .map(([id]) => id);
    return { results: ids.map((id) => ({ id })), unfilteredResultCount: ids.length, filters: { concept: { Found: ids.length } } };
  };
}

async function ids(term: string): Promise<string[]> {
  const run = pagefind([]);
  return (await keepWholeWords(run, term, await run(term))).results.map((r) => r.id);
}

describe('keepWholeWords', () => {
  it('finds an indexed word as itself, not as the start of longer words (review 10 M5: Michaelis found Michael)', async () => {
    expect(await ids('Michaelis')).toEqual(['original-michaelis-constant', 'direct-linear-plot']);
    expect(await ids('cells')).toEqual(['ips-cells']);
    expect(await ids('Michaelis constant')).toEqual(['original-michaelis-constant', 'direct-linear-plot']);
  });

  it('narrows every word of several, though Pagefind reads a quoted word beside bare ones as bare (review 18 M5: "fe method" found "feature")', async () => {
    expect(await ids('cells cellular')).toEqual(['ips-cells']);
    expect(await ids('cellular cells')).toEqual(['ips-cells']);
    expect(await ids('Michaelis constant')).toEqual(['original-michaelis-constant', 'direct-linear-plot']);
    expect(await ids('michael cellular')).toEqual(['metal-organic-frameworks']);
  });

  it('keeps the plural of a word with no vowel, which the stemmer leaves whole (review 13 L5: "LFP" missed "LFPs")', async () => {
    expect(await ids('LFP')).toEqual(['lfp-cathodes', 'lfps-in-cortex']);
    expect(await ids('LFP cortex')).toEqual(['lfps-in-cortex']);
    // A word with vowels is left to the stemmer, which reads its plural as the same stem.
    expect(await ids('cells')).toEqual(['ips-cells']);
  });

  it('narrows a unit written with a slash as the one word the index holds (review 14 N2: "t/ha" found "that")', async () => {
    expect(await ids('t/ha')).toEqual(['yields-in-t-ha']);
    expect(extendableWords('t/ha yield')).toEqual(['t/ha', 'yield']);
  });

  it('narrows a word hyphenated before a number as the one word the index holds ("W m-2" found a paper on Δm^2_{32})', async () => {
    expect(await ids('W m-2')).toEqual(['ocean-heat-uptake']);
    expect(await ids('m-2')).toEqual(['ocean-heat-uptake']);
    expect(extendableWords('W m-2 s-1 COVID-19 self-play')).toEqual(['W', 'm-2', 's-1', 'COVID-19']);
    // Typed so far, a number the index holds in no word keeps the prefix search.
    expect(await ids('m-23')).toEqual(['neutrino-mass-splitting']);
  });

  it('keeps the prefix search for a word the index does not hold, alone or beside a whole word', async () => {
    expect(await ids('reinf')).toEqual(['deep-q-network']);
    expect(await ids('michael cellular')).toEqual(['metal-organic-frameworks']);
    expect(await ids('cells cellu')).toEqual(['ips-cells']);
  });

  it('searches one letter as a symbol, a word of its own, never as the start of words (review 17 M9: ℤ found "Zur")', async () => {
    expect(await ids('Z')).toEqual(['prisms-z']);
    expect(await ids('Z prism')).toEqual(['prisms-z']);
    // No page has the letter as a word: nothing, rather than every word it starts.
    expect(await ids('s')).toEqual([]);
    expect(await ids('s prism')).toEqual([]);
    // Two letters are a word being typed, as before.
    expect(await ids('ze')).toEqual(['zur-semantik']);
  });

  it('reports the narrowed counts, and leaves a search with nothing to narrow untouched', async () => {
    const calls: string[] = [];
    const run = pagefind(calls);
    const narrowed = await keepWholeWords(run, 'Michaelis', await run('Michaelis'));
    expect(narrowed.unfilteredResultCount).toBe(2);
    expect(narrowed.filters).toEqual({ concept: { Found: 2 } });
    const phrase = await run('"Michaelis constant"');
    expect(await keepWholeWords(run, '"Michaelis constant"', phrase)).toBe(phrase);
    expect(calls).toEqual(['Michaelis', '"Michaelis"', '"Michaelis constant"']);
  });

  it('narrows each word of several as a word of its own, not the words as one phrase (review 11 M8: "sixteenth century" missed "sixteenth-century")', async () => {
    // Pagefind: a query quoted whole is exact, its several words one phrase, found only where they stand so;
    // quotes inside a longer query are ignored.
    const WORDS: Record<string, string[]> = {
      braudel: ['sixteenth', 'century', 'mediterranean'],
      guerre: ['sixteenth', 'peasant', 'century'],
      printing: ['sixteenth', 'centuryold', 'century'],
      prefixes: ['sixteenths', 'centurylong'],
    };
    const PHRASES: Record<string, string[]> = { braudel: ['sixteenth century'] };
    const calls: string[] = [];
    const run = async (term: string): Promise<SearchAnswer> => {
      calls.push(term);
      const exact = /^\s*".+"\s*$/.test(term);
      const all = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
      const quoted = exact ? all : [];
      const bare = exact ? [] : all;
      const ids = Object.entries(WORDS)
        .filter(([id, words]) => {
          if (quoted.length > 1 && !(PHRASES[id] ?? []).includes(quoted.join(' '))) return false;
          if (quoted.length === 1 && !words.includes(quoted[0]!)) return false;
          return bare.every((b) => words.some((w) => w.startsWith(b)));
        })
        .map(([id]) => id);
      return { results: ids.map((id) => ({ id })), unfilteredResultCount: ids.length, filters: { concept: { 'Sixteenth century': ids.filter((i) => i !== 'printing').length } } };
    };
    const narrowed = await keepWholeWords(run, 'sixteenth century', await run('sixteenth century'));
    expect(narrowed.results.map((r) => r.id)).toEqual(['braudel', 'guerre', 'printing']);
    expect(narrowed.unfilteredResultCount).toBe(3);
    expect(narrowed.filters).toEqual({ concept: { 'Sixteenth century': 2 } });
    expect(calls).not.toContain('"sixteenth" "century"');
  });

  it('leaves the search as it was when the quoted words find nothing together (a formula typed as TeX: "x2 y2 z2")', async () => {
    const formula: SearchAnswer = { results: [{ id: 'math-and-latex' }], unfilteredResultCount: 1, filters: {} };
    // Pagefind reads several quoted words as one phrase: each finds the page alone, all of them together nothing.
    const run = async (term: string): Promise<SearchAnswer> => ((term.match(/"/g) ?? []).length > 2 ? { results: [], unfilteredResultCount: 0, filters: {} } : formula);
    expect(await keepWholeWords(run, 'x2 y2 z2', formula)).toBe(formula);
  });
});

describe('query words', () => {
  it('quotes only plain words, where the query has no phrase of its own', () => {
    expect(extendableWords('Michaelis-Menten H0 kinetics kinetics')).toEqual(['H0', 'kinetics']);
    expect(extendableWords('"graph attention" networks')).toEqual([]);
  });
});
