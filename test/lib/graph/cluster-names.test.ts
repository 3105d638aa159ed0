import { describe, expect, it } from 'vitest';
import { emptyBackground } from '../../../src/lib/concepts/background';
import { apartFromNested, describeClusters, mixedLead, pairTogether, poissonAtLeast } from '../../../src/lib/graph/cluster-names';
import { MIXED_CLUSTER_LABEL } from '../../../src/lib/graph/cluster-identity';
import type { ConceptIndex } from '../../../src/lib/model/concepts';
import { seededRandom } from '../../../src/lib/graph/seeded-random';

describe('describeClusters', () => {
  const ids = ['x', 'y', 'z', 'w'];
  const index: ConceptIndex = {
    concepts: ids.map((id) => ({ id, label: id.toUpperCase(), aliases: [], df: 1, papers: [] })),
    byPaper: {
      p1: [{ id: 'x', score: 1 }, { id: 'y', score: 1 }, { id: 'z', score: 1 }],
      p2: [{ id: 'x', score: 1 }, { id: 'y', score: 1 }],
      p3: [{ id: 'x', score: 1 }, { id: 'w', score: 1 }],
      p4: [{ id: 'y', score: 1 }, { id: 'z', score: 1 }, { id: 'w', score: 1 }],
    },
  };
  const clusterOf = new Map(['p1', 'p2', 'p3', 'p4'].map((p) => [p, 3]));
  const colours = new Map([[3, '#2f6fd0']]);
  // The letters are not equally specific words (concept-specificity.ts): these cases are about counts alone.
  const plainWords = emptyBackground;

  it('names a cluster by its most typical concepts', () => {
    // x and y tie (3 papers each): by id.
    expect(describeClusters(clusterOf, undefined, colours, index, new Map(), 5, undefined, plainWords)[0]).toMatchObject({ label: 'X · Y', topConcepts: ['x', 'y', 'w', 'z'] });
  });

  it('breaks a tie by how central each concept is to its papers, not by the alphabet (review 11 M3: "Alexa · AMD")', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 2, papers: [] });
    const security: ConceptIndex = {
      concepts: [concept('alexa', 'Alexa'), concept('amd', 'AMD'), concept('side-channel', 'Side channel'), concept('diffie-hellman', 'Diffie-Hellman')],
      byPaper: {
        spectre: [{ id: 'side-channel', score: 0.9 }, { id: 'amd', score: 0.2 }],
        meltdown: [{ id: 'side-channel', score: 0.8 }, { id: 'amd', score: 0.1 }],
        logjam: [{ id: 'diffie-hellman', score: 0.7 }, { id: 'alexa', score: 0.1 }],
        'dh-timing': [{ id: 'diffie-hellman', score: 0.6 }, { id: 'alexa', score: 0.2 }],
      },
    };
    const clusterOf = new Map(['spectre', 'meltdown', 'logjam', 'dh-timing'].map((p) => [p, 0]));
    // The Spectre paper also writes "Diffie-Hellman": the two topics meet in the cluster (`pairTogether`).
    const mentions = new Map([['spectre', new Map([['diffie-hellman', 1]])]]);
    const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0']]), security, new Map(), 5, undefined, emptyBackground, mentions);
    expect(named[0]).toMatchObject({ label: 'Diffie-Hellman · Side channel', topConcepts: ['diffie-hellman', 'side-channel', 'alexa', 'amd'] });
  });

  it('keeps the two concepts that named it before while both are still among its top concepts', () => {
    expect(describeClusters(clusterOf, undefined, colours, index, new Map([[3, ['y', 'x', 'z']]]), 5, undefined, plainWords)[0]).toMatchObject({ label: 'Y · X', topConcepts: ['y', 'x', 'w', 'z'] });
    expect(describeClusters(clusterOf, undefined, colours, index, new Map([[3, ['z', 'w']]]), 5, undefined, plainWords)[0]!.label).toBe('Z · W');
    // One of them gone from its concepts: named afresh.
    expect(describeClusters(clusterOf, undefined, colours, index, new Map([[3, ['y', 'v']]]), 5, undefined, plainWords)[0]!.label).toBe('X · Y');
  });

  it('names a cluster by specific concepts before general words every trial writes (review 9 M4: "Patients · CI")', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
    const trials: ConceptIndex = {
      concepts: [concept('patient', 'Patients'), concept('placebo', 'Placebo'), concept('confidence-interval', 'Confidence interval'), concept('galaxy', 'Galaxies')],
      byPaper: {
        recovery: [{ id: 'patient', score: 1 }, { id: 'placebo', score: 1 }, { id: 'confidence-interval', score: 1 }],
        lecanemab: [{ id: 'patient', score: 1 }, { id: 'placebo', score: 1 }],
        semaglutide: [{ id: 'patient', score: 1 }, { id: 'placebo', score: 1 }, { id: 'confidence-interval', score: 1 }],
        'covid-vaccine': [{ id: 'patient', score: 1 }],
        jwst: [{ id: 'galaxy', score: 1 }],
        'sdss-survey': [{ id: 'galaxy', score: 1 }],
      },
    };
    const clusterOf = new Map([['recovery', 0], ['lecanemab', 0], ['semaglutide', 0], ['covid-vaccine', 0], ['jwst', 1], ['sdss-survey', 1]]);
    const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
    // "Patients" is in all four trials, "Placebo" in three, so the collection alone ranks Patients first.
    const plain = describeClusters(clusterOf, undefined, colours2, trials, new Map(), 5, undefined, emptyBackground);
    expect(plain[0]!.label).toBe('Patients · Placebo');
    const named = describeClusters(clusterOf, undefined, colours2, trials);
    // Placebo, in three of the four trials, before Confidence interval, in two.
    expect(named[0]).toMatchObject({ label: 'Placebo · Confidence interval', topConcepts: ['placebo', 'confidence-interval', 'patient'] });
  });

  it('names a cluster by a phrase with a specific word before one of words any abstract writes (review 22b: "Leptons · Surface area")', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
    const physics: ConceptIndex = {
      concepts: [concept('lepton', 'Leptons'), concept('surface-area', 'Surface area'), concept('dipole-moment', 'Dipole moment'), concept('galaxy', 'Galaxies')],
      byPaper: {
        a: [{ id: 'lepton', score: 1 }, { id: 'dipole-moment', score: 1 }],
        b: [{ id: 'lepton', score: 1 }, { id: 'dipole-moment', score: 1 }],
        c: [{ id: 'lepton', score: 1 }, { id: 'dipole-moment', score: 1 }],
        d: [{ id: 'lepton', score: 1 }, { id: 'surface-area', score: 1 }],
        // Two papers on leptons and a surface area: the two meet in the cluster (`pairTogether`).
        e: [{ id: 'lepton', score: 1 }, { id: 'surface-area', score: 1 }],
        f: [{ id: 'surface-area', score: 1 }],
        g: [],
        h: [],
        // Elsewhere: one paper on a dipole moment too, so "Surface area" is the more typical of the cluster.
        x: [{ id: 'galaxy', score: 1 }, { id: 'dipole-moment', score: 1 }],
        ...Object.fromEntries([...'stuvwyz'].map((p) => [p, [{ id: 'galaxy', score: 1 }]])),
      },
    };
    const clusterOf = new Map<string, number>([...[...'abcdefgh'].map((p): [string, number] => [p, 0]), ...[...'stuvwxyz'].map((p): [string, number] => [p, 1])]);
    const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
    // By counts alone (no background) "Surface area", on three papers all in the cluster, is the second name.
    expect(describeClusters(clusterOf, undefined, colours2, physics, new Map(), 5, undefined, emptyBackground)[0]!.label).toBe('Leptons · Surface area');
    expect(describeClusters(clusterOf, undefined, colours2, physics)[0]).toMatchObject({ label: 'Leptons · Dipole moment', topConcepts: ['lepton', 'dipole-moment', 'surface-area'] });
  });

  describe('by more specific words than concepts made of words any paper writes (review 22b: "Simulation results", "Management system")', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
    // Twelve papers of a mixed cluster: five report simulation results, two are on cloud computing; eight elsewhere.
    const mixed = Array.from({ length: 12 }, (_, k) => `m${k}`);
    const rest = Array.from({ length: 8 }, (_, k) => `r${k}`);
    const byPaper: ConceptIndex['byPaper'] = {};
    for (const p of [...mixed, ...rest]) byPaper[p] = [];
    for (const p of ['m0', 'm1', 'm2', 'm3', 'm4']) byPaper[p]!.push({ id: 'simulation-result', score: 1 });
    for (const p of ['m5', 'm6']) byPaper[p]!.push({ id: 'cloud-computing', score: 1 });
    for (const p of rest) byPaper[p]!.push({ id: 'galaxy', score: 1 });
    const index: ConceptIndex = { concepts: [concept('simulation-result', 'Simulation results'), concept('cloud-computing', 'Cloud computing'), concept('galaxy', 'Galaxies')], byPaper };
    const clusterOf = new Map<string, number>([...mixed.map((p): [string, number] => [p, 0]), ...rest.map((p): [string, number] => [p, 1])]);
    const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
    const offering = (name: string) => (papers: readonly string[]) => (papers.includes('m0') ? [name] : []);

    it('names the cluster by the words when they are more specific, and still lists the concept', () => {
      const named = describeClusters(clusterOf, undefined, colours2, index, new Map(), 5, offering('Virtualization technologies'));
      expect(named[0]).toMatchObject({ label: 'Virtualization technologies', topConcepts: ['simulation-result', 'cloud-computing'] });
    });

    it('keeps the concept where the words say no more, as one of a mixed cluster (on 5 of its 12 papers)', () => {
      expect(describeClusters(clusterOf, undefined, colours2, index, new Map(), 5, offering('Method'))[0]!.label).toBe('Mixed: Simulation results, Cloud computing, …');
      expect(describeClusters(clusterOf, undefined, colours2, index, new Map(), 5, () => [])[0]!.label).toBe('Mixed: Simulation results, Cloud computing, …');
    });

    it('keeps a concept most of the papers are about, whatever its words', () => {
      const most: ConceptIndex = { ...index, byPaper: { ...byPaper, ...Object.fromEntries(['m5', 'm6', 'm7'].map((p) => [p, [{ id: 'simulation-result', score: 1 }]])) } };
      expect(describeClusters(clusterOf, undefined, colours2, most, new Map(), 5, offering('Virtualization technologies'))[0]!.label).toBe('Simulation results');
    });

    it('does not ask the words where a concept with a telling word fits a fifth of the papers too', () => {
      const asked: string[] = [];
      // The three cloud papers report simulation results too: the two meet in the cluster (`pairTogether`).
      const both = [{ id: 'cloud-computing', score: 1 }, { id: 'simulation-result', score: 1 }];
      const cloud: ConceptIndex = { ...index, byPaper: { ...byPaper, m5: both, m6: both, m7: both } };
      const named = describeClusters(clusterOf, undefined, colours2, cloud, new Map(), 5, (papers) => (asked.push(papers.join()), ['Virtualization technologies']));
      expect(named[0]!.label).toBe('Simulation results · Cloud computing');
      expect(asked).toEqual([]);
    });
  });

  describe('by concepts many of its papers are about and few others are', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });

    it('counts the papers whose text names a concept, not its tags alone (review 13 M4: "Spatial map · Information theory", each on 2 of 11 papers)', () => {
      const psychology: ConceptIndex = {
        concepts: [concept('spatial-map', 'Spatial map'), concept('information-theory', 'Information theory'), concept('selective-attention', 'Selective attention'), concept('feature-integration', 'Feature integration'), concept('orienting', 'Orienting'), concept('galaxy', 'Galaxies')],
        byPaper: {
          okeefe: [{ id: 'spatial-map', score: 1 }],
          hafting: [{ id: 'spatial-map', score: 1 }],
          miller: [{ id: 'information-theory', score: 1 }],
          shannon: [{ id: 'information-theory', score: 1 }],
          treisman: [{ id: 'feature-integration', score: 1 }, { id: 'selective-attention', score: 0.2 }],
          posner: [{ id: 'orienting', score: 1 }, { id: 'selective-attention', score: 0.2 }],
          sdss: [{ id: 'galaxy', score: 1 }],
          hubble: [{ id: 'galaxy', score: 1 }],
        },
      };
      const clusterOf = new Map<string, number>([...['okeefe', 'hafting', 'miller', 'shannon', 'treisman', 'posner', 'stroop', 'mmn'].map((p): [string, number] => [p, 0]), ...['sdss', 'hubble', 'jwst', 'gaia', 'kepler', 'planck', 'tess', 'alma'].map((p): [string, number] => [p, 1])]);
      const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
      // Stroop and the MMN review write "selective attention" though it made neither's tags; one astronomy paper does too.
      const mentions = new Map([
        ['stroop', new Map([['selective-attention', 1]])],
        ['mmn', new Map([['selective-attention', 2]])],
        ['jwst', new Map([['selective-attention', 1]])],
      ]);
      const named = describeClusters(clusterOf, undefined, colours2, psychology, new Map(), 5, undefined, emptyBackground, mentions);
      // Selective attention is about half of them alone; Information theory, on two others, does not meet it there.
      expect(named[0]!.label).toBe('Selective attention');
      // Without what the texts name, every concept is on two papers: the most central tags are listed first, as a
      // mixed cluster's, since no paper is about two of them.
      expect(describeClusters(clusterOf, undefined, colours2, psychology, new Map(), 5, undefined, emptyBackground)[0]!.label).toBe('Mixed: Information theory, Spatial map, …');
    });

    it('not by a concept as common in the rest of the collection (bundled: "Large language models · Reinforcement learning")', () => {
      const rl: ConceptIndex = {
        concepts: [concept('reinforcement-learning', 'Reinforcement learning'), concept('world-model', 'World models'), concept('planning', 'Planning horizon'), concept('tool-use', 'Tool use')],
        byPaper: {
          dreamer: [{ id: 'reinforcement-learning', score: 1 }, { id: 'world-model', score: 1 }],
          muzero: [{ id: 'reinforcement-learning', score: 1 }, { id: 'world-model', score: 1 }, { id: 'planning', score: 1 }],
          pets: [{ id: 'reinforcement-learning', score: 1 }, { id: 'planning', score: 1 }],
          mbpo: [{ id: 'reinforcement-learning', score: 1 }],
          toolformer: [{ id: 'reinforcement-learning', score: 1 }, { id: 'tool-use', score: 1 }],
          react: [{ id: 'reinforcement-learning', score: 1 }, { id: 'tool-use', score: 1 }],
          gorilla: [{ id: 'tool-use', score: 1 }],
          webgpt: [],
        },
      };
      const clusterOf = new Map<string, number>([['dreamer', 0], ['muzero', 0], ['pets', 0], ['mbpo', 0], ['toolformer', 1], ['react', 1], ['gorilla', 1], ['webgpt', 1]]);
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f']]), rl, new Map(), 5, undefined, emptyBackground);
      // On all four papers, but on six of the eight in the collection: less typical than a concept on two of them alone.
      expect(named[0]).toMatchObject({ label: 'Planning horizon · World models', topConcepts: ['planning', 'world-model', 'reinforcement-learning'] });
    });

    it('not twice by one concept inside another\'s name', () => {
      const imaging: ConceptIndex = {
        concepts: [concept('mri', 'Magnetic resonance imaging'), concept('fmri', 'Functional magnetic resonance imaging'), concept('pfc', 'Prefrontal cortex')],
        byPaper: {
          a: [{ id: 'mri', score: 1 }, { id: 'fmri', score: 1 }, { id: 'pfc', score: 1 }],
          b: [{ id: 'mri', score: 1 }, { id: 'fmri', score: 1 }, { id: 'pfc', score: 1 }],
          c: [{ id: 'mri', score: 1 }, { id: 'fmri', score: 0.5 }],
          d: [{ id: 'mri', score: 1 }],
        },
      };
      const clusterOf = new Map(['a', 'b', 'c', 'd'].map((p) => [p, 0]));
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0']]), imaging, new Map(), 5, undefined, emptyBackground);
      expect(named[0]).toMatchObject({ label: 'Magnetic resonance imaging · Prefrontal cortex', topConcepts: ['mri', 'pfc', 'fmri'] });
    });

    it('by one concept alone rather than with one nested in it (review 21: "Petri nets · Nets")', () => {
      const nets: ConceptIndex = {
        concepts: [concept('petri-net', 'Petri nets'), concept('net', 'Nets')],
        byPaper: {
          a: [{ id: 'petri-net', score: 1 }, { id: 'net', score: 1 }],
          b: [{ id: 'petri-net', score: 1 }, { id: 'net', score: 1 }],
          c: [{ id: 'petri-net', score: 1 }],
        },
      };
      const clusterOf = new Map(['a', 'b', 'c'].map((p) => [p, 0]));
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0']]), nets, new Map(), 5, undefined, emptyBackground);
      expect(named[0]).toMatchObject({ label: 'Petri nets', topConcepts: ['petri-net', 'net'] });
    });
  });

  describe('only by what a fair share of its papers are about (review 18 H2: "Polymers · Temperature", 3% of 243 papers)', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
    // Twenty papers of a cluster: a rare concept on two of them (typical of it: nowhere else), a broader one on
    // ten (also on one paper elsewhere), and nothing else they share; ten papers elsewhere.
    const mixed = Array.from({ length: 20 }, (_, k) => `m${k}`);
    const rest = Array.from({ length: 10 }, (_, k) => `r${k}`);
    const byPaper: ConceptIndex['byPaper'] = {};
    for (const p of [...mixed, ...rest]) byPaper[p] = [];
    byPaper.m0 = [{ id: 'rare', score: 1 }];
    byPaper.m1 = [{ id: 'rare', score: 1 }];
    for (const p of ['m2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'r0']) byPaper[p] = [{ id: 'broad', score: 1 }];
    // Left on three of the twenty: under a fifth.
    const thinned = Object.fromEntries(['m2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'].map((p) => [p, []]));
    for (const p of rest) byPaper[p]!.push({ id: 'other-field', score: 1 });
    const index: ConceptIndex = { concepts: [concept('rare', 'Rare topic'), concept('broad', 'Broad topic'), concept('other-field', 'Other field')], byPaper };
    const clusterOf = new Map<string, number>([...mixed.map((p): [string, number] => [p, 0]), ...rest.map((p): [string, number] => [p, 1])]);
    const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
    const noWords = () => [];

    it('names it by a concept a fifth of its papers are about, not by a more typical one on two of twenty', () => {
      const named = describeClusters(clusterOf, undefined, colours2, index, new Map(), 5, noWords, emptyBackground);
      // "Rare topic" is more typical (all its papers are here) but fits 2 of 20; "Broad topic" fits 10.
      expect(named[0]).toMatchObject({ label: 'Broad topic', topConcepts: ['broad', 'rare'] });
      expect(named[1]!.label).toBe('Other field');
    });

    it('by the words a fifth of them share when no concept fits that many, and asks for that many', () => {
      const asked: number[] = [];
      const words = (papers: readonly string[], minPapers?: number) => (asked.push(minPapers ?? 2), papers.includes('m0') ? ['polymer'] : []);
      const thin: ConceptIndex = { ...index, byPaper: { ...byPaper, ...thinned } };
      expect(describeClusters(clusterOf, undefined, colours2, thin, new Map(), 5, words, emptyBackground)[0]!.label).toBe('Polymer');
      expect(asked).toEqual([4]);
    });

    it("gives the word namer its concepts and how many of its papers are about each, to name a word by its phrase (review 21 finding 3)", () => {
      let given: readonly { label: string; papers: number }[] = [];
      const words = (_papers: readonly string[], _min?: number, phrases: readonly { label: string; papers: number }[] = []) => ((given = phrases), ['Rare topic']);
      const thin: ConceptIndex = { ...index, byPaper: { ...byPaper, ...thinned } };
      expect(describeClusters(clusterOf, undefined, colours2, thin, new Map(), 5, words, emptyBackground)[0]!.label).toBe('Rare topic');
      expect(given).toEqual(expect.arrayContaining([{ label: 'Rare topic', papers: 2 }, { label: 'Broad topic', papers: 3 }]));
    });

    it('says it is mixed when neither concepts nor words fit a fifth of its papers, with the concepts the most of them are about', () => {
      const thin: ConceptIndex = { ...index, byPaper: { ...byPaper, ...thinned } };
      const named = describeClusters(clusterOf, undefined, colours2, thin, new Map(), 5, noWords, emptyBackground);
      expect(named[0]!.label).toBe('Mixed: Broad topic, Rare topic, …');
      expect(named[0]!.topConcepts).toEqual(['broad', 'rare']);
      // With no concept two of its papers carry either, nothing.
      const bare: ConceptIndex = { ...index, byPaper: { ...byPaper, ...thinned, m0: [], m9: [], m10: [] } };
      expect(describeClusters(clusterOf, undefined, colours2, bare, new Map(), 5, noWords, emptyBackground)[0]!.label).toBe(MIXED_CLUSTER_LABEL);
    });

    it('by such a concept however far below the five most typical it ranks', () => {
      // Five rare concepts on two papers each outrank "Broad topic", which five papers elsewhere carry too.
      const rares = ['ra', 'rb', 'rc', 'rd', 're'];
      const many: ConceptIndex['byPaper'] = {};
      for (const p of [...mixed, ...rest]) many[p] = [];
      rares.forEach((r, k) => {
        for (const p of [`m${2 * k + 10}`, `m${2 * k + 11}`]) many[p]!.push({ id: r, score: 1 });
      });
      for (const p of ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'r0', 'r1', 'r2', 'r3', 'r4']) many[p]!.push({ id: 'broad', score: 1 });
      const wide: ConceptIndex = { concepts: [...index.concepts, ...rares.map((r) => concept(r, r.toUpperCase()))], byPaper: many };
      const named = describeClusters(clusterOf, undefined, colours2, wide, new Map(), 5, noWords, emptyBackground);
      expect(named[0]!.label).toBe('Broad topic');
      expect(named[0]!.topConcepts).toHaveLength(5);
      expect(named[0]!.topConcepts[0]).toBe('broad');
    });

    it('keeps a previous name only while it still fits a fifth of the papers', () => {
      const named = describeClusters(clusterOf, undefined, colours2, index, new Map([[0, ['rare', 'broad']]]), 5, noWords, emptyBackground);
      expect(named[0]!.label).toBe('Broad topic');
    });
  });

  describe('only by a name true of half of its papers or more (review 41 finding 2: "Monte Carlo", about 6 of 28)', () => {
    const concept = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
    const cluster = (n: number) => Array.from({ length: n }, (_, k) => `c${k}`);
    const elsewhere = Array.from({ length: 10 }, (_, k) => `r${k}`);
    const setUp = (size: number, tags: Record<string, string[]>) => {
      const byPaper: ConceptIndex['byPaper'] = {};
      for (const p of [...cluster(size), ...elsewhere]) byPaper[p] = [];
      for (const p of elsewhere) byPaper[p]!.push({ id: 'galaxy', score: 1 });
      for (const [id, papers] of Object.entries(tags)) for (const p of papers) byPaper[p]!.push({ id, score: 1 });
      const labels: Record<string, string> = { mc: 'Monte Carlo', co2: 'Carbon dioxide', anneal: 'Annealing', boron: 'Boron', crystal: 'Crystals', galaxy: 'Galaxies' };
      const index: ConceptIndex = { concepts: Object.entries(labels).map(([id, label]) => concept(id, label)), byPaper };
      const clusterOf = new Map<string, number>([...cluster(size).map((p): [string, number] => [p, 0]), ...elsewhere.map((p): [string, number] => [p, 1])]);
      return describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f']]), index, new Map(), 5, () => [], emptyBackground);
    };

    it('says a cluster its best name fits under half of is mixed, listing the concepts the most of its papers are about', () => {
      // Twelve papers: three about Monte Carlo (a fifth: it could name them), two about carbon dioxide, seven about neither.
      const named = setUp(12, { mc: ['c0', 'c1', 'c2'], co2: ['c3', 'c4'] });
      expect(named[0]).toMatchObject({ label: 'Mixed: Monte Carlo, Carbon dioxide, …', topConcepts: ['mc', 'co2'], coverage: 0.417 });
      expect(named[0]!.offName).toEqual(['c10', 'c11', 'c5', 'c6', 'c7', 'c8', 'c9']);
      // A name true of all its papers: none is off it.
      expect(named[1]).toMatchObject({ label: 'Galaxies', coverage: 1, offName: [] });
    });

    it('names it by two concepts true of half of it together where the best two are not', () => {
      // Annealing (3 papers) and Boron (2, both also annealing) are the most typical, on 3 of 10 together;
      // Crystals, on four papers here and two elsewhere, is less typical, and with Annealing on 7 of 10.
      // Crystals is on two of the annealing papers too: the two meet in the cluster (`pairTogether`).
      const tags = { anneal: ['c0', 'c1', 'c2'], boron: ['c0', 'c1'], crystal: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'r0', 'r1', 'r2', 'r3'] };
      const named = setUp(10, tags);
      expect(named[0]).toMatchObject({ label: 'Annealing · Crystals', topConcepts: ['anneal', 'crystal', 'boron'], coverage: 0.7 });
      expect(named[0]!.offName).toEqual(['c7', 'c8', 'c9']);
    });

    it('names it by the concepts the most of its papers are about where those can name it and are true of half of it', () => {
      // Five concepts on the same four of twenty papers, nowhere else, are its most typical; "Wide topic", on eight
      // of them and three papers elsewhere, is less typical, but with one of the five on twelve of the twenty.
      const greek = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
      const byPaper: ConceptIndex['byPaper'] = Object.fromEntries([...cluster(20), ...elsewhere].map((p) => [p, [] as { id: string; score: number }[]]));
      for (const p of cluster(4)) for (const [k] of greek.entries()) byPaper[p]!.push({ id: `t${k + 1}`, score: 1 });
      for (const p of [...cluster(12).slice(4), 'r0', 'r1', 'r2']) byPaper[p]!.push({ id: 'wide', score: 1 });
      const index: ConceptIndex = { concepts: [...greek.map((g, k) => concept(`t${k + 1}`, g)), concept('wide', 'Wide topic')], byPaper };
      const clusterOf = new Map<string, number>([...cluster(20).map((p): [string, number] => [p, 0]), ...elsewhere.map((p): [string, number] => [p, 1])]);
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f']]), index, new Map(), 5, () => [], emptyBackground);
      // Not "Wide topic · Alpha": no paper is about both, so the two are listed as a mixed cluster's (review 43 finding 6).
      expect(named[0]).toMatchObject({ label: 'Mixed: Wide topic, Alpha, …', coverage: 0.6 });
      // Where four of the Alpha papers are about the wide topic too (a fifth of the cluster), the two name it.
      for (const p of cluster(4)) byPaper[p]!.push({ id: 'wide', score: 1 });
      const met = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f']]), index, new Map(), 5, () => [], emptyBackground);
      expect(met[0]!.label).toMatch(/^Wide topic · /);
    });

    it('counts a paper whose text names a concept of the name as one it is true of', () => {
      const concepts = [concept('mc', 'Monte Carlo'), concept('co2', 'Carbon dioxide'), concept('galaxy', 'Galaxies')];
      const byPaper: ConceptIndex['byPaper'] = Object.fromEntries([...cluster(12), ...elsewhere].map((p) => [p, []]));
      for (const p of ['c0', 'c1', 'c2']) byPaper[p]!.push({ id: 'mc', score: 1 });
      for (const p of ['c3', 'c4']) byPaper[p]!.push({ id: 'co2', score: 1 });
      for (const p of elsewhere) byPaper[p]!.push({ id: 'galaxy', score: 1 });
      const clusterOf = new Map<string, number>([...cluster(12).map((p): [string, number] => [p, 0]), ...elsewhere.map((p): [string, number] => [p, 1])]);
      const mentions = new Map(['c5', 'c6', 'c7'].map((p) => [p, new Map([['mc', 1]])]));
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f']]), { concepts, byPaper }, new Map(), 5, () => [], emptyBackground, mentions);
      expect(named[0]).toMatchObject({ label: 'Monte Carlo', coverage: 0.5 });
      expect(named[0]!.offName).toEqual(['c10', 'c11', 'c3', 'c4', 'c8', 'c9']);
    });

    it('by words only where they are true of half of it (`uses`)', () => {
      const lonely: ConceptIndex = { concepts: [concept('galaxy', 'Galaxies')], byPaper: Object.fromEntries(['p1', 'p2', 'p3', 'p4'].map((p) => [p, []])) };
      const four = new Map(['p1', 'p2', 'p3', 'p4'].map((p) => [p, 0]));
      const byWords = (writing: string[]) => Object.assign(() => ['telecom', 'carriers'], { uses: (paper: string, word: string) => writing.includes(paper) && word === 'telecom' });
      const few = describeClusters(four, undefined, new Map([[0, '#2f6fd0']]), lonely, new Map(), 5, byWords(['p1']), emptyBackground);
      expect(few[0]).toMatchObject({ label: 'Mixed: Telecom, Carriers, …', coverage: 0.25, offName: ['p2', 'p3', 'p4'] });
      const half = describeClusters(four, undefined, new Map([[0, '#2f6fd0']]), lonely, new Map(), 5, byWords(['p1', 'p3']), emptyBackground);
      expect(half[0]).toMatchObject({ label: 'Telecom · Carriers', coverage: 0.5, offName: ['p2', 'p4'] });
    });

    describe('by two concepts only where they meet in it (review 43 finding 6: "Descriptors · PID controller", none of 21 papers on both)', () => {
      it('not by two concepts on disjoint groups of its papers: by one true of half of it alone, else as mixed', () => {
        // Four papers on annealing, three on crystals, none on both: together on 7 of 10, but "·" would say "about both".
        expect(setUp(10, { anneal: ['c0', 'c1', 'c2', 'c3'], crystal: ['c4', 'c5', 'c6'] })[0]!.label).toBe('Mixed: Annealing, Crystals, …');
        // Annealing on six of ten alone: named by it.
        const one = setUp(10, { anneal: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'], crystal: ['c6', 'c7', 'c8'] })[0]!;
        expect(one).toMatchObject({ label: 'Annealing', coverage: 0.6 });
        expect(one.topConcepts[0]).toBe('anneal');
      });

      it('by the two where a fifth of its papers are about both', () => {
        expect(setUp(10, { anneal: ['c0', 'c1', 'c2', 'c3'], crystal: ['c2', 'c3', 'c4', 'c5'] })[0]!.label).toBe('Annealing · Crystals');
      });

      it('gives a one-concept name another cluster has too a second concept that meets it there (bundled: "Reinforcement learning (2)")', () => {
        const labels: Record<string, string> = { rl: 'Reinforcement learning', mbrl: 'Model-based reinforcement learning', orl: 'Offline reinforcement learning', dm: 'Decision-making', wm: 'World models', galaxy: 'Galaxies' };
        const tags: Record<string, string[]> = { rl: ['a0', 'a1', 'a2', 'a3', 'a4', 'b0', 'b1', 'b2', 'b3', 'b4'], mbrl: ['a0', 'a1'], dm: ['a2', 'a3'], orl: ['b0', 'b1'], wm: ['b2', 'b3'], galaxy: ['e0', 'e1', 'e2', 'e3', 'e4'] };
        const byPaper: ConceptIndex['byPaper'] = Object.fromEntries(tags.galaxy!.concat(tags.rl!).map((p) => [p, [] as { id: string; score: number }[]]));
        for (const [id, papers] of Object.entries(tags)) for (const p of papers) byPaper[p]!.push({ id, score: 1 });
        const index: ConceptIndex = { concepts: Object.entries(labels).map(([id, label]) => concept(id, label)), byPaper };
        const clusterOf = new Map<string, number>(Object.keys(byPaper).map((p): [string, number] => [p, p[0] === 'a' ? 0 : p[0] === 'b' ? 1 : 2]));
        const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f'], [2, '#2fd070']]), index, new Map(), 5, () => [], emptyBackground);
        // Neither cluster's two specific concepts meet (no paper on both): each is named by what all its papers are about.
        expect(named.map((c) => c.label).sort()).toEqual(['Galaxies', 'Reinforcement learning', 'Reinforcement learning · World models']);
        // A re-run, given what previousClusters passes on (a one-concept name's concept alone), names them alike:
        // "Reinforcement learning" became "Reinforcement learning · Decision-making" on the bundled corpus's next run.
        const previous = new Map(named.map((c) => [c.id, c.label.includes(' · ') ? c.topConcepts : c.topConcepts.slice(0, 1)]));
        const again = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f'], [2, '#2fd070']]), index, previous, 5, () => [], emptyBackground);
        expect(again.map((c) => c.label)).toEqual(named.map((c) => c.label));
      });

      it('lists a second concept for a mixed cluster whose widest topic is on all its papers and the whole collection, and keeps its label on a re-run', () => {
        // Reinforcement learning is on every paper: no more common here than anywhere, it sets neither cluster apart.
        const labels: Record<string, string> = { rl: 'Reinforcement learning', sft: 'Supervised fine-tuning', grpo: 'GRPO', sp: 'Self-play', mcts: 'Tree search' };
        const a = Array.from({ length: 10 }, (_, k) => `a${k}`);
        const b = Array.from({ length: 10 }, (_, k) => `b${k}`);
        const tags: Record<string, string[]> = { rl: [...a, ...b], sft: ['a0', 'a1', 'a2'], grpo: ['a3', 'a4'], sp: ['b0', 'b1', 'b2'], mcts: ['b3', 'b4'] };
        const byPaper: ConceptIndex['byPaper'] = Object.fromEntries([...a, ...b].map((p) => [p, [] as { id: string; score: number }[]]));
        for (const [id, papers] of Object.entries(tags)) for (const p of papers) byPaper[p]!.push({ id, score: 1 });
        const index: ConceptIndex = { concepts: Object.entries(labels).map(([id, label]) => concept(id, label)), byPaper };
        const clusterOf = new Map<string, number>([...a.map((p): [string, number] => [p, 0]), ...b.map((p): [string, number] => [p, 1])]);
        const colours = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
        const named = describeClusters(clusterOf, undefined, colours, index, new Map(), 5, () => [], emptyBackground);
        expect(named.map((c) => c.label)).toEqual(['Mixed: Reinforcement learning, Supervised fine-tuning, …', 'Mixed: Self-play, Reinforcement learning, …']);
        // The next run, with the concepts each listed first as its previous ones, names them alike.
        const again = describeClusters(clusterOf, undefined, colours, index, new Map(named.map((c) => [c.id, c.topConcepts])), 5, () => [], emptyBackground);
        expect(again.map((c) => c.label)).toEqual(named.map((c) => c.label));
      });

      it('pairTogether: some papers of the cluster on both, and a fifth of those on the rarer one or more than chance in the collection', () => {
        expect(pairTogether(0, 5, 0, 9, 5, 500)).toBe(false);
        // One paper on both of the 8 on the rarer, the two on 20 and 14 of 500 papers: 3 together against 0.56 by chance (p 0.02).
        expect(pairTogether(1, 8, 3, 20, 14, 500)).toBe(true);
        // "E-mail · Students": one paper of the 8 on e-mail on both, the only one of 500, where 8 × 28 / 500 = 0.45 are expected (p 0.36).
        expect(pairTogether(1, 8, 1, 8, 28, 500)).toBe(false);
        // Both self-play papers of a cluster about reinforcement learning are about it: the two meet, whatever chance says.
        expect(pairTogether(2, 2, 2, 38, 2, 40)).toBe(true);
        expect(poissonAtLeast(1, 0.45)).toBeCloseTo(1 - Math.exp(-0.45), 12);
        expect(poissonAtLeast(0, 3)).toBe(1);
        // One of 30, and no more often together than chance (two concepts on most papers of the collection).
        expect(pairTogether(1, 30, 1, 30, 30, 40)).toBe(false);
        // A fifth of them on both, as two topics on most of its papers are, whatever chance predicts.
        expect(pairTogether(8, 35, 30, 35, 35, 40)).toBe(true);
      });
    });

    it('leads each mixed cluster with a concept no other name leads with (review 43: two "Mixed: Control system, …")', () => {
      const concepts = [concept('mc', 'Monte Carlo'), concept('co2', 'Carbon dioxide'), concept('crystal', 'Crystals'), concept('galaxy', 'Galaxies')];
      const other = Array.from({ length: 10 }, (_, k) => `d${k}`);
      const byPaper: ConceptIndex['byPaper'] = Object.fromEntries([...cluster(12), ...other, ...elsewhere].map((p) => [p, [] as { id: string; score: number }[]]));
      const tags = { mc: ['c0', 'c1', 'c2', 'd0', 'd1', 'd2'], co2: ['c3', 'c4'], crystal: ['d3', 'd4'], galaxy: elsewhere };
      for (const [id, papers] of Object.entries(tags)) for (const p of papers) byPaper[p]!.push({ id, score: 1 });
      const clusterOf = new Map<string, number>([...cluster(12).map((p): [string, number] => [p, 0]), ...other.map((p): [string, number] => [p, 2]), ...elsewhere.map((p): [string, number] => [p, 1])]);
      const named = describeClusters(clusterOf, undefined, new Map([[0, '#2f6fd0'], [1, '#d0702f'], [2, '#2fd070']]), { concepts, byPaper }, new Map(), 5, () => [], emptyBackground);
      // The bigger keeps its lead; the smaller leads with its next concept, and lists its label's concepts first.
      expect(named.map((c) => c.label)).toEqual(['Mixed: Monte Carlo, Carbon dioxide, …', 'Galaxies', 'Mixed: Crystals, Monte Carlo, …']);
      expect(named[2]!.topConcepts.slice(0, 2)).toEqual(['crystal', 'mc']);
      expect(mixedLead(['a', 'b', 'c'], (x) => x, new Set(['a', 'b']))).toEqual(['c', 'a', 'b']);
      expect(mixedLead(['a', 'b'], (x) => x, new Set(['a', 'b']))).toEqual(['a', 'b']);
    });

    it('keeps the concepts a mixed cluster listed before while they are still about as many of its papers', () => {
      // Crystals and Carbon dioxide are on two papers each; Crystals, on none elsewhere, is the more typical.
      const tags = { mc: ['c0', 'c1', 'c2'], co2: ['c3', 'c4', 'r0'], crystal: ['c5', 'c6'] };
      const concept2 = (id: string, label: string) => ({ id, label, aliases: [], df: 0, papers: [] });
      const byPaper: ConceptIndex['byPaper'] = Object.fromEntries([...cluster(12), ...elsewhere].map((p) => [p, [] as { id: string; score: number }[]]));
      for (const [id, papers] of Object.entries(tags)) for (const p of papers) byPaper[p]!.push({ id, score: 1 });
      const index: ConceptIndex = { concepts: [concept2('mc', 'Monte Carlo'), concept2('co2', 'Carbon dioxide'), concept2('crystal', 'Crystals')], byPaper };
      const clusterOf = new Map<string, number>([...cluster(12).map((p): [string, number] => [p, 0]), ...elsewhere.map((p): [string, number] => [p, 1])]);
      const colours2 = new Map([[0, '#2f6fd0'], [1, '#d0702f']]);
      expect(describeClusters(clusterOf, undefined, colours2, index, new Map(), 5, () => [], emptyBackground)[0]!.label).toBe('Mixed: Monte Carlo, Crystals, …');
      expect(describeClusters(clusterOf, undefined, colours2, index, new Map([[0, ['mc', 'co2']]]), 5, () => [], emptyBackground)[0]!.label).toBe('Mixed: Monte Carlo, Carbon dioxide, …');
      // Not a pair about fewer of its papers (4 of 12) than the one found afresh (5).
      expect(describeClusters(clusterOf, undefined, colours2, index, new Map([[0, ['co2', 'crystal']]]), 5, () => [], emptyBackground)[0]!.label).toBe('Mixed: Monte Carlo, Crystals, …');
    });
  });

  it('names a cluster whose papers share no concept by the words they share, and no other', () => {
    const lonely: ConceptIndex = { concepts: index.concepts, byPaper: { p1: [{ id: 'x', score: 1 }], p2: [{ id: 'y', score: 1 }], p3: [], p4: [] } };
    const two = new Map([['p1', 1], ['p2', 1], ['p3', 2], ['p4', 2]]);
    const colours2 = new Map([[1, '#2f6fd0'], [2, '#d0702f']]);
    const asked: string[][] = [];
    const byWords = (papers: readonly string[]) => (asked.push([...papers]), papers.includes('p1') ? ['telecom', 'carriers'] : []);
    const named = describeClusters(two, undefined, colours2, lonely, new Map(), 5, byWords, plainWords);
    // Each word opens with a capital, as each concept of a concept-named cluster does ("Overwrite · return"
    // was review 14 L3), unless it is written as its name is.
    expect(named.map((c) => c.label)).toEqual(['Telecom · Carriers', MIXED_CLUSTER_LABEL]);
    const byNames = () => ['mRNA', 'splicing'];
    expect(describeClusters(two, undefined, colours2, lonely, new Map(), 5, byNames, plainWords)[0]!.label).toBe('mRNA · Splicing');
    expect(named[0]!.topConcepts).toEqual([]);
    // A cluster with a concept two of its papers carry is named by it; the words are not asked for.
    asked.length = 0;
    expect(describeClusters(clusterOf, undefined, colours, index, new Map(), 5, byWords, plainWords)[0]!.label).toBe('X · Y');
    expect(asked).toEqual([]);
  });
});

