import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { capitalisedEndings, evenJoins, longFormLabels, properName, stripAcronymPlural, voteLabels, voteNameCase, type ConceptStats, type NameCase } from '../../../src/lib/concepts/concept-labels';
import { conceptNames } from '../../../src/lib/concepts/concept-names';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';
import { emptyOverrides } from '../../../src/lib/concepts/overrides';
import { readMentions } from '../../../src/lib/concepts/paper-mentions';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import type { Chosen } from '../../../src/lib/concepts/tag-selection';
import { WordCase } from '../../../src/lib/concepts/word-case';

const words = (sentence: string, from = 0) => {
  const texts = sentence.split(' ');
  return { texts, sentences: Int32Array.from(texts.map(() => from)) };
};

describe('concept labels', () => {
  it("read a long form's endings only where every word is capitalised", () => {
    expect(capitalisedEndings('Event Horizon Telescope')).toEqual(['event horizon telescope', 'horizon telescope']);
    expect(capitalisedEndings('Human-Computer Interaction')).toEqual(['human computer interaction', 'computer interaction']);
    expect(capitalisedEndings('large language models')).toEqual([]);
  });

  it('keep the capitals of a name two papers write capitalised inside sentences, and no other paper writes otherwise', () => {
    const votes = new Map<string, NameCase>();
    const a = words('troops of the United States military');
    const b = words('in the northeastern United States today');
    voteNameCase(votes, 'unit state', 0, a, 3, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2]]))).toBeUndefined();
    voteNameCase(votes, 'unit state', 1, b, 3, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2], ['united states', 1]]))).toBe('United States');
    voteNameCase(votes, 'unit state', 2, words('the united states of matter'), 1, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2]]))).toBeUndefined();
  });

  it('count no title case run inside a longer one', () => {
    const votes = new Map<string, NameCase>();
    for (const doc of [0, 1]) voteNameCase(votes, 'polici optim', doc, words('we use Proximal Policy Optimization here'), 3, 2, 0);
    expect(properName(votes.get('polici optim'), new Map([['Policy Optimization', 2]]))).toBeUndefined();
  });

  it("drop a short form's plural", () => {
    expect(stripAcronymPlural('LLMs')).toBe('LLM');
    expect(stripAcronymPlural('GPT-4s')).toBe('GPT-4');
    expect(stripAcronymPlural('Adams')).toBe('Adams');
  });

  it('space a function word evenly where the papers also write the words another way', () => {
    expect(evenJoins('return-on investment', ['return-on investment', 'return on investment'])).toBe('return on investment');
    expect(evenJoins('plug-in devices', ['plug-in devices'])).toBe('plug-in devices');
  });
});

const idOf = (phrase: string) => identity(phrase);

function labelInputs(texts: { id: string; title: string; abstract: string }[], tags: string[]) {
  const wordCase = new WordCase();
  const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
  const abbreviations = corpusAbbreviations(texts, analysed, idOf);
  const names = conceptNames(analysed, emptyOverrides(), abbreviations, idOf);
  const { mentions, innerNouns } = readMentions({ analysed, abbreviations, names, wordCase, idOf, bg: background() });
  const chosen: Chosen = new Map(tags.map((t) => [idOf(t), texts.map((d) => ({ paper: d.id, cid: idOf(t), score: 1 }))]));
  const stats = new Map<string, ConceptStats>();
  const statsOf = (cid: string): ConceptStats => {
    let s = stats.get(cid);
    if (!s) stats.set(cid, (s = { surfaces: new Map(), keys: new Map(), shorts: new Map(), partial: new Set(), partialKeys: new Map() }));
    return s;
  };
  const inputs = {
    mentions,
    analysed,
    chosen,
    routineHeld: new Map<string, string[]>(),
    statsOf,
    wordCase,
    idOf,
    names,
    pinPhrases: new Map<string, string>(),
    innerAdded: new Set<string>(),
    nounWriters: new Map<string, number[]>(),
    innerNouns,
    hintSurfaces: new Map<string, string>(),
  };
  return { inputs, stats };
}

