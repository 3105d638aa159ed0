import { describe, expect, it } from 'vitest';
import { clusterNaming, MIXED_CLUSTER_LABEL, mixedLabel, nameClusters, OTHER_CLUSTER_LABEL, otherClusterId, previousClusters, renamePreviousPapers, type NamedClusters } from '../../../src/lib/graph/cluster-identity';
import { clusterColor } from '../../../src/lib/graph/palette';
import { clusterColours, clusterGraph } from '../../support/cluster-graph';

const letters = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

const clusterOfPaper = (named: NamedClusters, paper: string) => named.clusterOf.get(paper);

describe('nameClusters', () => {
  const options = { maxClusters: 2, minClusterSize: 3 };

  it('numbers a first run by size, the other bucket last, colours by the palette', () => {
    const [a, b, c, d] = [letters('a', 5), letters('b', 8), letters('c', 4), letters('d', 2)];
    const named = nameClusters([...a, ...b, ...c, ...d, 'lonely'], [a, b, c, d], options);
    expect(clusterOfPaper(named, 'b00')).toBe(0);
    expect(clusterOfPaper(named, 'a00')).toBe(1);
    expect(named.otherId).toBe(2);
    for (const p of [...c, ...d, 'lonely']) expect(clusterOfPaper(named, p)).toBe(2);
    expect(clusterColours(named)).toEqual(new Map([[0, clusterColor(0)], [1, clusterColor(1)]]));
    // Communities of the bucket keep a number past every cluster id; a paper alone has none.
    expect(new Set(c.map((p) => named.otherCommunityOf.get(p)))).toEqual(new Set([3]));
    expect(new Set(d.map((p) => named.otherCommunityOf.get(p)))).toEqual(new Set([4]));
    expect(named.otherCommunityOf.has('lonely')).toBe(false);
  });

  it('keeps ids and colours of clusters that swapped ranks by size', () => {
    const [a, b] = [letters('a', 6), letters('b', 5)];
    const first = nameClusters([...a, ...b], [a, b], options);
    // Two papers of a moved to b: b is now the larger.
    const next = nameClusters([...a, ...b], [a.slice(2), [...b, ...a.slice(0, 2)]], { ...options, previous: previousClusters(clusterGraph(first)) });
    expect(clusterOfPaper(next, 'b00')).toBe(clusterOfPaper(first, 'b00'));
    expect(clusterOfPaper(next, 'a05')).toBe(clusterOfPaper(first, 'a05'));
    expect(next.carriedColourOf).toEqual(clusterColours(first));
    expect(clusterColours(next)).toEqual(clusterColours(first));
  });

  it('matches a community to the previous cluster holding the majority of its papers only', () => {
    const [a, b, x] = [letters('a', 4), letters('b', 4), letters('x', 5)];
    const first = nameClusters([...a, ...b, ...x], [b, x, a], { maxClusters: 3, minClusterSize: 3 });
    expect([first.clusterOf.get('x00'), first.clusterOf.get('a00'), first.clusterOf.get('b00')]).toEqual([0, 1, 2]);
    // a splits: two of its papers join b (b still holds the majority there), two join three new papers
    // (a minority there).
    const n = letters('n', 3);
    const next = nameClusters([...a, ...b, ...x, ...n], [[...a.slice(0, 2), ...n], [...a.slice(2), ...b], x], { maxClusters: 3, minClusterSize: 3, previous: previousClusters(clusterGraph(first)) });
    expect(clusterOfPaper(next, 'x00')).toBe(0);
    expect(clusterOfPaper(next, 'a03')).toBe(2);
    expect(clusterColours(next).get(2)).toBe(clusterColours(first).get(2));
    // Not a: a new cluster, with the lowest id nobody holds (a's, now free) and the first colour nobody uses.
    expect(clusterOfPaper(next, 'n00')).toBe(1);
    expect(clusterOfPaper(next, 'a00')).toBe(1);
    expect(next.otherId).toBeUndefined();
  });

  it('gives a new cluster the lowest free id and an unused colour, and keeps the bucket its id', () => {
    const [a, b, c] = [letters('a', 6), letters('b', 5), letters('c', 2)];
    const first = nameClusters([...a, ...b, ...c], [a, b, c], options);
    expect(first.otherId).toBe(2);
    // b dissolves into the bucket, a new cluster n appears.
    const n = letters('n', 4);
    const next = nameClusters([...a, ...b, ...c, ...n], [a, n, ...b.map((p) => [p]), c], { ...options, previous: previousClusters(clusterGraph(first)) });
    expect(clusterOfPaper(next, 'a00')).toBe(0);
    expect(clusterOfPaper(next, 'n00')).toBe(1);
    // b's id, not b: it does not inherit b's name.
    expect([...next.previousTopConcepts.keys()]).toEqual([0]);
    expect(next.otherId).toBe(2);
    expect(clusterOfPaper(next, 'b00')).toBe(2);
    expect(clusterColours(next).get(0)).toBe(clusterColor(0));
    expect(clusterColours(next).get(1)).toBe(clusterColor(1));
  });

  it('does not trade a named cluster for a community of about its size at the cut-off', () => {
    const [a, b, c] = [letters('a', 20), letters('b', 10), letters('c', 9)];
    const first = nameClusters([...a, ...b, ...c], [a, b, c], options);
    expect(clusterOfPaper(first, 'c00')).toBe(first.otherId);
    const previous = previousClusters(clusterGraph(first));
    // c grows past b by a little: b keeps its place.
    const c2 = [...c, ...letters('m', 3)];
    const close = nameClusters([...a, ...b, ...c2], [a, b, c2], { ...options, previous });
    expect(clusterOfPaper(close, 'b00')).toBe(clusterOfPaper(first, 'b00'));
    expect(clusterOfPaper(close, 'c00')).toBe(close.otherId);
    // ... but not by a lot.
    const c3 = [...c, ...letters('m', 6)];
    const far = nameClusters([...a, ...b, ...c3], [a, b, c3], { ...options, previous });
    expect(clusterOfPaper(far, 'c00')).not.toBe(far.otherId);
    expect(clusterOfPaper(far, 'b00')).toBe(far.otherId);
  });

  it('reads back from graph.json exactly the partition it was given', () => {
    const groups = [letters('a', 6), letters('b', 5), letters('c', 3), letters('d', 2), ['e00']];
    const named = nameClusters(groups.flat(), groups, options);
    const previous = previousClusters(clusterGraph(named));
    const partition = (map: ReadonlyMap<string, number>) => {
      const by = new Map<number, string[]>();
      for (const [p, c] of map) by.set(c, [...(by.get(c) ?? []), p]);
      return [...by.values()].map((m) => m.sort().join()).sort();
    };
    // The lone paper has no community to read back: it starts alone again.
    expect(partition(previous.communityOf)).toEqual(groups.slice(0, 4).map((g) => g.join()).sort());
    expect(otherClusterId(clusterGraph(named))).toBe(named.otherId);
    // Named the same again, from its own graph: nothing changes.
    const again = nameClusters(groups.flat(), groups, { ...options, previous });
    for (const key of ['clusterOf', 'otherId', 'otherCommunityOf'] as const) expect(again[key], key).toEqual(named[key]);
    expect(again.carriedColourOf).toEqual(clusterColours(named));
    // Both named clusters are recognised as themselves, so they keep their names too.
    expect([...again.previousTopConcepts.keys()].sort()).toEqual([0, 1]);
  });

  it('takes user text as paper ids', () => {
    const group = ['__proto__', 'constructor', 'toString'];
    const named = nameClusters(group, [group], options);
    expect(group.map((p) => named.clusterOf.get(p))).toEqual([0, 0, 0]);
  });
});

