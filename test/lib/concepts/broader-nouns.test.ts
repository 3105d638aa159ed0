import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { addBroaderNouns, lastPart, neighbour, specificNoun, type InnerNoun } from '../../../src/lib/concepts/broader-nouns';
import type { Chosen, PaperSelection } from '../../../src/lib/concepts/tag-selection';
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

describe('addBroaderNouns', () => {
  const noun = (rel: number, before: string, after: string, form: string, holder: string): InnerNoun => ({ rel, before: new Set([before]), after: new Set([after]), form, holders: new Set([holder]) });
  /** Three papers: two write "lithography" inside their phrases, after different words; both write "rasa" after "tabula"; one writes "charmonium". */
  function inputs() {
    const innerNouns = [
      new Map([['lithographi', noun(0.8, 'beam', '', 'lithography', 'electron beam lithographi')], ['rasa', noun(0.5, 'tabula', 'explor', 'rasa', 'tabula rasa explor')]]),
      new Map([['lithographi', noun(0.6, 'soft', 'techniqu', 'lithography', 'soft-lithographi techniqu')], ['rasa', noun(0.5, 'tabula', 'reinforc', 'rasa', 'tabula rasa reinforc learn')]]),
      new Map([['charmonium', noun(0.9, '', 'state', 'charmonium', 'charmonium state')]]),
    ];
    const tag = (paper: string, cid: string, score: number) => ({ paper, cid, score });
    const selected: PaperSelection[] = [
      { paper: 'a', concepts: [{ cid: 'electron beam lithographi', score: 0.55 }], pinned: 0, held: [] },
      { paper: 'b', concepts: [{ cid: 'soft-lithographi techniqu', score: 0.55 }], pinned: 0, held: [] },
      { paper: 'c', concepts: [{ cid: 'charmonium state', score: 0.55 }], pinned: 0, held: [] },
    ];
    const chosen: Chosen = new Map(selected.map((s) => [s.concepts[0]!.cid, [tag(s.paper, s.concepts[0]!.cid, 0.55)]]));
    const none = () => new Set<string>();
    return {
      innerNouns,
      selected,
      chosen,
      removedFromPaper: new Map<string, Set<string>>(),
      commonOnly: [none(), none(), none()],
      uncorroborated: [none(), none(), none()],
      routineIn: [none(), none(), none()],
      collection: none(),
      weightOf: (df: number) => 1 / df,
      perPaper: 5,
    };
  }

  it('adds a specific noun two papers write inside their phrases to both, scored by its best phrase, and returns its writers', () => {
    const given = inputs();
    const { nounWriters, innerAdded } = addBroaderNouns(given);
    expect([...innerAdded]).toEqual(['lithographi']);
    expect([...nounWriters]).toEqual([
      ['lithographi', [0, 1]],
      ['rasa', [0, 1]],
      ['charmonium', [2]],
    ]);
    expect(given.selected.map((s) => s.concepts)).toEqual([
      [{ cid: 'electron beam lithographi', score: 0.55 }, { cid: 'lithographi', score: 0.4 }],
      [{ cid: 'soft-lithographi techniqu', score: 0.55 }, { cid: 'lithographi', score: 0.3 }],
      [{ cid: 'charmonium state', score: 0.55 }],
    ]);
    expect(given.chosen.get('lithographi')).toEqual([
      { paper: 'a', cid: 'lithographi', score: 0.4 },
      { paper: 'b', cid: 'lithographi', score: 0.3 },
    ]);
  });

  it('adds none that one paper alone would take: the user removed it from the other', () => {
    const given = inputs();
    const { innerAdded } = addBroaderNouns({ ...given, removedFromPaper: new Map([['b', new Set(['lithographi'])]]) });
    expect(innerAdded.size).toBe(0);
    expect(given.selected.map((s) => s.concepts.length)).toEqual([1, 1, 1]);
    expect(given.chosen.has('lithographi')).toBe(false);
  });
});
