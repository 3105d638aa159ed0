import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('findCandidates', () => {
  it('never makes a phrase of cited authors, figure or equation references, or units', () => {
    const k = keys(
      'As shown in Fig. 3 and Eq. (9), Cherry et al. [7] measured 1.5 eV barriers in TiO2 nanoparticles ' +
        'at 20 nm depth (see Table 2). Hallquist et al. describe the contact surface scheme.',
    );
    expect(k.some((x) => x.startsWith('tio2 nanoparticle'))).toBe(true);
    expect(k).toContain('barrier');
    expect(k).toContain('contact surface scheme');
    for (const bad of ['cherry', 'cherry et al', 'hallquist', 'fig', 'eq', 'table', 'ev', 'nm']) expect(k).not.toContain(bad);
    for (const key of k) expect(key).not.toMatch(/\b(et|al)\b/);
  });

  it('reads a verb in the third person as a verb, not as part of a compound', () => {
    const k = keys('Triton simplifies GPU programming. The experimental data requires calculations.');
    expect(k).toContain('gpu programming');
    expect(k.some((x) => x.includes('simplif'))).toBe(false);
    expect(k.some((x) => x.includes('require'))).toBe(false);
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
