import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('findCandidates', () => {
  it('keeps the numeral of "type 2 diabetes" in the phrase, as a Roman one is, and no other number', () => {
    const k = keys('Patients with type 2 diabetes and type III secretion systems were treated in stage 2 of 12 trials with 40 patients.');
    expect(k).toContain('type 2 diabetes');
    expect(k).toContain('type III secretion system');
    expect(k).not.toContain('2 diabetes');
    for (const key of k) expect(key).not.toMatch(/\b(12|40)\b|stage 2/);
  });

  it('makes no concept of an ordinal or a fraction word alone ("a tenth of the time", review 8), but keeps one inside a name', () => {
    const k = keys(
      'The genetic algorithm finds the schedule in a tenth of the time. A third of the jobs and half of the machines idle for a quarter; ' +
        'one hundredth of the cost, two thirds of the runs, the twentieth iteration and a first order phase transition.',
    );
    for (const lone of ['tenth', 'third', 'half', 'quarter', 'hundredth', 'thirds']) expect(k).not.toContain(lone);
    for (const kept of ['genetic algorithm', 'twentieth iteration', 'first order phase transition']) expect(k).toContain(kept);
  });

  it('never makes a phrase of cited authors, figure or equation references, or units', () => {
    const k = keys(
      'As shown in Fig. 3 and Eq. (9), Cherry et al. [7] measured 1.5 eV barriers in TiO2 nanoparticles ' +
        'at 20 nm depth (see Table 2). Hallquist et al. describe the contact surface scheme.',
    );
    expect(k.some((x) => x.startsWith('TiO2 nanoparticle'))).toBe(true);
    expect(k).toContain('barrier');
    expect(k).toContain('contact surface scheme');
    for (const bad of ['cherry', 'cherry et al', 'hallquist', 'fig', 'eq', 'table', 'ev', 'nm']) expect(k).not.toContain(bad);
    for (const key of k) expect(key).not.toMatch(/\b(et|al)\b/);
  });

  it('never makes a concept of authors cited by a reference number, a year or an author list', () => {
    // Sentences shaped like the SemEval-2017 abstracts' citations (Ernst and Newman [11,12,37], Zhao and
    // Liu (2010), (Bodrog, Heindl, Horváth, & Telek, 2008), Hachisuka et al. (2008) … As Hachisuka points out).
    const k = keys(
      'Ernst and Newman [11,12,37] studied pit stability in stainless steel. This work updates the review of ' +
        'Zhao and Liu (2010) on seismic arrays, following Chen and Li (2019). The sparse coding method of Smith [12] ' +
        'fits Markovian arrival processes (Bodrog, Heindl, Horváth, & Telek, 2008; Venables and Ripley, 2002), as ' +
        'van Hest and Opsteen [31] and Hachisuka et al. (2008) showed. As Hachisuka says, Chris Hachisuka agrees.',
    );
    for (const name of ['ernst', 'newman', 'zhao', 'liu', 'chen', 'li', 'smith', 'bodrog', 'heindl', 'telek', 'venables', 'ripley', 'hest', 'opsteen', 'hachisuka']) {
      expect(k.some((x) => x.split(' ').includes(name))).toBe(false);
    }
    expect(k).toContain('pit stability');
    expect(k).toContain('seismic array');
    expect(k).toContain('sparse coding method');
    expect(k).toContain('markovian arrival process');
  });

  it('keeps methods and formulas cited by a reference number', () => {
    const k = keys('We compare the FEM [3], the Kalman filter [4] and Ni–Fe [35] thin films.');
    expect(k).toContain('FEM');
    expect(k).toContain('kalman filter');
    expect(k.some((x) => x.startsWith('ni fe'))).toBe(true);
  });

  it('keeps a family name with its lowercase particles whole, even in a title-case title', () => {
    const k = keys('On the 2D Graph Isomorphism of van der Waals Crystals');
    expect(k).toContain('van der waals crystals');
    expect(k).not.toContain('van der');
  });

  it('reads a verb in the third person as a verb, not as part of a compound', () => {
    const k = keys('Triton simplifies GPU programming. The experimental data requires calculations.');
    expect(k).toContain('GPU programming');
    expect(k.some((x) => x.includes('simplif'))).toBe(false);
    expect(k.some((x) => x.includes('require'))).toBe(false);
  });

  it('keeps a weak modifier that opens an established term only with keepTermModifiers', () => {
    const text = 'We apply natural language processing to the new corpus.';
    const on = [...findCandidates(tokenize(text), { ...DEFAULT_CANDIDATE_OPTIONS, keepTermModifiers: true }).keys()];
    const off = [...findCandidates(tokenize(text), { ...DEFAULT_CANDIDATE_OPTIONS, keepTermModifiers: false }).keys()];
    expect(on).toContain('natural language processing');
    expect(off).toContain('language processing');
    expect(off).not.toContain('natural language processing');
    // "new" is no term modifier either way.
    expect(on).toContain('corpus');
  });

  it('drops evaluative modifiers that annotators leave out (improved, realistic, original)', () => {
    const k = keys('An improved tracking filter handles realistic traffic scenarios better than the original Kalman filter.');
    expect(k).toContain('tracking filter');
    expect(k).toContain('traffic scenario');
    expect(k).toContain('kalman filter');
    for (const key of k) expect(key).not.toMatch(/improved|realistic|original/);
  });

  it('splits a closing name from the common noun it stands in apposition to', () => {
    const k = keys('We ported the firmware system SARGON to the operating system Linux on a quantum Zeno effect test bench.');
    expect(k).toContain('firmware system');
    expect(k).toContain('SARGON');
    expect(k).toContain('operating system');
    expect(k).toContain('linux');
    // A name inside a compound stays in it.
    expect(k.some((x) => x.startsWith('quantum zeno effect'))).toBe(true);
  });

  it('drops naming participles from the front of a phrase', () => {
    expect(keys('The ghost mesh has termed phony elements.')).toContain('phony element');
  });
});