describe('clusterNaming', () => {
  const labels = new Map([['pc', 'Principal component analysis'], ['wv', 'Wavelets']]);
  const labelOf = (id: string) => labels.get(id) ?? id;

  it('tells a cluster named by its concepts from one named by words, a mixed one and the other bucket (review 18 H2)', () => {
    expect(clusterNaming({ label: 'Principal component analysis · Wavelets', topConcepts: ['pc', 'wv'] }, labelOf)).toBe('concepts');
    expect(clusterNaming({ label: 'Wavelets (2)', topConcepts: ['wv', 'pc'] }, labelOf)).toBe('concepts');
    // Its concepts fit too few of its papers: named by words though it has concepts.
    expect(clusterNaming({ label: 'Image', topConcepts: ['pc', 'wv'] }, labelOf)).toBe('words');
    expect(clusterNaming({ label: 'Telecom · Carriers', topConcepts: [] }, labelOf)).toBe('words');
    expect(clusterNaming({ label: MIXED_CLUSTER_LABEL, topConcepts: ['pc'] }, labelOf)).toBe('mixed');
    expect(clusterNaming({ label: `${MIXED_CLUSTER_LABEL} (3)`, topConcepts: [] }, labelOf)).toBe('mixed');
    expect(clusterNaming({ label: OTHER_CLUSTER_LABEL, topConcepts: [] }, labelOf)).toBe('other');
  });

  it('tells a cluster named as mixed by the concepts or words its best name had (review 41 finding 2)', () => {
    expect(mixedLabel(['Monte Carlo', 'Carbon dioxide'])).toBe('Mixed: Monte Carlo, Carbon dioxide, …');
    expect(clusterNaming({ label: mixedLabel(['Wavelets', 'Principal component analysis']), topConcepts: ['wv', 'pc'] }, labelOf)).toBe('mixed-named');
    expect(clusterNaming({ label: `${mixedLabel(['Telecom'])} (2)`, topConcepts: [] }, labelOf)).toBe('mixed-named');
    // A concept of that name is a concept.
    expect(clusterNaming({ label: 'Mixed: an essay', topConcepts: ['essay'] }, (id) => (id === 'essay' ? 'Mixed: an essay' : id))).toBe('concepts');
  });
});