describe('voteLabels', () => {
  const texts = [
    { id: 'a', title: 'Policy learning', abstract: 'Reinforcement learning (RL) trains agents. RL agents explore the United States road network.' },
    { id: 'b', title: 'Game agents', abstract: 'Reinforcement learning lets game agents map the United States highways.' },
  ];

  it("votes the chosen concepts' written forms, a short form apart, and which the corpus writes as names", () => {
    const { inputs, stats } = labelInputs(texts, ['reinforcement learning', 'United States']);
    const nameCase = voteLabels(inputs);
    expect([...stats.keys()]).toEqual([idOf('reinforcement learning'), idOf('United States')]);
    const rl = stats.get(idOf('reinforcement learning'))!;
    expect([...rl.surfaces]).toEqual([['reinforcement learning', 1]]);
    expect([...rl.shorts]).toEqual([['RL', 1.25]]);
    expect([...stats.get(idOf('United States'))!.surfaces]).toEqual([['United States', 2]]);
    expect([...stats.get(idOf('United States'))!.keys]).toEqual([['united states', 2]]);
    expect([...nameCase].map(([cid, v]) => [cid, [...v.papers], v.otherwise])).toEqual([[idOf('United States'), [0, 1], false]]);
  });

  it('shows a concept no mention names as the user pinned it, or as a keyword is written', () => {
    const { inputs, stats } = labelInputs(texts, []);
    voteLabels({ ...inputs, pinPhrases: new Map([['quantum chemistri', 'Quantum chemistry']]), hintSurfaces: new Map([['self-plai', 'self-play']]) });
    expect([...stats].map(([cid, s]) => [cid, [...s.surfaces]])).toEqual([
      ['quantum chemistri', [['Quantum chemistry', 1]]],
      ['self-plai', [['self-play', 1]]],
    ]);
  });
});

describe('longFormLabels', () => {
  function longForms(texts: { id: string; title: string; abstract: string }[]) {
    const wordCase = new WordCase();
    const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
    const abbreviations = corpusAbbreviations(texts, analysed, idOf);
    const { canonIn } = conceptNames(analysed, emptyOverrides(), abbreviations, idOf);
    const stats = new Map<string, ConceptStats>();
    const statsOf = (cid: string): ConceptStats => {
      let s = stats.get(cid);
      if (!s) stats.set(cid, (s = { surfaces: new Map(), keys: new Map(), shorts: new Map(), partial: new Set(), partialKeys: new Map() }));
      return s;
    };
    const named = longFormLabels({ abbreviations, canonIn, texts, analysed, statsOf, wordCase });
    return { named, stats, abbreviations, canonIn };
  }

  it("votes the defined long forms for their concepts' labels, keys and short forms, and returns those written as names", () => {
    const { named, stats } = longForms([
      { id: 'a', title: 'Black hole images', abstract: 'We use the Event Horizon Telescope (EHT) to image black holes. The EHT resolves the shadow.' },
      { id: 'b', title: 'Chatbots', abstract: 'Large Language Models (LLMs) answer questions. We study how LLMs answer.' },
      { id: 'c', title: 'Prompting', abstract: 'We prompt large language models to write proofs.' },
    ]);
    // (Another paper writes "large language models" in lowercase: a term, not a name.)
    expect([...named]).toEqual([[idOf('Event Horizon Telescope'), 'Event Horizon Telescope']]);
    expect([...stats].map(([cid, s]) => [cid, [...s.surfaces], [...s.keys], [...s.shorts]])).toEqual([
      [idOf('Event Horizon Telescope'), [['Event Horizon Telescope', 1]], [['event horizon telescope', 0.5]], [['EHT', 1]]],
      [idOf('large language models'), [['large language models', 1]], [['large language models', 0.5]], [['LLM', 1]]],
    ]);
  });

  it('takes no long form for a name where another paper defines the same short form in lowercase (a term, one paper mistyped in capitals)', () => {
    const { named, stats, abbreviations, canonIn } = longForms([
      {
        id: 'a',
        title: 'Soot from diesel engines',
        // The definition pasted twice, as an abstract taken from a publisher's page sometimes is.
        abstract: 'Particles were imaged by Transmission Electron Microscoscopy (TEM). Particles were imaged by Transmission Electron Microscoscopy (TEM). The TEM images show chains of spheres.',
      },
      { id: 'b', title: 'Grain boundaries in steel', abstract: 'We examined the foils by transmission electron microscopy (TEM). TEM reveals the boundaries.' },
    ]);
    // Both definitions name one concept, by their shared short form.
    const cids = new Set(abbreviations.defined.map((d) => canonIn(d.doc, d.longId)));
    expect(cids.size).toBe(1);
    expect([...named]).toEqual([]);
    // Each paper's spelling one vote, however often it repeats its definition.
    expect([...stats.get([...cids][0]!)!.surfaces.values()]).toEqual([1, 1]);
  });
});