describe('sentence structure', () => {
  it('keeps a full stop glued to an odd last word from joining two sentences', () => {
    const k = keys('Pure fuel tends to oxidize to UO2+x. UO2+x reacts with the coating layer.');
    for (const key of k) expect(key).not.toMatch(/\./);
    expect(k).toContain('coating layer');
  });

  it('ends a sentence at a one-letter symbol with a full stop', () => {
    const k = keys('We find the tangential equation of C. Methods include polar reciprocation. The point x. Starting values differ.');
    for (const key of k) expect(key).not.toMatch(/^(c|x) (method|starting)|\./);
    expect(k).toContain('polar reciprocation');
  });

  it('reads a bare noun between a plural subject and a determiner as its verb', () => {
    const k = keys('Our simulations support the possibility of tunnelling. Measured spectra show that damping is weak.');
    expect(k).toContain('simulation');
    expect(k.some((x) => x.endsWith('spectra'))).toBe(true);
    for (const key of k) expect(key).not.toMatch(/support|show/);
  });

  it('reads a verb after an adverb, a subject pronoun or an auxiliary as a verb', () => {
    const k = keys(
      'We present a method for analytically simulating tool wear. We calculated correction factors. ' +
        'Vibrations have included stick-slip friction. Learning has enabled training agents on new tasks.',
    );
    expect(k).toContain('tool wear');
    expect(k).toContain('correction factor');
    expect(k).toContain('stick slip friction');
    expect(k).toContain('agent');
    for (const key of k) expect(key).not.toMatch(/simulating|calculated|included|enabled|training/);
  });

  it('keeps a participle that modifies a noun', () => {
    expect(keys('The modified backprojection algorithm converges.')).toContain('modified backprojection algorithm');
    expect(keys('We study simulated annealing.')).toContain('simulated annealing');
  });

  it('keeps TeX sub- and superscripts and units before a full stop out of phrases', () => {
    const k = keys('The alloy was annealed for 2 h. Fe3O4 nanoparticles formed. Energy E_k scales as k^{-5/3} in the inertial range, with x^2 terms.');
    expect(k.some((x) => x.startsWith('Fe3O4 nanoparticle'))).toBe(true);
    expect(k).toContain('inertial range');
    for (const key of k) expect(key).not.toMatch(/^h |\bk scale|x term/);
  });

  it('reads prepositional participles and -ing verbs after conjunctions as verbs', () => {
    const k = keys('We study information concerning storms, including Kelvin waves, while improving simulation efficiency.');
    expect(k).toContain('kelvin wave');
    expect(k).toContain('simulation efficiency');
    for (const key of k) expect(key).not.toMatch(/concerning|including|improving/);
  });
});

describe('clause verbs inside noun runs', () => {
  it('breaks at a past participle after a noun and at an -ing verb after a plural', () => {
    const k = keys('Nuclear theory devoted major efforts to it. Smooth potentials justifying semiclassical approximations were used. Shell effects cannot be seen.');
    expect(k).toContain('nuclear theory');
    expect(k).toContain('smooth potential');
    expect(k).toContain('semiclassical approximation');
    for (const key of k) expect(key).not.toMatch(/devoted|justifying|cannot/);
  });

  it('keeps compound participles and never makes a phrase that starts with one', () => {
    const k = keys('Computer aided design of laser induced damage.');
    expect(k).toContain('computer aided design');
    expect(k).not.toContain('aided design');
  });
});

