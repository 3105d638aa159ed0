import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { parseListing } from '../../../src/lib/ingest/listing';
import { ingestFixture } from './fixture';

describe('listing', () => {
  it('reads title/abstract pairs after the header and unglues "Subscribe" from the first title', () => {
    const r = ingestFixture('listing.txt');
    expect(r.format).toBe('listing');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([
      ['Sparse Mixture-of-Experts Are Domain Generalizable Learners', 3],
      ['Scaling Laws for Neural Language Models', 5],
    ]);
    expect(r.records[1]!.abstract).toMatch(/^We study empirical scaling laws/);
  });

  it('reads a listing without a header from line 1', () => {
    const r = ingestFixture('no-header.txt');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.source.line)).toEqual([1, 3]);
  });

  it('reports a dangling title at the end with its line, keeping the records before it', () => {
    const r = ingestFixture('dangling.txt');
    expect(r.records.map((x) => x.title)).toEqual(['First Title']);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'test/fixtures/ingest/dangling.txt', line: 5, severity: 'error', dropped: true }),
    ]);
    expect(r.problems[0]!.reason).toMatch(/dangling title "A Title Without Its Abstract".*expected an abstract/);
  });

  it('strips "Subscribe" only when glued to the first title', () => {
    const abstract = 'A'.repeat(200);
    const r = parseListing('l.txt', `Subscribe to updates\nSubscribers Matter: A Study\n${abstract}\nSecond\n${abstract}\nSubscribeLater\n${abstract}\n`);
    const titles = r.records.map((x) => x.title);
    expect(titles).toEqual(['Subscribers Matter: A Study', 'Second', 'SubscribeLater']);
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
  });

  it('warns when it has to guess a header without the glued marker', () => {
    const abstract = 'This abstract is a long paragraph. '.repeat(6);
    const r = parseListing('l.txt', `Some page header\nA Title\n${abstract}\n`);
    expect(r.records.map((x) => x.title)).toEqual(['A Title']);
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
  });

  it('tolerates blank lines between records and keeps source lines exact', () => {
    const abstract = 'x'.repeat(150);
    const r = parseListing('l.txt', `\nT1\n${abstract}\n\n\nT2\n${abstract}\n`);
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([
      ['T1', 2],
      ['T2', 6],
    ]);
  });

  it('does not read a .txt in which no line reads as an abstract as a listing, and says why in a warning, as for other files not read', () => {
    const r = ingestFile('content/sources/notes.txt', new TextEncoder().encode('my personal notes\nnot a listing at all\n'));
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([
      {
        file: 'content/sources/notes.txt',
        line: 1,
        severity: 'warning',
        reason: expect.stringMatching(/^not a trending-papers listing, so not read: no line reads as an abstract \(a paragraph of 120 characters or more after its shorter title line\)/),
      },
    ]);
    // Blank lines before the text: the problem is at the first line with text.
    expect(parseListing('n.txt', '\n\nTo read\nGraph attention, diffusion models\nAsk Ana about the dataset\n').problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning' })]);
  });

  it('looks for abstracts in their place, after a title: a long line in a title\'s place does not make a listing', () => {
    const paragraph = 'These are my notes on the reading group, written as one long paragraph so that the line is well over the length of an abstract.';
    expect(paragraph.length).toBeGreaterThan(120);
    const r = parseListing('n.txt', `${paragraph}\nshort line\nanother short line\n`);
    expect(r.records).toEqual([]);
    expect(r.problems[0]!.reason).toMatch(/^not a trending-papers listing/);
  });

  it('needs most titles to be followed by an abstract: one paragraph among short lines is a note, not a paper', () => {
    const notes = 'TODO for the atlas\nI should add the remaining papers from the reading group, and also check why the graph looks so sparse on the phone when zoomed in.\nbuy milk\n';
    const r = parseListing('notes.txt', notes);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([
      {
        file: 'notes.txt',
        line: 1,
        severity: 'warning',
        reason: expect.stringMatching(/^not a trending-papers listing, so not read: only 1 of the 2 lines in a title's place is followed by one that reads as an abstract/),
      },
    ]);
    const abstract = 'We study how message passing on graphs can be made to scale, and show that sampling neighbours keeps accuracy while cutting cost.';
    expect(parseListing('l.txt', `Graph Sampling at Scale\n${abstract}\nA Short Note\nA short abstract of one sentence.\n`).records).toEqual([]);
  });

  it('reads a listing whose abstracts are mostly paragraphs, the short ones among them too', () => {
    const abstract = 'We study how message passing on graphs can be made to scale, and show that sampling neighbours keeps accuracy while cutting cost.';
    const r = parseListing('l.txt', `Graph Sampling at Scale\n${abstract}\nA Short Note\nA short abstract of one sentence.\nGraph Sampling Again\n${abstract}\n`);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.title, x.abstract])).toEqual([
      ['Graph Sampling at Scale', abstract],
      ['A Short Note', 'A short abstract of one sentence.'],
      ['Graph Sampling Again', abstract],
    ]);
  });

  describe('a line lost in the middle (the pairs after it kept, not shifted)', () => {
    const text = readFileSync(new URL('../../../content/sources/trending-papers.txt', import.meta.url), 'utf8');
    const whole = parseListing('l.txt', text).records;
    const lines = text.split('\n');
    /** The listing without the file's line `line` (1-based), read. */
    const without = (line: number) => parseListing('l.txt', lines.filter((_, i) => i !== line - 1).join('\n'));
    const pairs = (records: typeof whole) => records.map((x) => [x.title, x.abstract]);

    it('reports any title whose abstract is missing at its line, and reads every other paper as it was', () => {
      for (const lost of whole) {
        const r = without(lost.source.line + 1);
        expect(r.problems).toEqual([
          { file: 'l.txt', line: lost.source.line, severity: 'error', dropped: true, reason: expect.stringMatching(/^title .* has no abstract line after it: the next line, .*reads as the next paper's title$|^dangling title/) },
        ]);
        expect(pairs(r.records)).toEqual(pairs(whole.filter((x) => x !== lost)));
      }
    });

    it('reports any abstract whose title is missing at its line, and reads every other paper as it was', () => {
      // (The first title carries the page's glued marker that tells the listing's start; it is not lost alone.)
      for (const lost of whole.slice(1)) {
        const r = without(lost.source.line);
        // The lines after the removed one move up by one.
        expect(r.problems).toEqual([
          { file: 'l.txt', line: lost.source.line, severity: 'error', dropped: true, reason: expect.stringMatching(/^a paragraph with no title line before it .*: expected a title line, then its abstract/) },
        ]);
        expect(pairs(r.records)).toEqual(pairs(whole.filter((x) => x !== lost)));
      }
    });
  });

  it('pairs a short abstract with its title, and a long title with its abstract, with no line left alone', () => {
    const abstract = (n: number) => `Abstract of paper ${n}: we study how message passing on graphs can be made to scale, and show that sampling neighbours keeps accuracy.`;
    const longTitle = 'A Very Long Title About Scaling Message Passing on Graphs to Billions of Edges Without Losing Accuracy or Blowing the Budget';
    expect(longTitle.length).toBeGreaterThan(120);
    const r = parseListing('l.txt', ['First Paper', abstract(1), 'Second Paper', 'Short abstract.', longTitle, abstract(3), 'Fourth Paper', abstract(4)].join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.title, x.abstract])).toEqual([
      ['First Paper', abstract(1)],
      ['Second Paper', 'Short abstract.'],
      [longTitle, abstract(3)],
      ['Fourth Paper', abstract(4)],
    ]);
  });

  it('reads the bundled corpus: 119 papers, no problems', () => {
    const text = readFileSync(new URL('../../../content/sources/trending-papers.txt', import.meta.url), 'utf8');
    const r = parseListing('content/sources/trending-papers.txt', text);
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(119);
    expect(r.records[0]!.title.startsWith('Subscribe')).toBe(false);
    expect(r.records.every((x) => x.abstract.length > x.title.length)).toBe(true);
  });
});

describe('a .txt that is another export', () => {
  it('says which other exports a .txt may be when it is none of them', () => {
    const { problems } = parseListing('notes.txt', 'TODO\nbuy milk\ncall the lab about the sequencer\n');
    expect(problems[0]!.reason).toMatch(/a \.txt is read as a listing unless it opens as a RIS, PubMed or Web of Science export does\)$/);
  });
});
