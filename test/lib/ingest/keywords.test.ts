import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { ingestFixture, utf8 } from './fixture';

const abstract = 'We asked crowd workers to label images.';

describe('author keywords', () => {
  it('reads ACM BibTeX `keywords` whole and in order, TeX decoded, split on ","; duplicates are left for normalise', () => {
    const r = ingestFixture('acm-keywords.bib');
    expect(r.problems).toEqual([]);
    expect(r.records[0]!.keywords).toEqual([
      'Mechanical Turk',
      'remote user study',
      'Wikipedia',
      'micro task',
      'user study',
      'Mechanical Turk',
      'Interaction en réalité augmentée',
    ]);
  });

  it("prefers Scopus's `author_keywords`, split on \";\" so a comma stays inside a keyword", () => {
    const r = ingestFixture('acm-keywords.bib');
    expect(r.records[1]!.keywords).toEqual(['Hand, foot and mouth disease', 'Enterovirus A71', 'day-care']);
  });

  it('leaves a `keywords` separator in another field, an @string or a title alone', () => {
    const bib = `@string{kw = {not, split}}\n@article{a, title = {One, two; three}, abstract = {${abstract}}, note = {a, b}, keywords = {crowd work; labelling, annotation}}`;
    const r = ingestFile('a.bib', utf8(bib));
    expect(r.records[0]).toMatchObject({ title: 'One, two; three', keywords: ['crowd work', 'labelling, annotation'] });
  });

  it('reads a Zotero CSL `keyword` text', () => {
    const item = { id: 'k1', type: 'article-journal', title: 'Crowd labels', abstract, DOI: '10.1000/kw1', keyword: 'crowdsourcing, image labelling,  Mechanical Turk ' };
    const r = ingestFile('zotero.json', utf8(JSON.stringify([item])));
    expect(r.format).toBe('csl-json');
    expect(r.records[0]!.keywords).toEqual(['crowdsourcing', 'image labelling', 'Mechanical Turk']);
  });

  it('reads JSON `keywords` as a list or as one text; another shape costs the field with a located warning', () => {
    const papers = [
      { title: 'Crowd labels', abstract, keywords: ['crowdsourcing', 'image labelling, at scale'] },
      { title: 'Crowd labels again', abstract, keywords: 'crowdsourcing; Mechanical Turk' },
      { title: 'Crowd labels thrice', abstract, keywords: { a: 1 } },
    ];
    const text = JSON.stringify(papers, null, 1);
    const r = ingestFile('papers.json', utf8(text));
    const thirdOpens = text.split('\n').findIndex((l) => l.includes('thrice')); // 0-based title line = 1-based line of its "{"
    expect(r.records.map((x) => x.keywords)).toEqual([['crowdsourcing', 'image labelling, at scale'], ['crowdsourcing', 'Mechanical Turk'], undefined]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'warning', line: thirdOpens });
    expect(r.problems[0]!.reason).toContain('"keywords": expected text');
  });

  it('reads JSON Lines `keywords`', () => {
    const r = ingestFile('papers.jsonl', utf8(`${JSON.stringify({ title: 'A', abstract, keywords: 'x, y' })}\n${JSON.stringify({ title: 'B', abstract })}\n`));
    expect(r.records.map((x) => x.keywords)).toEqual([['x', 'y'], undefined]);
  });
});