describe('modifiers that do not name', () => {
  it('never ends a phrase on an adjectival compound or a glued measurement', () => {
    const k = keys('An in-depth study of long-term corrosion used 3mm diameter discs for 5min. In spite of this, top-down design works.');
    expect(k).toContain('long term corrosion');
    expect(k.some((x) => /^diameter dis[ck]$/.test(x))).toBe(true);
    for (const bad of ['in depth', 'long term', 'top down', '3mm', '5min', 'spite']) expect(k).not.toContain(bad);
    for (const key of k) expect(key).not.toMatch(/3mm|5min/);
  });
});

describe('inline mathematics and infinitives', () => {
  it('keeps formulas, indexed variables and verbs after "to" out of phrases, chemical formulas in', () => {
    const k = keys('In order to parameterize active mechanisms, p1 and p2 with φ≃π/2 adiabaticity (Sec. 3) and a1+a2T2+a3T3 fit H2 storage.');
    expect(k).toContain('active mechanism');
    expect(k).toContain('adiabaticity');
    expect(k).toContain('h2 storage');
    for (const key of k) expect(key).not.toMatch(/parameteri|p1|p2|φ|a1|^sec$/);
  });
});

describe('ordinals', () => {
  it('keeps an ordinal that modifies a noun modifier, drops one that modifies the head', () => {
    const k = keys('A first order phase transition appears. The first step is easy.');
    expect(k).toContain('first order phase transition');
    expect(k).not.toContain('order phase transition');
    expect(k).not.toContain('first step');
  });
});

describe('compounds on their own', () => {
  it('are no phrase when they only modify', () => {
    const k = keys('The approach is data-driven. It is general-purpose and domain-agnostic, works cross-domain, and uses self-play and co-simulation.');
    for (const bad of ['data driven', 'domain agnostic', 'cross domain']) expect(k).not.toContain(bad);
    expect(k).toContain('self play');
    expect(k).toContain('co simulation');
  });
});

describe('nested phrases', () => {
  const all = (text: string) => findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS);

  it('takes no modifier out of a title-case compound as a phrase of its own', () => {
    const c = all('Cross-Domain Policy Adaptation for Multi-Agent Reinforcement Learning with Few-shot Task Generalization');
    for (const bad of ['cross domain', 'multi agent', 'few shot']) expect(c.has(bad)).toBe(false);
    expect(c.has('policy adaptation')).toBe(true);
  });

  it('keeps a title-case noun compound that names something', () => {
    const c = all('We compare Q-Learning and Actor-Critic methods.');
    expect(c.get('actor critic')?.nested.length).toBe(1);
  });

  it('reads adjective endings in lowercase compounds', () => {
    const c = all('It encourages modular, domain-invariant planning and time-dependent dynamics.');
    expect(c.has('domain invariant')).toBe(false);
    expect(c.has('time dependent')).toBe(false);
    expect(c.has('domain invariant planning')).toBe(true);
  });

  it('never opens an inner phrase on the gerund of a compound', () => {
    const c = all('This bridges the simulator to reinforcement learning research.');
    expect(c.has('reinforcement learning research')).toBe(true);
    expect(c.has('learning research')).toBe(false);
    expect(c.has('research')).toBe(false);
  });
});

describe('words that are not phrase words', () => {
  const all = (text: string) => findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS);

  it('reads participles that work as prepositions and -izes/-ifies verbs as phrase breaks', () => {
    const c = all('We release the WeThink dataset containing over 120K pairs. Self-Play on Zero-Sum Games Incentivizes Reasoning.');
    expect(c.has('wethink dataset')).toBe(true);
    expect([...c.keys()].some((k) => /containing|incentiviz/.test(k))).toBe(false);
    expect([...c.keys()].some((k) => k.startsWith('zero sum game'))).toBe(true);
    expect(c.has('reasoning')).toBe(true);
  });

  it('drops LaTeX command names that lost their backslash', () => {
    const c = all('Cross-lingual transfer (accuracy: 0.621 rightarrow 0.661) improves.');
    expect([...c.keys()].some((k) => k.includes('rightarrow'))).toBe(false);
  });

  it('keeps measure compounds ("expert-level") and the idiom "state of the art" out of phrases', () => {
    const c = all('It reaches expert-level performance. State of the art reinforcement learning has enabled agents.');
    expect(c.has('expert level')).toBe(false);
    expect(c.has('expert level performance')).toBe(true);
    expect(c.has('reinforcement learning')).toBe(true);
    expect(c.has('art reinforcement learning')).toBe(false);
  });
});

describe('tagger repairs', () => {
  it('reads a "verb" right after an adjective as the noun it modifies', () => {
    const k = keys('We study probabilistic algorithms that decide, Bezier curves in polar coordinates, and hashing with linear probing for tables.');
    expect(k).toContain('probabilistic algorithm');
    expect(k).toContain('polar coordinate');
    expect(k).toContain('linear probing');
  });
});
