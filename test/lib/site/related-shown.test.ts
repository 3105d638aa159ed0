import { describe, expect, it } from 'vitest';
import { ALWAYS_SHOWN, gathered, leftOutNote, relatedShown, weakReason, type ClusterFacts } from '../../../src/lib/site/related-shown';

// Papers p0…p9 and the paper 'me' in cluster 0, q0…q9 in cluster 1, r0…r9 in cluster 2; 'loose' in none.
const clusterOf = (id: string) => (id === 'loose' ? undefined : id === 'me' || id.startsWith('p') ? 0 : id.startsWith('q') ? 1 : 2);
const concepts: Record<string, string[]> = {
  // Most of its papers in cluster 1: that cluster's topic.
  topic: ['q1', 'q2', 'q3', 'p1'],
  // Spread over three clusters, none holding more than half: a word used across topics ("Inference").
  spread: ['p1', 'q1', 'r1', 'r2'],
  // Two papers of two clusters alone.
  pair: ['me', 'q4'],
};
const facts: ClusterFacts = { clusterOf, isGathered: (c) => gathered(concepts[c] ?? [], clusterOf) };

describe('gathered (a concept most of whose clustered papers are in one cluster)', () => {
  it('needs more than half of them in one cluster', () => {
    expect(gathered(concepts.topic!, clusterOf)).toBe(true);
    expect(gathered(concepts.spread!, clusterOf)).toBe(false);
    expect(gathered(concepts.pair!, clusterOf)).toBe(false);
    expect(gathered(['q1', 'q2', 'p1', 'r1', 'loose'], clusterOf)).toBe(false);
    // Papers in no cluster are not counted.
    expect(gathered(['q1', 'q2', 'p1', 'loose', 'loose'], clusterOf)).toBe(true);
    expect(gathered([], clusterOf)).toBe(false);
  });
});

describe('weakReason (a card whose named reason says nothing about the pair)', () => {
  it('is a card to another cluster that names only the broad area, or one concept spread over clusters', () => {
    expect(weakReason('me', { id: 'q1', shared: ['reinforcement-learning'], broad: true }, facts)).toBe(true);
    expect(weakReason('me', { id: 'q1', shared: ['spread'] }, facts)).toBe(true);
    expect(weakReason('me', { id: 'q4', shared: ['pair'] }, facts)).toBe(true);
  });

  it('is never one within the paper’s cluster, nor one naming a gathered concept, two concepts, or wording alone', () => {
    expect(weakReason('me', { id: 'p2', shared: ['reinforcement-learning'], broad: true }, facts)).toBe(false);
    expect(weakReason('me', { id: 'p2', shared: ['spread'] }, facts)).toBe(false);
    expect(weakReason('me', { id: 'q1', shared: ['topic'] }, facts)).toBe(false);
    expect(weakReason('me', { id: 'q1', shared: ['spread', 'pair'] }, facts)).toBe(false);
    expect(weakReason('me', { id: 'q1', shared: [] }, facts)).toBe(false);
    // A paper in no cluster says nothing either way.
    expect(weakReason('me', { id: 'loose', shared: ['spread'] }, facts)).toBe(false);
    expect(weakReason('loose', { id: 'q1', shared: ['spread'] }, facts)).toBe(false);
  });
});

describe('relatedShown', () => {
  const weak = (id: string) => ({ id, shared: ['spread'] });
  const strong = (id: string) => ({ id, shared: ['topic'] });

  it('shows the first ALWAYS_SHOWN as ranked, then leaves out the weak cards, keeping the order of the rest', () => {
    const ranked = [weak('q1'), weak('q2'), strong('q3'), weak('q5'), weak('q6'), weak('q7'), strong('q8'), { id: 'p3', shared: ['spread'] }, weak('r3')];
    const { shown, leftOut } = relatedShown('me', ranked, facts);
    expect(ALWAYS_SHOWN).toBe(5);
    expect(shown.map((r) => r.id)).toEqual(['q1', 'q2', 'q3', 'q5', 'q6', 'q8', 'p3']);
    expect(leftOut).toBe(2);
  });

  it('leaves a list of strong cards, or one no longer than ALWAYS_SHOWN, whole', () => {
    const strongOnes = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map(strong);
    expect(relatedShown('me', strongOnes, facts)).toEqual({ shown: strongOnes, leftOut: 0 });
    const short = ['q1', 'q2', 'q3', 'q4', 'q5'].map(weak);
    expect(relatedShown('me', short, facts)).toEqual({ shown: short, leftOut: 0 });
  });
});

describe('leftOutNote', () => {
  it('says how many were left out and why, and nothing when none were', () => {
    expect(leftOutNote(0)).toBeUndefined();
    expect(leftOutNote(1)).toBe('One more paper ranked close to this one is not listed: it is in another cluster and shares with this one only the collection’s broad area, or one concept that papers of several clusters use.');
    expect(leftOutNote(3)).toMatch(/^3 more papers ranked close to this one are not listed: each is in another cluster/);
  });
});
