import { describe, expect, it } from 'vitest';
import type { ConceptEntry, GraphFile, PaperFrontmatter } from '../../../src/lib/content/schema';
import { FEW_RELATED, fewRelatedNote, localGraphCaption, noRelatedNote, paperPageView, paperSearchText, relatedWhy, SHARED_SHOWN, type WhyPart } from '../../../src/lib/site/paper-page';
import { withoutBroader } from '../../../src/lib/site/link-why';
import { citationKeys } from '../../../src/lib/site/bibtex';
import { conceptPageView, CARD_LIMIT, FEW_PAPERS, KINDS_SHOWN } from '../../../src/lib/site/concept-page';
import { assertPlainData, pageCacheKey } from '../../../src/lib/cache/page-key';
import { atlas, concept, paper } from '../../support/paper-view-data';
import { leftOutNote } from '../../../src/lib/site/related-shown';

const key = (view: unknown) => pageCacheKey(view, 'site');

describe('paperPageView (what a paper page renders, hence its cache key)', () => {
  const a = paper('a', 'Graph attention networks', { related: [{ id: 'b', score: 0.3, shared: ['graph-neural-network'] }] });
  const b = paper('b', 'Message passing for molecules', { related: [{ id: 'a', score: 0.3, shared: ['graph-neural-network'] }] });
  const c = paper('c', 'Unrelated survey of databases', { cluster: 1, concepts: [] });
  const gnn = concept('graph-neural-network', 'Graph neural networks', ['a', 'b']);
  const clusters = [
    { id: 0, label: 'Graphs', color: '#4d5fd6' },
    { id: 1, label: 'Databases', color: '#00849c' },
  ];
  const base = paperPageView(atlas([a, b, c], [gnn], clusters), a, '/');

  it("is searched by its venue's initials, or its institution's for a report (review 15 L1, M3: NEJM, NBER found nothing)", () => {
    const view = (over: Partial<PaperFrontmatter>) => paperPageView(atlas([{ ...a, ...over }, b, c], [gnn], clusters), { ...a, ...over }, '/');
    expect(view({ venue: 'N Engl J Med' }).venueInitials).toEqual(['NEJM']);
    const report = view({ venue: 'National Bureau of Economic Research Working Paper 19843', bibliographic: { institution: 'National Bureau of Economic Research' } });
    expect(report.venueInitials).toEqual(['NBER']);
    expect(view({ venue: 'Nature' }).venueInitials).toEqual([]);
    expect(base.venueInitials).toEqual([]);
  });

  it('gives search the words the page shows and, hidden, its venue initials and versioned names alone (review 16 M4)', () => {
    const view = paperPageView(atlas([{ ...a, venue: 'Physical Review Letters' }, b, c], [gnn], clusters), { ...a, venue: 'Physical Review Letters' }, '/');
    const search = paperSearchText(view, '<p>We run YOLOv8-Tiny and ORB-SLAM2 on a rover; SLAM is cheap.</p>');
    expect(search.text).toContain('Graph attention networks');
    expect(search.text).toContain('Physical Review Letters');
    // "SLAM" is written alone too: the page is found by it already.
    expect(search.hiddenWords).toEqual(['PRL', 'YOLO']);
  });

  it('says "et al." in the byline and description when the input cut the author list', () => {
    const cut = paperPageView(atlas([{ ...a, etAl: true }, b, c], [gnn], clusters), { ...a, etAl: true }, '/');
    expect(cut.byline).toEqual({ names: ['Ada Lovelace'], etAl: true });
    expect(cut.description.startsWith('Ada Lovelace et al. (2024). ')).toBe(true);
    expect(base.byline).toEqual({ names: ['Ada Lovelace'], etAl: false });
    expect(key(cut)).not.toBe(key(base));
  });

  it('opens the byline with the collaboration, named as a collaboration author is, unless an author already names it', () => {
    const view = (over: Partial<PaperFrontmatter>) => paperPageView(atlas([{ ...a, ...over }, b, c], [gnn], clusters), { ...a, ...over }, '/');
    expect(view({ collaboration: 'ATLAS', authors: ['Georges Aad'], etAl: true }).collaboration).toBe('ATLAS Collaboration');
    expect(view({ collaboration: 'ATLAS, CMS' }).collaboration).toBe('ATLAS and CMS Collaborations');
    expect(view({ collaboration: 'Planck Collaboration', authors: ['N. Aghanim'] }).collaboration).toBe('Planck Collaboration');
    expect(view({ collaboration: 'Planck', authors: ['Planck Collaboration', 'N. Aghanim'] }).collaboration).toBeUndefined();
    expect(base.collaboration).toBeUndefined();
    expect(key(view({ collaboration: 'ATLAS' }))).not.toBe(key(base));
  });

  it('says whether the paper was retracted or withdrawn, for the notice', () => {
    const retracted = paperPageView(atlas([{ ...a, retraction: 'retracted' }, b, c], [gnn], clusters), { ...a, retraction: 'retracted' }, '/');
    expect(retracted.retraction).toBe('retracted');
    expect(base.retraction).toBeUndefined();
    expect(key(retracted)).not.toBe(key(base));
  });

  it('carries the author keywords for their line of text, none when the input gave none', () => {
    const withKeywords = { ...a, authorKeywords: ['Mechanical Turk', 'user study'] };
    const view = paperPageView(atlas([withKeywords, b, c], [gnn], clusters), withKeywords, '/');
    expect(view.authorKeywords).toEqual(['Mechanical Turk', 'user study']);
    expect(view.bibtex).toContain('keywords = {Mechanical Turk, user study}');
    expect(base.authorKeywords).toEqual([]);
    expect(base.bibtex).not.toContain('keywords');
    expect(key(view)).not.toBe(key(base));
  });

  it('names a related paper’s cluster where it is not the page’s: the dot’s colour is not the only cue (review 19 M5)', () => {
    expect(base.related[0]!.otherCluster).toBeUndefined();
    const moved = paperPageView(atlas([a, { ...b, cluster: 1 }, c], [gnn], clusters), a, '/');
    expect(moved.related[0]!.otherCluster).toBe('Databases');
    // One without a cluster has the neutral dot and no name.
    const loose = paperPageView(atlas([a, { ...b, cluster: undefined }, c], [gnn], clusters), a, '/');
    expect(loose.related[0]!.otherCluster).toBeUndefined();
  });

  it("does not show its cluster's name as its topic where the name is not true of it (review 41 finding 2: \"Papers / Monte Carlo\")", () => {
    expect(base.breadcrumbCluster).toEqual({ label: 'Graphs', color: '#4d5fd6' });
    expect(base.ownClusterNote).toBe('this paper’s');
    const off = paperPageView({ ...atlas([a, b, c], [gnn], clusters), offName: new Set(['a']) }, a, '/');
    // Still in the cluster (its colour, its key): the breadcrumb does not name it, nor does search.
    expect(off.cluster).toEqual({ label: 'Graphs', color: '#4d5fd6' });
    expect(off.breadcrumbCluster).toBeUndefined();
    expect(base.searchCluster).toBe('Graphs');
    expect(off.searchCluster).toBeUndefined();
    expect(off.ownClusterNote).toBe('this paper’s, by its links');
    expect(off.clusterKey[0]).toMatchObject({ label: 'Graphs', own: true });
    expect(key(off)).not.toBe(key(base));
  });

  it("says a related paper in another cluster is linked into it where the cluster's name is not true of it", () => {
    const moved = atlas([a, { ...b, cluster: 1 }, c], [gnn], clusters);
    expect(paperPageView(moved, a, '/').related[0]!.otherClusterLine).toBe('In the cluster Databases');
    expect(paperPageView({ ...moved, offName: new Set(['b']) }, a, '/').related[0]!.otherClusterLine).toBe('Linked into the cluster Databases');
    expect(base.related[0]!.otherClusterLine).toBeUndefined();
  });

  it('names the clusters of its coloured marks in a key, and points each mini-graph node at its entry (review 19 M5)', () => {
    const d = paper('d', 'Indexes for graph queries', { cluster: 1, related: [] });
    const withOthers = { ...a, related: [...a.related, { id: 'd', score: 0.2, shared: ['graph-neural-network'] }] };
    const view = paperPageView(atlas([withOthers, b, c, d], [gnn], clusters), withOthers, '/');
    expect(view.clusterKey).toEqual([
      { label: 'Graphs', color: '#4d5fd6', own: true },
      { label: 'Databases', color: '#00849c', own: false },
    ]);
    expect(view.graphLayout.nodes.map((n) => [n.id, n.keyEntry])).toEqual([['a', 0], ['b', 0], ['d', 1]]);
    expect(key(view)).not.toBe(key(paperPageView(atlas([withOthers, b, c, { ...d, cluster: 0 }], [gnn], clusters), withOthers, '/')));
  });

  it('changes when a related paper is retitled, recoloured or a shared concept renamed', () => {
    const retitled = paperPageView(atlas([a, { ...b, title: 'Message passing, revisited' }, c], [gnn], clusters), a, '/');
    expect(key(retitled)).not.toBe(key(base));
    const moved = paperPageView(atlas([a, { ...b, cluster: 1 }, c], [gnn], clusters), a, '/');
    expect(key(moved)).not.toBe(key(base));
    const renamed = paperPageView(atlas([a, b, c], [{ ...gnn, label: 'GNNs' }], clusters), a, '/');
    expect(key(renamed)).not.toBe(key(base));
    const recoloured = paperPageView(atlas([a, b, c], [gnn], [{ ...clusters[0]!, color: '#6b7d10' }, clusters[1]!]), a, '/');
    expect(key(recoloured)).not.toBe(key(base));
  });

  it('changes when the previous/next paper of its cluster changes', () => {
    const d = paper('d', 'Graph attention, a follow-up', { cluster: 0, concepts: [] });
    const withNeighbour = paperPageView(atlas([a, b, c, d], [gnn], clusters), a, '/');
    expect(withNeighbour.neighbours.next?.id).toBe('d');
    expect(key(withNeighbour)).not.toBe(key(base));
  });

  it('stays the same when only a paper it does not show changes', () => {
    const other = paperPageView(atlas([a, b, { ...c, title: 'Another survey of databases', abstract: 'New text.' }], [gnn], clusters), a, '/');
    expect(key(other)).toBe(key(base));
  });

  it('holds the derived page parts as plain data: tags, related list, neighbourhood graph, BibTeX', () => {
    assertPlainData(base);
    expect(base.concepts.map((x) => x.label)).toEqual(['Graph neural networks']);
    expect(base.related).toEqual([{ id: 'b', title: 'Message passing for molecules', color: '#4d5fd6', shared: [{ id: 'graph-neural-network', label: 'Graph neural networks' }], mentioned: [], moreShared: 0, words: [] }]);
    expect(base.graphLayout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(base.bibtex).toContain('Graph attention networks');
    expect(base.cluster).toEqual({ label: 'Graphs', color: '#4d5fd6' });
  });
  it('names a shared concept once, not beside a narrower one the link shares too (review 43 finding 4: "Shares Site and Web site")', () => {
    const site = concept('site', 'Site', ['s1', 's2'], { narrower: ['web-site'] });
    const webSite = concept('web-site', 'Web site', ['s1', 's2']);
    const s1 = paper('s1', 'Designing a university Web site', { concepts: ['site', 'web-site', 'graph-neural-network'], related: [{ id: 's2', score: 0.4, shared: ['site', 'web-site', 'graph-neural-network'] }] });
    const s2 = paper('s2', 'Web site usability', { concepts: ['site', 'web-site', 'graph-neural-network'], related: [{ id: 's1', score: 0.4, shared: ['site', 'web-site', 'graph-neural-network'] }] });
    const view = paperPageView(atlas([s1, s2], [site, webSite, gnn]), s1, '/');
    expect(view.related[0]!.shared.map((c) => c.id)).toEqual(['web-site', 'graph-neural-network']);
    expect(view.related[0]!.moreShared).toBe(0);
    expect(withoutBroader(['a', 'b', 'c'], (id) => (id === 'c' ? ['a'] : id === 'b' ? ['x'] : undefined))).toEqual(['a', 'b']);
    // A narrower concept listed after its broader one counts too, and an empty list of kinds names none.
    expect(withoutBroader(['c', 'b', 'a'], (id) => (id === 'c' ? ['a'] : id === 'b' ? [] : undefined))).toEqual(['b', 'a']);
    expect(withoutBroader(['a', 'b'], () => undefined)).toEqual(['a', 'b']);
  });
  it('labels the neighbourhood graph with titles whose math reads as text (review 15 M1)', () => {
    const hep = paper('hep', 'Higgs Boson Mass at $\\sqrt{s}=7$ and 8 TeV', { related: [{ id: 'bs', score: 0.3, shared: ['graph-neural-network'] }] });
    const bs = paper('bs', 'First evidence for the decay $B_s^0 \\to \\mu^+ \\mu^-$', { related: [{ id: 'hep', score: 0.3, shared: ['graph-neural-network'] }] });
    const view = paperPageView(atlas([hep, bs], [gnn]), hep, '/');
    expect(view.graphLayout.nodes.map((n) => n.label)).toEqual(['Higgs Boson Mass at √s=7 and 8 TeV', 'First evidence for the decay Bₛ⁰ → μ⁺μ⁻']);
  });

  it('names the strongest shared concepts of a related paper and counts the rest', () => {
    const ids = Array.from({ length: SHARED_SHOWN + 3 }, (_, i) => `c${i}`);
    const many = paper('a', 'Graph attention networks', { concepts: ids, related: [{ id: 'b', score: 0.3, shared: ids }] });
    const other = { ...b, concepts: ids };
    const view = paperPageView(atlas([many, other, c], ids.map((id) => concept(id, `Concept ${id}`, ['a', 'b'])), clusters), many, '/');
    expect(view.related[0]!.shared.map((x) => x.id)).toEqual(ids.slice(0, SHARED_SHOWN));
    expect(view.related[0]!.moreShared).toBe(3);
  });

  // Review 18 M2: "Shares Cycle" where one of the two pages shows no Cycle among its concepts.
  it('says "Shares" only of concepts both pages show, and "both mention" of those one of them only mentions', () => {
    const concepts = [gnn, concept('cycle', 'Cycle', ['b']), concept('beam', 'Beam', ['a', 'b'])];
    const a2 = paper('a', 'Beam pumping units', { concepts: ['graph-neural-network', 'beam'], related: [{ id: 'b', score: 0.3, shared: ['cycle', 'beam', 'graph-neural-network'] }] });
    const b2 = { ...b, concepts: ['graph-neural-network', 'beam', 'cycle'] };
    const view = paperPageView(atlas([a2, b2, c], concepts, clusters), a2, '/');
    const r = view.related[0]!;
    expect(r.shared.map((x) => x.id)).toEqual(['beam', 'graph-neural-network']);
    expect(r.mentioned).toEqual([{ id: 'cycle', label: 'Cycle' }]);
    const text = (parts: WhyPart[]) => parts.map((p) => ('text' in p ? p.text : p.concept.label ?? p.concept.id)).join('');
    expect(text(relatedWhy(r))).toBe('Shares Beam and Graph neural networks; both mention Cycle');
    // Five are named, those both pages show first, the rest counted.
    const ids = Array.from({ length: SHARED_SHOWN + 2 }, (_, i) => `m${i}`);
    const many = { ...a2, related: [{ id: 'b', score: 0.3, shared: [...ids, 'beam'] }] };
    const manyView = paperPageView(atlas([many, b2, c], [...concepts, ...ids.map((id) => concept(id, id, ['b']))], clusters), many, '/').related[0]!;
    expect(manyView.shared.map((x) => x.id)).toEqual(['beam']);
    expect(manyView.mentioned.map((x) => x.id)).toEqual(ids.slice(0, SHARED_SHOWN - 1));
    expect(manyView.moreShared).toBe(3);
    expect(text(relatedWhy({ ...r, moreShared: 2 }))).toBe('Shares Beam and Graph neural networks; both mention Cycle and 2 more');
    expect(text(relatedWhy({ ...r, shared: [] }))).toBe('Both mention Cycle');
    expect(relatedWhy({ ...r, shared: [] }).find((p) => 'concept' in p)).toEqual({ concept: { id: 'cycle', label: 'Cycle' } });
  });

  // Review 18 M1: a link of wording alone says which words.
  it('names the words a link that shares no concept rests on', () => {
    const a2 = paper('a', 'Rail wear', { related: [{ id: 'b', score: 0.1, shared: [], words: ['tramway', 'wear', 'traffic'] }] });
    const view = paperPageView(atlas([a2, b, c], [gnn], clusters), a2, '/');
    expect(view.related[0]!.words).toEqual(['tramway', 'wear', 'traffic']);
    expect(relatedWhy(view.related[0]!)).toEqual([{ text: 'Similar wording: tramway, wear and traffic' }]);
    expect(relatedWhy({ ...view.related[0]!, words: [] })).toEqual([{ text: 'Similar wording' }]);
  });

  // Review 22 finding 5: a concept most papers carry says no more than the area; words that outweigh the concepts.
  it('words a link whose concepts are all broad as the area, and names the words that outweigh its concepts', () => {
    const a2 = paper('a', 'Charmonium', { concepts: ['graph-neural-network'], related: [{ id: 'b', score: 0.1, shared: ['graph-neural-network'], broad: true, words: ['charmonium', 'J/ψ'] }] });
    const view = paperPageView(atlas([a2, b, c], [gnn], clusters), a2, '/');
    const r = view.related[0]!;
    expect(r.words).toEqual(['charmonium', 'J/ψ']);
    expect(r.broad).toBe(true);
    const text = (parts: WhyPart[]) => parts.map((p) => ('text' in p ? p.text : p.concept.label ?? p.concept.id)).join('');
    expect(text(relatedWhy(r))).toBe('Same broad area: Graph neural networks; similar wording: charmonium and J/ψ');
    expect(text(relatedWhy({ ...r, broad: undefined }))).toBe('Shares Graph neural networks; similar wording: charmonium and J/ψ');
    expect(text(relatedWhy({ ...r, words: [] }))).toBe('Same broad area: Graph neural networks');
  });

  // Review 22 finding 10: 47% of a 493-paper library showed fewer than five related papers and did not say why.
  it('says under a short related list why it is short, and nothing under a full one or none', () => {
    expect(fewRelatedNote(2)).toBe('Few papers in this collection are close to this one: only these 2 share a concept with it, or enough of its wording.');
    expect(fewRelatedNote(1)).toMatch(/only this one shares/);
    expect(fewRelatedNote(0)).toBeUndefined();
    expect(localGraphCaption(1)).toBe('This paper (middle) and the paper closest to it.');
    expect(localGraphCaption(7)).toBe('This paper (middle) and the 7 papers closest to it; thicker lines share more concepts.');
    expect(fewRelatedNote(FEW_RELATED)).toBeUndefined();
    expect(paperPageView(atlas([a, b, c], [gnn], clusters), a, '/').fewRelated).toBe(fewRelatedNote(a.related.length));
  });

  // Review 41 finding 1: the second five of a full list were often "Same broad area: …" or one concept used
  // across topics, between papers of two clusters.
  it('leaves out, after the first five, a card to another cluster whose reason is only the broad area or one spread concept, and says so', () => {
    const near = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => paper(id, `Graph paper ${id}`));
    const far = ['f1', 'f2', 'f3'].map((id) => paper(id, `Database paper ${id}`, { cluster: 1 }));
    // Inference: two papers of each cluster (one by a mention), so neither holds more than half.
    const spread = concept('inference', 'Inference', ['a', 'f2', 'f3'], { mentionedIn: { count: 1, papers: ['n1'] } });
    const area = concept('learning', 'Learning', ['a', 'f1']);
    const main = paper('a', 'Graph attention networks', {
      related: [
        ...near.map((n) => ({ id: n.id, score: 0.3, shared: ['graph-neural-network'] })),
        { id: 'f1', score: 0.2, shared: ['learning'], broad: true },
        { id: 'c', score: 0.2, shared: ['graph-neural-network', 'learning'] },
        { id: 'f2', score: 0.1, shared: ['inference'] },
        { id: 'f3', score: 0.1, shared: [] },
      ],
    });
    const view = paperPageView(atlas([main, b, c, ...near, ...far], [gnn, spread, area], clusters), main, '/');
    expect(view.related.map((r) => r.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'c', 'f3']);
    expect(view.fewRelated).toBe(leftOutNote(2));
    expect(view.shownRelated).toBe(7);
    expect(view.graphCaption).toBe(localGraphCaption(7));
    // The same card among the first five stays.
    const early = { ...main, related: [main.related[5]!, ...main.related.slice(0, 5)] };
    expect(paperPageView(atlas([early, b, c, ...near, ...far], [gnn, spread, area], clusters), early, '/').related.map((r) => r.id)).toEqual(['f1', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('says why a page lists no related paper: nothing close by concepts or wording, or a retraction', () => {
    expect(noRelatedNote(undefined)).toBe('No closely related paper in this collection: no other paper shares a concept with this one, or enough of its wording.');
    expect(noRelatedNote('retracted')).toMatch(/^A retracted paper is linked to no other/);
  });
});

describe('paperPageView links', () => {
  it('gives one DOI one button, whatever its case, resolver host or scheme', () => {
    const csl = paper('x', 'A paper', {
      doi: '10.1000/XYZ1',
      url: 'http://dx.doi.org/10.1000/xyz1',
      links: [
        { url: 'http://dx.doi.org/10.1000/xyz1', kind: 'doi', label: 'DOI' },
        { url: 'https://doi.org/10.1000/XYZ1', kind: 'doi', label: 'DOI' },
      ],
    });
    const view = paperPageView(atlas([csl], []), csl, '/');
    expect(view.links).toEqual([{ href: 'https://doi.org/10.1000/XYZ1', label: 'DOI', kind: 'doi' }]);
  });

  it('keeps links that differ in path case or that point at different DOIs', () => {
    const p = paper('y', 'Another paper', {
      doi: '10.1000/abc',
      links: [
        { url: 'https://example.org/Paper.pdf', kind: 'paper', label: 'Paper' },
        { url: 'https://example.org/paper.pdf', kind: 'paper', label: 'Paper' },
        { url: 'https://doi.org/10.1000/abd', kind: 'doi', label: 'DOI' },
      ],
    });
    expect(paperPageView(atlas([p], []), p, '/').links.map((l) => l.href)).toEqual([
      'https://example.org/Paper.pdf',
      'https://example.org/paper.pdf',
      'https://doi.org/10.1000/abd',
    ]);
  });
});

describe('conceptPageView: what it says of a concept (review 22 finding 7)', () => {
  const withAbstract = (id: string, title: string, abstract: string) => paper(id, title, { concepts: ['hydrogel', 'ph', 'swelling'], abstract });
  const papers = [
    withAbstract('folding', 'Self-folding <b>films</b>', 'We print films that fold. The films are hydrogels with fibres in them.'),
    withAbstract('networks', 'Soft networks', 'A hydrogel is a network of polymer chains that holds water, see </script><!--.'),
  ];
  const hydrogel = concept('hydrogel', 'Hydrogel', ['folding', 'networks'], { aliases: ['hydrogels'], cooccurs: [{ id: 'ph', count: 2 }, { id: 'swelling', count: 1 }] });
  const ph = concept('ph', 'pH', ['folding', 'networks']);
  const swelling = concept('swelling', 'Swelling', ['folding']);

  it('quotes the sentence of its papers that best introduces it, as plain text with its paper named', () => {
    const view = conceptPageView(atlas(papers, [hydrogel, ph, swelling]), hydrogel, '/');
    assertPlainData(view);
    expect(view.context).toEqual({
      paper: 'networks',
      paperTitle: 'Soft networks',
      language: undefined,
      before: 'A ',
      name: 'hydrogel',
      after: ' is a network of polymer chains that holds water, see </script><!--.',
    });
    // A changed abstract changes the page, so its cache key.
    const edited = [papers[0]!, { ...papers[1]!, abstract: 'A hydrogel is a gel whose liquid is water.' }];
    expect(key(conceptPageView(atlas(edited, [hydrogel, ph, swelling]), hydrogel, '/'))).not.toBe(key(view));
  });

  it('says its source has no title where the heading is a sentence of the abstract, maybe the one quoted', () => {
    const untitled = [papers[0]!, { ...papers[1]!, title: 'A hydrogel is a network of polymer chains that holds water.', madeTitle: true as const }];
    expect(conceptPageView(atlas(untitled, [hydrogel, ph, swelling]), hydrogel, '/').context).toMatchObject({ paper: 'networks', untitled: true });
    expect(conceptPageView(atlas(papers, [hydrogel, ph, swelling]), hydrogel, '/').context?.untitled).toBeUndefined();
  });

  it(`lists no concept seen with it on one paper only when it has fewer than ${FEW_PAPERS} papers`, () => {
    const view = conceptPageView(atlas(papers, [hydrogel, ph, swelling]), hydrogel, '/');
    expect(view.cooccurs.map((c) => c.id)).toEqual(['ph']);
    expect(view.description).toMatch(/often with pH\.$/);
    const more = [...papers, withAbstract('c', 'C', 'Gels.'), withAbstract('d', 'D', 'Gels.')];
    const bigger = { ...hydrogel, papers: more.map((p) => p.id) };
    expect(conceptPageView(atlas(more, [bigger, ph, swelling]), bigger, '/').cooccurs.map((c) => c.id)).toEqual(['ph', 'swelling']);
  });
});

describe('conceptPageView: narrower and broader concepts', () => {
  const papers = [paper('ebl', 'Electron beam lithography of gratings'), paper('soft', 'Soft lithography of channels'), paper('dry', 'Dry etching')];
  const lithography = concept('lithography', 'Lithography', ['ebl', 'soft'], { narrower: ['soft-lithography', 'electron-beam-lithography', 'gone'] });
  const ebl = concept('electron-beam-lithography', 'Electron beam lithography', ['ebl']);
  const soft = concept('soft-lithography', 'Soft lithography', ['soft']);
  const etching = concept('etching', 'Etching', ['dry']);
  const data = atlas(papers, [lithography, ebl, soft, etching]);

  it('names a broader concept\'s narrower ones that have a page, by label', () => {
    const view = conceptPageView(data, lithography, '/');
    expect(view.narrower).toEqual([
      { id: 'electron-beam-lithography', label: 'Electron beam lithography' },
      { id: 'soft-lithography', label: 'Soft lithography' },
    ]);
    expect(view.broader).toEqual([]);
  });

  it('names the broader concept on a narrower one\'s page, and neither where there is none', () => {
    expect(conceptPageView(data, soft, '/').broader).toEqual([{ id: 'lithography', label: 'Lithography' }]);
    expect(conceptPageView(data, soft, '/').narrower).toEqual([]);
    const plain = conceptPageView(data, etching, '/');
    expect([plain.narrower, plain.broader]).toEqual([[], []]);
  });

  // concepts.json lists every kind a name tells (src/lib/concepts/named-kinds.ts): "Deep reinforcement learning
  // agent" under both "Reinforcement learning agent" and "Agents" (review 41 finding 4).
  it('names only the nearest kinds, and only the nearest concept a kind is of', () => {
    const rlPapers = [paper('p', 'Deep agents'), paper('q', 'Agents that learn')];
    const agents = concept('agent', 'Agents', ['p', 'q'], { narrower: ['deep-rl-agent', 'rl-agent'] });
    const rlAgent = concept('rl-agent', 'Reinforcement learning agent', ['p', 'q'], { narrower: ['deep-rl-agent'] });
    const deep = concept('deep-rl-agent', 'Deep reinforcement learning agent', ['p']);
    const rl = atlas(rlPapers, [agents, rlAgent, deep]);
    expect(conceptPageView(rl, agents, '/').narrower.map((c) => c.id)).toEqual(['rl-agent']);
    expect(conceptPageView(rl, rlAgent, '/').narrower.map((c) => c.id)).toEqual(['deep-rl-agent']);
    expect(conceptPageView(rl, deep, '/').broader.map((c) => c.id)).toEqual(['rl-agent']);
    expect(conceptPageView(rl, rlAgent, '/').broader.map((c) => c.id)).toEqual(['agent']);
    // Where the nearer one has no page, the farther one is the nearest there is.
    const noPage = atlas(rlPapers, [{ ...agents, narrower: ['deep-rl-agent'] }, deep]);
    expect(conceptPageView(noPage, deep, '/').broader.map((c) => c.id)).toEqual(['agent']);
  });
});

describe('conceptPageView: a concept of many kinds', () => {
  // At 10,000 papers "Reinforcement learning" listed 42 kinds in one line of links.
  it(`lists the ${KINDS_SHOWN} kinds of the most papers by label and folds the rest, by label`, () => {
    const ps = Array.from({ length: 20 }, (_, i) => paper(`p${String(i).padStart(2, '0')}`, `Paper ${i}`));
    // Kind k is on k + 1 papers: the last KINDS_SHOWN are the ones of the most papers.
    const kinds = Array.from({ length: KINDS_SHOWN + 3 }, (_, k) => concept(`kind-${String(k).padStart(2, '0')}`, `Kind ${String.fromCharCode(90 - k)}`, ps.slice(0, k + 1).map((p) => p.id)));
    const parent = concept('parent', 'Parent', ps.map((p) => p.id), { narrower: kinds.map((k) => k.id) });
    const view = conceptPageView(atlas(ps, [parent, ...kinds]), parent, '/');
    expect(view.narrower).toHaveLength(KINDS_SHOWN);
    expect(view.narrower.map((c) => c.id).sort()).toEqual(kinds.slice(3).map((k) => k.id));
    expect(view.narrower.map((c) => c.label)).toEqual([...view.narrower.map((c) => c.label)].sort());
    expect(view.moreNarrower.map((c) => c.label)).toEqual(['Kind X', 'Kind Y', 'Kind Z']);
    // Up to KINDS_SHOWN, all are listed and none folded.
    const few = { ...parent, narrower: kinds.slice(0, KINDS_SHOWN).map((k) => k.id) };
    expect(conceptPageView(atlas(ps, [few, ...kinds]), few, '/')).toMatchObject({ moreNarrower: [] });
  });
});

describe('conceptPageView', () => {
  const papers = Array.from({ length: CARD_LIMIT + 3 }, (_, i) =>
    paper(`p${String(i).padStart(2, '0')}`, `Paper ${i}`, { concepts: ['gnn', 'attention'] }),
  );
  const gnn = concept('gnn', 'Graph neural networks', papers.map((p) => p.id), { cooccurs: [{ id: 'attention', count: 3 }] });
  const attention = concept('attention', 'Attention', papers.map((p) => p.id));
  const base = conceptPageView(atlas(papers, [gnn, attention]), gnn, '/');

  it('shows the first papers as cards and the rest as titles, as plain data', () => {
    assertPlainData(base);
    expect(base.cards).toHaveLength(CARD_LIMIT);
    expect(base.more.map((p) => p.title)).toEqual(['Paper 40', 'Paper 41', 'Paper 42']);
    expect(base.cardConcepts).toEqual([
      { id: 'gnn', label: 'Graph neural networks' },
      { id: 'attention', label: 'Attention' },
    ]);
  });

  it('changes when a listed paper is retitled or a co-occurring concept renamed, not when an unlisted one changes', () => {
    const retitled = papers.map((p) => (p.id === 'p42' ? { ...p, title: 'Paper 42, revised' } : p));
    expect(key(conceptPageView(atlas(retitled, [gnn, attention]), gnn, '/'))).not.toBe(key(base));
    const renamed = { ...attention, label: 'Self-attention' };
    expect(key(conceptPageView(atlas(papers, [gnn, renamed]), gnn, '/'))).not.toBe(key(base));
    const outsider = paper('zz', 'Not about graphs', { concepts: [] });
    expect(key(conceptPageView(atlas([...papers, outsider], [gnn, attention]), gnn, '/'))).toBe(key(base));
  });

  it('names the clusters of its coloured marks in a key, the concept’s own first, and points each mini-graph node at its entry (review 19 M5)', () => {
    const clusters = [
      { id: 0, label: 'Graphs', color: '#4d5fd6' },
      { id: 1, label: 'Databases', color: '#00849c' },
    ];
    const mixed = papers.map((p, i) => (i === 1 ? { ...p, cluster: 1 } : i === CARD_LIMIT - 1 ? { ...p, cluster: undefined } : p));
    const view = conceptPageView(atlas(mixed, [gnn, { ...attention, cluster: 1 }], clusters), gnn, '/');
    // Card 40 (no cluster) has a dot too, so its colour is in the key though the mini-graph does not draw it.
    expect(view.clusterKey).toEqual([
      { label: 'Graphs', color: '#4d5fd6', own: true },
      { label: 'Databases', color: '#00849c', own: false },
      { label: 'No cluster', color: expect.any(String), own: false },
    ]);
    const entryOf = new Map(view.graphLayout.nodes.map((n) => [n.id, n.keyEntry]));
    expect([entryOf.get('gnn'), entryOf.get('p00'), entryOf.get('p01'), entryOf.get('attention')]).toEqual([0, 0, 1, 1]);
  });

  it('lists the papers that name the concept without carrying it after its own, counted apart from them', () => {
    const mentioning = [paper('m1', 'Message passing on $k$-graphs', { concepts: [] }), paper('m2', 'Molecule property prediction', { concepts: ['attention'] })];
    const named = { ...gnn, mentionedIn: { count: 26, papers: ['m1', 'm2'] } };
    const view = conceptPageView(atlas([...papers, ...mentioning], [named, attention]), named, '/atlas/');
    assertPlainData(view);
    expect(view.paperCount).toBe(CARD_LIMIT + 3);
    expect(view.mentionedCount).toBe(26);
    // The rest are found by searching for the concept's name, under the site's base.
    expect(view.mentionedSearchHref).toBe(`/atlas/search/?q=${encodeURIComponent(gnn.label)}`);
    expect(view.mentioned).toEqual([
      { id: 'm1', title: 'Message passing on $k$-graphs' },
      { id: 'm2', title: 'Molecule property prediction' },
    ]);
    expect(view.description).toMatch(/^Graph neural networks: a concept in 43 papers \(mentioned in 26 more\)/);
    // Only the papers that carry it are cards and drawn in its graph.
    expect([...view.cards, ...view.more].map((p) => p.id)).not.toContain('m1');
    expect(base.mentioned).toEqual([]);
    expect(base.mentionedCount).toBe(0);
    expect(key(view)).not.toBe(key(base));
  });

  it('links into the explorer only a concept the graph draws (a concept of two papers none ranks high enough is not drawn)', () => {
    const node = (id: string, kind: 'paper' | 'concept') => ({ id, kind, label: id, x: 0, y: 0, cluster: 0, degree: 1 });
    const graph: GraphFile = {
      version: 1,
      clusters: [],
      papers: { nodes: papers.map((p) => node(p.id, 'paper')), edges: [] },
      concepts: { nodes: [...papers.map((p) => node(p.id, 'paper')), node('gnn', 'concept')], edges: [] },
    };
    const drawn = conceptPageView(atlas(papers, [gnn, attention], undefined, graph), gnn, '/atlas/');
    expect(drawn.graphHref).toBe('/atlas/graph/?view=concepts&node=c%3Agnn');
    // Attention has as many papers as Graph neural networks, but the graph has no node for it.
    expect(conceptPageView(atlas(papers, [gnn, attention], undefined, graph), attention, '/atlas/').graphHref).toBeUndefined();
    // No graph.json yet, no explorer data: no link.
    expect(base.graphHref).toBeUndefined();
  });
});
