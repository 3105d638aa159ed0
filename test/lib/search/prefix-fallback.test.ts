import { describe, expect, it } from 'vitest';
import { confirmedFallenBackWords, fallenBackWords } from '../../../src/lib/search/prefix-fallback';
import type { SearchAnswer } from '../../../src/lib/search/whole-words';

/**
 * Matched words as Pagefind reported them on the review 9 corpus (its text at the result's locations, then
 * its metadata), for the query words it fell back on and for real matches.
 */
describe('fallenBackWords', () => {
  const atlasHiggs = ['ZZ^{(*)}\\to', 'ZZ^{(*)},', 'Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC'];

  it('names a query word found only through a much shorter word (review 9 M2)', () => {
    expect(fallenBackWords('zzqxv', atlasHiggs)).toEqual(['zzqxv']);
    expect(fallenBackWords('RCT', ['R.', 'R.', 'Primer-directed enzymatic amplification of DNA with a thermostable DNA polymerase'])).toEqual(['rct']);
    expect(fallenBackWords('Haultfoeuille', ['h', 'h.', 'Caffeine and sleep'])).toEqual(['haultfoeuille']);
    expect(fallenBackWords('Gross', ['G', 'G.', 'Generative Adversarial Nets'])).toEqual(['gross']);
    // One word of several is enough: every query word must be in the page.
    expect(fallenBackWords('Higgs zzqxv', ['Higgs', ...atlasHiggs])).toEqual(['zzqxv']);
  });

  it('accepts words that start with the query word, anywhere in a compound, whatever their case, accents and spelling', () => {
    expect(fallenBackWords('reinf', ['Reinforcement', 'reinforcement'])).toEqual([]);
    expect(fallenBackWords('cdm', ['\\LambdaCDM.'])).toEqual([]);
    expect(fallenBackWords('LambdaCDM', ['ΛCDM'])).toEqual([]);
    expect(fallenBackWords('Tureci', ['Türeci,'])).toEqual([]);
    expect(fallenBackWords('Lukasz Kaiser', ['Łukasz', 'Kaiser,'])).toEqual([]);
    expect(fallenBackWords('H0', ['(H_0).'])).toEqual([]);
  });

  it('accepts a half-typed word past its stem and a word found by its stem', () => {
    // Snowball indexes "reinforcement" as "reinforc": "reinforcem" finds it only by Pagefind's fallback.
    expect(fallenBackWords('reinforcem', ['reinforcement'])).toEqual([]);
    // "happiness" is "happi" to the stemmer, as "happy" is.
    expect(fallenBackWords('happiness', ['happy'])).toEqual([]);
    expect(fallenBackWords('studies', ['study'])).toEqual([]);
  });

  it('wants a short query word whole', () => {
    expect(fallenBackWords('ai', ['a', 'A'])).toEqual(['ai']);
    expect(fallenBackWords('ai', ['AI-generated'])).toEqual([]);
  });

  it('wants a hyphenated word whole but for its last part, which may be half-typed (review 15 M4)', () => {
    // Pagefind fell back from the word the index lacks to its first part, as long as half the query word.
    const higgs = ['Standard', 'Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC'];
    expect(fallenBackWords('standard-model', higgs)).toEqual(['standardmodel']);
    expect(fallenBackWords('difference-in-differences', ['difference', 'Growth in a Time of Debt'])).toEqual(['differenceindifferences']);
    expect(fallenBackWords('regression-discontinuity', ['Regression-Discontinuity'])).toEqual([]);
    expect(fallenBackWords('COVID-19 dexamethasone', ['Covid-19', 'Dexamethasone'])).toEqual([]);
    expect(fallenBackWords('state-of-the-a', ['state-of-the-art'])).toEqual([]);
  });

  it('ignores what the query holds besides words', () => {
    expect(fallenBackWords('"graph attention" 🌦️', ['graph', 'attention'])).toEqual([]);
  });
});

/**
 * Pagefind as the review 43 Inspec site answered: a bare word is its Snowball stem and finds every indexed stem
 * that starts with it, or, when none does, the longest indexed stem it starts with (the fallback); a word quoted
 * whole finds its stem only. Each page lists the stems it holds, with the words it writes them as.
 */
