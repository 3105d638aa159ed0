import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { analyse, DEFAULT_PARAMS, stem } from '../../../src/lib/concepts/rank';

const doc = {
  id: 'x',
  title: 'Ship trajectory planning with differential games',
  abstract:
    'We model collision avoidance as a differential game between ships. A multi-step matrix game (MSMG) ' +
    'approximates the manoeuvring process, and the proposed method is tested in simulation.',
};

describe('analyse', () => {
  it('ranks topic phrases above generic ones and never yields function-word phrases', () => {
    const ranked = analyse(doc, background()).ranked.map((r) => r.candidate.key);
    expect(ranked.indexOf('ship trajectory planning')).toBeLessThan(ranked.indexOf('simulation'));
    expect(ranked).not.toContain('method');
    expect(ranked).not.toContain('proposed method');
    for (const k of ranked) expect(k).not.toMatch(/^(the|a|we|and|of) |( the| of| and)$/);
  });

  it('gives a phrase the text abbreviates extra weight', () => {
    const score = (bonus: number) =>
      analyse(doc, background(), { ...DEFAULT_PARAMS, abbreviationBonus: bonus }).ranked.find(
        (r) => r.candidate.key === 'multi step matrix game',
      )!.score;
    expect(score(1)).toBeCloseTo(score(0) * 2, 10);
  });

  it('ranks a defined abbreviation below its long form, by the short-form factor', () => {
    const score = (factor: number) =>
      analyse(doc, background(), { ...DEFAULT_PARAMS, shortFormFactor: factor }).ranked.find((r) => r.candidate.key === 'MSMG')!.score;
    expect(score(0.5)).toBeCloseTo(score(1) * 0.5, 10);
    const ranked = analyse(doc, background()).ranked.map((r) => r.candidate.key);
    expect(ranked.indexOf('multi step matrix game')).toBeLessThan(ranked.indexOf('MSMG'));
  });

  it('weighs an adjective modifier by the adjective weight, the head in full', () => {
    const d = { id: 'g', title: '', abstract: 'We study the explosive growth of stochastic automata.' };
    const at = (w: number) => analyse(d, background(), { ...DEFAULT_PARAMS, adjectiveWeight: w }).ranked.find((r) => r.candidate.key === 'explosive growth')!.score;
    const bg = background();
    const [adj, noun] = [bg.specificity(stem('explosive')), bg.specificity(stem('growth'))];
    expect(at(0.5) / at(1)).toBeCloseTo((0.5 * adj + noun) / (adj + noun), 10);
  });

  it('is deterministic and scores are non-increasing', () => {
    const a = analyse(doc, background());
    const b = analyse(doc, background());
    expect(a.ranked.map((r) => [r.candidate.key, r.score])).toEqual(b.ranked.map((r) => [r.candidate.key, r.score]));
    for (let i = 1; i < a.ranked.length; i++) expect(a.ranked[i - 1]!.score).toBeGreaterThanOrEqual(a.ranked[i]!.score);
  });
});

describe('defined terms', () => {
  it('ranks a term the text abbreviates even when it holds function words', () => {
    const d = {
      id: 'q',
      title: '',
      abstract: 'We guarantee quality of service (QoS) in wireless networks. Quality of service degrades under load.',
    };
    const ranked = analyse(d, background()).ranked;
    const qos = ranked.find((r) => r.candidate.key === 'quality of service');
    expect(qos?.candidate.occurrences.length).toBe(2);
    expect(ranked.indexOf(qos!)).toBeLessThan(3);
  });
});

describe('specificity against everyday English', () => {
  it('orders everyday words below technical ones', () => {
    const bg = background();
    const spec = (w: string) => bg.specificity(stem(w));
    expect(spec('the')).toBeLessThan(spec('growth'));
    expect(spec('growth')).toBeLessThan(spec('stochastic'));
    // Inflections share a stem, so they share a count.
    expect(spec('simulations')).toBe(spec('simulation'));
  });

  it('multiplies a word score by the word specificity to the given power', () => {
    const score = (pow: number) =>
      analyse(doc, background(), { ...DEFAULT_PARAMS, specificityPow: pow }).ranked.find((r) => r.candidate.key === 'simulation')!.score;
    expect(score(1) / score(0)).toBeCloseTo(background().specificity(stem('simulation')), 10);
  });
});
