import { describe, expect, it } from 'vitest';
import { background, emptyBackground } from '../../../src/lib/concepts/background';
import { clusterWordNamer, tellingLabel } from '../../../src/lib/graph/cluster-words';

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
/** Virtual reality and virtual machines. */
const vrName = clusterWordNamer(vr, background());

describe('clusterWordNamer', () => {
  const name = clusterWordNamer(texts, background());

  it('names a cluster by the rare words most of its papers use, as they write them', () => {
    expect(name(['t1', 't2', 't3'])[0]).toBe('telecom');
    // (An adjective is named in a phrase: below.)
    expect(name(['f1', 'f2', 'm1'], 2, [{ label: 'Fuzzy models', papers: 2 }])[0]).toBe('Fuzzy models');
    // Both write "state feedback": the phrase names them (below), and "state" is not named again.
    expect(name(['c1', 'c2'])).toEqual(['state feedback']);
  });

  it("tells whether a name it gave is true of a paper: its text writes the name's words, or it is about a concept of that name (review 41 finding 2)", () => {
    expect(name.uses!('t1', 'telecom')).toBe(true);
    expect(name.uses!('t3', 'telecom')).toBe(false);
    // Every word of a phrase, in any order and form.
    expect(name.uses!('c2', 'state feedback')).toBe(true);
    expect(name.uses!('c1', 'sliding mode')).toBe(false);
    // Of a phrase, the words that tell what it is: not "systems", which a third of all abstracts write.
    const land = clusterWordNamer(new Map([['k1', { title: 'Parcels', abstract: 'A future cadastral survey records land parcels.' }], ['k2', { title: 'Parcels', abstract: 'A cadastral survey records land parcels.' }]]), background());
    expect(land.uses!('k1', 'Future cadastral systems')).toBe(true);
    expect(land.uses!('k2', 'Future cadastral systems')).toBe(false);
    expect(vrName.uses!('v1', 'virtual reality')).toBe(true);
    expect(vrName.uses!('v3', 'virtual reality')).toBe(false);
    // A concept of its (its tags and what its text names) by that name.
    const about = clusterWordNamer(texts, background(), (paper) => (paper === 'a1' ? ['Telecom'] : []));
    expect(about.uses!('a1', 'telecom')).toBe(true);
    expect(about.uses!('m1', 'telecom')).toBe(false);
  });

  it('reads a title made from a sentence of the abstract (`madeTitle`) as no title (review 22: "Future" named a cluster)', () => {
    // Untitled records whose first sentences say "future work": a title's double count made that a name.
    const records = [
      ['u1', 'Future work will extend sonar surveys.', 'Hydrophones on trawlers record sonar echoes from shoals of herring.'],
      ['u2', 'Future work may map deeper seabeds.', 'Hydrophones hear whales and the sonar echoes of moving shoals.'],
      ['u3', 'Whales call at dawn over shoals.', 'Hydrophones tracked whale calls near feeding shoals of herring.'],
      ['x1', 'Soil erosion follows heavy rainfall.', 'Rainfall moves topsoil downhill.'],
      ['x2', 'Finches learn songs from tutors.', 'Young finches copy the songs of adult tutors.'],
    ];
    const made = new Map(records.map(([id, title, rest]) => [id!, { title: title!, abstract: `${title} ${rest}`, madeTitle: true }]));
    const none = new Map(records.map(([id, title, rest]) => [id!, { title: '', abstract: `${title} ${rest}` }]));
    const cluster = ['u1', 'u2', 'u3'];
    expect(clusterWordNamer(made, background())(cluster)).toEqual(clusterWordNamer(none, background())(cluster));
  });

  describe('in the two-word phrase half its papers write it in (review 21: "Virtual", "Cutting" named clusters)', () => {

    it('names by the phrase when half the papers that use the word write it', () => {
      expect(vrName(['v1', 'v2', 'v3', 'v4'])[0]).toBe('virtual reality');
    });

    it('keeps a noun alone when no phrase is written by half of them, or by two', () => {
      const robots = new Map(
        [
          ['r1', 'Robots in surgery', 'Robots assist surgeons.'],
          ['r2', 'Robots for warehouses', 'Warehouse robots carry shelves.'],
          ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
        ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
      );
      expect(clusterWordNamer(robots, background())(['r1', 'r2'])[0]).toBe('robots');
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
      ['o1', { title: 'Ontology design', abstract: 'We argue that teams share information.' }],
      ['o2', { title: 'Ontology learning', abstract: 'Authors argue that firms learn.' }],
      ['o3', { title: 'Process specialization', abstract: 'We argue for ontology alignment.' }],
      ['x1', { title: 'Other', abstract: 'Unrelated text on chemistry.' }],
    ]);
    expect(clusterWordNamer(withTitles, background())(['o1', 'o2', 'o3'])[0]).toBe('ontology');
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
    expect(name(['t1', 't2', 't3'])[0]).toBe('telecom');
  });

  it('gives no name to papers that share no word', () => {
    expect(name(['a1', 'm1', 'q1'])).toEqual([]);
  });

  it('works without background figures, and on papers it has no text for', () => {
    expect(clusterWordNamer(texts, emptyBackground)(['t1', 't2'])).toContain('telecom');
    expect(name(['nope', 'none'])).toEqual([]);
  });

  describe('a noun phrase, never an adjective or a verb alone (review 21 finding 3: "Nonlinear · Robust", "Class · Solving")', () => {
    const control = new Map(
      [
        ['n1', 'Stabilizing nonlinear plants', 'A nonlinear plant is stabilized by a robust controller; the nonlinear system has delays.'],
        ['n2', 'Nonlinear observers', 'We design a nonlinear observer that is robust to noise for nonlinear systems.'],
        ['n3', 'Chaos in nonlinear circuits', 'Nonlinear oscillators are synchronized in a robust way.'],
        ['s1', 'Solving sparse systems', 'We are solving sparse systems quickly; solving them takes iterations.'],
        ['s2', 'Solving puzzles by search', 'Solving puzzles is hard; we keep solving them by search.'],
        ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
        ['x2', 'Bird song', 'Finches learn songs from tutors.'],
      ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
    );
    const controlName = clusterWordNamer(control, background());

    it('names an adjective only in a phrase: none, then no name from it', () => {
      expect(controlName(['n1', 'n2', 'n3']).map((w) => w.toLowerCase())).not.toContain('nonlinear');
      expect(vrName(['v1', 'v3'])).not.toContain('virtual');
    });

    it("shows it in the cluster's concept that holds it", () => {
      expect(controlName(['n1', 'n2', 'n3'], 2, [{ label: 'Nonlinear systems', papers: 2 }])[0]).toBe('Nonlinear systems');
    });

    it('reads the form the name would show, not another word of its stem ("robust", not "robustness")', () => {
      const robust = new Map(
        [
          ['r1', 'Robust observers', 'The robustness of observers is studied; robustness margins grow.'],
          ['r2', 'Robust filters', 'Filter robustness is proven for all robustness bounds.'],
          ['r3', 'Robust plants', 'Plant robustness matters.'],
          ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
        ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
      );
      expect(clusterWordNamer(robust, background())(['r1', 'r2', 'r3']).map((w) => w.toLowerCase())).not.toContain('robust');
    });

    it('names no cluster by a verb ("solving")', () => {
      expect(controlName(['s1', 's2']).map((w) => w.toLowerCase())).not.toContain('solving');
    });

    it("shows a noun in the cluster's concept when half its papers are about that concept, else alone", () => {
      expect(vrName(['v1', 'v2', 'v4'], 2, [{ label: 'Virtual reality headsets', papers: 2 }])[0]).toBe('Virtual reality headsets');
      const robots = new Map(
        [
          ['r1', 'Robots in surgery', 'Robots assist surgeons.'],
          ['r2', 'Robots for warehouses', 'Warehouse robots carry shelves.'],
          ['r3', 'Robots at sea', 'Robots sail.'],
          ['r4', 'Robots in space', 'Robots fly.'],
          ['r5', 'Robots on farms', 'Robots harvest.'],
          ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
        ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
      );
      const robotName = clusterWordNamer(robots, background());
      expect(robotName(['r1', 'r2', 'r3', 'r4', 'r5'], 2, [{ label: 'Surgical robots', papers: 2 }])[0]).toBe('robots');
      expect(robotName(['r1', 'r2', 'r3', 'r4', 'r5'], 2, [{ label: 'Surgical robots', papers: 3 }])[0]).toBe('Surgical robots');
    });
  });
});

describe('a word of the papers\' topics, not one they use around them (SemEval-2017: "Recognition · Speed")', () => {
  // Four recognition papers that all write "speed", as a measure, and two others.
  const papers = new Map(
    [
      ['r1', 'Face recognition runs on a phone at a speed of ten frames a second.'],
      ['r2', 'Speech recognition keeps its speed in noisy cars.'],
      ['r3', 'Gesture recognition for games is judged by its speed.'],
      ['r4', 'Iris recognition doubles in speed with a new lens.'],
      ['x1', 'Rainfall moves topsoil downhill.'],
      ['x2', 'Finches learn songs from tutors.'],
    ].map(([id, abstract]) => [id!, { title: '', abstract: abstract! }]),
  );
  const cluster = ['r1', 'r2', 'r3', 'r4'];
  // As the concept stage has them: each kind of recognition, and "Recognition", the noun they share.
  const about: Record<string, string[]> = {
    r1: ['Recognition', 'Face recognition', 'Phones'],
    r2: ['Recognition', 'Speech recognition'],
    r3: ['Recognition', 'Gesture recognition', 'Games'],
    r4: ['Recognition', 'Iris recognition', 'Lens'],
  };

  it('names no cluster by a word that fewer than half the papers using it are about a concept of', () => {
    // Without what the papers are about, both words name them.
    expect(clusterWordNamer(papers, emptyBackground)(cluster)).toEqual(['recognition', 'speed']);
    expect(clusterWordNamer(papers, emptyBackground, (p) => about[p] ?? [])(cluster)).toEqual(['recognition']);
  });

  it('counts a tie as held, and reads any form of a name as its word', () => {
    // Two of the four are about one concept of speed (by its label and another form of it): as often as not.
    const some: Record<string, string[]> = { ...about, r2: [...about.r2!, 'High speed', 'High speeds'], r4: [...about.r4!, 'High speed', 'High speeds'] };
    expect(clusterWordNamer(papers, emptyBackground, (p) => some[p] ?? [])(cluster)).toEqual(['recognition', 'speed']);
  });

  it('names no cluster by a word that no two of its papers are about one concept of (SemEval-2017: "View")', () => {
    // Two of four are about a concept of speed, each about another one: the word is not a topic they share.
    const apart: Record<string, string[]> = { ...about, r2: [...about.r2!, 'Speed of sound'], r4: [...about.r4!, 'Rotation speed'] };
    expect(clusterWordNamer(papers, emptyBackground, (p) => apart[p] ?? [])(cluster)).toEqual(['recognition']);
    // Two about the same one: named (as in 'counts a tie as held').
    const shared: Record<string, string[]> = { ...apart, r4: [...about.r4!, 'Speed of sound'] };
    expect(clusterWordNamer(papers, emptyBackground, (p) => shared[p] ?? [])(cluster)).toEqual(['recognition', 'speed']);
  });

  it('asks for no concept two papers share where none of the cluster\'s papers share one (a small mixed collection)', () => {
    // Each telecom paper is about concepts of its own: the word is what they share, as in the ten abstracts above.
    const own: Record<string, string[]> = { t1: ['Telecom carrier', 'Telecom market'], t2: ['Telecom industry', 'Industry insiders'], t3: ['Wavelength services'] };
    expect(clusterWordNamer(texts, background(), (p) => own[p] ?? [])(['t1', 't2', 't3'])[0]).toBe('telecom');
  });

  it('does not count papers about no concept: they cannot tell', () => {
    const onlyTwo = (p: string) => (p === 'r1' || p === 'r2' ? [...about[p]!, 'Speed'] : []);
    expect(clusterWordNamer(papers, emptyBackground, onlyTwo)(cluster)).toEqual(['recognition', 'speed']);
    expect(clusterWordNamer(papers, emptyBackground, () => [])(cluster)).toEqual(['recognition', 'speed']);
  });
});

describe('a word for the text\'s own apparatus names no cluster (review 22 finding 6: "Absorption · Fig")', () => {
  const figs = new Map(
    [
      ['p1', 'The absorption spectrum in Fig. 2 shows two peaks of the dye.'],
      ['p2', 'As Fig. 4 shows, the absorption of the film grows with its thickness.'],
      ['p3', 'Fig. 1 plots the absorption of the coating against the wavelength.'],
      ['x1', 'Rainfall moves topsoil downhill.'],
      ['x2', 'Finches learn songs from tutors.'],
    ].map(([id, abstract]) => [id!, { title: '', abstract: abstract! }]),
  );

  it('names the papers by what they are about, not by their figure references', () => {
    const name = clusterWordNamer(figs, background());
    expect(name(['p1', 'p2', 'p3'])).toEqual(['absorption']);
  });
});

describe('tellingLabel: whether a concept has a word that could name a cluster (review 22b: "Simulation results", "Management system")', () => {
  const bg = background();

  it('is false for a phrase of words any abstract writes, everyday words or words for what any paper does', () => {
    for (const label of ['Simulation results', 'Management system', 'Time step', 'Design method', 'Information system']) expect(tellingLabel(label, bg), label).toBe(false);
  });

  it('is true for a concept with a word that tells its field', () => {
    for (const label of ['Dipole moment', 'Quantum chromodynamics', 'Virtualization technologies', 'Alloy', 'Surface roughness', 'Polymers']) expect(tellingLabel(label, bg), label).toBe(true);
  });

  it('is true for any word without background statistics', () => {
    expect(tellingLabel('Management system', emptyBackground)).toBe(true);
  });
});

describe('a common word its papers write only before other nouns names no cluster alone (its compounds are the topics)', () => {
  // "Window" is as common as "robots" in abstracts and in English (word-specificity.ts: under 0.5, the concept
  // stage's bar for a common noun alone). Written before another noun each time, it is the sliding-window
  // protocol of one paper and the window frames of the other: what they are about are the compounds, not a window.
  const windows = new Map(
    [
      ['w1', 'Flow control on lossy links', 'A sliding window protocol adapts its window size to congestion on the link.'],
      ['w2', 'Heat loss through glazing', 'Double glazed window frames cut heat loss in winter, and coated window glass cuts more.'],
      ['h1', 'Facade cleaning', 'A climbing machine wipes each window in turn.'],
      ['h2', 'Daylight in offices', 'Staff seated beside a window reported fewer headaches.'],
      ['x1', 'Soil erosion', 'Rainfall moves topsoil downhill.'],
      ['x2', 'Bird song', 'Finches learn songs from tutors.'],
    ].map(([id, title, abstract]) => [id!, { title: title!, abstract: abstract! }]),
  );
  const name = clusterWordNamer(windows, background());

  it('gives no name where each paper writes it only as the modifier of another noun', () => {
    expect(name(['w1', 'w2'])).not.toContain('window');
  });

  it('names the papers by it where two of them write it as a noun of its own', () => {
    expect(name(['h1', 'h2'])).toContain('window');
  });

  it('names them by it whatever its papers write where the word is specific (the bar is the concept stage\'s)', () => {
    expect(clusterWordNamer(windows, emptyBackground)(['w1', 'w2'])).toContain('window');
  });
});