describe('confirmedFallenBackWords', () => {
  const STEMS: Record<string, string> = { optimization: 'optim', optimal: 'optim', optimisation: 'optim', being: 'be', between: 'between', zzqxv: 'zzqxv', reinf: 'reinf', reinforcement: 'reinforc' };
  const PAGES: Record<string, Record<string, string[]>> = {
    'optimal-control-of-an-elliptic-system': { optim: ['optimal', 'optimal'], control: ['control'] },
    'baseball-optimization-and-the-web': { optim: ['optimization'], baseball: ['Baseball'] },
    'between-two-states': { between: ['between'] },
    'being-and-time': { be: ['being'], between: ['between'] },
    'zz-production': { zz: ['ZZ'] },
    'deep-q-network': { reinforc: ['reinforcement'] },
  };
  const stem = (w: string) => STEMS[w.toLowerCase()] ?? w.toLowerCase();
  const indexed = [...new Set(Object.values(PAGES).flatMap((p) => Object.keys(p)))];
  const calls: string[] = [];
  const run = async (term: string): Promise<SearchAnswer> => {
    calls.push(term);
    const exact = /^\s*".+"\s*$/.test(term);
    const words = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean).map(stem);
    const ids = Object.entries(PAGES)
      .filter(([, stems]) =>
        words.every((s) => {
          if (exact) return s in stems;
          if (indexed.some((i) => i.startsWith(s))) return Object.keys(stems).some((i) => i.startsWith(s));
          const back = indexed.filter((i) => s.startsWith(i)).sort((a, b) => b.length - a.length)[0];
          return back !== undefined && back in stems;
        }),
      )
      .map(([id]) => id);
    return { results: ids.map((id) => ({ id })), unfilteredResultCount: ids.length, filters: {} };
  };
  /** The words of the best result of the bare search at its matched stems, and its title: what the engine passes. */
  const bestWords = async (term: string): Promise<string[]> => {
    const best = (await run(term)).results[0]!.id;
    const stems = PAGES[best]!;
    const words = term.split(/\s+/).map(stem);
    const matched = Object.entries(stems).filter(([s]) => words.some((w) => s.startsWith(w) || w.startsWith(s)));
    return [...matched.flatMap(([, written]) => written), best.replace(/-/g, ' ')];
  };

  it('does not name a word whose stem the index holds, though the best result writes it only as a shorter word of that stem (review 43 finding 1: "optimization" found nothing)', async () => {
    // The best result writes "optimal": 5 letters shared of the 6 that a 12-letter word asks for.
    expect(await bestWords('optimization')).toEqual(['optimal', 'optimal', 'optimal control of an elliptic system']);
    expect(fallenBackWords('optimization', await bestWords('optimization'))).toEqual(['optimization']);
    expect(await confirmedFallenBackWords(run, 'optimization', await bestWords('optimization'))).toEqual([]);
    expect(await confirmedFallenBackWords(run, 'optimization baseball', ['optimal', 'Baseball'])).toEqual([]);
    // "being" is "be" to the stemmer, which starts "between".
    expect(await confirmedFallenBackWords(run, 'being', ['between'])).toEqual([]);
  });

  it('still names a word found only through a shorter word, and a word the index holds only longer words of', async () => {
    expect(await bestWords('zzqxv')).toEqual(['ZZ', 'zz production']);
    expect(await confirmedFallenBackWords(run, 'zzqxv', await bestWords('zzqxv'))).toEqual(['zzqxv']);
    expect(await confirmedFallenBackWords(run, 'optimization zzqxv', ['optimal', 'ZZ'])).toEqual(['zzqxv']);
    // Half-typed, a word is found as the start of longer words and is no fallback at all.
    expect(await confirmedFallenBackWords(run, 'reinf', await bestWords('reinf'))).toEqual([]);
  });

  it('searches only the suspected plain words, each once, in quotes', async () => {
    calls.length = 0;
    await confirmedFallenBackWords(run, 'optimization baseball zzqxv standard-model', ['optimal', 'Baseball', 'ZZ', 'Standard']);
    expect(calls.sort()).toEqual(['"optimization"', '"zzqxv"']);
    calls.length = 0;
    expect(await confirmedFallenBackWords(run, 'baseball', ['Baseball'])).toEqual([]);
    expect(calls).toEqual([]);
  });
});
