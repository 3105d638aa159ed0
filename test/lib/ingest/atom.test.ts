import { describe, expect, it } from 'vitest';
import { parseAtom } from '../../../src/lib/ingest/atom';
import { ingestFile } from '../../../src/lib/ingest/index';
import { ingestFixture, utf8 } from './fixture';
import { bibtexEntry, citationKey } from '../../../src/lib/site/bibtex';

describe('arXiv Atom', () => {
  it('reads entries: collapsed title, summary, authors, year, arXiv id with version, DOI, journal ref', () => {
    const r = ingestFixture('arxiv.atom');
    expect(r.format).toBe('atom');
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({
      title: 'Denoising Diffusion Probabilistic Models',
      authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
      year: 2020,
      arxiv: '2006.11239v2',
      url: 'http://arxiv.org/abs/2006.11239v2',
      source: { file: 'test/fixtures/ingest/arxiv.atom', line: 8 },
    });
    expect(r.records[0]!.abstract).toMatch(/^We present high quality.*https:\/\/github.com\/hojonathanho\/diffusion\.$/s);
    expect(r.records[1]).toMatchObject({ doi: '10.1109/CVPR52688.2022.01042', venue: 'CVPR 2022', arxiv: '2112.10752v2', source: { line: 34 } });
    // Entities decode to the characters they stand for; the text stays text.
    expect(r.records[1]!.abstract).toContain('results & flexible conditioning <without retraining>.');
  });

  it('reads arXiv text with TeX typography, as authors type it into arXiv', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id>' +
      "<title>Scaling Laws for 10--100B Models</title><summary>We study ``emergent'' abilities in Section~3 --- with care.</summary></entry></feed>";
    const r = parseAtom('q.atom', xml);
    expect(r.records[0]!.title).toBe('Scaling Laws for 10–100B Models');
    expect(r.records[0]!.abstract).toMatch(/^We study “emergent” abilities in Section.3 — with care\.$/);
  });

  it('decodes character references as XML does, and only once (review 16 M1: "O&#x27;Brien" was shown as written)', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00002v1</id>' +
      '<title>Pose&#8211;graph SLAM&#x27;s limits</title><summary>Loops &#38; drift; the text &amp;#39; stays.</summary>' +
      '<author><name>Kevin O&#x27;Brien</name></author><author><name>Ana D&#39;Souza</name></author></entry></feed>';
    const record = parseAtom('q.atom', xml).records[0]!;
    expect(record.authors).toEqual(["Kevin O'Brien", "Ana D'Souza"]);
    expect(record.title).toBe("Pose–graph SLAM's limits");
    expect(record.abstract).toBe('Loops & drift; the text &#39; stays.');
  });

  it('joins a word arXiv wrapped after one of its hyphens (review 16: "sim-to- real" was found by no search)', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00003v1</id>' +
      '<title>Legged locomotion, sim-to-\n  real</title><summary>Policies trained with PPO and transferred sim-to-\nreal on ANYmal -\n  a robot. Costs fell by 10-\n20%.</summary></entry></feed>';
    const record = parseAtom('q.atom', xml).records[0]!;
    expect(record.title).toBe('Legged locomotion, sim-to-real');
    // A dash between spaces and a hyphen after a number are left as the text had them.
    expect(record.abstract).toBe('Policies trained with PPO and transferred sim-to-real on ANYmal - a robot. Costs fell by 10- 20%.');
  });

  it("reads arXiv's comment as the record's note (where a withdrawal is said)", () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry><id>http://arxiv.org/abs/2301.99999v2</id>' +
      '<title>A counterexample</title><summary>A sign error.</summary><arxiv:comment>This paper has been\n  withdrawn</arxiv:comment></entry></feed>';
    expect(parseAtom('q.atom', xml).records[0]!.note).toBe('This paper has been withdrawn');
  });

  it('keeps a collaboration whole when cited: braced, and its first word for the key (review 9)', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/1807.06209v4</id>' +
      '<published>2018-07-17T17:59:59Z</published><title>Planck 2018 results. VI. Cosmological parameters</title><summary>We present cosmological parameter results.</summary>' +
      '<author><name>Planck Collaboration</name></author><author><name>N. Aghanim</name></author><author><name>The RECOVERY Collaborative Group</name></author>' +
      '<author><name>Jane Group</name></author></entry></feed>';
    const record = parseAtom('q.atom', xml).records[0]!;
    expect(record.literalAuthors).toEqual(['Planck Collaboration', 'The RECOVERY Collaborative Group']);
    const cited = { id: 'planck-2018', title: record.title, authors: record.authors!, literalAuthors: record.literalAuthors, year: record.year, links: [] };
    expect(citationKey(cited)).toBe('planck2018planck');
    expect(bibtexEntry(cited)).toContain('author = {{Planck Collaboration} and N. Aghanim and {The RECOVERY Collaborative Group} and Jane Group}');
  });

  it('cites a preprint with a journal reference as what it became, in the year it appeared (review 11: Green–Tao was @misc 2004)', () => {
    const entry = (id: string, published: string, ref: string) =>
      `<entry><id>http://arxiv.org/abs/${id}</id><published>${published}T00:00:00Z</published><title>T ${id}</title><summary>An abstract.</summary>` +
      `<author><name>Ben Green</name></author><arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">${ref}</arxiv:journal_ref></entry>`;
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' +
      entry('math/0404188v6', '2004-04-08', 'Ann. of Math. (2) 167 (2008), 481-547') +
      entry('2112.10752v2', '2021-12-20', 'CVPR 2022') +
      entry('1901.00001v1', '2019-01-01', 'Proc. of the 36th International Conference on Machine Learning, PMLR 97, 2019') +
      entry('1801.00001v1', '2018-01-01', 'Phys. Rev. Lett. 101, 1 (1998)') +
      '</feed>';
    const records = parseAtom('q.atom', xml).records;
    expect(records.map((r) => [r.entryType, r.year])).toEqual([
      ['article', 2008],
      ['inproceedings', 2022],
      ['inproceedings', 2019],
      // A year before the preprint's is no publication year of it (a cited work, a typo): the preprint's stays.
      ['article', 2018],
    ]);
    const r = records[0]!;
    const cited = { id: 'green-tao', title: r.title, authors: r.authors!, year: r.year, venue: r.venue, bibliographic: r.bibliographic, arxiv: r.arxiv, entryType: r.entryType, links: [] };
    expect(bibtexEntry(cited)).toMatch(/^@article\{/);
    // Read into its parts (journal-ref.ts), not one journal name "Ann. of Math. (2) 167 (2008), 481-547".
    // MathSciNet's series number "(2)" apart, as biblatex's `series` (review 17 L2).
    expect(bibtexEntry(cited)).toMatch(/journal\s+= \{Ann\. of Math\.\}/);
    expect(bibtexEntry(cited)).toMatch(/series\s+= \{2\}/);
    expect(bibtexEntry(cited)).toMatch(/volume\s+= \{167\}/);
    expect(bibtexEntry(cited)).toMatch(/pages\s+= \{481--547\}/);
    expect(bibtexEntry(cited)).toMatch(/year\s+= \{2008\}/);
    // A conference's reference stays whole.
    expect(records[1]!.venue).toBe('CVPR 2022');
    expect(records[1]!.bibliographic).toBeUndefined();
  });

  it('keeps the complete entries of a truncated download and reports the cut', () => {
    const r = ingestFixture('truncated.atom');
    expect(r.records.map((x) => x.arxiv)).toEqual(['2006.11239v2']);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', dropped: true })]);
    expect(r.problems[0]!.line).toBeGreaterThan(30);
    expect(r.problems[0]!.reason).toMatch(/truncated/);
    // What the file holds, true whether the run goes on (--on-error skip) or stops and writes nothing.
    expect(r.problems[0]!.reason).toMatch(/; nothing past this point can be read, only the whole entries before it$/);
    expect(r.problems[0]!.reason).not.toMatch(/were read/);
  });

  it('reads the entries after damage inside the file, and counts the damaged one as lost (review 11: eleven entries unread, one counted)', () => {
    const entry = (t: string, summary = `About ${t}.`) => `  <entry><id>http://arxiv.org/abs/${t}</id><title>${t}</title><summary>${summary}</summary></entry>`;
    const xml = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('A')}\n${entry('B', 'We show a <b bound for x < y.')}\n${entry('C')}\n${entry('D')}\n</feed>\n`;
    const r = parseAtom('damaged.atom', xml);
    expect(r.records.map((x) => x.title)).toEqual(['A', 'C', 'D']);
    const lost = r.problems.filter((p) => p.dropped);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ severity: 'error', line: 4 });
    expect(r.problems.find((p) => !p.dropped)!.reason).toMatch(/every entry that is well-formed on its own is read/);
  });

  it('keeps every entry of a download cut between entries, and loses no record to the cut', () => {
    const entry = (t: string) => `  <entry><id>http://arxiv.org/abs/${t}</id><title>${t}</title><summary>About ${t}.</summary></entry>`;
    const r = parseAtom('cut.atom', `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('A')}\n${entry('B')}\n`);
    // Before, the one open <feed> was reported at the line it opens and no entry was read.
    expect(r.records.map((x) => x.title)).toEqual(['A', 'B']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 5 });
    expect(r.problems[0]!.dropped).toBeUndefined();
    expect(r.problems[0]!.reason).toMatch(/elements still open \(feed\): it looks truncated/);
  });

  it('reports an entry cut off at the end of a file that is damaged before it too (the validator names the first damage only)', () => {
    const entry = (t: string, summary = `About ${t}.`) => `  <entry><id>http://arxiv.org/abs/${t}</id><title>${t}</title><summary>${summary}</summary></entry>`;
    const xml = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('A')}\n${entry('B', 'Significant at p < 0.05.')}\n  <entry><id>http://arxiv.org/abs/C</id><title>C</title>\n  <summary>Kilonovae follow neutron star mergers and the`;
    const r = parseAtom('cut.atom', xml);
    expect(r.records.map((x) => x.title)).toEqual(['A']);
    expect(r.problems.filter((p) => p.dropped).map((p) => [p.line, p.reason.replace(/:.*/, '')])).toEqual([
      [4, 'malformed Atom <entry>'],
      [5, 'Atom <entry> cut off'],
    ]);
  });

  it('keeps the entry\'s own address where its alternate link is no web address', () => {
    const xml = '<feed>\n<entry><id>http://arxiv.org/abs/2101.00001v1</id><link rel="alternate" href="javascript:alert(1)"/><title>A</title><summary>ok</summary></entry>\n</feed>';
    expect(parseAtom('j.atom', xml).records[0]!.url).toBe('http://arxiv.org/abs/2101.00001v1');
  });

  it('says an entry not closed before the </feed> that ends the file is not closed, not cut off; an <entry> in a comment is none', () => {
    const r = parseAtom('f.atom', '<feed>\n<entry><title>A</title><summary>ok</summary></entry>\n<entry><title>B</title><summary>ok</summary>\n</feed>\n');
    expect(r.records.map((x) => x.title)).toEqual(['A']);
    expect(r.problems.filter((p) => p.dropped)).toEqual([{ file: 'f.atom', line: 3, severity: 'error', dropped: true, reason: 'Atom <entry> not closed: no </entry> before the </feed> that ends the file' }]);
    const commented = parseAtom('f.atom', '<feed>\n<entry><title>A</title><summary>p < 0.05</summary></entry>\n<entry><title>B</title><summary>ok</summary></entry>\n</feed>\n<!-- <entry> -->\n');
    expect(commented.problems.filter((p) => p.dropped).map((p) => p.line)).toEqual([2]);
  });

  it("says the file's lines in a damaged entry's message, not the entry's own", () => {
    const xml = '<feed>\n<entry><title>A</title><summary>ok</summary></entry>\n<entry>\n<title>Broken &amp; <b>Unclosed</title>\n<summary>x</summary></entry>\n</feed>';
    const r = parseAtom('m.atom', xml);
    const lost = r.problems.find((p) => p.dropped)!;
    expect(lost.line).toBe(4);
    expect(lost.reason).toMatch(/opened in line 4, col 21\b/);
    // On the line the entry opens, the column counts from the line's start, not the entry's.
    const oneLine = parseAtom('m.atom', '<feed><entry><title>A</title><summary>ok</summary></entry><entry><title>B <b>x</title><summary>x</summary></entry></feed>');
    expect(oneLine.problems.find((p) => p.dropped)!.reason).toMatch(/opened in line 1, col 75\b/);
  });

  it('refuses a DTD (entity expansion) with a located error', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaa">]>\n<feed><entry><title>&a;</title><summary>x</summary></entry></feed>';
    const r = parseAtom('e.xml', xml);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, severity: 'error' })]);
  });

  it('reports an entry without summary and an XML file that is not a feed', () => {
    const r = parseAtom('s.atom', '<feed>\n<entry><title>T</title></entry>\n</feed>');
    // A warning, as a record without an abstract is in every format: normal in an export, it stops no run.
    expect(r.problems).toEqual([{ file: 's.atom', line: 2, severity: 'warning', dropped: true, reason: 'Atom entry "T" (its <summary>) has no abstract; skipped (a paper page needs one)' }]);
    expect(parseAtom('s.atom', '<feed>\n<entry><title>T</title><summary>   </summary></entry>\n</feed>').problems).toEqual(r.problems);
    const other = ingestFile('data.xml', utf8('<?xml version="1.0"?>\n<rss><channel/></rss>'));
    expect(other.records).toEqual([]);
    expect(other.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error' })]);
  });

  it('locates a syntax error in the middle of a feed', () => {
    const xml = '<feed>\n<entry><title>A</title><summary>ok</summary></entry>\n<entry><title>B</title><summary>bad</summ></entry>\n</feed>';
    const r = parseAtom('m.atom', xml);
    expect(r.problems[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(r.records.map((x) => x.title)).toEqual(['A']);
  });
});

describe('arXiv API error feed', () => {
  it('is reported with arXiv\'s message, not read as a paper', () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: search_query=&amp;id_list=1234.12345678</title>
  <id>http://arxiv.org/api/xyz</id>
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345678</id>
    <title>Error</title>
    <summary>incorrect id format for 1234.12345678</summary>
    <author><name>arXiv api core</name></author>
  </entry>
</feed>
`;
    const r = ingestFile('query.atom', utf8(feed));
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([
      { file: 'query.atom', line: 5, severity: 'error', reason: expect.stringContaining('arXiv API error response, not papers: arXiv said "incorrect id format for 1234.12345678"') },
    ]);
  });
});
