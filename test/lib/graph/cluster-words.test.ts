import { describe, expect, it } from 'vitest';
import { background, emptyBackground } from '../../../src/lib/concepts/background';
import { clusterWordNamer } from '../../../src/lib/graph/cluster-words';

// Ten abstracts from five fields, as a small mixed collection has them: no concept two papers carry.
const texts = new Map(
  [
  ['t1', 'NuVox shows staying power\nThe telecom carrier raised new cash, analysts say, and enters a new telecom market.'],
  ['t2', 'Industry insiders buy stock\nTelecom executives say the telecom industry is cheap; insiders bought shares.'],
  ['t3', 'Waiting for the wave to crest\nWavelength services from carriers met a lukewarm reception, observers say.'],
  ['f1', 'Fuzzy modeling with conjunctions\nFuzzy models based on generalized conjunction operations are compared in the form of membership functions.'],
  ['f2', 'Evolving fuzzy rule-based models\nFuzzy rules are learned incrementally in a compact form, based on informative potential.'],
  ['c1', 'Adaptive state feedback control\nA robust controller is proposed for linear systems based on state feedback.'],
  ['c2', 'Sliding mode control\nOutput feedback sliding mode control of second order systems is compared with state feedback.'],
  ['a1', 'Absorption of long waves\nParametric microstructures absorb low-frequency waves.'],
  ['m1', 'Conveyor-based AMHS\nSimulation of wafer-lot delivery in a 300 mm fab.'],
  ['q1', 'Quasi-weighted means\nLearning the weights of quasi-linear means.'],
  ].map(([id, text]) => [id!, { title: text!.split('\n')[0]!, abstract: text!.split('\n')[1]! }]),
);

describe('clusterWordNamer', () => {
  const name = clusterWordNamer(texts, background());

  it('names a cluster by the rare words most of its papers use, as they write them', () => {
    expect(name(['t1', 't2', 't3'])[0]).toBe('telecom');
    expect(name(['f1', 'f2', 'm1'])[0]).toBe('fuzzy');
    // Both write "state feedback": the phrase names them (below), and "state" is not named again.
    expect(name(['c1', 'c2'])).toEqual(['state feedback']);
  });

  describe('in the two-word phrase half its papers write it in (review 21: "Virtual", "Cutting" named clusters)', () => {
    const vr = new Map(
      [
        ['v1', 'Virtual reality for surgery training', 'Trainees used a virtual reality simulator.'],
        ['v2', 'Presence in virtual reality', 'We measure presence in immersive virtual reality.'],
        ['v3', 'Virtual machines at scale', 'Cloud hosts run many virtual machines.'],
        ['v4', 'Haptics in virtual reality', 'Force feedback adds touch to virtual reality.'],
        ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
        ['x2', 'Bird song', 'Finches learn songs from tutors.'],
      ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
    );
    const vrName = clusterWordNamer(vr, background());

    it('names by the phrase when half the papers that use the word write it', () => {
      expect(vrName(['v1', 'v2', 'v3', 'v4'])[0]).toBe('virtual reality');
    });

    it('keeps the word alone when no phrase is written by half of them, or by two', () => {
      expect(vrName(['v1', 'v3'])[0]).toBe('virtual');
    });

    it('never joins words across a full stop or a comma', () => {
      const split = new Map(
        [
          ['a', 'Virtual. Reality checks', 'Virtual, reality is hard.'],
          ['b', 'Virtual. Reality bites', 'Virtual; reality again.'],
          ['c', 'Something else', 'Unrelated words here.'],
        ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
      );
      expect(clusterWordNamer(split, background())(['a', 'b'])).not.toContain('virtual reality');
    });
  });

  it('passes over words of every abstract ("based", "compared") and of everyday talk ("say", "new")', () => {
    for (const words of [name(['t1', 't2', 't3']), name(['f1', 'f2']), name(['c1', 'c2'])]) {
      for (const w of words) expect(['based', 'compared', 'say', 'new', 'proposed']).not.toContain(w);
    }
  });

  it('gives a second word only when it says nearly as much as the first', () => {
    const words = name(['f1', 'f2', 'm1']);
    expect(words).not.toContain('form');
  });

  it('counts a word of a title twice: it names its paper\'s topic', () => {
    const withTitles = new Map([
      ['o1', { title: 'Organizational design', abstract: 'We argue that teams share information.' }],
      ['o2', { title: 'Organizational learning', abstract: 'Authors argue that firms learn.' }],
      ['o3', { title: 'Process specialization', abstract: 'We argue for organizational process models.' }],
      ['x1', { title: 'Other', abstract: 'Unrelated text on chemistry.' }],
    ]);
    expect(clusterWordNamer(withTitles, background())(['o1', 'o2', 'o3'])[0]).toBe('organizational');
  });

  it('gives only words at least `minPapers` of the papers use, when asked for a name that fits a share of them', () => {
    // "telecom" is in two of the three papers, "carriers" in one: asked for three, none is left.
    expect(name(['t1', 't2', 't3'], 2)[0]).toBe('telecom');
    expect(name(['t1', 't2', 't3'], 3)).toEqual([]);
    expect(name(['f1', 'f2', 'm1'], 3)).toEqual([]);
  });

  it('shows a word in the capitals its papers write it in, not a sentence\'s first capital (review 18 H2: "Pc")', () => {
    const pcs = new Map([
      ['p1', { title: 'Laptops zip ahead', abstract: 'PC makers ship faster PC models.' }],
      ['p2', { title: 'Desktop sales', abstract: 'Sales of the PC rose.' }],
      ['p3', { title: 'PC buyers wait', abstract: 'Buyers wait for prices to fall.' }],
      ['x1', { title: 'Other', abstract: 'Unrelated text on chemistry.' }],
    ]);
    expect(clusterWordNamer(pcs, emptyBackground)(['p1', 'p2', 'p3'])[0]).toBe('PC');
    expect(name(['f1', 'f2', 'm1'])[0]).toBe('fuzzy');
  });

  it('gives no name to papers that share no word', () => {
    expect(name(['a1', 'm1', 'q1'])).toEqual([]);
  });

  it('works without background figures, and on papers it has no text for', () => {
    expect(clusterWordNamer(texts, emptyBackground)(['t1', 't2'])).toContain('telecom');
    expect(name(['nope', 'none'])).toEqual([]);
  });
});