describe('apartFromNested', () => {
  const labels = new Map([
    ['mri', 'Magnetic resonance imaging'],
    ['fmri', 'Functional magnetic resonance imaging'],
    ['eeg', 'EEG'],
    ['imaging', 'Imaging'],
    ['ct', 'Computed tomography'],
    ['pet', 'Positron emission tomography'],
  ]);
  const ranked = ['mri', 'fmri', 'eeg', 'imaging', 'ct', 'pet'];

  it('moves a concept whose words hold or are held by a higher one after the rest', () => {
    expect(apartFromNested(ranked, labels, 10)).toEqual(['mri', 'eeg', 'ct', 'pet', 'fmri', 'imaging']);
  });

  it('reads words as their stems: a plural is the same word (review 18 H2: "Principal component analysis · Principal components")', () => {
    const pca = new Map([['pca', 'Principal component analysis'], ['pcs', 'Principal components'], ['wavelet', 'Wavelets']]);
    expect(apartFromNested(['pca', 'pcs', 'wavelet'], pca, 2)).toEqual(['pca', 'wavelet']);
  });

  it('gives only the first `limit` of that order, and stops reading once they stand apart', () => {
    // A big cluster ranks thousands of concepts: only the name's few are wanted.
    expect(apartFromNested(ranked, labels, 2)).toEqual(['mri', 'eeg']);
    expect(apartFromNested(ranked, labels, 5)).toEqual(['mri', 'eeg', 'ct', 'pet', 'fmri']);
    expect(apartFromNested(['eeg', 'mri', 'fmri'], labels, 1)).toEqual(['eeg']);
    // Fewer stand apart than asked for: the nested ones fill up, in rank order.
    expect(apartFromNested(['mri', 'fmri', 'imaging'], labels, 2)).toEqual(['mri', 'fmri']);
    expect(apartFromNested(ranked, labels, 0)).toEqual([]);
  });

  it('gives the first `limit` of the whole order, whatever the limit (random rankings)', () => {
    const words = ['a', 'b', 'c', 'd'];
    const random = seededRandom(7);
    for (let run = 0; run < 200; run++) {
      const ids = Array.from({ length: 12 }, (_, k) => `c${k}`);
      const labelOf = new Map(ids.map((id) => [id, words.filter(() => random() < 0.4).join(' ') || id]));
      const whole = apartFromNested(ids, labelOf, ids.length);
      for (let limit = 0; limit <= ids.length; limit++) expect(apartFromNested(ids, labelOf, limit)).toEqual(whole.slice(0, limit));
    }
  });
});