describe('renamePreviousPapers (review 20 M1: corrected titles made a cluster new, with another colour)', () => {
  const options = { maxClusters: 3, minClusterSize: 2 };
  it('lets a cluster whose papers were retitled keep its id and colour', () => {
    const [a, c] = [letters('a', 3), letters('c', 2)];
    const first = nameClusters([...a, ...c], [a, c], options);
    const aId = first.clusterOf.get('a00')!;
    // The colour a drawing gave a (clusters that touch get colours apart), not the one its id would get.
    const previous = clusterGraph(first);
    previous.clusters = previous.clusters.map((cl) => (cl.id === aId ? { ...cl, color: clusterColor(3) } : cl));
    // Two of a's papers have new slugs (their titles were corrected), and a gains a new paper.
    const renamed = new Map([['a01', 'a01-fixed'], ['a02', 'a02-fixed']]);
    const grown = ['a00', 'a01-fixed', 'a02-fixed', 'new'];
    const papers = [...grown, ...c];
    const without = nameClusters(papers, [grown, c], { ...options, previous: previousClusters(previous) });
    const withRenames = nameClusters(papers, [grown, c], { ...options, previous: previousClusters(renamePreviousPapers(previous, renamed)!) });
    // Known by their old slugs only, a's papers are one of four: no majority, a new cluster, a new colour.
    expect(without.carriedColourOf.get(without.clusterOf.get('a00')!)).toBeUndefined();
    expect(withRenames.clusterOf.get('a00')).toBe(aId);
    expect(withRenames.carriedColourOf.get(aId)).toBe(clusterColor(3));
  });
  it('leaves a slug the previous run had for another paper alone', () => {
    const first = nameClusters(['x', 'y'], [['x', 'y']], options);
    const renamed = renamePreviousPapers(clusterGraph(first), new Map([['x', 'y']]))!;
    expect(renamed.papers.nodes.map((n) => n.id).sort()).toEqual(['x', 'y']);
  });
});

