import { describe, expect, it } from 'vitest';
import { movedUrls, type ConceptPage, type MovedUrl, type PagesOfRun } from '../../../src/lib/content/moved-urls';

const concept = (id: string, label: string, papers: string[], aliases: string[] = []): ConceptPage => ({ id, label, aliases, papers });
const run = (papers: string[], concepts: ConceptPage[] = []): PagesOfRun => ({ papers, concepts });
const moves = (entries: Array<[string, string]> = []) => new Map(entries);

describe('movedUrls', () => {
  it('leads a paper page to the slug its record has now, and nothing else', () => {
    const previous = run(['old-title', 'kept', 'gone']);
    const next = run(['new-title', 'kept']);
    expect(movedUrls({ previous, next, paperMoves: moves([['old-title', 'new-title']]), earlier: [] })).toEqual([{ from: 'papers/old-title/', to: 'papers/new-title/' }]);
  });

  it('never redirects a live page, nor to a missing one', () => {
    const previous = run(['a', 'b']);
    const next = run(['a', 'c']);
    // A move onto a page that does not exist, and one from a path that is a page again.
    const out = movedUrls({ previous, next, paperMoves: moves([['b', 'missing'], ['a', 'c']]), earlier: [] });
    expect(out).toEqual([]);
  });

  it('leads a renamed concept to the one concept that has its label or an alias now', () => {
    const previous = run(['p1', 'p2'], [concept('rl-agents', 'RL agents', ['p1', 'p2'])]);
    const next = run(['p1', 'p2'], [concept('reinforcement-learning-agent', 'Reinforcement learning agents', ['p1'], ['RL agents']), concept('other', 'Other', ['p1', 'p2'])]);
    expect(movedUrls({ previous, next, paperMoves: moves(), earlier: [] })).toEqual([{ from: 'concepts/rl-agents/', to: 'concepts/reinforcement-learning-agent/' }]);
  });

  it('matches names as written in any case and spacing, aliases of the old concept included', () => {
    const previous = run([], [concept('old', 'Old name', [], ['Graph Neural Networks'])]);
    const next = run([], [concept('gnn', 'GNNs', [], ['graph-neural networks'])]);
    expect(movedUrls({ previous, next, paperMoves: moves(), earlier: [] })).toEqual([{ from: 'concepts/old/', to: 'concepts/gnn/' }]);
  });

  it('makes no redirect when a name is shared by several new concepts', () => {
    const previous = run([], [concept('nn', 'NN', ['p1'])]);
    const next = run([], [concept('neural-network', 'Neural networks', ['p1'], ['NN']), concept('nearest-neighbour', 'Nearest neighbour', ['p1'], ['NN'])]);
    expect(movedUrls({ previous, next, paperMoves: moves(), earlier: [] })).toEqual([]);
  });

  it('without a shared name, leads to the concept whose papers are mostly the same (moved papers at their new slug)', () => {
    const previous = run(['p1', 'p2', 'p3', 'old-p4'], [concept('reward-model', 'Reward model', ['p1', 'p2', 'p3', 'old-p4'])]);
    const next = run(['p1', 'p2', 'p3', 'p4', 'p5'], [
      concept('reward-signal', 'Reward signals', ['p1', 'p2', 'p3', 'p4']),
      // Holds every one of them, but is mostly about other papers: a broader concept, no redirect target.
      concept('reinforcement-learning', 'Reinforcement learning', ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']),
    ]);
    expect(movedUrls({ previous, next, paperMoves: moves([['old-p4', 'p4']]), earlier: [] })).toEqual([
      { from: 'concepts/reward-model/', to: 'concepts/reward-signal/' },
      { from: 'papers/old-p4/', to: 'papers/p4/' },
    ]);
  });

  it('makes no redirect for a concept whose papers are not mostly one concept’s, or are two concepts’ equally', () => {
    const previous = run([], [concept('old', 'Old', ['p1', 'p2', 'p3', 'p4'])]);
    const weak = run([], [concept('a', 'A', ['p1', 'p9', 'p8'])]);
    expect(movedUrls({ previous, next: weak, paperMoves: moves(), earlier: [] })).toEqual([]);
    const tied = run([], [concept('a', 'A', ['p1', 'p2', 'p3']), concept('b', 'B', ['p2', 'p3', 'p4'])]);
    expect(movedUrls({ previous, next: tied, paperMoves: moves(), earlier: [] })).toEqual([]);
  });

  it('keeps earlier redirects whose target is live, collapses chains, and drops the rest', () => {
    const earlier: MovedUrl[] = [
      { from: 'papers/a/', to: 'papers/b/' }, // b moves on to c this run: a leads to c
      { from: 'papers/x/', to: 'papers/y/' }, // y is still a page
      { from: 'papers/gone-target/', to: 'papers/dead/' }, // dead is gone with no move
      { from: 'papers/back/', to: 'papers/y/' }, // back is a page again
      { from: 'concepts/k/', to: 'concepts/l/' },
    ];
    const previous = run(['b', 'y', 'dead'], [concept('l', 'L', [])]);
    const next = run(['c', 'y', 'back'], [concept('l', 'L', [])]);
    expect(movedUrls({ previous, next, paperMoves: moves([['b', 'c']]), earlier })).toEqual([
      { from: 'concepts/k/', to: 'concepts/l/' },
      { from: 'papers/a/', to: 'papers/c/' },
      { from: 'papers/b/', to: 'papers/c/' },
      { from: 'papers/x/', to: 'papers/y/' },
    ]);
  });

  it('a first run has nothing to redirect', () => {
    expect(movedUrls({ previous: undefined, next: run(['a'], [concept('c', 'C', ['a'])]), paperMoves: moves(), earlier: [] })).toEqual([]);
  });
});
