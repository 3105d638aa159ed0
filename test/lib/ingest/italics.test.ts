/** Phrases the input sets in italics (case names) keep them on the page and in the Cite box (review 17 M5). */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { normaliseRecords } from '../../../src/lib/normalise';
import { italicPhrases } from '../../../src/lib/ingest/rich-text';
import { abstractMarkdown } from '../../../src/lib/content/markdown';
import { bibtexEntry } from '../../../src/lib/site/bibtex';
import { renderInlineMath } from '../../../src/lib/site/math';

const utf8 = (text: string) => new TextEncoder().encode(text);
const papersOf = (file: string, text: string) => normaliseRecords(ingestFile(file, utf8(text)).records).papers;

describe('italic phrases', () => {
  it('are read from CSL rich text, title and abstract', () => {
    const csl = JSON.stringify([
      {
        id: 'marbury',
        type: 'article-journal',
        title: 'A Critical Guide to <i>Marbury v. Madison</i>',
        abstract: 'In <i>Katz v. United States</i>, the Court held that <i>Katz</i> had a reasonable expectation of privacy.',
        'container-title': 'Duke Law Journal',
        issued: { 'date-parts': [[1969]] },
      },
    ]);
    const [paper] = papersOf('law.json', csl);
    expect(paper!.title).toBe('A Critical Guide to Marbury v. Madison');
    expect(paper!.italics).toEqual({ title: ['Marbury v. Madison'], abstract: ['Katz v. United States', 'Katz'] });
  });

  it('are read from BibTeX \\emph, \\textit, {\\em } and {\\it }, with TeX decoded', () => {
    const bib = String.raw`@article{a, author = {Doe, Jane}, year = {2020}, journal = {J},
  title = {Reading \emph{Campbell v. Acuff-Rose Music, Inc.} after \textit{Sony}},
  abstract = {We read {\em Mathews v. Eldridge} and {\it Goldberg v. K{\'e}lly} again.}}`;
    const [paper] = papersOf('law.bib', bib);
    expect(paper!.title).toBe('Reading Campbell v. Acuff-Rose Music, Inc. after Sony');
    expect(paper!.italics).toEqual({ title: ['Campbell v. Acuff-Rose Music, Inc.', 'Sony'], abstract: ['Mathews v. Eldridge', 'Goldberg v. Kélly'] });
  });

  it('are none where no text is in italics, or where all of it is', () => {
    expect(italicPhrases('Plain <b>bold</b> text')).toBeUndefined();
    const csl = JSON.stringify([{ id: 'x', title: '<i>Whole</i>', abstract: 'An abstract about the whole.', issued: { 'date-parts': [[2000]] } }]);
    expect(papersOf('x.json', csl)[0]!.italics).toBeUndefined();
  });
});

describe('italics shown', () => {
  it('in the Cite box title as \\emph{}', () => {
    const entry = bibtexEntry({ id: 'x', title: 'A Critical Guide to Marbury v. Madison', italics: { title: ['Marbury v. Madison'] }, authors: ['William W. Van Alstyne'], year: 1969, links: [] });
    expect(entry).toContain('title  = {{A Critical Guide to \\emph{Marbury v. Madison}}}');
  });

  it('in the title on the page as <em>, escaped as the rest, and only as whole words', () => {
    expect(renderInlineMath('A Critical Guide to Marbury v. Madison', ['Marbury v. Madison'])).toBe('A Critical Guide to <em>Marbury v. Madison</em>');
    expect(renderInlineMath('On <script> & Katzenbach', ['<script>', 'Katz'])).toBe('On <em>&lt;script&gt;</em> &amp; Katzenbach');
  });

  it('in the abstract as Markdown emphasis, never inside a concept link', () => {
    const md = abstractMarkdown('In Katz v. United States, the Court held that privacy matters.', [{ id: 'privacy', forms: ['privacy'] }], ['Katz v. United States', 'privacy']);
    expect(md.trim()).toBe('In _Katz v. United States_, the Court held that [privacy](../../concepts/privacy/) matters.');
  });
});
