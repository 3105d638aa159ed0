import { describe, expect, it } from 'vitest';
import type { GraphFile, PaperFrontmatter } from '../../../src/lib/content/schema';
import { explorerLinks, type ExplorerLinks } from '../../../src/lib/export/explorer-links';
import { linkWhy, whyText } from '../../../src/lib/site/link-why';
import { paperPageView, relatedWhy, type RelatedView, type WhyPart } from '../../../src/lib/site/paper-page';
import { linkReason } from '../../../src/client/graph/link-reasons';
import { graph as fixtureGraph } from '../export/fixture';
import { atlas, concept, paper } from '../../support/paper-view-data';

/** A related card's why line as the reader reads it (RelatedList.astro: a concept by its label, else its id). */
const cardText = (parts: WhyPart[]) => whyText(parts, (c) => c.label ?? c.id);

describe('linkWhy (the one wording of why two papers are linked)', () => {
  const text = (shared: string[], mentioned: string[], more = 0, words: string[] = []) => whyText(linkWhy({ shared, mentioned, more, words }), (c) => c);

  it('names the concepts both papers show, then those one only mentions, and counts the rest', () => {
    expect(text(['A'], [])).toBe('Shares A');
    expect(text(['A', 'B', 'C'], [])).toBe('Shares A, B and C');
    expect(text(['A', 'B'], [], 2)).toBe('Shares A, B and 2 more');
    expect(text(['A'], ['B', 'C'], 1)).toBe('Shares A; both mention B, C and 1 more');
    expect(text([], ['B'])).toBe('Both mention B');
  });

  it('says "Similar wording" for a link that names no concept, with the words where it has them', () => {
    expect(text([], [], 0, ['tramway'])).toBe('Similar wording: tramway');
    expect(text([], [], 0, ['tramway', 'wear', 'traffic'])).toBe('Similar wording: tramway, wear and traffic');
    expect(text([], [], 3)).toBe('Similar wording');
  });

  it('names a link resting on broad concepts only by its area, and the words that outweigh its concepts after them', () => {
    const broad = (shared: string[], mentioned: string[], more = 0, words: string[] = []) =>
      whyText(linkWhy({ shared, mentioned, more, words, broad: true }), (c) => c);
    expect(broad(['A'], ['B'])).toBe('Same broad area: A and B');
    expect(broad(['A'], [], 2, ['tramway'])).toBe('Same broad area: A and 2 more; similar wording: tramway');
    expect(text([], ['Quark'], 0, ['charmonium', 'production', 'suppression'])).toBe('Both mention Quark; similar wording: charmonium, production and suppression');
  });

  it('keeps each concept as given, for the paper pages to link', () => {
    expect(linkWhy({ shared: [{ id: 'a' }], mentioned: [], more: 0, words: [] })).toEqual([{ text: 'Shares ' }, { concept: { id: 'a' } }]);
  });
});

// The paper pages' related cards and the graph explorer's selection panel word a link from different data
// (a page's view; graph/links.json): the same link must read the same in both.
describe('a link worded on the paper page and in the graph explorer’s panel', () => {
  it('reads the same in both, made from the same papers', () => {
    const labels: Record<string, string> = { x: 'Graph neural networks', y: 'Beam', z: 'Cycle', m: 'Heuristics', n: 'Scheduling' };
    const concepts = Object.entries(labels).map(([id, label]) => concept(id, label, ['a']));
    const a = paper('a', 'Beam pumping units', {
      concepts: ['x', 'y', 'z', 'm'],
      related: [
        { id: 'b', score: 0.5, shared: ['x', 'y'] },
        { id: 'c', score: 0.4, shared: ['m', 'x'] },
        { id: 'd', score: 0.3, shared: ['n'] },
        { id: 'e', score: 0.3, shared: ['x', 'y', 'z'] },
        { id: 'f', score: 0.2, shared: ['n', 'x', 'm'] },
        { id: 'g', score: 0.1, shared: [], words: ['tramway', 'wear', 'traffic'] },
        { id: 'h', score: 0.1, shared: [] },
      ],
    });
    const others: PaperFrontmatter[] = [
      paper('b', 'B', { concepts: ['x', 'y'] }),
      paper('c', 'C', { concepts: ['x'] }),
      paper('d', 'D', { concepts: ['n'] }),
      paper('e', 'E', { concepts: ['x', 'y', 'z'] }),
      paper('f', 'F', { concepts: ['x', 'n'] }),
      paper('g', 'G', { concepts: [] }),
      paper('h', 'H', { concepts: [] }),
    ];
    const papers = [a, ...others];
    const page = paperPageView(atlas(papers, concepts), a, '/');
    const node = fixtureGraph.papers.nodes[0]!;
    const graph: GraphFile = {
      ...fixtureGraph,
      papers: {
        nodes: papers.map((p) => ({ ...node, id: p.id })),
        edges: a.related.map((r) => ({ source: 'a', target: r.id, weight: r.score, kind: 'related' as const })),
      },
    };
    const links = explorerLinks(graph, papers, (id) => labels[id], () => undefined);
    const card = (id: string) => cardText(relatedWhy(page.related.find((r) => r.id === id)!));
    const panel = (id: string) => linkReason(links, graph.papers.edges.findIndex((e) => e.target === id));
    expect(card('c')).toBe('Shares Graph neural networks; both mention Heuristics');
    expect(card('g')).toBe('Similar wording: tramway, wear and traffic');
    for (const r of a.related) expect([r.id, panel(r.id)]).toEqual([r.id, card(r.id)]);
  });

  // The panel names fewer concepts than a card (graph/links.json is fetched whole), so a link sharing many is
  // counted differently in each; the wording of what they name and count is one.
  it('reads the same in both for every mix of shared, mentioned, counted concepts and words', () => {
    const names = ['A', 'B', 'C'];
    const words = ['tramway', 'wear', 'traffic'];
    for (let s = 0; s <= 3; s++) {
      for (let m = 0; m <= 3 - s; m++) {
        for (const more of [0, 1, 4]) {
          for (const w of [0, 1, 2, 3]) for (const broad of [false, true]) {
            const shared = names.slice(0, s);
            const mentioned = names.slice(s, s + m);
            const view: Pick<RelatedView, 'shared' | 'mentioned' | 'moreShared' | 'words' | 'broad'> = {
              shared: shared.map((label) => ({ id: label.toLowerCase(), label })),
              mentioned: mentioned.map((label) => ({ id: label.toLowerCase(), label })),
              moreShared: more,
              words: words.slice(0, w),
              broad,
            };
            const refs = [...shared.map((_, i) => i * 2 + 1), ...mentioned.map((_, i) => (s + i) * 2), ...(more > 0 ? [-more] : [])];
            const links: ExplorerLinks = { version: 1, concepts: names, shared: [refs], words: w > 0 ? { '0': words.slice(0, w) } : {}, broad: broad ? [0] : [] };
            expect([s, m, more, w, broad, linkReason(links, 0)]).toEqual([s, m, more, w, broad, cardText(relatedWhy(view))]);
          }
        }
      }
    }
  });
});
